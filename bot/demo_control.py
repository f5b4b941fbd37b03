"""What the demo console may do to the running bot beyond typing: let each line settle, move
time on (`:wait`), and add admins (`:admin`). Only `make demo` uses this module.

The demo delivers the outbox itself, one round at a time under a lock, instead of the bot's
own delivery loop: then "everything that was due has been sent" can be known exactly, and the
clock never jumps while a message is on its way (a lease that expired under a send would send
it twice).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Iterable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bot.clock import AdjustableClock
from bot.context import BotApplication, BotContext
from bot.delivery.worker import DeliveryWorker, RoundReport
from bot.emulator.core import BotApiEmulator
from bot.emulator.users import ScriptedUser
from bot.scheduler import catch_up_on_deadlines
from bot.services.container import Services
from handlers.maintenance import delete_due_messages, purge_old_records
from storage.outbox import OutboxRepository

log = logging.getLogger(__name__)

# With nothing to send, the demo looks at the outbox this often (deadlines the sweep or the
# alarm processed while nobody typed).
POLL_SECONDS = 0.2
TROUBLE_SECONDS = 2.0
# A settle waits, in real time, for rows due this soon (pacing gaps, a quick retry).
SETTLE_WITHIN = timedelta(seconds=5)
MAX_ROUNDS = 10_000
MAX_STEPS = 1_000
# In the data directory: how far the demo's clock had got (a time, nothing about anyone).
TIME_FILE = "demo-time"


def resume_time(clock: AdjustableClock, data_dir: Path) -> None:
    """Carry on from the time an earlier demo run reached with `:wait`: its database holds
    times from then, and the bot's time must never go backwards."""
    try:
        reached = datetime.fromtimestamp(int((data_dir / TIME_FILE).read_text().strip()), UTC)
    except (OSError, ValueError, OverflowError):
        return
    if reached > clock.now():
        clock.advance(reached - clock.now())


def remember_time(clock: AdjustableClock, data_dir: Path) -> None:
    if clock.offset > timedelta(0):
        (data_dir / TIME_FILE).write_text(f"{int(clock.now().timestamp())}\n")


class DemoAdmins(frozenset[int]):
    """The bot's admins in the demo: BOT_ADMINS, and whoever `:admin` adds while it runs.

    A frozenset, as the configuration wants; membership (all the bot asks of it) also looks
    at the additions. Production never builds one of these.
    """

    _added: set[int]

    def __new__(cls, ids: Iterable[int] = ()) -> DemoAdmins:
        admins = super().__new__(cls, ids)
        admins._added = set()
        return admins

    def add(self, user_id: int) -> None:
        self._added.add(user_id)

    def __contains__(self, item: object) -> bool:
        return super().__contains__(item) or item in self._added


class DemoDelivery:
    """Sends the outbox: in the background, and on request until nothing more is due."""

    def __init__(
        self, worker: DeliveryWorker, outbox: OutboxRepository, clock: AdjustableClock
    ) -> None:
        self._worker = worker
        self._outbox = outbox
        self._clock = clock
        self._lock = asyncio.Lock()
        self._task: asyncio.Task[None] | None = None

    def start(self) -> None:
        if self._task is None:
            self._task = asyncio.create_task(self._run(), name="demo-delivery")

    async def stop(self) -> None:
        task, self._task = self._task, None
        if task is not None:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

    async def settle(self) -> None:
        """Return once nothing in the outbox is due now or within SETTLE_WITHIN."""
        async with self._lock:
            await self._drain()

    @contextlib.asynccontextmanager
    async def quiet(self) -> AsyncIterator[None]:
        """Settle, then hold every send back until the block ends (to move the clock)."""
        async with self._lock:
            await self._drain()
            yield

    async def _drain(self) -> None:
        for _ in range(MAX_ROUNDS):
            if _busy(await self._worker.run_once()):
                continue
            due = await self._outbox.next_due()
            if due is None or due > self._clock.now() + SETTLE_WITHIN:
                return
            # A pacing gap: real time passes, and the clock with it.
            await asyncio.sleep(max((due - self._clock.now()).total_seconds(), 0.01))
        raise RuntimeError("the outbox never emptied")

    async def _run(self) -> None:
        released = await self._outbox.release_leases()
        if released:
            log.info("released %d outbox leases of an earlier run", released)
        while True:
            async with self._lock:
                try:
                    pause = 0.0 if _busy(await self._worker.run_once()) else POLL_SECONDS
                except Exception as error:
                    log.error("demo delivery round failed: %s", type(error).__name__)
                    pause = TROUBLE_SECONDS
            await asyncio.sleep(pause)


class DemoControl:
    """The console's hooks into the running bot (bot.emulator.console.ConsoleHooks)."""

    def __init__(
        self,
        application: BotApplication,
        emulator: BotApiEmulator,
        clock: AdjustableClock,
        admins: DemoAdmins,
        data_dir: Path,
    ) -> None:
        self._application = application
        self._emulator = emulator
        self._clock = clock
        self._admins = admins
        self._data_dir = data_dir
        self.delivery: DemoDelivery | None = None

    def take_over_delivery(self) -> None:
        """Once storage is open: deliver the outbox from here, not from the bot's own loop
        (which is then never started)."""
        state = self._application.bot_data
        if state.worker is None or state.services is None:
            raise RuntimeError("the bot's delivery is not wired yet")
        outbox = OutboxRepository(state.services.database)
        self.delivery = DemoDelivery(state.worker, outbox, self._clock)
        state.delivery = None
        self.delivery.start()

    async def settle(self) -> None:
        await self._emulator.wait_until_fetched()
        await self._application.update_queue.join()
        if self.delivery is not None:
            await self.delivery.settle()

    async def wait(self, delta: timedelta) -> None:
        """Let `delta` pass: step from deadline to deadline, so each escalation, reminder and
        missed check-in happens at its own time, each delivered before the next."""
        await self.settle()
        target = self._clock.now() + delta
        for _ in range(MAX_STEPS):
            wake = await self._next_wake()
            if wake is None or wake > target:
                break
            await self._advance_to(wake)
            if not await self._process_due():
                break
            await self.settle()
        await self._advance_to(target)
        await self._process_due()
        # The periodic jobs, as they would have run during that time.
        context = BotContext(self._application)
        await delete_due_messages(context)
        await purge_old_records(context)
        await catch_up_on_deadlines(self._application)  # aims the alarm at what is next
        remember_time(self._clock, self._data_dir)
        await self.settle()

    def make_admin(self, user: ScriptedUser) -> None:
        self._admins.add(user.id)

    @property
    def _services(self) -> Services:
        services = self._application.bot_data.services
        if services is None:
            raise RuntimeError("the bot is not running")
        return services

    async def _advance_to(self, when: datetime) -> None:
        step = when - self._clock.now()
        if step <= timedelta(0):
            return
        if self.delivery is None:
            self._clock.advance(step)
            return
        async with self.delivery.quiet():
            self._clock.advance(max(when - self._clock.now(), timedelta(0)))

    async def _next_wake(self) -> datetime | None:
        services = self._services
        wakes = [
            await services.checkins.next_wake(),
            await services.alerts.next_wake(),
            await services.redactions.next_wake(),  # contacts' copies expire (issue 12)
        ]
        return min((wake for wake in wakes if wake is not None), default=None)

    async def _process_due(self) -> int:
        services = self._services
        due = await services.checkins.process_due() + await services.alerts.process_due()
        return due + await services.redactions.process_due()


def _busy(report: RoundReport) -> bool:
    return report.sent + report.failed + report.retrying > 0
