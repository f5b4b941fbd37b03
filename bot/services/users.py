"""Registering the people who talk to the bot."""

from __future__ import annotations

from dataclasses import dataclass

from bot.clock import Clock
from bot.domain.users import TelegramIdentity, User
from storage.users import UserRepository


@dataclass(frozen=True)
class Registration:
    user: User
    is_new: bool


class UserService:
    def __init__(self, users: UserRepository, clock: Clock) -> None:
        self._users = users
        self._clock = clock

    async def register(self, identity: TelegramIdentity) -> Registration:
        user, is_new = await self._users.register(identity, self._clock.now())
        return Registration(user, is_new)

    async def language_of(self, identity: TelegramIdentity) -> str | None:
        """The language the user chose, else the one their Telegram app reports."""
        user = await self._users.find_by_telegram_id(identity.telegram_user_id)
        return (user.language if user else None) or identity.language_code
