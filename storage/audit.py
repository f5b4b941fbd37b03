"""What coordinators did to alerts (and contacts who closed one), for the network's own
accountability: who, what and when, all encrypted; the day in the clear. The alert it is about
is a link (storage/links.py), so the file does not join it to the alert, and what was done (a
duress alert's closing differs from an SOS's) is inside the ciphertext."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime

from storage.db import Database, Tx
from storage.ids import new_id
from storage.links import link_columns, link_index
from storage.timecodec import to_db_day

TABLE = "audit_log"


@dataclass(frozen=True)
class AuditEntry:
    alert_id: str | None
    action: str
    at: datetime
    actor_name: str = field(repr=False)
    actor_ref: str = field(repr=False)  # Telegram user id of the coordinator (or contact), as text
    detail: str = field(default="", repr=False)


class AuditRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def record_in(self, tx: Tx, entry: AuditEntry) -> None:
        row_id = new_id()
        body = json.dumps(
            {
                "at": entry.at.isoformat(),
                "actor_name": entry.actor_name,
                "actor_ref": entry.actor_ref,
                "detail": entry.detail,
                "action": entry.action,
            }
        )
        link = link_columns(self._db.crypto, TABLE, row_id, "alert", entry.alert_id)
        await tx.execute(
            "INSERT INTO audit_log (id, alert_ct, alert_bidx, entry_ct, logged_on) "
            "VALUES (?, ?, ?, ?, ?)",
            (
                row_id,
                link["alert_ct"],
                link["alert_bidx"],
                self._db.crypto.row(TABLE, row_id).text("entry_ct", body),
                to_db_day(entry.at.date()),
            ),
        )

    async def entries_for(self, alert_id: str) -> list[AuditEntry]:
        async with self._db.read() as tx:
            rows = await tx.fetchall(
                "SELECT id, entry_ct FROM audit_log WHERE alert_bidx = ? ORDER BY rowid",
                (link_index(self._db.crypto, TABLE, "alert", alert_id),),
            )
        entries = []
        for row in rows:
            body = json.loads(self._db.crypto.row(TABLE, row["id"]).read_text("entry_ct", row[1]))
            entries.append(
                AuditEntry(
                    alert_id,
                    str(body["action"]),
                    datetime.fromisoformat(body["at"]),
                    body["actor_name"],
                    body["actor_ref"],
                    body["detail"],
                )
            )
        return entries

    async def purge(self, logged_before: date) -> int:
        async with self._db.transaction() as tx:
            return await tx.execute(
                "DELETE FROM audit_log WHERE logged_on < ?", (to_db_day(logged_before),)
            )
