"""/wipe: every row about a person goes in one transaction (the schema cascades from users)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from bot.domain.users import User
from storage.db import Database
from storage.integrity import TamperedRowError
from storage.timecodec import to_db_minute
from storage.users import UserRepository


@dataclass(frozen=True)
class Erasure:
    """What is left to do outside the database once the rows are gone. The user's messages
    are not listed: they are due for deletion now, in `sent_messages`, unlinked from the user."""

    defenders_to_tell: list[User] = field(default_factory=list)
    # The person's links as someone's trusted contact, ended with the account (issue 12):
    # (link id, defender id).
    links_ended: list[tuple[str, str]] = field(default_factory=list)


class ErasureRepository:
    def __init__(self, db: Database) -> None:
        self._db = db
        self._users = UserRepository(db)

    async def erase(self, user_id: str, now: datetime) -> Erasure:
        # Read first: once the user row is deleted, the contact rows cascade away with it.
        async with self._db.read() as tx:
            rows = await tx.fetchall(
                "SELECT * FROM contacts WHERE contact_user_id = ? AND defender_id != ?",
                (user_id, user_id),
            )
        # Only links that verify name someone to tell; a refused row is erased all the same.
        seals = self._db.seals
        defender_ids = dict.fromkeys(r["defender_id"] for r in rows if seals.ok("contacts", r))
        defenders = []
        for defender_id in defender_ids:
            try:
                found = await self._users.get(defender_id)
            except TamperedRowError:
                continue
            if found is not None:
                defenders.append(found)
        async with self._db.transaction() as tx:
            # Every message still deletable goes now; the deletion job retries what fails.
            await tx.execute(
                "UPDATE sent_messages SET delete_at = ? WHERE user_id = ?",
                (to_db_minute(now), user_id),
            )
            # The coordinators' record of what was done on their alerts follows them: it names
            # the alerts and may quote what happened (alert_id has no foreign key to cascade).
            await tx.execute(
                "DELETE FROM audit_log WHERE alert_id IN "
                "(SELECT id FROM alerts WHERE defender_id = ?)",
                (user_id,),
            )
            await tx.execute("DELETE FROM users WHERE id = ?", (user_id,))
        # secure_delete overwrote the rows; truncating the WAL removes its copies of them.
        await self._db.checkpoint()
        return Erasure(defenders, [(r["id"], r["defender_id"]) for r in rows])
