"""The one place that reads the time.

Everything else receives a `Clock`, so tests drive time with `FakeClock.advance()` instead of
sleeping, and every stored time is UTC.
"""

from __future__ import annotations

import asyncio
import time
from datetime import UTC, datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    def now(self) -> datetime:
        """The current time, timezone-aware, in UTC."""
        ...

    def monotonic(self) -> float:
        """Seconds on a clock that never goes backwards, for pacing and timeouts."""
        ...

    async def sleep(self, seconds: float) -> None:
        """Wait this long on this clock (the pacer waits for its next slot so)."""
        ...


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)

    def monotonic(self) -> float:
        return time.monotonic()

    async def sleep(self, seconds: float) -> None:
        await asyncio.sleep(seconds)


class FakeClock:
    """A clock that moves only when a test tells it to."""

    def __init__(self, start: datetime | None = None) -> None:
        self._now = start or datetime(2026, 1, 15, 9, 0, tzinfo=UTC)
        if self._now.tzinfo is None:
            raise ValueError("FakeClock needs a timezone-aware start time")
        self._monotonic = 1000.0

    def now(self) -> datetime:
        return self._now

    def monotonic(self) -> float:
        return self._monotonic

    def advance(self, delta: timedelta) -> None:
        if delta < timedelta(0):
            raise ValueError("time never goes backwards")
        self._now += delta
        self._monotonic += delta.total_seconds()

    async def sleep(self, seconds: float) -> None:
        """Waiting on a fake clock moves it on by as much (and lets other tasks run)."""
        if seconds > 0:
            self.advance(timedelta(seconds=seconds))
        await asyncio.sleep(0)

    def set(self, when: datetime) -> None:
        self.advance(when - self._now)


class AdjustableClock:
    """The system clock, which can be moved forward by hand: `make demo`'s `:wait 10m` lets ten
    minutes pass at once, for the bot and the emulator alike (both read this clock).

    Time still flows as usual in between; it never goes backwards.
    """

    def __init__(self, base: Clock | None = None) -> None:
        self._base = base or SystemClock()
        self._offset = timedelta(0)

    @property
    def offset(self) -> timedelta:
        """How far ahead of the base clock this clock runs."""
        return self._offset

    def now(self) -> datetime:
        return self._base.now() + self._offset

    def monotonic(self) -> float:
        return self._base.monotonic() + self._offset.total_seconds()

    async def sleep(self, seconds: float) -> None:
        await self._base.sleep(seconds)

    def advance(self, delta: timedelta) -> None:
        if delta < timedelta(0):
            raise ValueError("time never goes backwards")
        self._offset += delta
