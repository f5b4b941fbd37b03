"""What the bot sent about each alert, and where, until it has been taken away (issue 12).

One row per message Telegram took for a contact or the coordinators' chat. The alert is a link
(storage/links.py: encrypted, with a blind index keyed for this table), and the recipient,
chat, message, kind and language are one encrypted value; the row is sealed
(storage/integrity.py) over both, so a row re-pointed at another alert (to take its copies away
early, or keep them) is refused. `redact_at` is not sealed:
changing it does an attacker no more than deleting the row would. Times: the minute, rounded
up. A row is deleted in the transaction that queues its redaction in the outbox.
"""

from __future__ import annotations

import asyncio
import json
import logging
import sqlite3
from datetime import datetime

from bot.domain.copies import AlertCopy, CopyKind
from bot.errors import DecryptionError
from storage.db import Database, Tx
from storage.ids import new_id
from storage.integrity import MAC_COLUMN
from storage.links import link_columns, link_index, read_link
from storage.timecodec import from_db_time, to_db_minute, to_db_time, to_db_wake

log = logging.getLogger(__name__)

TABLE = "alert_copies"
_NOT_YET_DUE = "(redact_at IS NULL OR redact_at > ?)"
_SLICE = 50  # rows decrypted between two turns of the event loop (about 10 ms here)


def _due(when: datetime, now: datetime) -> int:
    """A later moment rounded up to its minute (never early); now, as the minute it is in
    (due at once)."""
    return to_db_wake(when) if when > now else to_db_minute(now)


class AlertCopyRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def record_in(
        self, tx: Tx, copy: AlertCopy, redact_at: datetime | None, now: datetime
    ) -> str:
        row_id = new_id()
        body = json.dumps(
            {
                "recipient": copy.recipient_id,
                "chat": copy.chat_id,
                "group": copy.group,
                "message": copy.message_id,
                "kind": copy.kind.value,
                "language": copy.language,
                "live_until": None if copy.live_until is None else to_db_time(copy.live_until),
            }
        )
        values: dict[str, object] = {
            "id": row_id,
            **link_columns(self._db.crypto, TABLE, row_id, "alert", copy.alert_id),
            "copy_ct": self._db.crypto.row(TABLE, row_id).text("copy_ct", body),
        }
        values[MAC_COLUMN] = self._db.seals.seal(TABLE, values)
        await tx.execute(
            "INSERT INTO alert_copies (id, alert_ct, alert_bidx, copy_ct, redact_at, row_mac) "
            "VALUES (:id, :alert_ct, :alert_bidx, :copy_ct, :redact_at, :row_mac)",
            {**values, "redact_at": None if redact_at is None else _due(redact_at, now)},
        )
        return row_id

    async def schedule_alert_in(self, tx: Tx, alert_id: str, when: datetime, now: datetime) -> int:
        """Every copy of the alert expires at `when` (or sooner, if it already would)."""
        stored = _due(when, now)
        return await tx.execute(
            f"UPDATE alert_copies SET redact_at = ? WHERE alert_bidx = ? AND {_NOT_YET_DUE}",
            (stored, self._index(alert_id), stored),
        )

    async def of_alert_in(self, tx: Tx, alert_id: str) -> list[AlertCopy]:
        rows = await tx.fetchall(
            "SELECT * FROM alert_copies WHERE alert_bidx = ?", (self._index(alert_id),)
        )
        return self._readable(rows)

    async def expire_recipient(self, recipient_id: str, alert_ids: list[str], now: datetime) -> int:
        """Every copy of these alerts that this recipient holds expires now (they left). The
        recipient is encrypted, so the alerts' copies not yet due are read to find theirs."""
        stored = to_db_minute(now)
        theirs: list[str] = []
        async with self._db.transaction() as tx:
            for alert_id in alert_ids:
                rows = await tx.fetchall(
                    f"SELECT * FROM alert_copies WHERE alert_bidx = ? AND {_NOT_YET_DUE}",
                    (self._index(alert_id), stored),
                )
                theirs += [c.id for c in self._readable(rows) if c.recipient_id == recipient_id]
            await tx.executemany(
                "UPDATE alert_copies SET redact_at = ? WHERE id = ?",
                [(stored, row_id) for row_id in theirs],
            )
        return len(theirs)

    async def expire_stale(self, now: datetime, closed_until: datetime) -> int:
        """The safety net, run now and then: a copy whose alert is gone (erased by whatever
        path) or whose holder's contact link has ended (stepping down, removal, an erasure, a
        crash before the copies were marked) expires now; a copy of a closed alert recorded
        without a time (a race with the closing) expires at `closed_until`. The alert is a
        blind link, so every copy not yet due is read: outside any transaction, a slice at a
        time, so an SOS never waits behind it."""
        stored = to_db_minute(now)
        async with self._db.read() as tx:
            rows = await tx.fetchall(f"SELECT * FROM alert_copies WHERE {_NOT_YET_DUE}", (stored,))
        copies: list[AlertCopy] = []
        unscheduled: set[str] = set()
        for start in range(0, len(rows), _SLICE):
            chunk = rows[start : start + _SLICE]
            unscheduled |= {str(r["id"]) for r in chunk if r["redact_at"] is None}
            copies += self._readable(chunk)
            await asyncio.sleep(0)
        async with self._db.transaction() as tx:
            states: dict[str, str | None] = {}
            for alert_id in {c.alert_id for c in copies}:
                state = await tx.scalar("SELECT state FROM alerts WHERE id = ?", (alert_id,))
                states[alert_id] = None if state is None else str(state)
            present = set()
            for link in {c.recipient_id for c in copies if not c.is_coordinators}:
                if await tx.scalar("SELECT 1 FROM contacts WHERE id = ?", (link,)) is not None:
                    present.add(link)
            now_due = [
                (stored, c.id)
                for c in copies
                if states[c.alert_id] is None
                or (not c.is_coordinators and c.recipient_id not in present)
            ]
            later = [
                (_due(closed_until, now), c.id)
                for c in copies
                if c.id in unscheduled
                and states[c.alert_id] not in (None, "open")
                and (stored, c.id) not in now_due
            ]
            await tx.executemany("UPDATE alert_copies SET redact_at = ? WHERE id = ?", now_due)
            await tx.executemany("UPDATE alert_copies SET redact_at = ? WHERE id = ?", later)
        return len(now_due) + len(later)

    async def expire_alerts_in(self, tx: Tx, alert_ids: list[str], now: datetime) -> None:
        """Every copy of these alerts expires now (they are being erased)."""
        await tx.executemany(
            "UPDATE alert_copies SET redact_at = ? WHERE alert_bidx = ?",
            [(to_db_minute(now), self._index(alert_id)) for alert_id in alert_ids],
        )

    async def due_in(self, tx: Tx, now: datetime, limit: int) -> list[AlertCopy]:
        """Copies whose time has come. One that fails its check or cannot be read is
        forgotten here, never acted on, so it cannot hold the rest back."""
        rows = await tx.fetchall(
            "SELECT * FROM alert_copies WHERE redact_at IS NOT NULL AND redact_at <= ? "
            "ORDER BY redact_at, rowid LIMIT ?",
            (to_db_time(now), limit),
        )
        copies = self._readable(rows)
        kept = {c.id for c in copies}
        unreadable = [(r["id"],) for r in rows if r["id"] not in kept]
        if unreadable:
            log.error("%d alert-copy records could not be read; forgotten", len(unreadable))
            await tx.executemany("DELETE FROM alert_copies WHERE id = ?", unreadable)
        return copies

    async def forget_in(self, tx: Tx, ids: list[str]) -> None:
        await tx.executemany("DELETE FROM alert_copies WHERE id = ?", [(i,) for i in ids])

    async def next_due(self) -> datetime | None:
        async with self._db.read() as tx:
            value = await tx.scalar("SELECT min(redact_at) FROM alert_copies")
        return None if value is None else from_db_time(int(value))

    async def count(self) -> int:
        async with self._db.read() as tx:
            return int(await tx.scalar("SELECT count(*) FROM alert_copies"))

    def _readable(self, rows: list[sqlite3.Row]) -> list[AlertCopy]:
        copies = []
        for row in rows:
            if not self._db.seals.ok(TABLE, row):
                continue
            try:
                copies.append(self._decode(row))
            except (DecryptionError, ValueError, KeyError):
                continue
        return copies

    def _decode(self, row: sqlite3.Row) -> AlertCopy:
        body = json.loads(
            self._db.crypto.row(TABLE, row["id"]).read_text("copy_ct", row["copy_ct"])
        )
        live = body.get("live_until")
        return AlertCopy(
            alert_id=self._alert_of(row),
            recipient_id=str(body["recipient"]),
            chat_id=int(body["chat"]),
            group=bool(body["group"]),
            message_id=int(body["message"]),
            kind=CopyKind(body["kind"]),
            language=body.get("language"),
            live_until=None if live is None else from_db_time(int(live)),
            id=row["id"],
        )

    def _alert_of(self, row: sqlite3.Row) -> str:
        alert_id = read_link(self._db.crypto, TABLE, row, "alert")
        if alert_id is None:
            raise ValueError("an alert copy without its alert")
        return alert_id

    def _index(self, alert_id: str) -> bytes:
        return link_index(self._db.crypto, TABLE, "alert", alert_id)
