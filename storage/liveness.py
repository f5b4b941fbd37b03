"""The bot's own sign of life, kept in the database so that the next start can tell how long
the bot was down. One encrypted row in `meta`; the minute is all it keeps."""

from __future__ import annotations

from datetime import UTC, datetime

from storage.db import Database

ALIVE = "alive_at"


class LivenessRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def mark_alive(self, now: datetime) -> None:
        minute = int(now.replace(second=0, microsecond=0).timestamp())
        value = self._db.crypto.encrypt_int("meta", "value_ct", ALIVE, minute)
        async with self._db.transaction() as tx:
            await tx.execute(
                "INSERT INTO meta (name, value_ct) VALUES (?, ?) "
                "ON CONFLICT (name) DO UPDATE SET value_ct = excluded.value_ct",
                (ALIVE, value),
            )

    async def last_alive(self) -> datetime | None:
        async with self._db.read() as tx:
            blob = await tx.scalar("SELECT value_ct FROM meta WHERE name = ?", (ALIVE,))
        if blob is None:
            return None
        minute = self._db.crypto.decrypt_int("meta", "value_ct", ALIVE, bytes(blob))
        return datetime.fromtimestamp(minute, UTC)

    async def answers(self) -> bool:
        """Whether the database answers a read of the file itself (for /readyz): the key check
        row is always there."""
        async with self._db.read() as tx:
            return bool(await tx.scalar("SELECT count(*) FROM meta") > 0)
