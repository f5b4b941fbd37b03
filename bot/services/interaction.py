"""The plumbing of a conversation with the bot: buttons, multi-step flows, sent messages."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from bot.clock import Clock
from bot.domain.interaction import (
    ButtonAction,
    Conversation,
    ConversationLookup,
    SentMessage,
    deletion_time,
)
from bot.domain.users import User
from storage.buttons import ButtonRepository
from storage.conversations import ConversationRepository
from storage.sent_messages import SentMessageRepository
from storage.users import UserRepository

BUTTON_LIFETIME = timedelta(days=2)
STEP_LIFETIME = timedelta(hours=1)


@dataclass(frozen=True)
class Press:
    user: User
    action: ButtonAction


class ButtonService:
    def __init__(self, buttons: ButtonRepository, users: UserRepository, clock: Clock) -> None:
        self._buttons = buttons
        self._users = users
        self._clock = clock

    async def issue(
        self, user: User, actions: list[ButtonAction], *, single_use: bool = True
    ) -> list[str]:
        return await self._buttons.issue(
            user.id, actions, self._clock.now(), BUTTON_LIFETIME, single_use=single_use
        )

    async def issue_for_coordinators(self, actions: list[ButtonAction]) -> list[str]:
        """Buttons anyone in the coordinators' chat (or a coordinator, privately) may press."""
        return await self._buttons.issue(
            None, actions, self._clock.now(), BUTTON_LIFETIME, single_use=False
        )

    async def redeem_for_coordinators(self, data: str) -> ButtonAction | None:
        """The caller has checked that the presser is a coordinator."""
        return await self._buttons.redeem_for_coordinators(data, self._clock.now())

    async def redeem(self, telegram_user_id: int, data: str) -> Press | None:
        """What a press does, if the presser may press it now; otherwise None."""
        user = await self._users.find_by_telegram_id(telegram_user_id)
        if user is None:
            return None
        action = await self._buttons.redeem(user.id, data, self._clock.now())
        return None if action is None else Press(user, action)

    async def forget_spent(self) -> int:
        return await self._buttons.purge(self._clock.now())


class ConversationService:
    def __init__(self, conversations: ConversationRepository, clock: Clock) -> None:
        self._conversations = conversations
        self._clock = clock

    async def start(self, user: User, flow: str, step: str, **data: str) -> None:
        await self._conversations.save(
            user.id, Conversation(flow, step, data), self._clock.now(), STEP_LIFETIME
        )

    async def current(self, user: User) -> ConversationLookup:
        return await self._conversations.load(user.id, self._clock.now())

    async def end(self, user: User) -> bool:
        return await self._conversations.clear(user.id)


class MessageLog:
    """Remembers what the bot sent, so it can delete it later (auto-delete, /wipe)."""

    def __init__(self, messages: SentMessageRepository, clock: Clock) -> None:
        self._messages = messages
        self._clock = clock

    async def record(self, user: User, chat_id: int, message_id: int, *, sensitive: bool) -> None:
        delay = user.settings.autodelete_seconds
        now = self._clock.now()
        delete_at = None
        if sensitive and delay:
            delete_at = deletion_time(now, now, timedelta(seconds=delay))
        await self._messages.record(
            user.id, chat_id, message_id, now, sensitive=sensitive, delete_at=delete_at
        )

    async def retry_deletion(self, user: User, chat_id: int, message_id: int) -> None:
        """A message the bot could not delete just now (network trouble): the auto-delete job
        tries again at its next run, whatever the user's delay."""
        now = self._clock.now()
        await self._messages.record(
            user.id, chat_id, message_id, now, sensitive=True, delete_at=now
        )

    async def apply_autodelete(self, user: User) -> None:
        """After the delay changed: sensitive messages already sent follow the new delay."""
        seconds = user.settings.autodelete_seconds
        delay = None if seconds is None else timedelta(seconds=seconds)
        await self._messages.reschedule_sensitive(user.id, self._clock.now(), delay)

    async def earlier_in_chat(self, user: User, *, before: int | None = None) -> list[SentMessage]:
        """What is recorded in the user's private chat that Telegram still lets the bot delete
        (only what came before message `before`: a chat's message ids only grow)."""
        return [
            m
            for m in await self._messages.recent(user.id, self._clock.now())
            if m.chat_id == user.chat_id and (before is None or m.message_id < before)
        ]

    async def delete_soon(self, messages: list[SentMessage]) -> None:
        """Make these due for deletion now: the deletion job removes them (and retries)."""
        await self._messages.due_now([m.id for m in messages], self._clock.now())

    async def still_recorded(self, messages: list[SentMessage]) -> int:
        """How many of these are left to delete (the others are gone from the chat)."""
        return await self._messages.still_recorded([m.id for m in messages]) if messages else 0

    async def due_for_deletion(self) -> list[SentMessage]:
        return await self._messages.due(self._clock.now())

    async def forget(self, messages: list[SentMessage]) -> None:
        await self._messages.forget([m.id for m in messages])

    async def forget_old(self) -> int:
        return await self._messages.purge(self._clock.now())
