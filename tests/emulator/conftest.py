from collections.abc import AsyncIterator

import pytest

from bot.clock import FakeClock
from bot.emulator.core import BotApiEmulator
from tests.emulator.tinybot import TinyBot, UpdateFeeder, build_tiny_bot


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def emu(clock: FakeClock) -> BotApiEmulator:
    return BotApiEmulator(now=clock.now)


@pytest.fixture
async def tiny(emu: BotApiEmulator) -> AsyncIterator[TinyBot]:
    """The tiny bot, initialised, with updates handed straight to process_update."""
    bot = build_tiny_bot(emu)
    await bot.app.initialize()
    emu.set_update_sink(UpdateFeeder(bot))
    yield bot
    emu.set_update_sink(None)
    await bot.app.shutdown()
    assert bot.errors == []
