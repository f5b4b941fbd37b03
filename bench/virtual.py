"""A simulated clock for benches whose real time would take minutes: an asyncio event loop whose
time jumps to the next timer whenever nothing is ready to run.

Only pure asyncio code may run on it (no threads, no sockets, no database): a wait for a thread
would be skipped over as if it took no time. The pacer, python-telegram-bot's Bot and its
AIORateLimiter, the outbox worker and its loop all run on it unchanged, over an in-memory
outbox and a model of Telegram (bench/telegram_model.py).
"""

from __future__ import annotations

import asyncio
import selectors
from datetime import UTC, datetime, timedelta
from typing import Any

START = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


# Each turn of the loop costs this much simulated time, as a real turn costs real time: code
# that polls until the clock moves (aiolimiter's wake-ups) would otherwise spin for ever.
TURN_S = 1e-6


class _SkippingSelector(selectors.DefaultSelector):
    """Never blocks: a wait of `timeout` seconds is that much simulated time, at once."""

    def __init__(self) -> None:
        super().__init__()
        self.now = 0.0

    def select(self, timeout: float | None = None) -> list[Any]:
        if timeout is None:
            raise RuntimeError("the simulation waits for something that never comes")
        self.now += max(timeout, TURN_S)
        return []


class VirtualLoop(asyncio.SelectorEventLoop):
    def __init__(self) -> None:
        self._skipping = _SkippingSelector()
        super().__init__(self._skipping)

    def time(self) -> float:
        return self._skipping.now


class LoopClock:
    """The bot's `Clock` on the running loop's (simulated) time."""

    def now(self) -> datetime:
        return START + timedelta(seconds=asyncio.get_running_loop().time())

    def monotonic(self) -> float:
        return asyncio.get_running_loop().time()

    async def sleep(self, seconds: float) -> None:
        await asyncio.sleep(seconds)


def run_simulated(main: Any) -> Any:
    """Run the coroutine `main` to its end on simulated time."""
    loop = VirtualLoop()
    try:
        return loop.run_until_complete(main)
    finally:
        loop.close()
