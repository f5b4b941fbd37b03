"""Wrong safety-PIN attempts per person, encrypted; the rules are `bot.domain.safety_pin`.

Each row is sealed and bound to its owner's anchor (storage/anchors.py) by a version: an older
row put back whole (fewer failures, no lock) or the row deleted is refused, and the caller
keeps the prompts shut."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime
from typing import Any

from bot.domain.safety_pin import PinAttempts
from storage.anchors import Anchor, load_anchor_in, save_anchor_in
from storage.db import Database
from storage.integrity import MAC_COLUMN
from storage.timecodec import from_db_time, to_db_time

TABLE = "pin_attempts"


class PinAttemptRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def get(self, user_id: str) -> PinAttempts:
        """`TamperedRowError` when the row fails its seal: the caller refuses the prompt."""
        async with self._db.read() as tx:
            row = await tx.fetchone(
                "SELECT id, state_ct, row_mac FROM pin_attempts WHERE id = ?", (user_id,)
            )
            anchor = await load_anchor_in(self._db, tx, user_id) or Anchor()
        if row is None:
            if anchor.pin_set:
                raise self._db.seals.refuse(TABLE)  # deleted without the key
            return PinAttempts()
        self._db.seals.check(TABLE, row)
        text = self._db.crypto.row(TABLE, user_id).read_text("state_ct", row["state_ct"])
        raw = json.loads(text)
        if not anchor.pin_set or int(raw.get("version", 0)) != anchor.pin_version:
            raise self._db.seals.refuse(TABLE)  # an older row put back whole
        return _decode(raw)

    async def save(self, user_id: str, attempts: PinAttempts) -> None:
        async with self._db.transaction() as tx:
            anchor = await load_anchor_in(self._db, tx, user_id) or Anchor()
            version = anchor.pin_version + 1
            kept = attempts != PinAttempts()
            await save_anchor_in(
                self._db, tx, user_id, replace(anchor, pin_version=version, pin_set=kept)
            )
            if not kept:
                await tx.execute("DELETE FROM pin_attempts WHERE id = ?", (user_id,))
                return
            encoded = json.dumps({**_encode(attempts), "version": version})
            row = {
                "id": user_id,
                "state_ct": self._db.crypto.row(TABLE, user_id).text("state_ct", encoded),
            }
            row[MAC_COLUMN] = self._db.seals.seal(TABLE, row)
            await tx.execute(
                "INSERT INTO pin_attempts (id, state_ct, row_mac) VALUES (:id, :state_ct, "
                ":row_mac) ON CONFLICT (id) DO UPDATE SET state_ct = excluded.state_ct, "
                "row_mac = excluded.row_mac",
                row,
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
