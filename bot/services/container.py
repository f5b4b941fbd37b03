"""The services of one running bot, built once storage is open."""

from __future__ import annotations

from dataclasses import dataclass

from bot.clock import Clock
from bot.i18n import Translator
from bot.services.updates import UpdateGate
from bot.services.users import UserService
from storage.db import Database
from storage.updates import ProcessedUpdateRepository
from storage.users import UserRepository


@dataclass(frozen=True)
class Services:
    """Handlers call the services; `database` is here to be closed at shutdown, not queried."""

    clock: Clock
    translate: Translator
    database: Database
    users: UserService
    updates: UpdateGate

    @classmethod
    def build(cls, database: Database, clock: Clock, translate: Translator) -> Services:
        return cls(
            clock=clock,
            translate=translate,
            database=database,
            users=UserService(UserRepository(database), clock),
            updates=UpdateGate(ProcessedUpdateRepository(database), clock),
        )

    async def close(self) -> None:
        await self.database.close()
