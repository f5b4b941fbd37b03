"""/wipe: every row about a person goes in one transaction.

Rows keyed by the person's own id (card, schedule, safety words...) cascade from `users`. Rows
that link to them through a blind index (storage/links.py: contacts, invitations, alerts...)
cannot cascade, and are deleted here, table by table, from `LINKED`."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from bot.domain.users import User
from storage.db import Database
from storage.integrity import TamperedRowError
from storage.links import LINKED, bidx, link_index, read_link
from storage.timecodec import to_db_minute
from storage.users import UserRepository


@dataclass(frozen=True)
class Erasure:
    """What is left to do outside the database once the rows are gone. The user's messages
    are not listed: they are due for deletion now, in `sent_messages`, unlinked from the user."""

    defenders_to_tell: list[User] = field(default_factory=list)


class ErasureRepository:
    def __init__(self, db: Database) -> None:
        self._db = db
        self._users = UserRepository(db)

    async def erase(self, user_id: str, now: datetime) -> Erasure:
        # Read first: once the user row is deleted, the contact rows cascade away with it.
        crypto = self._db.crypto
        async with self._db.read() as tx:
            rows = await tx.fetchall(
                "SELECT * FROM contacts WHERE contact_user_bidx = ?",
                (link_index(crypto, "contacts", "contact_user", user_id),),
            )
        # Only links that verify name someone to tell; a refused row is erased all the same.
        seals = self._db.seals
        linked = [
            read_link(crypto, "contacts", r, "defender") for r in rows if seals.ok("contacts", r)
        ]
        defender_ids = dict.fromkeys(d for d in linked if d is not None and d != user_id)
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
            # and they lose their link to the erased person.
            await tx.execute(
                "UPDATE sent_messages SET delete_at = ?, user_ct = NULL, user_bidx = NULL "
                "WHERE user_bidx = ?",
                (to_db_minute(now), link_index(crypto, "sent_messages", "user", user_id)),
            )
            for table, names in LINKED.items():
                for name in names:
                    await tx.execute(
                        f"DELETE FROM {table} WHERE {bidx(name)} = ?",
                        (link_index(crypto, table, name, user_id),),
                    )
            await tx.execute("DELETE FROM users WHERE id = ?", (user_id,))
        # secure_delete overwrote the rows; truncating the WAL removes its copies of them.
        await self._db.checkpoint()
        return Erasure(defenders)
