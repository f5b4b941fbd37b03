"""Alerts, stored whole (encrypted), with a version checked on every change.

Each row is sealed (storage/integrity.py) over its defender, state, version and ciphertext,
and must agree with itself (the encrypted body names the same alert, defender and state) and,
while open, with the defender's anchor (storage/anchors.py), which lists their open alerts. So
a state flipped back to open, an older body put back under a newer version, or a whole row put
back as it was while open are refused, never escalated.
"""

from __future__ import annotations

import json
import secrets
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from bot.domain.alerts import (
    Alert,
    AlertKind,
    AlertState,
    ContactNote,
    Level,
    Location,
    Recipient,
    RecipientStatus,
    Resolution,
    ResolvedBy,
)
from storage.anchors import Anchor, load_anchor_in, save_anchor_in
from storage.db import Database, Tx
from storage.integrity import MAC_COLUMN, TamperedRowError
from storage.links import link_columns, link_index, read_link
from storage.timecodec import (
    effective_wake,
    to_db_day,
    to_db_minute,
    to_db_wake,
    to_db_wake_minute,
)

TABLE = "alerts"
FIRST_VERSIONS = 1 << 40
_COLUMNS = "id, defender_ct, defender_bidx, state, version, body_ct, row_mac, next_wake_at"


@dataclass(frozen=True)
class StoredAlert:
    alert: Alert
    version: int


class AlertRepository:
    def __init__(self, db: Database) -> None:
        self._db = db
        self._refused_wakes: list[tuple[str]] = []

    async def insert_in(self, tx: Tx, alert: Alert) -> StoredAlert:
        # Versions start anywhere, so a version says nothing of how many changes an alert went
        # through (a duress alert's path differs from an SOS's).
        first = secrets.randbelow(FIRST_VERSIONS) + 1
        values = self._sealed_values(alert, first)
        await tx.execute(
            "INSERT INTO alerts (id, defender_ct, defender_bidx, state, body_ct, version, "
            "row_mac, next_wake_at, raised_on) VALUES (:id, :defender_ct, :defender_bidx, "
            ":state, :body_ct, :version, :row_mac, :next_wake_at, :raised_on)",
            {
                **values,
                "next_wake_at": _wake(alert),
                "raised_on": to_db_day(alert.raised_at.date()),
            },
        )
        await self._anchor_in(tx, alert)
        return StoredAlert(alert, first)

    async def update_in(self, tx: Tx, alert: Alert, expected_version: int) -> bool:
        """Save a transition; False when someone else changed the alert first."""
        closed = alert.resolved_at if not alert.is_open else None
        values = self._sealed_values(alert, expected_version + 1)
        changed = await tx.execute(
            "UPDATE alerts SET defender_ct = ?, state = ?, body_ct = ?, version = ?, "
            "row_mac = ?, next_wake_at = ?, closed_on = ? "
            "WHERE id = ? AND version = ? AND defender_bidx = ?",
            (
                values["defender_ct"],
                values["state"],
                values["body_ct"],
                values["version"],
                values[MAC_COLUMN],
                _wake(alert),
                None if closed is None else to_db_day(closed.date()),
                alert.id,
                expected_version,
                values["defender_bidx"],
            ),
        )
        if changed == 1:
            await self._anchor_in(tx, alert)
        return changed == 1

    async def get_in(self, tx: Tx, alert_id: str) -> StoredAlert | None:
        """The alert, or None when there is none or its row fails its checks (refused)."""
        row = await tx.fetchone(f"SELECT {_COLUMNS} FROM alerts WHERE id = ?", (alert_id,))
        if row is None:
            return None
        return await self._checked(tx, row, {})

    async def get(self, alert_id: str) -> StoredAlert | None:
        async with self._db.read() as tx:
            return await self.get_in(tx, alert_id)

    async def due(self, now: datetime, limit: int = 100) -> list[str]:
        """Open alerts whose deadline has come (the sweep and the start-up catch-up).

        The file keeps only the minute of a deadline; the exact moment is in the body. Rows of
        earlier minutes are due; rows of this minute are due when their exact deadline is.
        A row that fails its checks is refused and loses its wake-up, so it is never acted on
        and cannot keep the alarm clock ringing.
        """
        minute = to_db_minute(now)
        async with self._db.read() as tx:
            rows = await tx.fetchall(
                f"SELECT {_COLUMNS} FROM alerts WHERE state = 'open' AND next_wake_at < ? "
                "ORDER BY next_wake_at LIMIT ?",
                (minute, limit),
            )
            if len(rows) < limit:
                rows += await tx.fetchall(
                    f"SELECT {_COLUMNS} FROM alerts WHERE state = 'open' AND next_wake_at = ?",
                    (minute,),
                )
            wakes = await self._wakes(tx, rows)
        await self._drop_refused_wakes()
        return [alert_id for alert_id, wake in wakes.items() if wake <= now][:limit]

    async def next_wake(self) -> datetime | None:
        """The earliest exact deadline: the rows of the earliest stored minute, read whole."""
        while True:
            async with self._db.read() as tx:
                rows = await tx.fetchall(
                    f"SELECT {_COLUMNS} FROM alerts WHERE state = 'open' AND next_wake_at = "
                    "(SELECT min(next_wake_at) FROM alerts WHERE state = 'open')"
                )
                wakes = await self._wakes(tx, rows)
            await self._drop_refused_wakes()
            if wakes or not rows:
                return min(wakes.values(), default=None)

    async def _wakes(self, tx: Tx, rows: list[Any]) -> dict[str, datetime]:
        """Each row's exact wake-up; refused rows are left out and their wake-up dropped (in
        its own transaction, after the read)."""
        anchors: dict[str, Anchor | None] = {}
        wakes: dict[str, datetime] = {}
        refused = []
        for row in rows:
            stored = await self._checked(tx, row, anchors)
            if stored is None:
                refused.append((row["id"],))
            else:
                wakes[row["id"]] = effective_wake(row["next_wake_at"], stored.alert.next_wake_at)
        if refused:
            self._refused_wakes.extend(refused)
        return wakes

    async def _drop_refused_wakes(self) -> None:
        refused, self._refused_wakes = self._refused_wakes, []
        if refused:
            async with self._db.transaction() as tx:
                await tx.executemany("UPDATE alerts SET next_wake_at = NULL WHERE id = ?", refused)

    async def open_for(self, defender_id: str) -> list[StoredAlert]:
        """The defender's open alerts. One their anchor lists but whose row is gone (deleted
        without the key) cannot be brought back, but rings the alarm."""
        async with self._db.read() as tx:
            rows = await tx.fetchall(
                f"SELECT {_COLUMNS} FROM alerts WHERE defender_bidx = ? AND state = 'open'",
                (link_index(self._db.crypto, TABLE, "defender", defender_id),),
            )
            found = await self._all_checked(tx, rows)
            try:
                anchor = await load_anchor_in(self._db, tx, defender_id)
            except TamperedRowError:
                anchor = None  # refused, and the alarm rang, already
            if anchor is not None and anchor.open_alerts - {row["id"] for row in rows}:
                self._db.seals.refuse(TABLE)
            return found

    async def ids_of(self, defender_id: str) -> list[str]:
        """The ids of every alert of the defender still kept, open or closed (whose copies
        in contacts' chats may still be there)."""
        async with self._db.read() as tx:
            rows = await tx.fetchall(
                "SELECT id FROM alerts WHERE defender_bidx = ?",
                (link_index(self._db.crypto, TABLE, "defender", defender_id),),
            )
        return [str(row["id"]) for row in rows]

    async def postpone(self, alert_id: str, until: datetime) -> None:
        """Push a deadline that failed to process forward, so it cannot stall the others."""
        async with self._db.transaction() as tx:
            await tx.execute(
                "UPDATE alerts SET next_wake_at = ? WHERE id = ? AND state = 'open'",
                (to_db_wake(until), alert_id),
            )

    async def open_alerts(self) -> list[StoredAlert]:
        """Every open alert, oldest first (for /alerts; a network has a handful at a time)."""
        async with self._db.read() as tx:
            rows = await tx.fetchall(
                f"SELECT {_COLUMNS} FROM alerts WHERE state = 'open' ORDER BY rowid"
            )
            return await self._all_checked(tx, rows)

    async def purge_closed(self, closed_before: date) -> int:
        """Closed alerts keep their short history for the retention period, then go."""
        async with self._db.transaction() as tx:
            return await tx.execute(
                "DELETE FROM alerts WHERE state != 'open' AND coalesce(closed_on, raised_on) < ?",
                (to_db_day(closed_before),),
            )

    def _seal(self, alert: Alert) -> bytes:
        return self._db.crypto.encrypt(TABLE, "body_ct", alert.id, encode_alert(alert).encode())

    def _sealed_values(self, alert: Alert, version: int) -> dict[str, Any]:
        values: dict[str, Any] = {
            "id": alert.id,
            **link_columns(self._db.crypto, TABLE, alert.id, "defender", alert.defender_id),
            "state": alert.state.value,
            "version": version,
            "body_ct": self._seal(alert),
        }
        values[MAC_COLUMN] = self._db.seals.seal(TABLE, values)
        return values

    async def _anchor_in(self, tx: Tx, alert: Alert) -> None:
        """Keep the defender's anchor listing exactly their open alerts."""
        anchor = await load_anchor_in(self._db, tx, alert.defender_id)
        if anchor is None:
            return
        updated = anchor.with_alert(alert.id, alert.is_open)
        if updated != anchor:
            await save_anchor_in(self._db, tx, alert.defender_id, updated)

    async def _all_checked(self, tx: Tx, rows: list[Any]) -> list[StoredAlert]:
        anchors: dict[str, Anchor | None] = {}
        checked = [await self._checked(tx, row, anchors) for row in rows]
        return [stored for stored in checked if stored is not None]

    async def _checked(
        self, tx: Tx, row: Any, anchors: dict[str, Anchor | None]
    ) -> StoredAlert | None:
        """The alert in a row that verifies, agrees with its body and, while open, is listed
        by its defender's anchor; None (and the alarm raised) otherwise."""
        seals = self._db.seals
        if not seals.ok(TABLE, row):
            return None
        try:
            alert = self._open(row["id"], row["body_ct"])
            defender_link = read_link(self._db.crypto, TABLE, row, "defender")
        except (ValueError, KeyError):
            seals.refuse(TABLE)
            return None
        consistent = (
            alert.id == row["id"]
            and alert.defender_id == defender_link
            and alert.state.value == row["state"]
        )
        if consistent and alert.is_open:
            defender = alert.defender_id
            if defender not in anchors:
                try:
                    anchors[defender] = await load_anchor_in(self._db, tx, defender)
                except TamperedRowError:
                    anchors[defender] = None
            anchor = anchors[defender]
            consistent = anchor is not None and alert.id in anchor.open_alerts
        if not consistent:
            seals.refuse(TABLE)
            return None
        return StoredAlert(alert, row["version"])

    def _open(self, alert_id: str, blob: bytes) -> Alert:
        return decode_alert(self._db.crypto.decrypt(TABLE, "body_ct", alert_id, blob).decode())


def _wake(alert: Alert) -> int | None:
    deadline = alert.next_wake_at  # a level's, a follow-up's or the coordinators' deadline
    return None if deadline is None or not alert.is_open else to_db_wake_minute(deadline)


def _time(value: datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def _parse(value: str | None) -> datetime | None:
    return None if value is None else datetime.fromisoformat(value)


def encode_alert(alert: Alert) -> str:
    body: dict[str, Any] = {
        "id": alert.id,
        "defender_id": alert.defender_id,
        "kind": alert.kind.value,
        "state": alert.state.value,
        "raised_at": _time(alert.raised_at),
        "level": int(alert.level),
        "level_deadline": _time(alert.level_deadline),
        "false_alarm_until": _time(alert.false_alarm_until),
        "recipients": [
            {
                "id": r.id,
                "level": int(r.level),
                "status": r.status.value,
                "notified_at": _time(r.notified_at),
                "reminded_at": _time(r.reminded_at),
                "answered_at": _time(r.answered_at),
                "reached_at": _time(r.reached_at),
                "announced": r.announced,
                "last_note_at": _time(r.last_note_at),
            }
            for r in alert.recipients
        ],
        "acknowledged_by": alert.acknowledged_by,
        "follow_up_at": _time(alert.follow_up_at),
        "coordinators_due_at": _time(alert.coordinators_due_at),
        "resolved_at": _time(alert.resolved_at),
        "resolution": None
        if alert.resolution is None
        else {
            "by": alert.resolution.by.value,
            "reason": alert.resolution.reason,
            "verified": alert.resolution.verified,
            "closed_by": alert.resolution.closed_by,
        },
        "possible_coercion": alert.possible_coercion,
        "note": alert.note,
        "last_checkin": _time(alert.last_checkin),
        "location": None
        if alert.location is None
        else {
            "latitude": alert.location.latitude,
            "longitude": alert.location.longitude,
            "at": _time(alert.location.at),
            "live_until": _time(alert.location.live_until),
        },
        "contact_notes": [
            {"author_id": n.author_id, "at": _time(n.at), "text": n.text}
            for n in alert.contact_notes
        ],
    }
    return json.dumps(body, sort_keys=True)


def decode_alert(text: str) -> Alert:
    body = json.loads(text)
    resolution = body["resolution"]
    raised_at = _parse(body["raised_at"])
    if raised_at is None:
        raise ValueError("an alert without a time it was raised")
    return Alert(
        id=body["id"],
        defender_id=body["defender_id"],
        kind=AlertKind(body["kind"]),
        state=AlertState(body["state"]),
        raised_at=raised_at,
        level=Level(body["level"]),
        level_deadline=_parse(body["level_deadline"]),
        false_alarm_until=_parse(body["false_alarm_until"]),
        recipients=tuple(
            Recipient(
                id=r["id"],
                level=Level(r["level"]),
                status=RecipientStatus(r["status"]),
                notified_at=_parse(r["notified_at"]),
                reminded_at=_parse(r["reminded_at"]),
                answered_at=_parse(r["answered_at"]),
                reached_at=_parse(r.get("reached_at")),
                announced=bool(r.get("announced", False)),
                last_note_at=_parse(r.get("last_note_at")),
            )
            for r in body["recipients"]
        ),
        acknowledged_by=body["acknowledged_by"],
        follow_up_at=_parse(body.get("follow_up_at")),
        coordinators_due_at=_parse(body.get("coordinators_due_at")),
        resolved_at=_parse(body["resolved_at"]),
        resolution=None
        if resolution is None
        else Resolution(
            ResolvedBy(resolution["by"]),
            resolution["reason"],
            bool(resolution.get("verified", False)),
            resolution.get("closed_by"),
        ),
        possible_coercion=bool(body["possible_coercion"]),
        note=str(body.get("note", "")),
        last_checkin=_parse(body.get("last_checkin")),
        location=_location(body.get("location")),
        contact_notes=tuple(_contact_note(n) for n in body.get("contact_notes", ())),
    )


def _contact_note(body: dict[str, Any]) -> ContactNote:
    at = _parse(body["at"])
    if at is None:
        raise ValueError("a note without a time")
    return ContactNote(str(body["author_id"]), at, str(body["text"]))


def _location(body: dict[str, Any] | None) -> Location | None:
    if body is None:
        return None
    at = _parse(body["at"])
    if at is None:
        raise ValueError("a location without a time")
    return Location(
        float(body["latitude"]), float(body["longitude"]), at, _parse(body["live_until"])
    )
