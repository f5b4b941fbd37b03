"""Processing each Telegram update once, even when Telegram re-sends it after a restart."""

from __future__ import annotations

from contextlib import AbstractContextManager

from bot.clock import Clock
from storage.updates import ProcessedUpdateRepository


class UpdateGate:
    def __init__(self, processed: ProcessedUpdateRepository, clock: Clock) -> None:
        self._processed = processed
        self._clock = clock

    async def already_processed(self, update_id: int) -> bool:
        return await self._processed.was_processed(update_id)

    def handling(self, update_id: int) -> AbstractContextManager[None]:
        """While handling `update_id`: the first commit marks it processed, atomically."""
        return self._processed.attributing(update_id, self._clock.now())

    async def forget_old(self) -> int:
        return await self._processed.purge(self._clock.now())
