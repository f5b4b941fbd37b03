"""Every minute: write the bot's sign of life to the database, and, while the bot is ready,
ping BOT_HEARTBEAT_URL. A monitoring service that stops hearing the ping tells a person; the
bot withholds it when not ready, since a bot that cannot send an SOS is down for the people
who rely on it."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable

import aiohttp

from bot.clock import Clock
from bot.health.monitor import HealthMonitor
from storage.liveness import LivenessRepository

log = logging.getLogger(__name__)

PING_TIMEOUT_SECONDS = 10.0

Ping = Callable[[str], Awaitable[None]]


async def http_ping(url: str) -> None:
    timeout = aiohttp.ClientTimeout(total=PING_TIMEOUT_SECONDS)
    async with aiohttp.ClientSession(timeout=timeout) as session, session.get(url) as response:
        response.raise_for_status()


class Heartbeat:
    def __init__(
        self,
        monitor: HealthMonitor,
        liveness: LivenessRepository,
        clock: Clock,
        url: str | None,
        ping: Ping = http_ping,
    ) -> None:
        self._monitor = monitor
        self._liveness = liveness
        self._clock = clock
        self._url = url
        self._ping = ping
        self.pings_sent = 0
        self.pings_withheld = 0
        self.pings_failed = 0

    async def beat(self) -> None:
        try:
            await self._liveness.mark_alive(self._clock.now())
        except Exception as error:  # the heartbeat below still tells the monitor
            log.warning("could not record the sign of life: %s", type(error).__name__)
        if self._url is None:
            return
        readiness = await self._monitor.readiness()
        if not readiness.ready:
            self.pings_withheld += 1
            log.warning(
                "not ready (%s): heartbeat withheld",
                "; ".join(readiness.failing.values()),
            )
            return
        try:
            await self._ping(self._url)
        except Exception as error:  # never the URL: a ping URL is a credential
            self.pings_failed += 1
            log.warning("heartbeat ping failed: %s", type(error).__name__)
            return
        self.pings_sent += 1
