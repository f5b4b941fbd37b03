"""/wipe: every row about a person goes in one transaction.

Rows keyed by the person's own id (card, schedule, safety words...) cascade from `users`. Rows
that link to them through a blind index (storage/links.py: contacts, invitations, alerts...)
cannot cascade, and are deleted here, table by table, from `LINKED`."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from bot.domain.users import User
from storage.alert_copies import AlertCopyRepository
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
    # The person's links as someone's trusted contact, ended with the account (issue 12):
    # (link id, defender id).
    links_ended: list[tuple[str, str]] = field(default_factory=list)


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
            (str(r["id"]), read_link(crypto, "contacts", r, "defender"))
            for r in rows
            if seals.ok("contacts", r)
        ]
        ended = [(link, d) for link, d in linked if d is not None and d != user_id]
        defender_ids = dict.fromkeys(d for _, d in ended)
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
            # The defender's alerts go with them (LINKED, below). Before they do, what the bot
            # sent others about them is taken away now, and the coordinators' record of what
            # was done on them follows them: /wipe leaves no audit entry behind.
            alert_rows = await tx.fetchall(
                "SELECT id FROM alerts WHERE defender_bidx = ?",
                (link_index(crypto, "alerts", "defender", user_id),),
            )
            alert_ids = [str(row["id"]) for row in alert_rows]
            await AlertCopyRepository(self._db).expire_alerts_in(tx, alert_ids, now)
            await tx.executemany(
                "DELETE FROM audit_log WHERE alert_bidx = ?",
                [(link_index(crypto, "audit_log", "alert", a),) for a in alert_ids],
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
        return Erasure(defenders, ended)
