"""A second reader of the bot's token is an incident: the admins hear of it at once.

Telegram answers getUpdates with 409 Conflict when another program polls with the same token
(or has set a webhook, which takes every update away from polling). Whoever that is reads the
updates the bot has not fetched yet, SOS messages among them, and can send as the bot. Each of
the deployment's admins (BOT_ADMINS) is told, in their own language, what happened and how to
revoke the token with @BotFather; the warning repeats at most every `REPEAT_EVERY` for as long
as the conflicts go on, and once more when they have stopped.

Sent through the outbox, like every other notice: paced, retried, and never lost to a restart.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timedelta
from enum import StrEnum

from bot.clock import Clock
from bot.domain.outbound import ChatKind, OutboundMessage, Priority
from bot.i18n import Translator
from bot.services.users import UserService
from storage.outbox import OutboxRepository

log = logging.getLogger(__name__)

REPEAT_EVERY = timedelta(minutes=5)
# No conflict for this long after the last one: the other reader has stopped (say so once).
QUIET_AFTER = timedelta(minutes=10)
PURPOSE = "operations"
TOPIC = "operations:token"


class SecondReader(StrEnum):
    POLLING = "polling"  # another getUpdates with our token
    WEBHOOK = "webhook"  # someone set a webhook with our token
    WEBHOOK_CHANGED = "webhook-changed"  # in webhook mode: someone changed or removed ours


class TokenWatch:
    def __init__(
        self,
        outbox: OutboxRepository,
        users: UserService,
        translate: Translator,
        admin_ids: frozenset[int],
        clock: Clock,
        on_enqueued: Callable[[], None] = lambda: None,
    ) -> None:
        self._outbox = outbox
        self._users = users
        self._translate = translate
        self._admin_ids = admin_ids
        self._clock = clock
        self._on_enqueued = on_enqueued
        self._last_told: datetime | None = None
        self._last_seen: datetime | None = None
        self.warnings_sent = 0

    async def second_reader_seen(self, kind: SecondReader) -> bool:
        """Called for every Conflict; tells the admins unless they were told recently.
        True when a warning was queued."""
        now = self._clock.now()
        self._last_seen = now
        if self._last_told is not None and now - self._last_told < REPEAT_EVERY:
            return False
        self._last_told = now
        log.error("another program is using the bot's token (%s); telling the admins", kind)
        await self._tell_admins(f"operations-token-{kind}")
        return True

    async def polled_quietly(self) -> bool:
        """Called after a getUpdates without a Conflict: once the conflicts have been quiet
        for `QUIET_AFTER`, the admins hear that they stopped. True when that was queued."""
        if self._last_seen is None or self._clock.now() - self._last_seen < QUIET_AFTER:
            return False
        self._last_seen = self._last_told = None
        log.warning("no other program has used the bot's token for a while")
        await self._tell_admins("operations-token-quiet")
        return True

    async def _tell_admins(self, message_id: str) -> None:
        if not self._admin_ids:
            log.error("no admins to tell: set BOT_ADMINS so that incidents reach a person")
            return
        minutes = int(REPEAT_EVERY.total_seconds() // 60)
        for admin_id in sorted(self._admin_ids):
            user = await self._users.find(admin_id)
            language = user.language if user is not None else None
            disguise = user is not None and user.settings.disguise
            text = self._translate(language, message_id, disguise=disguise, minutes=minutes)
            await self._outbox.enqueue(
                admin_id,
                ChatKind.PRIVATE,
                OutboundMessage(text),
                Priority.ESCALATION,
                self._clock.now(),
                topic=TOPIC,
                owner_user_id=user.id if user is not None else None,
                purpose=PURPOSE,
            )
            self.warnings_sent += 1
        self._on_enqueued()
