"""Wrong safety-PIN attempts per person, encrypted; the rules are `bot.domain.safety_pin`."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from bot.domain.safety_pin import PinAttempts
from storage.db import Database
from storage.timecodec import from_db_time, to_db_time

TABLE = "pin_attempts"


class PinAttemptRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def get(self, user_id: str) -> PinAttempts:
        async with self._db.read() as tx:
            blob = await tx.scalar("SELECT state_ct FROM pin_attempts WHERE id = ?", (user_id,))
        if blob is None:
            return PinAttempts()
        return _decode(json.loads(self._db.crypto.row(TABLE, user_id).read_text("state_ct", blob)))

    async def save(self, user_id: str, attempts: PinAttempts) -> None:
        async with self._db.transaction() as tx:
            if attempts == PinAttempts():
                await tx.execute("DELETE FROM pin_attempts WHERE id = ?", (user_id,))
                return
            encoded = json.dumps(_encode(attempts))
            blob = self._db.crypto.row(TABLE, user_id).text("state_ct", encoded)
            await tx.execute(
                "INSERT INTO pin_attempts (id, state_ct) VALUES (?, ?) "
                "ON CONFLICT (id) DO UPDATE SET state_ct = excluded.state_ct",
                (user_id, blob),
            )


def _encode(attempts: PinAttempts) -> dict[str, Any]:
    return {
        "failures": [to_db_time(t) for t in attempts.failures],
        "locked_until": _time(attempts.locked_until),
        "locks": attempts.locks,
        "warned_at": _time(attempts.warned_at),
    }


def _decode(raw: dict[str, Any]) -> PinAttempts:
    return PinAttempts(
        failures=tuple(from_db_time(int(t)) for t in raw.get("failures", [])),
        locked_until=_from(raw.get("locked_until")),
        locks=int(raw.get("locks", 0)),
        warned_at=_from(raw.get("warned_at")),
    )


def _time(value: Any) -> int | None:
    return None if value is None else to_db_time(value)


def _from(value: Any) -> datetime | None:
    return None if value is None else from_db_time(int(value))
