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
from bot.delivery.pacing import Pacer
from bot.delivery.transport import DeliveryError, FailureKind, Transport
from bot.domain.outbound import ChatKind, OutboxItem, Priority
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
# A live-location move waits this long for the location it moves to be sent first.
MOVE_WAIT = timedelta(seconds=2)


@dataclass
class RoundReport:
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
        pacer: Pacer | None = None,
        on_undeliverable: Undeliverable | None = None,
        on_delivered: Delivered | None = None,
        recording: Recording | None = None,
    ) -> None:
        self._outbox = outbox
        self._transport = transport
        self._clock = clock
        self._pacer = pacer or Pacer()
        self._on_undeliverable = on_undeliverable
        self._on_delivered = on_delivered
        self._recording = recording

    async def run_once(self) -> RoundReport:
        """One round: claim, take the pacing slots in priority order, then send the round's
        messages concurrently (each to a different chat, since a chat gets one slot a round):
        one at a time, a round trip of 50 ms to Telegram would cap us well below 30 a second."""
        report = RoundReport()
        now = self._clock.now()
        ready = []
        for item in await self._outbox.claim(now, LEASE, BATCH):
            is_group = item.chat_kind is ChatKind.GROUP
            slot = self._pacer.earliest(item.chat_id, is_group, now)
            if slot > now:
                await self._outbox.give_back(item.id, slot, tried=False)
                report.waiting += 1
                continue
            self._pacer.record(item.chat_id, is_group, now)  # the slot is taken even if it fails
            ready.append(item)
        await asyncio.gather(*(self._deliver_safely(item, report) for item in ready))
        return report

    async def _deliver_safely(self, item: OutboxItem, report: RoundReport) -> None:
        try:
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
            until = now + (error.retry_after or backoff(item.attempts, item.priority))
            self._pacer.pause(item.chat_id, until)
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
