"""The bot as it runs in production (`serve`: long polling, the delivery loop) against the
in-process emulator, with a network (Alice; Bob in tier 1, Carol in tier 2) set up first
through the fast direct path."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from pathlib import Path

from bot.app import build_application
from bot.context import BotApplication
from bot.emulator.core import BotApiEmulator
from bot.emulator.inprocess import EmulatorRequest
from bot.emulator.models import BotMessageEvent
from bot.emulator.users import ScriptedUser
from bot.runner import serve
from tests.e2e.alerting import Network, network
from tests.e2e.harness import BotHarness

WITHIN = 10.0  # seconds; every wait below ends as soon as what it waits for happens


@dataclass
class Serving:
    harness: BotHarness
    app: BotApplication
    net: Network
    stop: asyncio.Event
    task: asyncio.Task[None]

    async def settle(self) -> None:
        async with asyncio.timeout(WITHIN):
            await self.harness.emulator.wait_until_fetched()
            await self.app.update_queue.join()

    async def until(self, predicate: Callable[[], bool]) -> None:
        await until_sent(self.harness.emulator, predicate)


async def until_sent(emulator: BotApiEmulator, predicate: Callable[[], bool]) -> None:
    """Return once `predicate()` holds, checking whenever the bot sends something."""
    changed = asyncio.Event()

    def listener(event: BotMessageEvent) -> None:
        changed.set()

    emulator.add_listener(listener)
    try:
        async with asyncio.timeout(WITHIN):
            while not predicate():
                await changed.wait()
                changed.clear()
    finally:
        emulator.remove_listener(listener)


def sos_texts(texts: list[str]) -> list[str]:
    return [t for t in texts if "needs help now" in t]


@contextlib.asynccontextmanager
async def serving_bot(
    data_dir: Path, *, admin_language: str = "en", **env: str
) -> AsyncIterator[Serving]:
    """The first scripted user ("coordinator", Cora) exists and has started the bot, so she
    can be made an admin with BOT_ADMINS=111000001."""
    harness = BotHarness(data_dir, **env)
    await harness.start()
    cora: ScriptedUser = harness.user(
        "coordinator", first_name="Cora", language_code=admin_language
    )
    await cora.send("/start")
    net = await network(harness, coordinators=False)
    await harness.stop()
    app = build_application(
        harness.config,
        harness.clock,
        request=EmulatorRequest(harness.emulator),
        updates_request=EmulatorRequest(harness.emulator),
    )
    stop = asyncio.Event()
    task = asyncio.create_task(serve(app, harness.config.api_url, stop))
    async with asyncio.timeout(WITHIN):
        await harness.emulator.wait_for_poll()
    try:
        yield Serving(harness, app, net, stop, task)
    finally:
        stop.set()
        async with asyncio.timeout(WITHIN):
            await task
