"""Gathers the facts /readyz and the heartbeat judge by (bot.domain.readiness decides)."""

from __future__ import annotations

import asyncio
import logging
from datetime import datetime

from bot.clock import Clock
from bot.domain.readiness import Facts, Readiness, assess
from storage.liveness import LivenessRepository
from storage.outbox import OutboxRepository

log = logging.getLogger(__name__)

# A database that takes longer than this for `SELECT 1` is as good as down for an SOS.
DATABASE_TIMEOUT_SECONDS = 2.0


class HealthMonitor:
    def __init__(
        self, liveness: LivenessRepository, outbox: OutboxRepository, clock: Clock
    ) -> None:
        self._liveness = liveness
        self._outbox = outbox
        self._clock = clock
        self.telegram_answered_at: datetime | None = None

    def telegram_answered(self) -> None:
        """Telegram answered a request (a getUpdates round, whatever it held)."""
        self.telegram_answered_at = self._clock.now()

    async def readiness(self) -> Readiness:
        now = self._clock.now()
        answers, oldest = False, None
        try:
            async with asyncio.timeout(DATABASE_TIMEOUT_SECONDS):
                answers = await self._liveness.answers()
                oldest = await self._outbox.oldest_due_distress(now)
        except Exception as error:  # a check that fails is a failing check, never a crash
            log.warning("readiness: the database check failed: %s", type(error).__name__)
        return assess(Facts(answers, self.telegram_answered_at, oldest), now)
