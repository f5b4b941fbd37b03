"""The outbox worker: sends due messages, most urgent first, paced per chat, retrying what can
be retried and reporting recipients who cannot be reached.

One round claims due rows (with a lease), sends what pacing allows, and gives the rest back.
A crash between sending and recording leaves the lease to expire, and the row is sent again:
at least once, never lost.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import timedelta

from bot.clock import Clock
from bot.delivery.pacing import Pacer
from bot.delivery.transport import DeliveryError, FailureKind, Transport
from bot.domain.outbound import ChatKind, OutboxItem
from storage.outbox import OutboxRepository

log = logging.getLogger(__name__)

LEASE = timedelta(minutes=2)
BATCH = 50
MAX_BACKOFF = timedelta(minutes=5)

RecipientGone = Callable[[OutboxItem], Awaitable[None]]


@dataclass
class RoundReport:
    sent: int = 0
    waiting: int = 0
    retrying: int = 0
    failed: int = 0


def backoff(attempts: int) -> timedelta:
    """5 s, 10 s, 20 s ... up to 5 minutes; an alert is never given up on."""
    return min(timedelta(seconds=5 * 2 ** max(attempts - 1, 0)), MAX_BACKOFF)


class DeliveryWorker:
    def __init__(
        self,
        outbox: OutboxRepository,
        transport: Transport,
        clock: Clock,
        *,
        pacer: Pacer | None = None,
        on_recipient_gone: RecipientGone | None = None,
    ) -> None:
        self._outbox = outbox
        self._transport = transport
        self._clock = clock
        self._pacer = pacer or Pacer()
        self._on_recipient_gone = on_recipient_gone

    async def run_once(self) -> RoundReport:
        report = RoundReport()
        for item in await self._outbox.claim(self._clock.now(), LEASE, BATCH):
            await self._deliver(item, report)
        return report

    async def _deliver(self, item: OutboxItem, report: RoundReport) -> None:
        now = self._clock.now()
        is_group = item.chat_kind is ChatKind.GROUP
        slot = self._pacer.earliest(item.chat_id, is_group, now)
        if slot > now:
            await self._outbox.unclaim(item.id, slot)
            report.waiting += 1
            return
        try:
            message_id = await self._transport.send(item.chat_id, item.message)
        except DeliveryError as error:
            await self._failed(item, error, report)
            return
        self._pacer.record(item.chat_id, is_group, now)
        await self._outbox.mark_sent(item.id, message_id)
        report.sent += 1

    async def _failed(self, item: OutboxItem, error: DeliveryError, report: RoundReport) -> None:
        now = self._clock.now()
        if error.kind is FailureKind.RATE_LIMITED:
            until = now + (error.retry_after or backoff(item.attempts))
            self._pacer.pause(item.chat_id, until)
            await self._outbox.postpone(item.id, until)
            report.retrying += 1
        elif error.kind is FailureKind.TRANSIENT:
            await self._outbox.postpone(item.id, now + backoff(item.attempts))
            report.retrying += 1
        else:
            await self._outbox.mark_failed(item.id, error.kind.value)
            report.failed += 1
            log.warning("outbox item %s failed: %s", item.id, error.kind.value)
            if error.kind is FailureKind.RECIPIENT_GONE and self._on_recipient_gone:
                await self._on_recipient_gone(item)
