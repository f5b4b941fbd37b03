"""Registering the people who talk to the bot."""

from __future__ import annotations

from dataclasses import dataclass, replace

from bot.clock import Clock
from bot.domain.settings import UserSettings
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

    async def find(self, telegram_user_id: int) -> User | None:
        return await self._users.find_by_telegram_id(telegram_user_id)

    async def set_language(self, user: User, language: str) -> User:
        await self._users.set_language(user.id, language)
        return replace(user, language=language)

    async def update_settings(self, user: User, settings: UserSettings) -> User:
        await self._users.set_settings(user.id, settings)
        return replace(user, settings=settings)
