"""Telling someone other than the person acting (a contact accepted, left, was removed):
through the outbox, so a network failure or a restart delays the notice instead of losing it."""

from __future__ import annotations

from collections.abc import Callable

from bot.clock import Clock
from bot.domain.outbound import ChatKind, OutboundMessage, Priority
from bot.domain.users import User
from storage.outbox import OutboxRepository

NOTICE = "notice"


class NoticeService:
    def __init__(self, outbox: OutboxRepository, clock: Clock) -> None:
        self._outbox = outbox
        self._clock = clock
        self._on_enqueued: Callable[[], None] = lambda: None

    def wire(self, on_enqueued: Callable[[], None]) -> None:
        self._on_enqueued = on_enqueued

    async def tell(self, user: User, text: str) -> None:
        """Queue `text` for `user`'s private chat; it is auto-deleted by their own setting."""
        await self._outbox.enqueue(
            user.chat_id,
            ChatKind.PRIVATE,
            OutboundMessage(text),
            Priority.OTHER,
            self._clock.now(),
            owner_user_id=user.id,
            purpose=NOTICE,
        )
        self._on_enqueued()

    async def tell_chat(self, chat_id: int, text: str) -> None:
        """Queue `text` for a private chat that may belong to no user of the bot (an admin)."""
        await self._outbox.enqueue(
            chat_id,
            ChatKind.PRIVATE,
            OutboundMessage(text),
            Priority.ESCALATION,
            self._clock.now(),
            purpose=NOTICE,
        )
        self._on_enqueued()
