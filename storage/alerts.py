"""Alerts, stored whole (encrypted), with a version checked on every change."""

from __future__ import annotations

import json
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
from storage.db import Database, Tx
from storage.timecodec import from_db_time, to_db_day, to_db_time

TABLE = "alerts"


@dataclass(frozen=True)
class StoredAlert:
    alert: Alert
    version: int


class AlertRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def insert_in(self, tx: Tx, alert: Alert) -> StoredAlert:
        await tx.execute(
            "INSERT INTO alerts (id, defender_id, state, body_ct, version, next_wake_at, "
            "raised_on) VALUES (?, ?, ?, ?, 1, ?, ?)",
            (
                alert.id,
                alert.defender_id,
                alert.state.value,
                self._seal(alert),
                _wake(alert),
                to_db_day(alert.raised_at.date()),
            ),
        )
        return StoredAlert(alert, 1)

    async def update_in(self, tx: Tx, alert: Alert, expected_version: int) -> bool:
        """Save a transition; False when someone else changed the alert first."""
        closed = alert.resolved_at if not alert.is_open else None
        changed = await tx.execute(
            "UPDATE alerts SET state = ?, body_ct = ?, version = version + 1, next_wake_at = ?, "
            "closed_on = ? WHERE id = ? AND version = ?",
            (
                alert.state.value,
                self._seal(alert),
                _wake(alert),
                None if closed is None else to_db_day(closed.date()),
                alert.id,
                expected_version,
            ),
        )
        return changed == 1

    async def get_in(self, tx: Tx, alert_id: str) -> StoredAlert | None:
        row = await tx.fetchone("SELECT body_ct, version FROM alerts WHERE id = ?", (alert_id,))
        if row is None:
            return None
        return StoredAlert(self._open(alert_id, row["body_ct"]), row["version"])

    async def get(self, alert_id: str) -> StoredAlert | None:
        async with self._db.read() as tx:
            return await self.get_in(tx, alert_id)

    async def due(self, now: datetime, limit: int = 100) -> list[str]:
        """Open alerts whose deadline has come (the sweep and the start-up catch-up)."""
        async with self._db.read() as tx:
            rows = await tx.fetchall(
                "SELECT id FROM alerts WHERE state = 'open' AND next_wake_at <= ? "
                "ORDER BY next_wake_at LIMIT ?",
                (to_db_time(now), limit),
            )
        return [row["id"] for row in rows]

    async def next_wake(self) -> datetime | None:
        async with self._db.read() as tx:
            value = await tx.scalar("SELECT min(next_wake_at) FROM alerts WHERE state = 'open'")
        return None if value is None else from_db_time(int(value))

    async def open_for(self, defender_id: str) -> list[StoredAlert]:
        async with self._db.read() as tx:
            rows = await tx.fetchall(
                "SELECT id, body_ct, version FROM alerts WHERE defender_id = ? AND state = 'open'",
                (defender_id,),
            )
        return [StoredAlert(self._open(r["id"], r["body_ct"]), r["version"]) for r in rows]

    async def postpone(self, alert_id: str, until: datetime) -> None:
        """Push a deadline that failed to process forward, so it cannot stall the others."""
        async with self._db.transaction() as tx:
            await tx.execute(
                "UPDATE alerts SET next_wake_at = ? WHERE id = ? AND state = 'open'",
                (to_db_time(until), alert_id),
            )

    async def open_alerts(self) -> list[StoredAlert]:
        """Every open alert, oldest first (for /alerts; a network has a handful at a time)."""
        async with self._db.read() as tx:
            rows = await tx.fetchall(
                "SELECT id, body_ct, version FROM alerts WHERE state = 'open' ORDER BY rowid"
            )
        return [StoredAlert(self._open(r["id"], r["body_ct"]), r["version"]) for r in rows]

    async def purge_closed(self, closed_before: date) -> int:
        """Closed alerts keep their short history for the retention period, then go."""
        async with self._db.transaction() as tx:
            return await tx.execute(
                "DELETE FROM alerts WHERE state != 'open' AND coalesce(closed_on, raised_on) < ?",
                (to_db_day(closed_before),),
            )

    def _seal(self, alert: Alert) -> bytes:
        return self._db.crypto.encrypt(TABLE, "body_ct", alert.id, encode_alert(alert).encode())

    def _open(self, alert_id: str, blob: bytes) -> Alert:
        return decode_alert(self._db.crypto.decrypt(TABLE, "body_ct", alert_id, blob).decode())


def _wake(alert: Alert) -> int | None:
    deadline = alert.next_wake_at  # a level's, a follow-up's or the coordinators' deadline
    return None if deadline is None or not alert.is_open else to_db_time(deadline)


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
