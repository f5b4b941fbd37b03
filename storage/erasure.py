"""/wipe: every row about a person goes in one transaction (the schema cascades from users)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from bot.domain.users import User
from storage.db import Database
from storage.sent_messages import SentMessage, SentMessageRepository
from storage.users import UserRepository


@dataclass(frozen=True)
class Erasure:
    """What is left to do outside the database once the rows are gone."""

    defenders_to_tell: list[User] = field(default_factory=list)
    messages_to_delete: list[SentMessage] = field(default_factory=list)


class ErasureRepository:
    def __init__(self, db: Database) -> None:
        self._db = db
        self._users = UserRepository(db)
        self._messages = SentMessageRepository(db)

    async def erase(self, user_id: str, now: datetime) -> Erasure:
        # Read first: once the user row is deleted, these rows cascade away with it.
        messages = await self._messages.of_user(user_id, now)
        async with self._db.read() as tx:
            rows = await tx.fetchall(
                "SELECT DISTINCT defender_id FROM contacts WHERE contact_user_id = ? "
                "AND defender_id != ?",
                (user_id, user_id),
            )
        defenders = [u for r in rows if (u := await self._users.get(r[0])) is not None]
        async with self._db.transaction() as tx:
            await tx.execute("DELETE FROM users WHERE id = ?", (user_id,))
        # secure_delete overwrote the rows; truncating the WAL removes its copies of them.
        await self._db.checkpoint()
        return Erasure(defenders, messages)
