"""Check-in schedules, stored whole (encrypted) with the moment they next need waking in the
clear (indexed: one alarm aims at the earliest) and a version for conditional updates.

Each row is sealed over its version and ciphertext (storage/integrity.py): an older body put
back under the current version is refused (`TamperedRowError`), and the services' guard
postpones it rather than acting on it. The file keeps only the minute of the next wake-up; the
exact moment is computed from the body, so waking is as exact as before.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from typing import Any

from bot.domain.checkins import Daily, Interval, Rule, Schedule, next_wake
from bot.errors import DecryptionError
from storage.db import Database, Tx
from storage.timecodec import (
    effective_wake,
    from_db_time,
    to_db_minute,
    to_db_wake,
    to_db_wake_minute,
)

TABLE = "schedules"


@dataclass(frozen=True)
class StoredSchedule:
    defender_id: str
    schedule: Schedule
    version: int  # 0: not stored yet


class ScheduleRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def get(self, defender_id: str) -> StoredSchedule | None:
        async with self._db.read() as tx:
            return await self.get_in(tx, defender_id)

    async def get_in(self, tx: Tx, defender_id: str) -> StoredSchedule | None:
        row = await tx.fetchone(
            "SELECT id, body_ct, version, row_mac FROM schedules WHERE id = ?", (defender_id,)
        )
        if row is None:
            return None
        self._db.seals.check(TABLE, row)
        body = self._db.crypto.decrypt(TABLE, "body_ct", defender_id, row["body_ct"])
        return StoredSchedule(defender_id, decode_schedule(body.decode()), row["version"])

    async def save_in(self, tx: Tx, defender_id: str, schedule: Schedule, version: int) -> bool:
        """Insert (version 0) or update if nobody changed it since `version` was read."""
        sealed = self._db.crypto.encrypt(
            TABLE, "body_ct", defender_id, encode_schedule(schedule).encode()
        )
        wake = next_wake(schedule)
        wake_value = None if wake is None else to_db_wake_minute(wake)
        mac = self._db.seals.seal(
            TABLE, {"id": defender_id, "version": version + 1, "body_ct": sealed}
        )
        if version == 0:
            changed = await tx.execute(
                "INSERT OR IGNORE INTO schedules (id, body_ct, version, row_mac, next_wake_at) "
                "VALUES (?, ?, 1, ?, ?)",
                (defender_id, sealed, mac, wake_value),
            )
        else:
            changed = await tx.execute(
                "UPDATE schedules SET body_ct = ?, version = ?, row_mac = ?, next_wake_at = ? "
                "WHERE id = ? AND version = ?",
                (sealed, version + 1, mac, wake_value, defender_id, version),
            )
        return changed == 1

    async def due(self, now: datetime, limit: int = 200) -> list[str]:
        """Schedules whose wake-up has come: those of earlier minutes, and those of this minute
        whose exact moment (from the body) has come. One that cannot be read counts as due, so
        the service's guard postpones it instead of it stalling the sweep."""
        minute = to_db_minute(now)
        async with self._db.read() as tx:
            rows = await tx.fetchall(
                "SELECT id FROM schedules WHERE next_wake_at < ? ORDER BY next_wake_at LIMIT ?",
                (minute, limit),
            )
            due = [row["id"] for row in rows]
            if len(due) < limit:
                current = await tx.fetchall(
                    "SELECT id, next_wake_at FROM schedules WHERE next_wake_at = ?", (minute,)
                )
                for row in current:
                    wake = await self._wake_in(tx, row["id"], row["next_wake_at"])
                    if wake <= now:
                        due.append(row["id"])
        return due[:limit]

    async def next_wake(self) -> datetime | None:
        """The earliest exact wake-up: the rows of the earliest stored minute, read whole."""
        async with self._db.read() as tx:
            rows = await tx.fetchall(
                "SELECT id, next_wake_at FROM schedules WHERE next_wake_at = "
                "(SELECT min(next_wake_at) FROM schedules)"
            )
            wakes = [await self._wake_in(tx, row["id"], row["next_wake_at"]) for row in rows]
        return min(wakes, default=None)

    async def _wake_in(self, tx: Tx, defender_id: str, stored: int) -> datetime:
        try:
            found = await self.get_in(tx, defender_id)
        except (DecryptionError, ValueError, KeyError):
            return from_db_time(stored)
        return effective_wake(stored, None if found is None else next_wake(found.schedule))

    async def postpone(self, defender_id: str, until: datetime) -> None:
        """Push a schedule whose processing failed forward, so it cannot stall the others."""
        async with self._db.transaction() as tx:
            await tx.execute(
                "UPDATE schedules SET next_wake_at = ? WHERE id = ?",
                (to_db_wake(until), defender_id),
            )


def _time(value: datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def _parse(value: str | None) -> datetime | None:
    return None if value is None else datetime.fromisoformat(value)


def _seconds(value: timedelta | None) -> float | None:
    return None if value is None else value.total_seconds()


def _rule(rule: Rule | None) -> dict[str, Any] | None:
    if isinstance(rule, Interval):
        return {"every": rule.every.total_seconds()}
    if isinstance(rule, Daily):
        return {"daily": [t.strftime("%H:%M") for t in rule.times]}
    return None


def _read_rule(body: dict[str, Any] | None) -> Rule | None:
    if body is None:
        return None
    if "every" in body:
        return Interval(timedelta(seconds=float(body["every"])))
    return Daily(tuple(time.fromisoformat(t) for t in body["daily"]))


def encode_schedule(schedule: Schedule) -> str:
    return json.dumps(
        {
            "zone": schedule.zone_name,
            "rule": _rule(schedule.rule),
            "grace": _seconds(schedule.grace),
            "remind_before": _seconds(schedule.remind_before),
            "due_at": _time(schedule.due_at),
            "deadline": _time(schedule.deadline),
            "paused_until": _time(schedule.paused_until),
            "last_checkin": _time(schedule.last_checkin),
            "reminded_for": _time(schedule.reminded_for),
            "deadline_reminded": schedule.deadline_reminded,
            "missed_for": _time(schedule.missed_for),
        },
        sort_keys=True,
    )


def decode_schedule(text: str) -> Schedule:
    body = json.loads(text)
    remind = body["remind_before"]
    return Schedule(
        zone_name=str(body["zone"]),
        rule=_read_rule(body["rule"]),
        grace=timedelta(seconds=float(body["grace"])),
        remind_before=None if remind is None else timedelta(seconds=float(remind)),
        due_at=_parse(body["due_at"]),
        deadline=_parse(body["deadline"]),
        paused_until=_parse(body["paused_until"]),
        last_checkin=_parse(body["last_checkin"]),
        reminded_for=_parse(body["reminded_for"]),
        deadline_reminded=bool(body["deadline_reminded"]),
        missed_for=_parse(body["missed_for"]),
    )
