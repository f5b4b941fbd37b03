"""The outbox's surface the delivery worker and its loop use, in memory, for benches on the
simulated clock (the real one waits for SQLite's thread, which simulated time cannot).

Rows are claimed as the real outbox claims them: due, most urgent first, then by due time,
then in the order they came, each with a lease.
"""

from __future__ import annotations

import heapq
import itertools
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from bot.clock import Clock
from bot.domain.outbound import ChatKind, OutboundMessage, OutboxItem, Priority


@dataclass
class _Row:
    item: OutboxItem
    not_before: datetime
    seq: int
    state: str = "pending"
    lease_until: datetime | None = None
    attempts: int = 0


class MemoryOutbox:
    def __init__(self, clock: Clock) -> None:
        self._clock = clock
        self._rows: dict[str, _Row] = {}
        self._pending: set[str] = set()
        self._seq = itertools.count()
        self.on_enqueued: Callable[[], None] = lambda: None
        self.enqueued_at: dict[str, datetime] = {}

    def pending(self) -> int:
        return len(self._pending)

    def enqueue(self, chat_id: int, message: OutboundMessage, priority: Priority) -> str:
        row_id = f"row{len(self._rows)}"
        kind = ChatKind.GROUP if chat_id < 0 else ChatKind.PRIVATE
        item = OutboxItem(row_id, None, chat_id, kind, message, priority, 0)
        now = self._clock.now()
        self._rows[row_id] = _Row(item, now, next(self._seq))
        self._pending.add(row_id)
        self.enqueued_at[row_id] = now
        self.on_enqueued()
        return row_id

    async def release_leases(self) -> int:
        return 0

    async def claim(self, now: datetime, lease: timedelta, limit: int) -> list[OutboxItem]:
        due = [
            row
            for row in (self._rows[i] for i in self._pending)
            if row.not_before <= now and (row.lease_until is None or row.lease_until <= now)
        ]
        chosen = heapq.nsmallest(limit, due, key=lambda r: (r.item.priority, r.not_before, r.seq))
        claimed = []
        for row in chosen:
            row.lease_until = now + lease
            row.attempts += 1
            item = row.item
            claimed.append(
                OutboxItem(
                    item.id,
                    None,
                    item.chat_id,
                    item.chat_kind,
                    item.message,
                    item.priority,
                    row.attempts,
                )
            )
        return claimed

    async def give_back(self, item_id: str, until: datetime, *, tried: bool) -> None:
        row = self._rows[item_id]
        row.not_before, row.lease_until = until, None

    async def mark_sent(self, item_id: str, message_id: int) -> bool:
        return self._settle(item_id, "sent")

    async def mark_failed(self, item_id: str, reason: str) -> None:
        self._settle(item_id, "failed")

    def _settle(self, item_id: str, state: str) -> bool:
        row = self._rows[item_id]
        if row.state != "pending":
            return False
        row.state = state
        self._pending.discard(item_id)
        return True

    async def sent_message_id(self, item_id: str) -> int | None:
        return None

    async def state_of(self, item_id: str) -> str | None:
        row = self._rows.get(item_id)
        return row.state if row else None

    async def next_due(self) -> datetime | None:
        dues = [self._rows[i].not_before for i in self._pending]
        return min(dues) if dues else None
