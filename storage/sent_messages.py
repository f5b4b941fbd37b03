"""Messages the bot sent, for auto-delete and /wipe (Telegram lets bots delete for 48 hours)."""

from __future__ import annotations

import logging
import sqlite3
from datetime import datetime, timedelta

from bot.domain.interaction import DELETABLE_FOR, SentMessage, deletion_time
from bot.errors import StorageError
from storage.db import Database
from storage.ids import new_id
from storage.links import link_columns, link_index, read_link
from storage.timecodec import from_db_time, to_db_minute, to_db_time, to_db_wake

log = logging.getLogger(__name__)

TABLE = "sent_messages"


class SentMessageRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def record(
        self,
        user_id: str,
        chat_id: int,
        message_id: int,
        now: datetime,
        *,
        sensitive: bool,
        delete_at: datetime | None,
    ) -> None:
        row_id = new_id()
        row = self._db.crypto.row(TABLE, row_id)
        async with self._db.transaction() as tx:
            link = link_columns(self._db.crypto, TABLE, row_id, "user", user_id)
            await tx.execute(
                "INSERT INTO sent_messages (id, user_ct, user_bidx, chat_id_ct, message_id_ct, "
                "sensitive, sent_at, delete_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    row_id,
                    link["user_ct"],
                    link["user_bidx"],
                    row.integer("chat_id_ct", chat_id),
                    row.integer("message_id_ct", message_id),
                    int(sensitive),
                    to_db_time(now.replace(minute=0, second=0, microsecond=0)),
                    None if delete_at is None else to_db_wake(delete_at),
                ),
            )

    async def due(self, now: datetime, limit: int = 100) -> list[SentMessage]:
        async with self._db.read() as tx:
            rows = await tx.fetchall(
                "SELECT * FROM sent_messages WHERE delete_at IS NOT NULL AND delete_at <= ? "
                "ORDER BY delete_at LIMIT ?",
                (to_db_time(now), limit),
            )
        due: list[SentMessage] = []
        unreadable: list[str] = []
        for row in rows:
            try:
                due.append(self._decode(row))
            except (ValueError, StorageError):
                unreadable.append(row["id"])
        if unreadable:
            # Never acted on, and not left at the head of the queue to stop the rest.
            log.error("%d sent-message records could not be read; forgotten", len(unreadable))
            await self.forget(unreadable)
        return due

    async def recent(self, user_id: str, now: datetime) -> list[SentMessage]:
        """The messages sent to or recorded from this user that Telegram may still delete."""
        async with self._db.read() as tx:
            rows = await tx.fetchall(
                "SELECT * FROM sent_messages WHERE user_bidx = ? AND sent_at > ?",
                (
                    link_index(self._db.crypto, TABLE, "user", user_id),
                    to_db_time(now - DELETABLE_FOR),
                ),
            )
        found = []
        for row in rows:
            try:
                found.append(self._decode(row))
            except (ValueError, StorageError):
                continue  # the deletion job forgets unreadable records
        return found

    async def due_now(self, ids: list[str], now: datetime) -> None:
        """Delete these at the deletion job's next run (at once when it is run now)."""
        async with self._db.transaction() as tx:
            await tx.executemany(
                "UPDATE sent_messages SET delete_at = ? WHERE id = ?",
                [(to_db_minute(now), i) for i in ids],
            )

    async def still_recorded(self, ids: list[str]) -> int:
        found = 0
        async with self._db.read() as tx:
            for start in range(0, len(ids), 500):  # well within SQLite's limit on parameters
                chunk = ids[start : start + 500]
                rows = await tx.fetchall(
                    f"SELECT id FROM sent_messages WHERE id IN ({', '.join('?' for _ in chunk)})",
                    tuple(chunk),
                )
                found += len(rows)
        return found

    async def reschedule_sensitive(
        self, user_id: str, now: datetime, delay: timedelta | None
    ) -> None:
        """Apply a changed auto-delete delay to the sensitive messages already in the chat;
        one Telegram would soon no longer let the bot delete goes before that (at once, if it
        is already near its limit)."""
        async with self._db.transaction() as tx:
            rows = await tx.fetchall(
                "SELECT id, sent_at FROM sent_messages WHERE user_bidx = ? AND sensitive = 1",
                (link_index(self._db.crypto, TABLE, "user", user_id),),
            )
            await tx.executemany(
                "UPDATE sent_messages SET delete_at = ? WHERE id = ?",
                [
                    (
                        None
                        if delay is None
                        else to_db_wake(deletion_time(from_db_time(r["sent_at"]), now, delay)),
                        r["id"],
                    )
                    for r in rows
                ],
            )

    async def forget(self, ids: list[str]) -> None:
        async with self._db.transaction() as tx:
            await tx.executemany("DELETE FROM sent_messages WHERE id = ?", [(i,) for i in ids])

    async def purge(self, now: datetime) -> int:
        """Forget messages Telegram no longer lets the bot delete."""
        async with self._db.transaction() as tx:
            return await tx.execute(
                "DELETE FROM sent_messages WHERE sent_at <= ?",
                (to_db_time(now - DELETABLE_FOR),),
            )

    def _decode(self, row: sqlite3.Row) -> SentMessage:
        cipher = self._db.crypto.row(TABLE, row["id"])
        return SentMessage(
            id=row["id"],
            user_id=read_link(self._db.crypto, TABLE, row, "user"),
            chat_id=cipher.read_integer("chat_id_ct", row["chat_id_ct"]),
            message_id=cipher.read_integer("message_id_ct", row["message_id_ct"]),
        )
