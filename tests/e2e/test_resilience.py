"""Nothing stops the bot but a stop (issue 19, item 2): a storage fault in the duplicate-update
check, update ids Telegram could not send, a Telegram that stops answering at shutdown.

The bot runs as in production (`serve`, long polling, the delivery loop) against the
in-process emulator; the network is set up first through the fast direct path.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest
from telegram import Update

from bot.app import build_application
from bot.emulator.inprocess import EmulatorRequest
from bot.runner import serve
from tests.e2e.harness import BotHarness
from tests.e2e.serving import WITHIN, Serving, serving_bot, sos_texts
from tests.faults import refuse_reads


@pytest.fixture
async def serving(tmp_path) -> AsyncIterator[Serving]:
    async with serving_bot(tmp_path / "data") as running:
        yield running


async def test_a_storage_fault_in_the_duplicate_check_does_not_stop_the_bot(serving):
    services = serving.app.bot_data.services
    assert services is not None
    fault = await refuse_reads(services.database, "processed_updates", times=1)
    await serving.net.alice.send("/sos first")
    await serving.settle()
    assert fault.refused == 1
    await serving.until(lambda: len(sos_texts(serving.net.bob.texts())) == 1)
    await serving.net.alice.send("/start")
    await serving.settle()
    assert serving.net.alice.last_text is not None


async def test_a_duplicate_check_that_keeps_failing_still_lets_the_sos_through(serving):
    services = serving.app.bot_data.services
    assert services is not None
    fault = await refuse_reads(services.database, "processed_updates", times=1000)
    await serving.net.alice.send("/sos")
    await serving.settle()
    await serving.until(lambda: len(sos_texts(serving.net.bob.texts())) == 1)
    assert fault.refused >= 2  # asked again before giving up on the check


@pytest.mark.parametrize(
    "update_id", [[1, 2], {"a": 1}, 2**70, -(2**70), "12", 1.5, None, True], ids=repr
)
async def test_an_update_id_telegram_could_not_send_does_not_stop_the_bot(serving, update_id):
    alice = serving.net.alice
    raw = {
        "update_id": update_id,
        "message": {
            "message_id": 999,
            "date": 0,
            "chat": {"id": alice.id, "type": "private"},
            "from": alice.to_api(),
            "text": "/help",
        },
    }
    # Straight onto the queue the update fetcher reads, as if polling had let it through.
    await serving.app.update_queue.put(Update.de_json(raw, serving.app.bot))
    await serving.app.update_queue.join()
    await alice.send("/sos after the odd update")
    await serving.settle()
    await serving.until(lambda: len(sos_texts(serving.net.bob.texts())) == 1)


async def test_the_delivery_loop_is_started_again_when_it_fails_outside_a_round(serving):
    services, loop = serving.app.bot_data.services, serving.app.bot_data.delivery
    assert services is not None
    assert loop is not None
    await loop.stop()
    # Its first act, releasing the leases of an earlier run, meets a storage fault.
    fault = await refuse_reads(services.database, "outbox", times=1)
    loop.start()
    await serving.net.alice.send("/sos")
    await serving.settle()
    await serving.until(lambda: len(sos_texts(serving.net.bob.texts())) == 1)
    assert fault.refused == 1
    assert loop.supervisor is not None
    assert loop.supervisor.restarts == 1


async def test_the_shutdown_ends_within_its_bound_when_telegram_stops_answering(tmp_path):
    harness = BotHarness(tmp_path / "data")
    app = build_application(
        harness.config,
        harness.clock,
        request=EmulatorRequest(harness.emulator),
        updates_request=EmulatorRequest(harness.emulator),
    )
    stop = asyncio.Event()
    task = asyncio.create_task(serve(app, harness.config.api_url, stop, stage_seconds=0.2))
    async with asyncio.timeout(WITHIN):
        await harness.emulator.wait_for_poll()
    # From now on Telegram answers nothing: the last getUpdates (which confirms what was
    # fetched) and every message hang.
    harness.emulator.stall("getUpdates")
    harness.emulator.stall("sendMessage")
    stop.set()
    async with asyncio.timeout(WITHIN):
        await task
    assert app.bot_data.services is None  # storage was closed all the same
