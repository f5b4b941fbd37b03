"""The bot as it runs for real: long polling through `serve`, against the in-process emulator."""

import asyncio
import json
from collections.abc import AsyncIterator
from dataclasses import dataclass

import pytest

from bot.app import build_application
from bot.context import BotApplication
from bot.emulator.core import BotApiEmulator
from bot.emulator.inprocess import EmulatorRequest
from bot.runner import serve
from bot.transport import sanitize_updates
from tests.e2e.harness import BotHarness


@dataclass
class PollingBot:
    harness: BotHarness
    app: BotApplication

    @property
    def emulator(self) -> BotApiEmulator:
        return self.harness.emulator

    async def settle(self) -> None:
        """Wait until every update sent so far has been fetched and fully handled."""
        async with asyncio.timeout(10):
            await self.emulator.wait_until_fetched()
            await self.app.update_queue.join()


@pytest.fixture
async def polling_bot(tmp_path) -> AsyncIterator[PollingBot]:
    harness = BotHarness(tmp_path / "data")
    app = build_application(
        harness.config,
        harness.clock,
        request=EmulatorRequest(harness.emulator),
        updates_request=EmulatorRequest(harness.emulator),
    )
    stop = asyncio.Event()
    task = asyncio.create_task(serve(app, harness.config.api_url, stop))
    async with asyncio.timeout(10):
        await harness.emulator.wait_for_poll()
    yield PollingBot(harness, app)
    stop.set()
    async with asyncio.timeout(10):
        await task


async def test_the_polling_bot_answers(polling_bot):
    alice = polling_bot.harness.user("alice", first_name="Alice")
    await alice.send("/start")
    await polling_bot.settle()
    assert alice.texts()[0].startswith("Welcome, Alice.")


async def test_an_unreadable_update_is_skipped_and_polling_goes_on(polling_bot, caplog):
    await polling_bot.emulator.deliver_raw("message", {"text": "no chat, no date, no id"})
    alice = polling_bot.harness.user("alice", first_name="Alice")
    await alice.send("/start")
    await polling_bot.settle()
    assert alice.texts()[0].startswith("Welcome, Alice.")
    assert polling_bot.emulator.pending_updates == []
    assert any("unreadable" in record.getMessage() for record in caplog.records)


GOOD_UPDATE = {
    "update_id": 2,
    "message": {"message_id": 1, "date": 0, "chat": {"id": 5, "type": "private"}},
}


def test_sanitizing_keeps_good_updates_and_empties_bad_ones():
    batch = [{"update_id": 1, "message": {"oops": 1}}, GOOD_UPDATE, {"no_id": True}]
    payload = json.dumps({"ok": True, "result": batch}).encode()
    assert json.loads(sanitize_updates(payload))["result"] == [{"update_id": 1}, GOOD_UPDATE]


@pytest.mark.parametrize("payload", [b"not json", b'{"ok": false, "error_code": 409}', b"[1, 2]"])
def test_sanitizing_leaves_other_payloads_alone(payload):
    assert sanitize_updates(payload) == payload
