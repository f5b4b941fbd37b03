"""The outbox worker: sends due messages, most urgent first, paced per chat, retrying what can
be retried and reporting recipients who cannot be reached.

One round claims due rows (with a lease), sends what pacing allows, and gives the rest back.
A crash between sending and recording leaves the lease to expire, and the row is sent again:
at least once, never lost.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import timedelta

from bot.clock import Clock
from bot.delivery.lanes import lane_of, sending_in
from bot.delivery.paced_request import retried_by_outbox
from bot.delivery.scheduler import SendScheduler
from bot.delivery.transport import DeliveryError, FailureKind, Transport
from bot.domain.outbound import OutboxItem, Priority
from storage.db import Tx
from storage.outbox import OutboxRepository

log = logging.getLogger(__name__)

LEASE = timedelta(minutes=2)
# Small rounds: a new SOS waits for at most this many sends, and a round of slow sends still
# ends well inside its lease.
BATCH = 10
MAX_BACKOFF = timedelta(minutes=5)
MAX_DISTRESS_BACKOFF = timedelta(seconds=30)

# Told when a message cannot be delivered at all (recipient gone, message refused, chat
# moved), so the engine can mark the recipient unreachable and escalate at once.
Undeliverable = Callable[[OutboxItem, DeliveryError], Awaitable[None]]
# Told after Telegram accepted a message and it was recorded, with the message id.
Delivered = Callable[[OutboxItem, int], Awaitable[None]]
# Asked, once Telegram took a message, what to write in the transaction that records it (what
# the bot sent where about an alert, so it can be taken away later); None for nothing.
Recording = Callable[[OutboxItem, int], Awaitable[Callable[[Tx], Awaitable[None]] | None]]
# Rows of one priority on their way at once (waiting at the pacer or sending): about a
# second's worth; more would only wait at the pacer, and their leases run meanwhile.
IN_FLIGHT = 30
HOLD_BACK = timedelta(milliseconds=200)
# A live-location move waits this long for the location it moves to be sent first.
MOVE_WAIT = timedelta(seconds=2)


@dataclass
class RoundReport:
    started: int = 0
    sent: int = 0
    waiting: int = 0
    retrying: int = 0
    failed: int = 0


def backoff(attempts: int, priority: Priority = Priority.OTHER) -> timedelta:
    """5 s, 10 s, 20 s ... up to 5 minutes (30 s for distress); never given up on."""
    cap = MAX_DISTRESS_BACKOFF if priority is Priority.DISTRESS else MAX_BACKOFF
    return min(timedelta(seconds=5 * 2 ** min(max(attempts - 1, 0), 16)), cap)


class DeliveryWorker:
    def __init__(
        self,
        outbox: OutboxRepository,
        transport: Transport,
        clock: Clock,
        *,
        pacer: SendScheduler | None = None,
        on_undeliverable: Undeliverable | None = None,
        on_delivered: Delivered | None = None,
        recording: Recording | None = None,
    ) -> None:
        self._outbox = outbox
        self._transport = transport
        self._clock = clock
        # The bot's pacer, which its request object waits at (`PacedRequest`); the worker
        # asks it only which chats are held, to give their rows back for later.
        self._pacer = pacer or SendScheduler(clock)
        self._on_undeliverable = on_undeliverable
        self._on_delivered = on_delivered
        self._recording = recording
        self._flying: dict[str, OutboxItem] = {}  # on their way, by outbox id
        # (chat, priority) with a message on its way: a chat's messages of one priority go in
        # order; a more urgent one need not wait for a less urgent one to that chat.
        self._flying_chats: set[tuple[int, Priority]] = set()
        self._tasks: set[asyncio.Task[None]] = set()
        # Told when a message on its way was settled (its chat may take the next one).
        self.on_settled: Callable[[], None] = lambda: None

    async def run_once(self) -> RoundReport:
        """One round, and every message it started delivered (tests, the demo)."""
        report, started = await self.start_round()
        await asyncio.gather(*started)
        return report

    async def start_round(self) -> tuple[RoundReport, list[asyncio.Task[None]]]:
        """Claim due rows, most urgent first, and start sending them; returns at once.

        A row whose chat is held (its own pace, a RetryAfter) or already has a message on its
        way is given back (a chat's messages go in order). The rest go concurrently, each
        waiting at the pacer in its priority's lane, so the loop can claim again at once: a
        new SOS never waits for a round of reminders to get their slots. At most
        `IN_FLIGHT` rows of one priority are on their way at once; more are given back for a
        moment. One at a time, a round trip of 50 ms to Telegram would cap us well below
        30 a second."""
        report = RoundReport()
        now = self._clock.now()
        started: list[asyncio.Task[None]] = []
        # Seen this round: only the first row of each chat and priority may go (one freed
        # while the round gives rows back must not take a later one first).
        seen: set[tuple[int, Priority]] = set()
        for item in await self._outbox.claim(now, LEASE, BATCH):
            if item.id in self._flying:
                continue  # still on its way: its lease ran out while it waited
            lane = (item.chat_id, item.priority)
            first = lane not in seen
            seen.add(lane)
            distress = item.priority is Priority.DISTRESS
            free_at = self._pacer.chat_free_at(item.chat_id, distress=distress)
            held = free_at > self._clock.now()  # read after the pacer read its own now
            if not first or lane in self._flying_chats or held:
                # One moment for all the chat's rows: they come back in the order they were.
                await self._outbox.give_back(item.id, max(now, free_at), tried=False)
                report.waiting += 1
            elif self._in_flight(item.priority) >= IN_FLIGHT:
                await self._outbox.give_back(item.id, now + HOLD_BACK, tried=False)
                report.waiting += 1
            else:
                self._flying[item.id] = item
                self._flying_chats.add(lane)
                task = asyncio.create_task(self._fly(item, report))
                self._tasks.add(task)
                task.add_done_callback(self._tasks.discard)
                started.append(task)
        report.started = len(started)
        return report, started

    async def stop(self) -> None:
        """Give up on what is still on its way: its rows stay due (sent again next time:
        at least once)."""
        flying = [task for task in self._tasks if not task.done()]
        for task in flying:
            task.cancel()
        await asyncio.gather(*flying, return_exceptions=True)

    def _in_flight(self, priority: Priority) -> int:
        return sum(1 for item in self._flying.values() if item.priority is priority)

    async def _fly(self, item: OutboxItem, report: RoundReport) -> None:
        try:
            await self._deliver_safely(item, report)
        finally:
            self._flying.pop(item.id, None)
            self._flying_chats.discard((item.chat_id, item.priority))
            self.on_settled()

    async def _deliver_safely(self, item: OutboxItem, report: RoundReport) -> None:
        retried_by_outbox.set(True)  # this task's own context (gather made it a task)
        try:
            with sending_in(lane_of(item.priority)):
                await self._deliver(item, report)
        except Exception as error:  # one bad item must not hold the rest of the round
            log.error("outbox item %s: %s", item.id, type(error).__name__)
            await self._outbox.give_back(
                item.id, self._clock.now() + backoff(item.attempts), tried=True
            )

    async def _deliver(self, item: OutboxItem, report: RoundReport) -> None:
        moving = None
        if item.message.moves is not None:
            moving = await self._outbox.sent_message_id(item.message.moves)
            if moving is None:
                await self._nothing_to_move_yet(item, item.message.moves, report)
                return
        try:
            message_id = await self._transport.send(item.chat_id, item.message, moving)
        except DeliveryError as error:
            await self._failed(item, error, report)
            return
        also = None if self._recording is None else await self._recording(item, message_id)
        recorded = await self._outbox.mark_sent(item.id, message_id, also=also)
        report.sent += 1
        if recorded and self._on_delivered is not None:
            await self._on_delivered(item, message_id)

    async def _nothing_to_move_yet(self, item: OutboxItem, moves: str, report: RoundReport) -> None:
        """The live location this row moves has not gone yet: wait for it, or give up if it
        never will."""
        if await self._outbox.state_of(moves) == "pending":
            await self._outbox.give_back(item.id, self._clock.now() + MOVE_WAIT, tried=False)
            report.waiting += 1
        else:
            await self._outbox.mark_failed(item.id, "nothing-to-move")
            report.failed += 1

    async def _failed(self, item: OutboxItem, error: DeliveryError, report: RoundReport) -> None:
        now = self._clock.now()
        if error.kind is FailureKind.RATE_LIMITED:
            # The pacer already holds the chat (it saw the 429 pass).
            until = now + (error.retry_after or backoff(item.attempts, item.priority))
            await self._outbox.give_back(item.id, until, tried=True)
            report.retrying += 1
        elif error.kind is FailureKind.TRANSIENT:
            until = now + backoff(item.attempts, item.priority)
            await self._outbox.give_back(item.id, until, tried=True)
            report.retrying += 1
        else:
            # The engine hears of it first, and records the failure in the same transaction
            # as what it does about it; marking it here covers rows nobody else settles.
            log.warning("outbox item %s failed: %s", item.id, error.kind.value)
            if self._on_undeliverable is not None:
                await self._on_undeliverable(item, error)
            await self._outbox.mark_failed(item.id, error.kind.value)
            report.failed += 1
