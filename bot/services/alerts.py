"""Alerts: every change is one transaction holding the alert's new state and every message it
must send (the outbox), so a crash at any instant leaves either both or neither.

The pure engine (`bot.domain.alerts`) decides; this service loads the alert, applies the
engine, saves it, and turns the engine's effects into outbox rows for the delivery worker. The
scheduler only wakes `process_due`; the deadlines live in the alerts table.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from bot.clock import Clock
from bot.config import AlertConfig
from bot.domain import alerts as engine
from bot.domain.alerts import (
    COORDINATORS,
    Alert,
    AlertKind,
    ContactRef,
    DefenderNotice,
    Effect,
    Location,
    Notify,
    Outcome,
    PassOn,
    Policy,
    RecipientNotice,
    RecipientStatus,
    Resolution,
    ResolvedBy,
    ShareLocation,
    TellDefender,
    TellRecipients,
    WakeAt,
)
from bot.domain.contacts import ContactStatus
from bot.domain.outbound import OutboxItem
from bot.domain.users import User
from bot.services.alert_messages import GROUP_READER, AlertMessages, Audience, reader_of
from bot.services.alert_outbox import AlertOutbox
from storage.alerts import AlertRepository, StoredAlert
from storage.audit import AuditEntry, AuditRepository
from storage.cards import CardRepository
from storage.contacts import ContactRepository
from storage.coordinators import CoordinatorRepository
from storage.db import Database, Tx
from storage.ids import new_id
from storage.users import UserRepository

log = logging.getLogger(__name__)

# An alert whose deadline could not be processed is tried again this much later (and logged),
# so that it cannot hold up the others.
RETRY_BROKEN = timedelta(minutes=1)
# Deadlines applied per transaction: one commit (one fsync) for this many alerts.
DEADLINE_BATCH = 500

Transition = Callable[[Alert, datetime], Outcome]


@dataclass(frozen=True)
class Coordinator:
    """A coordinator acting on an alert, for the audit log (never logged elsewhere)."""

    telegram_user_id: int
    display_name: str


@dataclass(frozen=True)
class Raised:
    alert: Alert
    told: tuple[str, ...]  # names (as the defender knows them) of those being alerted now
    told_text: str = ""  # the same names, joined in the defender's language
    told_count: int = 0  # how many people that is, for plural selectors


def _deadline(policy: Policy) -> Transition:
    return lambda alert, now: engine.on_deadline(alert, policy, now)


def _location_order(stored: StoredAlert) -> tuple[bool, datetime]:
    """A location goes with the defender's SOS (or duress alert) before a missed check-in,
    the oldest first."""
    return stored.alert.kind is AlertKind.MISSED_CHECKIN, stored.alert.raised_at


def _names_the_gone(effect: Effect, gone: set[str]) -> bool:
    """The defender need not hear that someone who left could not be reached."""
    return (
        isinstance(effect, TellDefender)
        and effect.what is DefenderNotice.UNREACHABLE
        and set(effect.recipient_ids) <= gone
    )


@dataclass(frozen=True)
class PreparedAlert:
    alert: Alert
    effects: list[Effect]
    audience: Audience
    now: datetime
    told: tuple[str, ...] = ()
    told_ids: tuple[str, ...] = ()


@dataclass(frozen=True)
class Answer:
    alert: Alert
    recipient_id: str  # who the answering contact is among the alert's recipients


@dataclass(frozen=True)
class ContactActor:
    """A contact acting on an alert they are on, for the audit log (never logged elsewhere)."""

    telegram_user_id: int
    display_name: str


@dataclass(frozen=True)
class ContactAct:
    """What came of a contact's note or closing: the alert after it, and who was told (as
    the contact knows them)."""

    alert: Alert
    recipient_id: str
    told: tuple[str, ...] = ()


@dataclass(frozen=True)
class ContactView:
    """An open alert as one contact on it sees it, for their /alerts."""

    alert: Alert
    recipient_id: str
    who: str  # the defender, as this contact knows them
    helper: str | None  # who took it on, if anyone
    newest_note: tuple[str, str] | None  # (author, words) of the newest note

    @property
    def theirs(self) -> bool:
        """They took it on, so they may close it."""
        return self.alert.acknowledged_by == self.recipient_id


@dataclass(frozen=True)
class PassedOn:
    """What the defender sent during their alerts went to these people (as the defender
    knows them); `visible`: at least one of those alerts shows in their chat."""

    told: tuple[str, ...]
    visible: bool


class AlertConflict(Exception):
    """The alert changed under us; with one writer this means a bug, not a race to retry."""


class AlertService:
    def __init__(
        self,
        db: Database,
        clock: Clock,
        messages: AlertMessages,
        config: AlertConfig,
    ) -> None:
        self._db = db
        self._clock = clock
        self._messages = messages
        self._config = config
        self._alerts = AlertRepository(db)
        self._users = UserRepository(db)
        self._contacts = ContactRepository(db)
        self._cards = CardRepository(db)
        self._coordinators = CoordinatorRepository(db)
        self._audit = AuditRepository(db)
        self.outbox = AlertOutbox(db, messages)
        self._on_wake: Callable[[datetime], None] = lambda when: None
        self._on_enqueued: Callable[[], None] = lambda: None

    def wire(self, on_wake: Callable[[datetime], None], on_enqueued: Callable[[], None]) -> None:
        """Who to tell of a new deadline (the alarm clock) and of new mail (the worker)."""
        self._on_wake = on_wake
        self._on_enqueued = on_enqueued

    def policy_for(self, defender: User) -> Policy:
        """The network's timings, with the defender's own answer time if they chose one."""
        minutes = defender.settings.ack_timeout_minutes
        ack_timeout = timedelta(minutes=minutes) if minutes else self._config.ack_timeout
        return Policy(
            ack_timeout=ack_timeout,
            reminder_every=ack_timeout,
            false_alarm_window=self._config.false_alarm_window,
            follow_up=self._config.follow_up,
        )

    # ------------------------------------------------------------------ the defender

    async def raise_alert(
        self,
        defender: User,
        kind: AlertKind,
        *,
        note: str = "",
        answered_directly: bool = False,
    ) -> Raised:
        """Raise and notify the first level. With `answered_directly`, the caller tells the
        defender who is being alerted itself (at once, in its reply) instead of the outbox."""
        prepared = await self.prepare(
            defender, kind, note=note, answered_directly=answered_directly
        )
        async with self._db.transaction() as tx:
            wake = await self.insert_in(tx, prepared)
        self.after_insert(prepared, wake)
        audience, told_ids = prepared.audience, prepared.told_ids
        told_text = self._messages.names_for_defender(told_ids, audience)
        count = self._messages.people_count(reader_of(audience.defender), told_ids)
        return Raised(prepared.alert, prepared.told, told_text, count)

    async def prepare(
        self,
        defender: User,
        kind: AlertKind,
        *,
        note: str = "",
        last_checkin: datetime | None = None,
        answered_directly: bool = False,
    ) -> PreparedAlert:
        """A new alert and what it must send, nothing written yet: `insert_in` writes it in
        the caller's transaction (beside the missed check-in that causes it, say)."""
        audience = await self._audience(defender.id)
        refs = [
            ContactRef(contact_id, link.tier) for contact_id, (link, _) in audience.contacts.items()
        ]
        now = self._clock.now()
        alert, effects = engine.raise_alert(
            new_id(),
            defender.id,
            kind,
            refs,
            audience.coordinators_chat_id is not None,
            self.policy_for(defender),
            now,
            note=note,
            last_checkin=last_checkin,
        )
        alert, effects = self._skip_the_gone(alert, effects, audience, now)
        told: tuple[str, ...] = ()
        told_ids: tuple[str, ...] = ()
        if answered_directly:
            told_ids = tuple(e.recipient_id for e in effects if isinstance(e, Notify))
            told = tuple(self._messages.name_for_defender(rid, audience) for rid in told_ids)
            effects = [e for e in effects if not isinstance(e, TellDefender)]
            # Named in the caller's reply: not named again when the alert reaches them.
            alert = engine.announced(alert, told_ids)
        return PreparedAlert(alert, effects, audience, now, told, told_ids)

    async def insert_in(self, tx: Tx, prepared: PreparedAlert) -> datetime | None:
        await self._alerts.insert_in(tx, prepared.alert)
        return await self.outbox.enqueue_effects(
            tx, prepared.alert, prepared.effects, prepared.audience, prepared.now
        )

    def after_insert(self, prepared: PreparedAlert, wake: datetime | None) -> None:
        # Not the kind: a log must not tell a duress alert from an SOS.
        log.info("alert %s raised", prepared.alert.id)
        self._after_commit(wake, prepared.effects)

    async def open_alerts_of(self, defender: User) -> list[Alert]:
        return [stored.alert for stored in await self._alerts.open_for(defender.id)]

    async def has_open_alert(self, defender_id: str) -> bool:
        return bool(await self._alerts.open_for(defender_id))

    def helper_name(self, alert: Alert, audience: Audience) -> str:
        """Who is on the alert, as the coordinators see them."""
        helper = alert.acknowledged_by or ""
        return self._messages.name_for_recipients(helper, audience, GROUP_READER)

    async def defender_leaving(self, defender: User) -> int:
        """The defender is about to erase everything (/wipe), perhaps forced to: before their
        open alerts go with their account, everyone who knows of them, and the coordinators,
        are told to check on them directly. Returns how many alerts were open."""
        open_alerts = await self._alerts.open_for(defender.id)
        if not open_alerts:
            return 0
        audience = await self._audience(defender.id)
        now = self._clock.now()
        async with self._db.transaction() as tx:
            for stored in open_alerts:
                alert = stored.alert
                told = list(alert.notified_ids())
                if audience.coordinators_chat_id is not None and COORDINATORS not in told:
                    told.append(COORDINATORS)
                notice = TellRecipients(alert.id, tuple(told), RecipientNotice.ACCOUNT_ERASED)
                await self.outbox.enqueue_effects(tx, alert, [notice], audience, now)
        log.info("%d open alerts: their people were told before an erasure", len(open_alerts))
        self._on_enqueued()
        return len(open_alerts)

    async def add_words(self, defender: User, alert_id: str, words: str) -> Alert | None:
        return await self._change_own(
            defender, alert_id, lambda a, now: engine.add_words(a, words, now)
        )

    async def can_reach_anyone(self, defender: User) -> bool:
        """Whether an alert raised now would go anywhere (a contact or the coordinators)."""
        audience = await self._audience(defender.id)
        return bool(audience.contacts) or audience.coordinators_chat_id is not None

    async def names_told(self, alert: Alert) -> tuple[str, int]:
        """Whom the alert has reached (Telegram took it for them), as the defender knows them,
        joined in their language; and how many people that is."""
        audience = await self._audience(alert.defender_id)
        reached = tuple(
            r.id
            for r in alert.recipients
            if r.reached_at is not None and r.status is not RecipientStatus.UNREACHABLE
        )
        count = self._messages.people_count(reader_of(audience.defender), reached)
        return self._messages.names_for_defender(reached, audience), count

    async def false_alarm(
        self, defender: User, alert_id: str, *, verified: bool = False
    ) -> Alert | None:
        """`verified`: confirmed with the safety PIN (the people told learn whether it was)."""
        return await self._change_own(
            defender, alert_id, lambda a, now: engine.false_alarm(a, now, verified=verified)
        )

    async def false_alarm_coerced(self, defender: User, alert_id: str) -> Alert | None:
        """The duress word at the false alarm's PIN prompt: shown cancelled, kept open."""
        return await self._change_own(defender, alert_id, engine.false_alarm_under_coercion)

    async def defender_is_safe(
        self, defender: User, *, verified: bool = False, including_hidden: bool = False
    ) -> list[Alert]:
        """ "I'm safe": closes every open alert of the defender the defender can see.
        `verified`: they confirmed with their safety PIN (the people told are told so).
        `including_hidden`: with the PIN typed where the screen shows nothing of alerts
        (`/checkin PIN`), a duress alert, or one shown closed under coercion, closes too."""
        closed = []
        resolution = Resolution(ResolvedBy.DEFENDER, verified=verified)
        for stored in await self._alerts.open_for(defender.id):
            if stored.alert.hidden_from_defender and not (verified and including_hidden):
                continue  # a duress alert, or one shown closed under coercion
            after = await self._change(
                stored.alert.id, lambda a, now: engine.resolve(a, resolution, now)
            )
            if after is not None:
                closed.append(after)
        return closed

    async def defender_coerced(self, defender: User) -> None:
        """The duress word at the safety-PIN prompt: the defender sees their alerts closed,
        while they stay open for everyone on them, marked as a possible coercion."""
        for stored in await self._alerts.open_for(defender.id):
            if stored.alert.hidden_from_defender:
                continue
            await self._change(
                stored.alert.id, lambda a, now: engine.resolve_under_coercion(a, now)
            )

    async def warn_of_pin_attempts(self, defender: User) -> int:
        """Several wrong safety PINs on the defender's phone: everyone on their open alerts is
        told once, or, with none open, their tier-1 contacts. Returns how many were told."""
        audience = await self._audience(defender.id)
        now = self._clock.now()
        told: set[str] = set()
        open_alerts = await self._alerts.open_for(defender.id)
        async with self._db.transaction() as tx:
            for stored in open_alerts:
                _, effects = engine.warn_of_pin_attempts(
                    stored.alert, now, excluding=frozenset(told)
                )
                _, effects = self._skip_the_gone(stored.alert, effects, audience, now)
                for effect in effects:
                    if isinstance(effect, TellRecipients):
                        told.update(effect.recipient_ids)
                await self.outbox.enqueue_effects(tx, stored.alert, effects, audience, now)
            if not told:
                first_tier = [cid for cid, (link, _) in audience.contacts.items() if link.tier <= 1]
                for contact_id in first_tier:
                    await self.outbox.pin_attempts_in(tx, contact_id, audience, now)
                told.update(first_tier)
        log.info("wrong safety PINs: %d people told", len(told))
        if told:
            self._on_enqueued()
        return len(told)

    async def share_location(
        self, defender: User, location: Location, *, live_update: bool
    ) -> list[Alert]:
        """Attach to every open alert of the defender; the alerts it went with. Each person
        gets it once, with the first of their alerts, however many are open."""
        shared = []
        sent_to: set[str] = set()

        def once(alert: Alert, now: datetime) -> Outcome:
            after, effects = engine.share_location(alert, location, now, live_update=live_update)
            kept: list[Effect] = []
            for effect in effects:
                if isinstance(effect, ShareLocation):
                    ids = tuple(rid for rid in effect.recipient_ids if rid not in sent_to)
                    again = tuple(rid for rid in effect.recipient_ids if rid in sent_to)
                    sent_to.update(ids)
                    effect = replace(effect, recipient_ids=ids, edit_only=again)
                kept.append(effect)
            return after, kept

        for stored in sorted(await self._alerts.open_for(defender.id), key=_location_order):
            after = await self._change(stored.alert.id, once)
            if after is not None:
                shared.append(after)
        return shared

    async def contact_joined(self, defender_id: str, contact_id: str, tier: int) -> None:
        """A contact accepted the defender's invitation: each open alert whose tier was
        already alerted goes to them now (later tiers wait for the escalation)."""
        policy = await self._policy_of(defender_id)
        contact = ContactRef(contact_id, tier)
        for stored in await self._alerts.open_for(defender_id):
            await self._change(
                stored.alert.id, lambda a, now: engine.add_recipient(a, contact, policy, now)
            )

    # ------------------------------------------------------------------ the recipients

    async def contact_answers(
        self, contact_user: User, alert_id: str, *, on_it: bool
    ) -> Answer | None:
        """ "I'm on it" or "I can't help" from a contact the alert went to; None if not theirs."""
        stored = await self._alerts.get(alert_id)
        if stored is None:
            return None
        link = await self._contacts.contact_between(stored.alert.defender_id, contact_user.id)
        if link is None or stored.alert.recipient(link.id) is None:
            return None
        policy = await self._policy_of(stored.alert.defender_id)
        if on_it:
            after = await self._change(
                alert_id, lambda a, now: engine.acknowledge(a, link.id, now, policy)
            )
        else:
            after = await self._change(
                alert_id, lambda a, now: engine.cant_help(a, link.id, policy, now)
            )
        return None if after is None else Answer(after, link.id)

    async def coordinator_acknowledges(self, actor: Coordinator, alert_id: str) -> Alert | None:
        return await self._change(
            alert_id,
            lambda a, now: engine.acknowledge(a, COORDINATORS, now),
            audit=(actor, "acknowledge", ""),
        )

    async def coordinator_resolves(
        self, actor: Coordinator, alert_id: str, reason: str
    ) -> Alert | None:
        resolution = Resolution(ResolvedBy.COORDINATOR, reason)
        return await self._change(
            alert_id,
            lambda a, now: engine.resolve(a, resolution, now),
            audit=(actor, "resolve", reason),
        )

    async def open_alerts(self) -> list[tuple[Alert, Audience]]:
        """Every open alert with the people in it, for /alerts."""
        listed = []
        for stored in await self._alerts.open_alerts():
            try:
                listed.append((stored.alert, await self._audience(stored.alert.defender_id)))
            except LookupError:
                continue
        return listed

    async def get(self, alert_id: str) -> Alert | None:
        stored = await self._alerts.get(alert_id)
        return None if stored is None else stored.alert

    # ------------------------------------------------------------------ contacts acting together

    async def alerts_of_contact(self, contact_user: User) -> list[ContactView]:
        """The open alerts that reached this person as someone's trusted contact, oldest first."""
        views = []
        for link in await self._contacts.protected_by(contact_user.id):
            stored_alerts = await self._alerts.open_for(link.defender_id)
            if not stored_alerts:
                continue
            audience = await self._audience(link.defender_id)
            reader = audience.reader(link.id)
            for stored in stored_alerts:
                alert = stored.alert
                found = alert.recipient(link.id)
                if found is None or not found.knows_of_alert or reader is None:
                    continue
                helper = None
                if alert.acknowledged_by is not None:
                    helper = self._messages.name_for_recipients(
                        alert.acknowledged_by, audience, reader
                    )
                newest = None
                if alert.contact_notes:
                    note = alert.contact_notes[-1]
                    author = self._messages.name_for_recipients(note.author_id, audience, reader)
                    newest = (author, note.text)
                who = self._messages.who(alert, audience, link.id)
                views.append(ContactView(alert, link.id, who, helper, newest))
        return sorted(views, key=lambda view: view.alert.raised_at)

    async def contact_note(self, contact_user: User, alert_id: str, text: str) -> ContactAct | None:
        """A contact on the alert writes to everyone else on it; None if it is not theirs."""
        recipient_id = await self._contact_on(contact_user, alert_id)
        if recipient_id is None:
            return None
        after = await self._change(
            alert_id, lambda a, now: engine.add_contact_note(a, recipient_id, text, now)
        )
        if after is None:
            return None
        return ContactAct(after, recipient_id, await self._told_by_contact(after, recipient_id))

    async def contact_closes(
        self, contact_user: User, alert_id: str, words: str
    ) -> ContactAct | None:
        """The contact who took the alert on closes it with what happened (a duress alert
        too). Recorded in the audit log like a coordinator's action, without the words."""
        recipient_id = await self._contact_on(contact_user, alert_id)
        if recipient_id is None:
            return None
        actor = ContactActor(contact_user.telegram_user_id, contact_user.display_name)
        after = await self._change(
            alert_id,
            lambda a, now: engine.close_by_contact(a, recipient_id, words, now),
            audit=(actor, "contact-resolve", ""),  # an unchanged alert writes no entry
        )
        if after is None:
            return None
        return ContactAct(after, recipient_id, await self._told_by_contact(after, recipient_id))

    async def pass_on(
        self, defender: User, *, words: str = "", message_id: int | None = None
    ) -> PassedOn:
        """What the defender typed (`words`) or sent (`message_id`: a photo, a voice note...)
        while their alerts are open goes to everyone on them, once per person. Alerts hidden
        from the defender (duress) take it too, silently."""
        stored_alerts = await self._alerts.open_for(defender.id)
        if not stored_alerts:
            return PassedOn((), visible=False)
        audience = await self._audience(defender.id)
        # Those shown to the defender first, so the people named to them are those reached.
        ordered = sorted(stored_alerts, key=lambda s: s.alert.hidden_from_defender)
        told: set[str] = set()
        shown: list[str] = []
        for stored in ordered:
            before = frozenset(told)

            def transition(alert: Alert, now: datetime, before: frozenset[str] = before) -> Outcome:
                if message_id is not None:
                    return engine.defender_sent(alert, message_id, now, already_told=before)
                return engine.defender_wrote(alert, words, now, already_told=before)

            after = await self._change(stored.alert.id, transition)
            if after is None:
                continue
            # Only those it can reach: a contact who left is not named as told.
            reached = [
                r for r in after.notified_ids() if r not in told and audience.reader(r) is not None
            ]
            told.update(reached)
            if not after.hidden_from_defender:
                shown += reached
        names = tuple(self._messages.name_for_defender(r, audience) for r in shown)
        visible = any(not s.alert.hidden_from_defender for s in stored_alerts)
        return PassedOn(names, visible)

    async def _contact_on(self, contact_user: User, alert_id: str) -> str | None:
        """The person's recipient id on the alert, if it reached them as a contact."""
        stored = await self._alerts.get(alert_id)
        if stored is None:
            return None
        link = await self._contacts.contact_between(stored.alert.defender_id, contact_user.id)
        found = None if link is None else stored.alert.recipient(link.id)
        if link is None or found is None or not found.knows_of_alert:
            return None
        return link.id

    async def _told_by_contact(self, alert: Alert, recipient_id: str) -> tuple[str, ...]:
        """Who a contact's note or closing went to, named as that contact knows them."""
        audience = await self._audience(alert.defender_id)
        reader = audience.reader(recipient_id)
        if reader is None:
            return ()
        names = [
            self._messages.name_for_recipients(r, audience, reader)
            for r in alert.notified_ids(excluding=recipient_id)
            if audience.reader(r) is not None  # a contact who left was not told
        ]
        if not alert.hidden_from_defender:
            names.insert(0, self._messages.who(alert, audience, recipient_id))
        return tuple(names)

    # ------------------------------------------------------------------ the alarm clock

    async def process_due(self) -> int:
        """Apply every deadline that has come: the timer's, the sweep's and start-up's job.
        The earliest deadlines first, many alerts to a transaction (one commit for them all)."""
        handled: set[str] = set()
        # Deadlines that had come when the run began: one that comes during it (a reminder
        # due again while a long backlog is worked through) is the next ring's, not a spin.
        began = self._clock.now()
        while ids := await self._alerts.due(began, limit=DEADLINE_BATCH):
            await self._deadlines_in_one(ids, handled)
        return len(handled)

    async def _deadlines_in_one(self, ids: list[str], handled: set[str]) -> None:
        """Read what each alert needs, then apply all their deadlines in one transaction.
        Should that fail, each is applied on its own, so one bad alert stalls no other."""
        planned: list[tuple[str, Policy, Audience]] = []
        for alert_id in ids:
            try:
                if alert_id in handled:
                    # Still due after its deadline was applied: never spin on it.
                    raise AlertConflict(alert_id)
                stored = await self._alerts.get(alert_id)
                if stored is not None:
                    defender_id = stored.alert.defender_id
                    audience = await self._audience(defender_id)
                    planned.append((alert_id, self.policy_for(audience.defender), audience))
            except Exception as error:  # one bad alert must not stall the others
                await self._deadline_failed(alert_id, error)
            handled.add(alert_id)
        if not planned:
            return
        applied: list[tuple[datetime | None, list[Effect]]] = []
        try:
            async with self._db.transaction() as tx:
                for alert_id, policy, audience in planned:
                    outcome = await self._apply_in(tx, alert_id, _deadline(policy), audience)
                    if outcome is not None:
                        applied.append(outcome[1:])
        except Exception as error:
            log.warning(
                "a batch of %d deadlines failed (%s): one by one",
                len(planned),
                type(error).__name__,
            )
            for alert_id, _, _ in planned:
                try:
                    await self._change_due(alert_id)
                except Exception as failure:
                    await self._deadline_failed(alert_id, failure)
            return
        for wake, effects in applied:
            self._after_commit(wake, effects)

    async def _deadline_failed(self, alert_id: str, error: Exception) -> None:
        log.error("alert %s: deadline failed: %s", alert_id, type(error).__name__)
        await self._alerts.postpone(alert_id, self._clock.now() + RETRY_BROKEN)

    async def _change_due(self, alert_id: str) -> None:
        stored = await self._alerts.get(alert_id)
        if stored is None:
            return
        policy = await self._policy_of(stored.alert.defender_id)
        await self._change(alert_id, lambda a, now: engine.on_deadline(a, policy, now))

    async def next_wake(self) -> datetime | None:
        return await self._alerts.next_wake()

    # ------------------------------------------------------------------ delivery reports

    async def recipient_unreachable(
        self, alert_id: str, recipient_id: str, item_id: str, reason: str, *, gone: bool
    ) -> None:
        """The alert cannot reach this recipient: escalate, in the same transaction that
        records the failure. `gone`: they blocked the bot or left Telegram, so their contact
        link is marked unreachable too (not when Telegram only refused the message)."""
        stored = await self._alerts.get(alert_id)
        if stored is None:
            await self.outbox.mark_failed(item_id, reason)
            return
        policy = await self._policy_of(stored.alert.defender_id)

        async def also(tx: Tx) -> None:
            await self.outbox.mark_failed_in(tx, item_id, reason)
            if gone and recipient_id != COORDINATORS:
                await self._contacts.set_status_in(tx, recipient_id, ContactStatus.UNREACHABLE)

        await self._change(
            alert_id, lambda a, now: engine.unreachable(a, recipient_id, policy, now), also=also
        )

    async def alert_refused(self, item: OutboxItem) -> None:
        """Telegram refused an alert message itself (too long, markup it rejects): the
        recipient still gets the alert in two lines, with its buttons."""
        stored = await self._alerts.get(item.topic or "")
        if stored is None or not stored.alert.is_open or item.recipient_ref is None:
            await self.outbox.mark_failed(item.id, "rejected")
            return
        audience = await self._audience(stored.alert.defender_id)
        async with self._db.transaction() as tx:
            await self.outbox.mark_failed_in(tx, item.id, "rejected")
            await self.outbox.fallback_in(
                tx, stored.alert, item.recipient_ref, audience, item, self._clock.now()
            )
        log.warning("alert %s: a message was refused; its short form was queued", item.topic)
        self._on_enqueued()

    async def alert_delivered(self, alert_id: str, recipient_id: str) -> None:
        """Telegram took the alert for this recipient: the defender hears it reached them."""
        await self._change(alert_id, lambda a, now: engine.delivered(a, recipient_id, now))

    async def recipient_reached(self, recipient_id: str) -> None:
        """An alert reached a contact marked unreachable: they are reachable again."""
        if recipient_id != COORDINATORS:
            await self._contacts.set_status(recipient_id, ContactStatus.ACTIVE)

    async def forget_old(self) -> int:
        """Closed alerts, their outbox rows and the audit log, after the retention period."""
        before = self._clock.now() - self._config.retention
        purged = await self._alerts.purge_closed(before.date())
        purged += await self.outbox.purge(before)
        return purged + await self._audit.purge(before.date())

    # ------------------------------------------------------------------ plumbing

    async def _policy_of(self, defender_id: str) -> Policy:
        defender = await self._users.get(defender_id)
        return self.policy_for(defender) if defender else Policy()

    async def _change_own(
        self, defender: User, alert_id: str, transition: Callable[[Alert, datetime], Outcome]
    ) -> Alert | None:
        stored = await self._alerts.get(alert_id)
        if stored is None or stored.alert.defender_id != defender.id:
            return None
        return await self._change(alert_id, transition)

    async def _change(
        self,
        alert_id: str,
        transition: Transition,
        *,
        audit: tuple[Coordinator | ContactActor, str, str] | None = None,
        also: Callable[[Tx], Awaitable[None]] | None = None,
    ) -> Alert | None:
        """Load, apply, save and enqueue, all in one transaction. The people are read first
        (a contact removed meanwhile simply gets nothing)."""
        stored = await self._alerts.get(alert_id)
        if stored is None:
            return None
        audience = await self._audience(stored.alert.defender_id)
        async with self._db.transaction() as tx:
            outcome = await self._apply_in(tx, alert_id, transition, audience, audit, also)
        if outcome is None:
            return None
        alert, wake, effects = outcome
        self._after_commit(wake, effects)
        return alert

    async def _apply_in(
        self,
        tx: Tx,
        alert_id: str,
        transition: Transition,
        audience: Audience,
        audit: tuple[Coordinator | ContactActor, str, str] | None = None,
        also: Callable[[Tx], Awaitable[None]] | None = None,
    ) -> tuple[Alert, datetime | None, list[Effect]] | None:
        """Apply, save and enqueue inside `tx`; what to do after the commit is returned."""
        current = await self._alerts.get_in(tx, alert_id)
        if current is None:
            return None
        now = self._clock.now()
        alert, effects = transition(current.alert, now)
        alert, effects = self._skip_the_gone(alert, effects, audience, now)
        if also is not None:
            await also(tx)
        if alert == current.alert and not effects:
            return alert, None, []
        await self._save(tx, current, alert)
        if not alert.is_open:
            await self.outbox.withdraw_in(tx, alert.id)
            await self.outbox.take_buttons_away_in(tx, alert, audience, now)
        wake = await self.outbox.enqueue_effects(tx, alert, effects, audience, now)
        if audit is not None:
            actor, action, detail = audit
            entry = AuditEntry(
                alert.id, action, now, actor.display_name, str(actor.telegram_user_id), detail
            )
            await self._audit.record_in(tx, entry)
        return alert, wake, effects

    def _skip_the_gone(
        self, alert: Alert, effects: list[Effect], audience: Audience, now: datetime
    ) -> Outcome:
        """Someone the alert would go to can no longer be reached through the bot (they left
        as a contact, or the coordinators' chat was unset): they count as unreachable, so the
        alert moves on instead of waiting for them."""
        policy = self.policy_for(audience.defender)
        for _ in range(len(alert.recipients) + 1):
            gone = {
                e.recipient_id
                for e in effects
                if isinstance(e, Notify) and audience.reader(e.recipient_id) is None
            }
            if not gone:
                break
            effects = [e for e in effects if not (isinstance(e, Notify) and e.recipient_id in gone)]
            for recipient_id in gone:
                alert, more = engine.unreachable(alert, recipient_id, policy, now)
                effects += [e for e in more if not _names_the_gone(e, gone)]
        kept: list[Effect] = []
        for effect in effects:
            if isinstance(effect, TellDefender | TellRecipients | PassOn):
                ids = tuple(r for r in effect.recipient_ids if audience.reader(r) is not None)
                if effect.recipient_ids and not ids:
                    continue
                effect = replace(effect, recipient_ids=ids) if effect.recipient_ids else effect
            kept.append(effect)
        return alert, kept

    async def _save(self, tx: Tx, current: StoredAlert, alert: Alert) -> None:
        if not await self._alerts.update_in(tx, alert, current.version):
            raise AlertConflict(alert.id)

    def _after_commit(self, wake: datetime | None, effects: list[Effect]) -> None:
        if wake is not None:
            self._on_wake(wake)
        if any(not isinstance(e, WakeAt) for e in effects):
            self._on_enqueued()

    async def _audience(self, defender_id: str) -> Audience:
        defender = await self._users.get(defender_id)
        if defender is None:
            raise LookupError("the defender of this alert no longer exists")
        contacts = {}
        for link in await self._contacts.contacts_of(defender_id):
            person = await self._users.get(link.contact_user_id)
            if person is not None:
                contacts[link.id] = (link, person)
        chat = await self._coordinators.current()
        return Audience(
            defender=defender,
            contacts=contacts,
            coordinators_chat_id=None if chat is None else chat.chat_id,
            card=await self._cards.get(defender_id) or None,
        )
