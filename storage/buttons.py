"""What inline buttons do, kept server-side: a button carries only `<set id>.<index>`.

A set belongs to one user and expires; a single-use set is spent by its first press (all of its
buttons at once), so a replayed, forged, foreign or stale press finds nothing to do.

Each set is sealed (storage/integrity.py) over its owner (a person, or the coordinators),
actions, single use, spent flag and expiry: a set re-pointed at another user, or un-spent,
without the key is refused. Expiry is stored to the minute, rounded up.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta

from bot.domain.interaction import ButtonAction
from storage.db import Database, Tx
from storage.ids import new_id
from storage.integrity import MAC_COLUMN, TamperedRowError
from storage.links import link_columns, link_index
from storage.sealed import rewrite_sealed_in
from storage.timecodec import to_db_time, to_db_wake

TABLE = "button_sets"
COORDINATORS = "coordinators"


class ButtonRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def issue(
        self,
        user_id: str | None,
        actions: list[ButtonAction],
        now: datetime,
        lifetime: timedelta,
        *,
        single_use: bool,
    ) -> list[str]:
        """Store the actions; return each button's callback data, in order."""
        async with self._db.transaction() as tx:
            return await self.issue_in(tx, user_id, actions, now, lifetime, single_use=single_use)

    async def issue_in(
        self,
        tx: Tx,
        user_id: str | None,
        actions: list[ButtonAction],
        now: datetime,
        lifetime: timedelta,
        *,
        single_use: bool,
    ) -> list[str]:
        """As `issue`, inside the caller's transaction. `user_id` None: the buttons belong to
        the coordinators (anyone in their chat, or a coordinator privately)."""
        set_id = new_id()
        encoded = json.dumps([[a.route, a.arg] for a in actions]).encode()
        values: dict[str, object] = {
            "id": set_id,
            # The coordinators' sets link to them as if to one more person, so the file does
            # not tell their sets (a duress alert's, at once) from anyone's.
            **link_columns(self._db.crypto, TABLE, set_id, "user", user_id or COORDINATORS),
            "actions_ct": self._db.crypto.encrypt(TABLE, "actions_ct", set_id, encoded),
            "single_use": int(single_use),
            "used": 0,
            "expires_at": to_db_wake(now + lifetime),
        }
        values[MAC_COLUMN] = self._db.seals.seal(TABLE, values)
        await tx.execute(
            "INSERT INTO button_sets (id, user_ct, user_bidx, actions_ct, single_use, "
            "used, expires_at, row_mac) VALUES (:id, :user_ct, :user_bidx, "
            ":actions_ct, :single_use, :used, :expires_at, :row_mac)",
            values,
        )
        return [f"{set_id}.{index}" for index in range(len(actions))]

    async def redeem(self, user_id: str, data: str, now: datetime) -> ButtonAction | None:
        """The action behind a press by `user_id`, or None if it is not theirs to press now."""
        owner = link_index(self._db.crypto, TABLE, "user", user_id)
        return await self._redeem("user_bidx = ?", owner, data, now)

    async def redeem_for_coordinators(self, data: str, now: datetime) -> ButtonAction | None:
        """The action behind a coordinators' button; the caller has checked who pressed it."""
        owner = link_index(self._db.crypto, TABLE, "user", COORDINATORS)
        return await self._redeem("user_bidx = ?", owner, data, now)

    async def _redeem(
        self, owner_clause: str, owner: bytes, data: str, now: datetime
    ) -> ButtonAction | None:
        set_id, _, index_text = data.partition(".")
        if not index_text.isdecimal() or not index_text.isascii():
            return None
        async with self._db.transaction() as tx:
            row = await tx.fetchone(
                "SELECT * FROM button_sets WHERE id = ? AND "
                f"{owner_clause} AND used = 0 AND expires_at > ?",
                (set_id, owner, to_db_time(now)),
            )
            if row is None or not self._db.seals.ok(TABLE, row):
                return None
            if row["single_use"]:
                try:
                    spent = await rewrite_sealed_in(self._db, tx, TABLE, set_id, {"used": 1})
                except TamperedRowError:
                    return None
                if spent is None:
                    return None
        sealed = row["actions_ct"]
        actions = json.loads(self._db.crypto.decrypt(TABLE, "actions_ct", set_id, sealed))
        index = int(index_text)
        if index >= len(actions):
            return None
        route, arg = actions[index]
        return ButtonAction(str(route), str(arg))

    async def purge(self, now: datetime) -> int:
        async with self._db.transaction() as tx:
            return await tx.execute(
                "DELETE FROM button_sets WHERE expires_at <= ? OR used = 1", (to_db_time(now),)
            )
