"""The outbox: messages written with the change that causes them, claimed with a lease,
marked sent only after Telegram answered (DESIGN.md: never mark before sending).

What a row is for is stored so the file alone does not tell (storage/links.py): its alert
(`topic`), its alert and recipient (`thread`) and whose chat it goes to (`owner`) are encrypted
links with blind indexes; its purpose, priority and kind of chat are in `route_ct`. The clear
`priority` and `chat_kind` are the pacer's hints while a row is pending, and once it is settled
are set to the same values for every row, so a settled duress alert's rows look like an SOS's.
All of it is sealed when it is written (storage/integrity.py); a row that fails is marked failed
("tampered"), never sent, and the lookups by thread leave it out.

Times: `created_at` keeps only the day; `not_before` the minute for a new row and the
millisecond for a paced or retried one, and only the day once the row is settled; leases the
millisecond, cleared once settled.
"""

from __future__ import annotations

import json
import secrets
import sqlite3
from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta
from typing import Any

from bot.domain.outbound import (
    ChatKind,
    CopiedMessage,
    OutboundMessage,
    OutboxItem,
    Priority,
    RedactAction,
    Redaction,
    SharedLocation,
)
from bot.errors import DecryptionError
from storage.db import Database, Tx
from storage.ids import new_id
from storage.integrity import MAC_COLUMN, TamperedRowError
from storage.links import link_columns, link_index, read_link
from storage.timecodec import from_db_time, to_db_day_start, to_db_minute, to_db_pending, to_db_time

# A settled row keeps only the day it was written: `not_before` is set back to `created_at`.
# Its priority and kind of chat, the pacer's hints, become the same for every settled row.
_SETTLE = "not_before = created_at, lease_until = NULL, priority = 3, chat_kind = 'private'"

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
        owner_user_id: str | None = None,
    ) -> str:
        """Add a message inside the caller's transaction, beside the change that causes it."""
        row_id = new_id()
        row = self._db.crypto.row(TABLE, row_id)
        location = message.location
        payload = json.dumps(
            {
                "text": message.text,
                "buttons": [[list(b) for b in line] for line in message.buttons],
                "protect": message.protect_content,
                "location": None
                if location is None
                else [location.latitude, location.longitude, location.live_seconds],
                "moves": message.moves,
                "copy": None
                if message.copy_of is None
                else [message.copy_of.from_chat_id, message.copy_of.message_id],
                "redact": None
                if message.redact is None
                else [message.redact.message_id, message.redact.action.value],
            }
        )
        route = json.dumps(
            {"purpose": purpose, "priority": int(priority), "chat_kind": chat_kind.value}
        )
        crypto = self._db.crypto
        values: dict[str, object] = {
            "id": row_id,
            **link_columns(crypto, TABLE, row_id, "topic", topic),
            **link_columns(crypto, TABLE, row_id, "thread", _thread(topic, recipient_ref)),
            **link_columns(crypto, TABLE, row_id, "owner", owner_user_id),
            "route_ct": row.text("route_ct", route),
            "chat_id_ct": row.integer("chat_id_ct", chat_id),
        }
        values[MAC_COLUMN] = self._db.seals.seal(TABLE, values)
        await tx.execute(
            "INSERT INTO outbox (id, topic_ct, topic_bidx, thread_ct, thread_bidx, owner_ct, "
            "owner_bidx, route_ct, chat_id_ct, chat_kind, payload_ct, priority, state, "
            "not_before, created_at, row_mac) VALUES (:id, :topic_ct, :topic_bidx, :thread_ct, "
            ":thread_bidx, :owner_ct, :owner_bidx, :route_ct, :chat_id_ct, :chat_kind, "
            ":payload_ct, :priority, 'pending', :not_before, :created_at, :row_mac)",
            {
                **values,
                "chat_kind": chat_kind.value,
                "priority": int(priority),
                "payload_ct": row.text("payload_ct", payload),
                "not_before": to_db_minute(now),
                "created_at": to_db_day_start(now),
            },
        )
        return row_id

    async def cover_in(
        self, tx: Tx, now: datetime, *, topic: str, recipient_ref: str, purpose: str
    ) -> str:
        """A row that looks, in the file, like one sent to `recipient_ref` about `topic` and
        settled since: written already sent, with nothing in it to send. It stands in for a
        message one kind of alert sends and another does not (docs/data-protection.md)."""
        row_id = new_id()
        row = self._db.crypto.row(TABLE, row_id)
        crypto = self._db.crypto
        route = json.dumps({"purpose": purpose, "priority": 0, "chat_kind": "group"})
        values: dict[str, object] = {
            "id": row_id,
            **link_columns(crypto, TABLE, row_id, "topic", topic),
            **link_columns(crypto, TABLE, row_id, "thread", _thread(topic, recipient_ref)),
            **link_columns(crypto, TABLE, row_id, "owner", None),
            "route_ct": row.text("route_ct", route),
            "chat_id_ct": row.integer("chat_id_ct", -secrets.randbits(40)),
        }
        values[MAC_COLUMN] = self._db.seals.seal(TABLE, values)
        day = to_db_day_start(now)
        await tx.execute(
            "INSERT INTO outbox (id, topic_ct, topic_bidx, thread_ct, thread_bidx, owner_ct, "
            "owner_bidx, route_ct, chat_id_ct, chat_kind, payload_ct, priority, state, attempts, "
            "not_before, message_id_ct, created_at, row_mac) VALUES (:id, :topic_ct, "
            ":topic_bidx, :thread_ct, :thread_bidx, :owner_ct, :owner_bidx, :route_ct, "
            ":chat_id_ct, 'private', X'', 3, 'sent', 1, :day, :message_id_ct, :day, :row_mac)",
            {
                **values,
                "day": day,
                "message_id_ct": row.integer("message_id_ct", 1 + secrets.randbits(20)),
            },
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
        owner_user_id: str | None = None,
        purpose: str | None = None,
    ) -> str:
        async with self._db.transaction() as tx:
            return await self.enqueue_in(
                tx,
                chat_id,
                chat_kind,
                message,
                priority,
                now,
                topic=topic,
                owner_user_id=owner_user_id,
                purpose=purpose,
            )

    async def requeue_to(self, item: OutboxItem, chat_id: int, now: datetime) -> str:
        """The same message again, to another chat (a group that moved), settling the old row."""
        async with self._db.transaction() as tx:
            await self.mark_failed_in(tx, item.id, "chat-moved")
            return await self.enqueue_in(
                tx,
                chat_id,
                item.chat_kind,
                item.message,
                item.priority,
                now,
                topic=item.topic,
                recipient_ref=item.recipient_ref,
                purpose=item.purpose,
                owner_user_id=item.owner_user_id,
            )

    async def cancel_topic_in(self, tx: Tx, topic: str) -> int:
        """Withdraw what has not gone yet about `topic` (an alert that was resolved, say), so
        a late reminder cannot overtake the notice that closes it."""
        return await tx.execute(
            f"UPDATE outbox SET state = 'cancelled', {_SETTLE}, payload_ct = X'' "
            "WHERE topic_bidx = ? AND state = 'pending'",
            (link_index(self._db.crypto, TABLE, "topic", topic),),
        )

    async def release_leases(self) -> int:
        """At start-up: the one worker that held leases is gone, so its rows are due now
        rather than when the dead process's leases run out."""
        async with self._db.transaction() as tx:
            return await tx.execute(
                "UPDATE outbox SET lease_until = NULL WHERE state = 'pending' "
                "AND lease_until IS NOT NULL"
            )

    async def _thread_in(
        self, tx: Tx, topic: str, recipient_ref: str, state: str | None = None
    ) -> list[tuple[str, str | None]]:
        """The rows about `topic` for this recipient (in `state`, or any), newest first, as
        (id, purpose). Their purposes are encrypted, so the thread is read and checked whole:
        a row that fails its check is left out (and the alarm rung)."""
        index = link_index(self._db.crypto, TABLE, "thread", _thread(topic, recipient_ref) or "")
        where = "" if state is None else " AND state = ?"
        rows = await tx.fetchall(
            f"SELECT * FROM outbox WHERE thread_bidx = ?{where} "
            "ORDER BY created_at DESC, rowid DESC",
            (index,) if state is None else (index, state),
        )
        found = []
        for row in rows:
            if self._db.seals.ok(TABLE, row):
                found.append((str(row["id"]), self._route(row).get("purpose")))
        return found

    async def latest_in(self, tx: Tx, topic: str, recipient_ref: str, purpose: str) -> str | None:
        """The newest row about `topic` for this recipient with this purpose, in any state."""
        rows = await self._thread_in(tx, topic, recipient_ref)
        return next((row_id for row_id, p in rows if p == purpose), None)

    async def latest_starting_in(
        self, tx: Tx, topic: str, recipient_ref: str, purpose_start: str
    ) -> tuple[str, str] | None:
        """The newest row about `topic` for this recipient whose purpose starts with
        `purpose_start`, in any state: its id and its purpose."""
        rows = await self._thread_in(tx, topic, recipient_ref)
        return next(
            ((i, p) for i, p in rows if p is not None and p.startswith(purpose_start)), None
        )

    async def sent_starting_in(
        self, tx: Tx, topic: str, recipient_ref: str, purpose_start: str
    ) -> list[str]:
        """Every row about `topic` for this recipient, whose purpose starts with
        `purpose_start`, that Telegram took: their ids, oldest first."""
        rows = await self._thread_in(tx, topic, recipient_ref, "sent")
        return [i for i, p in reversed(rows) if p is not None and p.startswith(purpose_start)]

    async def cancel_pending_in(self, tx: Tx, topic: str, recipient_ref: str, purpose: str) -> int:
        """Withdraw what has not gone yet of one kind to one recipient (an older live-location
        move, overtaken by a newer one)."""
        rows = await self._thread_in(tx, topic, recipient_ref, "pending")
        ids = [(row_id,) for row_id, p in rows if p == purpose]
        await tx.executemany(
            f"UPDATE outbox SET state = 'cancelled', {_SETTLE}, payload_ct = X'' "
            "WHERE id = ? AND state = 'pending'",
            ids,
        )
        return len(ids)

    async def state_of(self, item_id: str) -> str | None:
        async with self._db.read() as tx:
            value = await tx.scalar("SELECT state FROM outbox WHERE id = ?", (item_id,))
        return None if value is None else str(value)

    async def next_due(self) -> datetime | None:
        """When the earliest pending row may go (a leased row, when its lease ends)."""
        async with self._db.read() as tx:
            value = await tx.scalar(
                "SELECT min(max(not_before, coalesce(lease_until, 0))) FROM outbox "
                "WHERE state = 'pending'"
            )
        return None if value is None else from_db_time(int(value))

    async def oldest_due_distress(self, now: datetime) -> datetime | None:
        """Since when the longest-waiting distress message has been free to go (for
        /readyz: a backlog of SOSes is a stalled bot, whatever else still works)."""
        async with self._db.read() as tx:
            value = await tx.scalar(
                "SELECT min(not_before) FROM outbox "
                "WHERE state = 'pending' AND priority = ? AND not_before <= ?",
                (int(Priority.DISTRESS), to_db_pending(now)),
            )
        return None if value is None else from_db_time(int(value))

    async def purge(self, created_before: datetime) -> int:
        """Forget rows that are done with (sent, failed, cancelled) once they are old."""
        async with self._db.transaction() as tx:
            return await tx.execute(
                "DELETE FROM outbox WHERE state != 'pending' AND created_at < ?",
                (to_db_day_start(created_before),),
            )

    async def claim(self, now: datetime, lease: timedelta, limit: int) -> list[OutboxItem]:
        """Due rows, most urgent first, leased to the caller so nobody else sends them.

        A row that cannot be decrypted is marked failed here, so it cannot hold the batch.
        """
        async with self._db.transaction() as tx:
            rows = await tx.fetchall(
                "SELECT * FROM outbox WHERE state = 'pending' AND not_before <= ? "
                "AND (lease_until IS NULL OR lease_until <= ?) "
                "ORDER BY priority, not_before, rowid LIMIT ?",
                (to_db_time(now), to_db_time(now), limit),
            )
            await tx.executemany(
                "UPDATE outbox SET lease_until = ?, attempts = attempts + 1 WHERE id = ?",
                [(to_db_pending(now + lease), row["id"]) for row in rows],
            )
        items = []
        for row in rows:
            try:
                items.append(self._decode(row, attempts=row["attempts"] + 1))
            except TamperedRowError:
                await self.mark_failed(row["id"], "tampered")
            except (DecryptionError, ValueError, KeyError):
                await self.mark_failed(row["id"], "unreadable")
        return items

    async def mark_sent(
        self, item_id: str, message_id: int, *, also: Callable[[Tx], Awaitable[None]] | None = None
    ) -> bool:
        """`also` runs in the same transaction, whether or not the row was still pending (a
        row withdrawn while it was being sent went all the same)."""
        row = self._db.crypto.row(TABLE, item_id)
        async with self._db.transaction() as tx:
            # What was sent is no longer kept: only that it went, and its message id.
            changed = await tx.execute(
                f"UPDATE outbox SET state = 'sent', {_SETTLE}, message_id_ct = ?, "
                "payload_ct = X'' WHERE id = ? AND state = 'pending'",
                (row.integer("message_id_ct", message_id), item_id),
            )
            if also is not None:
                await also(tx)
        return changed == 1

    async def give_back(self, item_id: str, until: datetime, *, tried: bool) -> None:
        """Release the lease; the row is due again from `until`. A row given back untried
        (its chat was not free yet) does not count the attempt its claim counted."""
        async with self._db.transaction() as tx:
            await tx.execute(
                "UPDATE outbox SET not_before = ?, lease_until = NULL, attempts = attempts - ? "
                "WHERE id = ? AND state = 'pending'",
                (to_db_pending(until), 0 if tried else 1, item_id),
            )

    async def mark_failed(self, item_id: str, reason: str) -> None:
        async with self._db.transaction() as tx:
            await self.mark_failed_in(tx, item_id, reason)

    async def mark_failed_in(self, tx: Tx, item_id: str, reason: str) -> bool:
        """Give up on a row; False when it was no longer pending (someone else settled it)."""
        changed = await tx.execute(
            f"UPDATE outbox SET state = 'failed', {_SETTLE}, failure = ?, "
            "payload_ct = X'' WHERE id = ? AND state = 'pending'",
            (reason, item_id),
        )
        return changed == 1

    async def sent_message_id(self, item_id: str) -> int | None:
        async with self._db.read() as tx:
            blob = await tx.scalar("SELECT message_id_ct FROM outbox WHERE id = ?", (item_id,))
        if blob is None:
            return None
        return self._db.crypto.row(TABLE, item_id).read_integer("message_id_ct", blob)

    def _decode(self, row: sqlite3.Row, *, attempts: int) -> OutboxItem:
        self._db.seals.check(TABLE, row)
        cipher = self._db.crypto.row(TABLE, row["id"])
        payload = json.loads(cipher.read_text("payload_ct", row["payload_ct"]))
        location = payload.get("location")
        copied = payload.get("copy")
        redact = payload.get("redact")
        message = OutboundMessage(
            text=payload["text"],
            buttons=tuple(tuple((b[0], b[1]) for b in line) for line in payload["buttons"]),
            protect_content=bool(payload["protect"]),
            location=None
            if location is None
            else SharedLocation(float(location[0]), float(location[1]), location[2]),
            moves=payload.get("moves"),
            copy_of=None if copied is None else CopiedMessage(int(copied[0]), int(copied[1])),
            redact=None if redact is None else Redaction(int(redact[0]), RedactAction(redact[1])),
        )
        route = self._route(row)
        crypto = self._db.crypto
        thread = read_link(crypto, TABLE, row, "thread")
        return OutboxItem(
            id=row["id"],
            topic=read_link(crypto, TABLE, row, "topic"),
            chat_id=cipher.read_integer("chat_id_ct", row["chat_id_ct"]),
            chat_kind=ChatKind(route["chat_kind"]),
            message=message,
            priority=Priority(route["priority"]),
            attempts=attempts,
            recipient_ref=None if thread is None else json.loads(thread)[1],
            purpose=route["purpose"],
            owner_user_id=read_link(crypto, TABLE, row, "owner"),
        )

    def _route(self, row: sqlite3.Row) -> dict[str, Any]:
        text = self._db.crypto.row(TABLE, row["id"]).read_text("route_ct", row["route_ct"])
        route = json.loads(text)
        if not isinstance(route, dict):
            raise ValueError("an outbox route is not a JSON object")
        return route


def _thread(topic: str | None, recipient_ref: str | None) -> str | None:
    """The link value of a row's thread: its alert and recipient, when it has both."""
    if topic is None or recipient_ref is None:
        return None
    return json.dumps([topic, recipient_ref])
