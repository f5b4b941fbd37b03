"""Runs the delivery worker whenever there is mail: at once when something was queued, and
otherwise when the next row falls due (a row given back for pacing or a retry)."""

from __future__ import annotations

import asyncio
import contextlib
import logging

from bot.clock import Clock
from bot.delivery.worker import DeliveryWorker
from bot.supervisor import Supervisor
from storage.outbox import OutboxRepository

log = logging.getLogger(__name__)

# Even with nothing queued, look again this often: a row written by an earlier run (or by a
# change whose kick was lost) is never left waiting long.
IDLE_SECONDS = 5.0
# After a round that failed outright (the database is unwell, say), pause before the next.
TROUBLE_SECONDS = 2.0


class DeliveryLoop:
    def __init__(self, worker: DeliveryWorker, outbox: OutboxRepository, clock: Clock) -> None:
        self._worker = worker
        self._outbox = outbox
        self._clock = clock
        self._kick = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self.supervisor: Supervisor | None = None

    def kick(self) -> None:
        """Something was queued: deliver without waiting for the next due time."""
        self._kick.set()

    def start(self) -> None:
        self._worker.on_settled = self.kick  # a chat freed: its next row may go
        if self._task is None:
            self.supervisor = Supervisor("delivery loop", self._run)
            self._task = asyncio.create_task(self.supervisor.run(), name="delivery-loop")

    async def stop(self) -> None:
        task, self._task = self._task, None
        if task is not None:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
        await self._worker.stop()

    async def _run(self) -> None:
        # One worker per data directory (the instance lock): leases left by a killed process
        # would otherwise hold its rows back for the rest of the lease.
        released = await self._outbox.release_leases()
        if released:
            log.info("released %d outbox leases of an earlier run", released)
        while True:
            self._kick.clear()
            try:
                report, _ = await self._worker.start_round()  # the sends go on by themselves
                pause = 0.0 if report.started else await self._until_next_due()
            except Exception as error:
                log.error("delivery round failed: %s", type(error).__name__)
                pause = TROUBLE_SECONDS
            if pause > 0:
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._kick.wait(), timeout=pause)

    async def _until_next_due(self) -> float:
        due = await self._outbox.next_due()
        if due is None:
            return IDLE_SECONDS
        seconds = (due - self._clock.now()).total_seconds()
        # Never spin: a row due now that the round did not take is looked at again shortly.
        return min(max(seconds, 0.05), IDLE_SECONDS)
