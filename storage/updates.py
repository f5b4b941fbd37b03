"""Update ids already acted on, so an update Telegram re-sends after a restart is not acted on
twice (a replayed SOS must not raise a second alert).

An update counts as processed when the first transaction it causes commits: the id is written
inside that same transaction (`Database.transaction` reads `update_in_progress`). If handling
fails before anything commits, nothing is recorded and a re-send is processed normally; an
update that changes nothing (/help) is never recorded and is simply answered again. Services
therefore make each use case one transaction.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from datetime import datetime, timedelta

from storage.attribution import UpdateInProgress, update_in_progress
from storage.db import Database
from storage.timecodec import to_db_time

KEEP_FOR = timedelta(days=2)


class ProcessedUpdateRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    @contextlib.contextmanager
    def attributing(self, update_id: int, now: datetime) -> Iterator[None]:
        """Every transaction committed inside this block records `update_id` as processed.

        Only the hour is kept: the table is about ids, not about when someone was active.
        """
        hour = now.replace(minute=0, second=0, microsecond=0)
        token = update_in_progress.set(UpdateInProgress(update_id, to_db_time(hour)))
        try:
            yield
        finally:
            update_in_progress.reset(token)

    async def was_processed(self, update_id: int) -> bool:
        async with self._db.read() as tx:
            found = await tx.scalar(
                "SELECT 1 FROM processed_updates WHERE update_id = ?", (update_id,)
            )
        return found is not None

    async def purge(self, now: datetime) -> int:
        """Forget ids older than Telegram keeps unconfirmed updates (24 hours), with margin."""
        async with self._db.transaction() as tx:
            removed = await tx.execute(
                "DELETE FROM processed_updates WHERE seen_at < ?", (to_db_time(now - KEEP_FOR),)
            )
        await self._db.checkpoint()
        return removed
