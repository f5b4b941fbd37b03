"""The outbox: messages written with the change that causes them, claimed with a lease,
marked sent only after Telegram answered (DESIGN.md: never mark before sending)."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime, timedelta

from bot.domain.outbound import ChatKind, OutboundMessage, OutboxItem, Priority
from bot.errors import DecryptionError
from storage.db import Database, Tx
from storage.ids import new_id
from storage.timecodec import to_db_time

TABLE = "outbox"


class OutboxRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def enqueue_in(
        self,
        tx: Tx,
        chat_id: int,
        chat_kind: ChatKind,
        message: OutboundMessage,
        priority: Priority,
        now: datetime,
        *,
        topic: str | None = None,
        recipient_ref: str | None = None,
        purpose: str | None = None,
    ) -> str:
        """Add a message inside the caller's transaction, beside the change that causes it."""
        row_id = new_id()
        row = self._db.crypto.row(TABLE, row_id)
        payload = json.dumps(
            {
                "text": message.text,
                "buttons": [[list(b) for b in line] for line in message.buttons],
                "protect": message.protect_content,
            }
        )
        await tx.execute(
            "INSERT INTO outbox (id, topic, recipient_ref, purpose, chat_id_ct, chat_kind, "
            "payload_ct, priority, state, not_before, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'pending', ?, ?)",
            (
                row_id,
                topic,
                recipient_ref,
                purpose,
                row.integer("chat_id_ct", chat_id),
                chat_kind.value,
                row.text("payload_ct", payload),
                int(priority),
                to_db_time(now),
                to_db_time(now),
            ),
        )
        return row_id

    async def enqueue(
        self,
        chat_id: int,
        chat_kind: ChatKind,
        message: OutboundMessage,
        priority: Priority,
        now: datetime,
        *,
        topic: str | None = None,
    ) -> str:
        async with self._db.transaction() as tx:
            return await self.enqueue_in(
                tx, chat_id, chat_kind, message, priority, now, topic=topic
            )

    async def cancel_topic_in(self, tx: Tx, topic: str) -> int:
        """Withdraw what has not gone yet about `topic` (an alert that was resolved, say), so
        a late reminder cannot overtake the notice that closes it."""
        return await tx.execute(
            "UPDATE outbox SET state = 'cancelled', lease_until = NULL "
            "WHERE topic = ? AND state = 'pending'",
            (topic,),
        )

    async def claim(self, now: datetime, lease: timedelta, limit: int) -> list[OutboxItem]:
        """Due rows, most urgent first, leased to the caller so nobody else sends them.

        A row that cannot be decrypted is marked failed here, so it cannot hold the batch.
        """
        async with self._db.transaction() as tx:
            rows = await tx.fetchall(
                "SELECT * FROM outbox WHERE state = 'pending' AND not_before <= ? "
                "AND (lease_until IS NULL OR lease_until <= ?) "
                "ORDER BY priority, not_before, created_at LIMIT ?",
                (to_db_time(now), to_db_time(now), limit),
            )
            await tx.executemany(
                "UPDATE outbox SET lease_until = ?, attempts = attempts + 1 WHERE id = ?",
                [(to_db_time(now + lease), row["id"]) for row in rows],
            )
        items = []
        for row in rows:
            try:
                items.append(self._decode(row, attempts=row["attempts"] + 1))
            except (DecryptionError, ValueError, KeyError):
                await self.mark_failed(row["id"], "unreadable")
        return items

    async def mark_sent(self, item_id: str, message_id: int) -> bool:
        row = self._db.crypto.row(TABLE, item_id)
        async with self._db.transaction() as tx:
            changed = await tx.execute(
                "UPDATE outbox SET state = 'sent', lease_until = NULL, message_id_ct = ? "
                "WHERE id = ? AND state = 'pending'",
                (row.integer("message_id_ct", message_id), item_id),
            )
        return changed == 1

    async def give_back(self, item_id: str, until: datetime, *, tried: bool) -> None:
        """Release the lease; the row is due again from `until`. A row given back untried
        (its chat was not free yet) does not count the attempt its claim counted."""
        async with self._db.transaction() as tx:
            await tx.execute(
                "UPDATE outbox SET not_before = ?, lease_until = NULL, attempts = attempts - ? "
                "WHERE id = ? AND state = 'pending'",
                (to_db_time(until), 0 if tried else 1, item_id),
            )

    async def mark_failed(self, item_id: str, reason: str) -> None:
        async with self._db.transaction() as tx:
            await tx.execute(
                "UPDATE outbox SET state = 'failed', lease_until = NULL, failure = ? "
                "WHERE id = ? AND state = 'pending'",
                (reason, item_id),
            )

    async def sent_message_id(self, item_id: str) -> int | None:
        async with self._db.read() as tx:
            blob = await tx.scalar("SELECT message_id_ct FROM outbox WHERE id = ?", (item_id,))
        if blob is None:
            return None
        return self._db.crypto.row(TABLE, item_id).read_integer("message_id_ct", blob)

    def _decode(self, row: sqlite3.Row, *, attempts: int) -> OutboxItem:
        cipher = self._db.crypto.row(TABLE, row["id"])
        payload = json.loads(cipher.read_text("payload_ct", row["payload_ct"]))
        message = OutboundMessage(
            text=payload["text"],
            buttons=tuple(tuple((b[0], b[1]) for b in line) for line in payload["buttons"]),
            protect_content=bool(payload["protect"]),
        )
        return OutboxItem(
            id=row["id"],
            topic=row["topic"],
            chat_id=cipher.read_integer("chat_id_ct", row["chat_id_ct"]),
            chat_kind=ChatKind(row["chat_kind"]),
            message=message,
            priority=Priority(row["priority"]),
            attempts=attempts,
            recipient_ref=row["recipient_ref"],
            purpose=row["purpose"],
        )
