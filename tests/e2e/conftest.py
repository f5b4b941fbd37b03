from collections.abc import AsyncIterator

import pytest

from tests.e2e.harness import BotHarness


@pytest.fixture
async def bot(tmp_path) -> AsyncIterator[BotHarness]:
    harness = BotHarness(tmp_path / "data")
    await harness.start()
    yield harness
    await harness.stop()
