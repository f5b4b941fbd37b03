"""Contacts' copies of an alert expire (issue 12; the rules are in bot/domain/copies.py).

Every message Telegram took for a contact or the coordinators' chat about an alert is recorded
(storage/alert_copies.py) in the transaction that marks it sent. When a copy is due, one
transaction queues what takes it away in the outbox (an edit down to the stub, a deletion, at
the lowest priority, paced like everything else) and forgets the record: the outbox delivers
at least once, and taking away twice is harmless. So a kill -9 at any moment loses nothing:
due records are processed at start-up and by the sweep.

What Telegram will not let go (too old to delete, a chat that blocked the bot) is counted and
logged as counts; a text copy has lost its words by then all the same, since texts are edited.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta

from bot.clock import Clock
from bot.delivery.transport import DeliveryError
from bot.domain.alerts import COORDINATORS, Alert, alert_reference
from bot.domain.copies import AlertCopy, due_at, kind_of, live_until, redaction_of, still_live
from bot.domain.outbound import (
    ChatKind,
    OutboundMessage,
    OutboxItem,
    Priority,
    RedactAction,
    Redaction,
)
from bot.i18n import Translator
from bot.services.alert_outbox import DEFENDER
from storage.alert_copies import AlertCopyRepository
from storage.alerts import AlertRepository
from storage.contacts import ContactRepository
from storage.db import Database, Tx
from storage.outbox import OutboxRepository
from storage.users import UserRepository

log = logging.getLogger(__name__)

REDACT = "redact"  # the purpose of the outbox rows that take copies away
DEFAULT_GRACE = timedelta(hours=24)
# Copies taken away per transaction: a burst of them never holds the database long.
BATCH = 200
# How often the sweep also looks for copies whose holder's link has ended, or whose alert is
# gone or closed, without their copies being marked (a crash in between, another erasure path):
# the alert is a blind link, so it reads every copy not yet due. Erasure and closing mark
# their copies themselves; this is only the safety net.
DEPARTED_CHECK_EVERY = timedelta(hours=1)

InTx = Callable[[Tx], Awaitable[None]]


def is_copy(item: OutboxItem) -> bool:
    """A message about an alert to someone other than the defender. A rewrite of one (the
    alert now with a location, its buttons taken away) counts too: one that went out after
    the copy was taken away (it was held back by a retry) is then taken away again."""
    return (
        item.topic is not None
        and item.recipient_ref not in (None, DEFENDER)
        and item.message.redact is None
    )


class RedactionService:
    def __init__(
        self,
        db: Database,
        clock: Clock,
        translate: Translator,
        grace: timedelta = DEFAULT_GRACE,
    ) -> None:
        self._db = db
        self._clock = clock
        self._translate = translate
        self.grace = grace
        self._copies = AlertCopyRepository(db)
        self._alerts = AlertRepository(db)
        self._contacts = ContactRepository(db)
        self._users = UserRepository(db)
        self._outbox = OutboxRepository(db)
        self._on_enqueued: Callable[[], None] = lambda: None
        # What could not be taken away, by reason, since the bot started.
        self.not_removed: Counter[str] = Counter()
        self.queued = 0
        self._departed_checked: datetime | None = None

    def wire(self, on_enqueued: Callable[[], None]) -> None:
        self._on_enqueued = on_enqueued

    # ------------------------------------------------------------------ recording

    async def recording(self, item: OutboxItem, message_id: int) -> InTx | None:
        """What to write, in the transaction that marks `item` sent, to remember the copy;
        None when it is not a copy of an alert."""
        if not is_copy(item) or item.topic is None or item.recipient_ref is None:
            return None
        language = None
        if item.owner_user_id is not None:
            try:
                owner = await self._users.get(item.owner_user_id)
            except Exception as error:  # the stub is then in the default language
                log.error("a copy's reader could not be read: %s", type(error).__name__)
                owner = None
            language = None if owner is None else owner.language
        now = self._clock.now()
        copy = AlertCopy(
            alert_id=item.topic,
            recipient_id=item.recipient_ref,
            chat_id=item.chat_id,
            group=item.chat_kind is ChatKind.GROUP,
            message_id=message_id,
            kind=kind_of(item.message),
            language=language,
            live_until=live_until(item.message, now),
        )

        async def record(tx: Tx) -> None:
            try:
                await self._record_in(tx, copy, item.purpose, now)
            except Exception as error:  # must never undo the record that the message went
                log.error(
                    "a copy of alert %s was not recorded: %s", copy.alert_id, type(error).__name__
                )

        return record

    async def _record_in(self, tx: Tx, copy: AlertCopy, purpose: str | None, now: datetime) -> None:
        stored = await self._alerts.get_in(tx, copy.alert_id)
        alert = None if stored is None else stored.alert
        left = not copy.is_coordinators and not await self._contacts.exists_in(
            tx, copy.recipient_id
        )
        due = due_at(alert, recipient_left=left, grace=self.grace, now=now, purpose=purpose)
        if due is not None and due <= now:
            # Too late to keep (its recipient left, its alert is gone): taken away at once.
            await self._enqueue_in(tx, copy, redaction_of(copy.kind), now)
            return
        await self._copies.record_in(tx, copy, due, now)
        if alert is not None and not alert.is_open and still_live(copy, now):
            await self._enqueue_in(tx, copy, RedactAction.STOP, now)

    # ------------------------------------------------------------------ what makes them due

    async def alert_closed_in(self, tx: Tx, alert: Alert, now: datetime) -> None:
        """In the closing transaction: the copies expire after the grace period, and live
        locations stop now."""
        await self._copies.schedule_alert_in(tx, alert.id, now + self.grace, now)
        for copy in await self._copies.of_alert_in(tx, alert.id):
            if still_live(copy, now):
                await self._enqueue_in(tx, copy, RedactAction.STOP, now)

    async def expire_recipient(self, recipient_id: str, defender_id: str) -> int:
        """Everything this contact of `defender_id` holds of the defender's alerts is due now
        (queued by the next `process_due`)."""
        if recipient_id == COORDINATORS:
            return 0
        alert_ids = await self._alerts.ids_of(defender_id)
        return await self._copies.expire_recipient(recipient_id, alert_ids, self._clock.now())

    async def recipient_left(self, recipient_id: str, defender_id: str) -> int:
        """A contact stepped down or was removed: what they hold goes now."""
        await self.expire_recipient(recipient_id, defender_id)
        return await self.process_due()

    async def alerts_gone(self) -> int:
        """Alerts were erased with their defender: their copies go now."""
        return await self.process_due()

    # ------------------------------------------------------------------ taking them away

    async def process_due(self) -> int:
        """Queue the redaction of every copy whose time has come; how many were queued."""
        now = self._clock.now()
        checked = self._departed_checked
        if checked is None or now - checked >= DEPARTED_CHECK_EVERY:
            await self._copies.expire_stale(now, now + self.grace)
            self._departed_checked = now
        total = 0
        done: set[tuple[int, int, RedactAction]] = set()  # a message and its rewrites: once
        while True:
            async with self._db.transaction() as tx:
                due = await self._copies.due_in(tx, now, BATCH)
                for copy in due:
                    action = redaction_of(copy.kind)
                    if (copy.chat_id, copy.message_id, action) not in done:
                        done.add((copy.chat_id, copy.message_id, action))
                        await self._enqueue_in(tx, copy, action, now)
                await self._copies.forget_in(tx, [c.id for c in due])
            total += len(due)
            if len(due) < BATCH:
                break
        if total:
            self.queued += total
            log.info("%d copies of alerts queued to be taken away", total)
            self._on_enqueued()
        return total

    async def next_wake(self) -> datetime | None:
        return await self._copies.next_due()

    def refused(self, item: OutboxItem, error: DeliveryError) -> None:
        """Telegram would not let a copy go: counted, never named."""
        action = item.message.redact.action.value if item.message.redact else "?"
        self.not_removed[f"{action}:{error.kind.value}"] += 1
        log.warning(
            "a copy could not be taken away (%s, %s); %d so far",
            action,
            error.kind.value,
            sum(self.not_removed.values()),
        )

    async def _enqueue_in(
        self, tx: Tx, copy: AlertCopy, action: RedactAction, now: datetime
    ) -> None:
        text = ""
        if action is RedactAction.STUB:
            ref = alert_reference(copy.alert_id)
            text = self._translate(copy.language, "copy-redacted", ref=ref)
        message = OutboundMessage(text, redact=Redaction(copy.message_id, action))
        kind = ChatKind.GROUP if copy.group else ChatKind.PRIVATE
        # No topic, recipient or owner: nothing here links the row to a person in the clear,
        # and neither an alert's withdrawal nor an erasure cancels it.
        await self._outbox.enqueue_in(
            tx, copy.chat_id, kind, message, Priority.CLEANUP, now, purpose=REDACT
        )
