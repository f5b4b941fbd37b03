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
    attempts: int = 0


class MemoryOutbox:
    """Claimed rows leave the queue until given back or settled (no lease runs out here: the
    simulation never crashes)."""

    def __init__(self, clock: Clock) -> None:
        self._clock = clock
        self._rows: dict[str, _Row] = {}
        self._pending: set[str] = set()
        self._seq = itertools.count()
        # One heap a priority, of (due, arrival, version, id); stale versions are skipped.
        self._queues: dict[Priority, list[tuple[datetime, int, int, str]]] = {
            p: [] for p in Priority
        }
        self._versions: dict[str, int] = {}
        self.on_enqueued: Callable[[], None] = lambda: None

    def pending(self) -> int:
        return len(self._pending)

    def enqueue(self, chat_id: int, message: OutboundMessage, priority: Priority) -> str:
        row_id = f"row{len(self._rows)}"
        kind = ChatKind.GROUP if chat_id < 0 else ChatKind.PRIVATE
        item = OutboxItem(row_id, None, chat_id, kind, message, priority, 0)
        row = _Row(item, self._clock.now(), next(self._seq))
        self._rows[row_id] = row
        self._pending.add(row_id)
        self._queue(row)
        self.on_enqueued()
        return row_id

    def _queue(self, row: _Row) -> None:
        version = self._versions.get(row.item.id, 0) + 1
        self._versions[row.item.id] = version
        entry = (row.not_before, row.seq, version, row.item.id)
        heapq.heappush(self._queues[row.item.priority], entry)

    async def release_leases(self) -> int:
        return 0

    async def claim(self, now: datetime, lease: timedelta, limit: int) -> list[OutboxItem]:
        claimed: list[OutboxItem] = []
        for priority in sorted(Priority):
            queue = self._queues[priority]
            while queue and len(claimed) < limit and queue[0][0] <= now:
                _, _, version, row_id = heapq.heappop(queue)
                if version != self._versions[row_id] or row_id not in self._pending:
                    continue
                self._versions[row_id] += 1  # claimed: out of the queue
                row = self._rows[row_id]
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
        row.not_before = until
        if item_id in self._pending:
            self._queue(row)

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
        dues = [q[0][0] for q in self._queues.values() if q]
        return min(dues) if dues else None
