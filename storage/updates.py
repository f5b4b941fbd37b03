"""Update ids already processed, so a replay after a restart is not acted on twice."""

from __future__ import annotations

from datetime import datetime, timedelta

from storage.db import Database
from storage.timecodec import to_db_time

KEEP_FOR = timedelta(days=2)


class ProcessedUpdateRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def claim(self, update_id: int, now: datetime) -> bool:
        """Record the id; False when it was recorded before (the update is a replay)."""
        async with self._db.transaction() as tx:
            changed = await tx.execute(
                "INSERT OR IGNORE INTO processed_updates (update_id, seen_at) VALUES (?, ?)",
                (update_id, to_db_time(now)),
            )
        return changed == 1

    async def purge(self, now: datetime) -> int:
        """Forget ids older than Telegram keeps unconfirmed updates (24 hours), with margin."""
        async with self._db.transaction() as tx:
            return await tx.execute(
                "DELETE FROM processed_updates WHERE seen_at < ?", (to_db_time(now - KEEP_FOR),)
            )
