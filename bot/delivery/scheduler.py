"""The one scheduler every message the bot sends, edits or deletes waits at (`PacedRequest`).

A call asks for a permit in its lane (`bot.delivery.lanes`). It goes at once when nobody is
waiting and the limits allow; otherwise it queues, and one dispatcher hands out permits in lane
order (distress first), each as soon as the limits for its chat and overall allow. A waiter held
only by its own chat (a private chat's one a second, a paused chat) does not hold back waiters
for other chats: the overall slots go to whoever may use them, most urgent first.
"""

from __future__ import annotations

import asyncio
import bisect
import contextlib
import itertools
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from bot.clock import Clock
from bot.delivery.lanes import Lane
from bot.delivery.pacing import Limits, Pacer


@dataclass(order=True)
class _Waiter:
    lane: Lane
    seq: int
    chat_id: int | None = field(compare=False)
    granted: asyncio.Future[None] = field(compare=False)

    @property
    def is_group(self) -> bool:
        return is_group_chat(self.chat_id)


def is_group_chat(chat_id: int | None) -> bool:
    """Telegram's group, supergroup and channel ids are negative; people's are positive."""
    return chat_id is not None and chat_id < 0


@dataclass
class PacerStats:
    granted: int = 0
    waited: int = 0  # permits that were not free at once
    rate_limited: int = 0  # 429s Telegram answered all the same
    by_lane: dict[Lane, int] = field(default_factory=dict)


class SendScheduler:
    def __init__(self, clock: Clock, limits: Limits | None = None) -> None:
        self.clock = clock
        self._pacer = Pacer(limits)
        self._waiting: list[_Waiter] = []  # in lane order, then arrival
        self._seq = itertools.count()
        self._dispatcher: asyncio.Task[None] | None = None
        self._arrived: asyncio.Event | None = None
        self.stats = PacerStats()

    @property
    def limits(self) -> Limits:
        return self._pacer.limits

    def waiting(self) -> list[Lane]:
        """The lanes of the calls waiting now, in the order they will be looked at."""
        return [w.lane for w in self._waiting if not w.granted.done()]

    async def permit(self, chat_id: int | None, lane: Lane) -> None:
        """Returns when a call to `chat_id` in `lane` may go; its slot is then taken."""
        now = self.clock.now()
        group = is_group_chat(chat_id)
        distress = lane is Lane.DISTRESS
        if (
            not self._ahead_of(lane)
            and self._pacer.earliest(chat_id, group, now, distress=distress) <= now
        ):
            self._grant(chat_id, group, lane, now)
            return
        waiter = _Waiter(lane, next(self._seq), chat_id, asyncio.get_running_loop().create_future())
        bisect.insort(self._waiting, waiter)
        self.stats.waited += 1
        self._wake()
        try:
            await waiter.granted
        finally:
            if not waiter.granted.done():
                waiter.granted.cancel()
            with contextlib.suppress(ValueError):
                self._waiting.remove(waiter)

    def chat_free_at(self, chat_id: int, *, distress: bool = False) -> datetime:
        """When the chat's own limits (or a pause) let it have its next message: the outbox
        worker gives a row back until then rather than queue it here behind a RetryAfter."""
        now = self.clock.now()
        return self._pacer.chat_free(chat_id, is_group_chat(chat_id), now, distress=distress)

    def chat_delay(self, chat_id: int, *, distress: bool = False) -> timedelta:
        """How long from now the chat is held (see `chat_free_at`)."""
        return self.chat_free_at(chat_id, distress=distress) - self.clock.now()

    def rate_limited(self, chat_id: int | None, seconds: float) -> None:
        """Telegram answered 429: pause that chat, or, for a call concerning no chat,
        everything but distress."""
        self.stats.rate_limited += 1
        until = self.clock.now() + timedelta(seconds=max(seconds, 0.0))
        if chat_id is None:
            self._pacer.pause_all(until)
        else:
            self._pacer.pause(chat_id, until)
        self._wake()

    def _ahead_of(self, lane: Lane) -> bool:
        return any(w.lane <= lane and not w.granted.done() for w in self._waiting)

    def _grant(self, chat_id: int | None, group: bool, lane: Lane, now: datetime) -> None:
        self._pacer.record(chat_id, group, now)
        self.stats.granted += 1
        self.stats.by_lane[lane] = self.stats.by_lane.get(lane, 0) + 1

    def _wake(self) -> None:
        if self._arrived is None:
            self._arrived = asyncio.Event()
        self._arrived.set()
        if self._dispatcher is None or self._dispatcher.done():
            self._dispatcher = asyncio.create_task(self._dispatch(), name="pacer")

    async def _dispatch(self) -> None:
        assert self._arrived is not None
        while self._waiting:
            self._arrived.clear()
            now = self.clock.now()
            next_at: datetime | None = None
            for waiter in list(self._waiting):
                if waiter.granted.done():
                    self._waiting.remove(waiter)
                    continue
                distress = waiter.lane is Lane.DISTRESS
                at = self._pacer.earliest(waiter.chat_id, waiter.is_group, now, distress=distress)
                if at <= now:
                    self._waiting.remove(waiter)
                    self._grant(waiter.chat_id, waiter.is_group, waiter.lane, now)
                    waiter.granted.set_result(None)
                elif next_at is None or at < next_at:
                    next_at = at
            if next_at is None:
                await asyncio.sleep(0)  # the granted run before the next look
                continue
            await self._until(next_at - now)

    async def _until(self, wait: timedelta) -> None:
        """Sleep on the clock until `wait` has passed or a new waiter came (it may be more
        urgent, or free at once)."""
        assert self._arrived is not None
        sleeping = asyncio.create_task(self.clock.sleep(wait.total_seconds()))
        arrival = asyncio.create_task(self._arrived.wait())
        try:
            await asyncio.wait({sleeping, arrival}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            for task in (sleeping, arrival):
                task.cancel()
