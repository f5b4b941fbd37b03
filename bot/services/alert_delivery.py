"""What the delivery worker reports back: a message that went (remember it for auto-delete;
the contact is reachable), and one that never can (escalate at once; follow a moved group)."""

from __future__ import annotations

import logging

from bot.clock import Clock
from bot.delivery.transport import DeliveryError, FailureKind
from bot.domain.alerts import COORDINATORS
from bot.domain.outbound import OutboxItem
from bot.services.alert_outbox import FALLBACK, is_alert_purpose
from bot.services.alerts import AlertService
from bot.services.interaction import MessageLog
from bot.services.redaction import REDACT, RedactionService
from storage.coordinators import CoordinatorRepository
from storage.outbox import OutboxRepository
from storage.users import UserRepository

log = logging.getLogger(__name__)

# The alert did not reach this recipient, and trying again will not change that.
NEVER_ARRIVES = frozenset({FailureKind.RECIPIENT_GONE, FailureKind.REJECTED})


class DeliveryReports:
    def __init__(
        self,
        alerts: AlertService,
        users: UserRepository,
        messages: MessageLog,
        coordinators: CoordinatorRepository,
        outbox: OutboxRepository,
        clock: Clock,
        redactions: RedactionService | None = None,
    ) -> None:
        self._alerts = alerts
        self._users = users
        self._messages = messages
        self._coordinators = coordinators
        self._outbox = outbox
        self._clock = clock
        self._redactions = redactions

    async def delivered(self, item: OutboxItem, message_id: int) -> None:
        if item.owner_user_id is not None:
            owner = await self._users.get(item.owner_user_id)
            if owner is not None:
                # Alert messages name people and carry the card: auto-delete applies to them.
                await self._messages.record(owner, item.chat_id, message_id, sensitive=True)
        if is_alert_purpose(item.purpose) and item.recipient_ref is not None:
            await self._alerts.recipient_reached(item.recipient_ref)
        reached = is_alert_purpose(item.purpose) or item.purpose == FALLBACK
        if reached and item.topic and item.recipient_ref is not None:
            # The defender hears who has their alert only now that Telegram took it.
            await self._alerts.alert_delivered(item.topic, item.recipient_ref)

    async def undeliverable(self, item: OutboxItem, error: DeliveryError) -> None:
        if item.purpose == REDACT:
            if self._redactions is not None:
                self._redactions.refused(item, error)
            return
        if error.kind is FailureKind.CHAT_MOVED and error.new_chat_id is not None:
            await self._follow_moved_group(item, error.new_chat_id)
            return
        if error.kind not in NEVER_ARRIVES or item.topic is None or item.recipient_ref is None:
            return
        gone = error.kind is FailureKind.RECIPIENT_GONE
        if is_alert_purpose(item.purpose) and not gone:
            await self._alerts.alert_refused(item)
        elif is_alert_purpose(item.purpose) or item.purpose == FALLBACK:
            log.warning("alert %s: a recipient cannot be reached", item.topic)
            await self._alerts.recipient_unreachable(
                item.topic, item.recipient_ref, item.id, error.kind.value, gone=gone
            )

    async def _follow_moved_group(self, item: OutboxItem, new_chat_id: int) -> None:
        """A group that became a supergroup is the same people under a new id: move the
        coordinators' chat there and send the message again."""
        if item.recipient_ref != COORDINATORS:
            return
        chat = await self._coordinators.current()
        if chat is not None and chat.chat_id == item.chat_id:
            await self._coordinators.replace(new_chat_id, chat.title)
        log.info("the coordinators' chat moved; message %s sent again there", item.id)
        await self._outbox.requeue_to(item, new_chat_id, self._clock.now())
