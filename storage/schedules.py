"""Check-in schedules, stored whole (encrypted) with the moment they next need waking in the
clear (indexed: one alarm aims at the earliest) and a version for conditional updates."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from typing import Any

from bot.domain.checkins import Daily, Interval, Rule, Schedule, next_wake
from storage.db import Database, Tx
from storage.timecodec import from_db_time, to_db_time

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
            "SELECT body_ct, version FROM schedules WHERE id = ?", (defender_id,)
        )
        if row is None:
            return None
        body = self._db.crypto.decrypt(TABLE, "body_ct", defender_id, row["body_ct"])
        return StoredSchedule(defender_id, decode_schedule(body.decode()), row["version"])

    async def save_in(self, tx: Tx, defender_id: str, schedule: Schedule, version: int) -> bool:
        """Insert (version 0) or update if nobody changed it since `version` was read."""
        sealed = self._db.crypto.encrypt(
            TABLE, "body_ct", defender_id, encode_schedule(schedule).encode()
        )
        wake = next_wake(schedule)
        wake_value = None if wake is None else to_db_time(wake)
        if version == 0:
            changed = await tx.execute(
                "INSERT OR IGNORE INTO schedules (id, body_ct, version, next_wake_at) "
                "VALUES (?, ?, 1, ?)",
                (defender_id, sealed, wake_value),
            )
        else:
            changed = await tx.execute(
                "UPDATE schedules SET body_ct = ?, version = version + 1, next_wake_at = ? "
                "WHERE id = ? AND version = ?",
                (sealed, wake_value, defender_id, version),
            )
        return changed == 1

    async def due(self, now: datetime, limit: int = 200) -> list[str]:
        async with self._db.read() as tx:
            rows = await tx.fetchall(
                "SELECT id FROM schedules WHERE next_wake_at <= ? ORDER BY next_wake_at LIMIT ?",
                (to_db_time(now), limit),
            )
        return [row["id"] for row in rows]

    async def next_wake(self) -> datetime | None:
        async with self._db.read() as tx:
            value = await tx.scalar("SELECT min(next_wake_at) FROM schedules")
        return None if value is None else from_db_time(int(value))

    async def postpone(self, defender_id: str, until: datetime) -> None:
        """Push a schedule whose processing failed forward, so it cannot stall the others."""
        async with self._db.transaction() as tx:
            await tx.execute(
                "UPDATE schedules SET next_wake_at = ? WHERE id = ?",
                (to_db_time(until), defender_id),
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
