"""Background work that must not stop while the bot runs: started again whenever it fails.

A task that ends by an exception is logged by type and place only (never a value, which could
be personal), then started again after a pause that doubles up to `MAX_PAUSE_SECONDS`, so a
fault that persists does not spin and a fault that passes costs at most a moment. Cancelling
the task (at shutdown) is the only way it ends.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable

from bot.logs import where_it_failed

log = logging.getLogger(__name__)

FIRST_PAUSE_SECONDS = 0.1
MAX_PAUSE_SECONDS = 30.0


class Supervisor:
    """Counts restarts, so that tests and health checks can see that one happened."""

    def __init__(
        self,
        name: str,
        work: Callable[[], Awaitable[None]],
        *,
        first_pause: float = FIRST_PAUSE_SECONDS,
        max_pause: float = MAX_PAUSE_SECONDS,
    ) -> None:
        self.name = name
        self._work = work
        self._first_pause = first_pause
        self._max_pause = max_pause
        self.restarts = 0

    async def run(self) -> None:
        pause = self._first_pause
        while True:
            try:
                await self._work()
            except Exception as error:
                log.error(
                    "%s failed: %s at %s; starting it again",
                    self.name,
                    type(error).__name__,
                    where_it_failed(error),
                )
            else:
                log.error("%s ended by itself; starting it again", self.name)
            self.restarts += 1
            await asyncio.sleep(pause)
            pause = min(pause * 2, self._max_pause)
