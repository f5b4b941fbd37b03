"""After an outage (issue 16, item 4): check-ins that waited at Telegram count from when they
were sent, and each defender whose missed check-in fell due while the bot was down is told that
their contacts heard late."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta

import pytest

from bot.app import build_application
from bot.emulator.inprocess import EmulatorRequest
from bot.runner import detect_outage, serve
from bot.services.checkins import checked_in_at
from tests.e2e.alerting import ADMIN_ID, network
from tests.e2e.harness import BotHarness
from tests.e2e.serving import WITHIN


@pytest.fixture
async def bot(tmp_path) -> AsyncIterator[BotHarness]:
    harness = BotHarness(tmp_path / "data", BOT_ADMINS=ADMIN_ID)
    await harness.start()
    yield harness
    await harness.stop()


async def down_for(bot: BotHarness, down: timedelta) -> None:
    """The bot says it is alive, stops, and starts again `down` later, as `serve` would."""
    heartbeat = bot.app.bot_data.heartbeat
    assert heartbeat is not None
    await heartbeat.beat()
    await bot.stop()
    bot.clock.advance(down)
    await bot.start()
    services = bot.app.bot_data.services
    assert services is not None
    services.checkins.outage = await detect_outage(services)
    await bot.advance(timedelta(0))  # the start-up catch-up


def told_of_outage(person) -> list[str]:
    return [t for t in person.texts() if "could not run from" in t]


async def test_a_check_in_missed_during_an_outage_tells_the_defender_contacts_heard_late(bot):
    net = await network(bot)
    await net.alice.send("/schedule every 1h")
    await down_for(bot, timedelta(hours=3))
    assert any("missed a safety check-in" in t for t in net.bob.texts())
    (notice,) = told_of_outage(net.alice)
    assert "alerted late" in notice
    assert told_of_outage(net.bob) == []


async def test_a_quick_restart_is_no_outage(bot):
    net = await network(bot)
    await net.alice.send("/schedule every 1h")
    await down_for(bot, timedelta(minutes=2))
    await bot.advance(timedelta(hours=2))
    assert any("missed a safety check-in" in t for t in net.bob.texts())
    assert told_of_outage(net.alice) == []


async def test_a_check_in_that_falls_due_after_the_outage_is_not_called_late(bot):
    net = await network(bot)
    await net.alice.send("/schedule every 2h")
    await down_for(bot, timedelta(minutes=30))
    assert not any("missed a safety check-in" in t for t in net.bob.texts())
    await bot.advance(timedelta(hours=3))
    assert any("missed a safety check-in" in t for t in net.bob.texts())
    assert told_of_outage(net.alice) == []


async def test_the_outage_notice_is_neutral_in_disguise(bot):
    net = await network(bot)
    await net.alice.send("/schedule every 1h")
    await net.alice.send("/settings")
    await net.alice.press("🎭 Disguise: turn on")
    await down_for(bot, timedelta(hours=3))
    notices = [t for t in net.alice.texts() if "was down from" in t]
    assert len(notices) == 1
    assert "alert" not in notices[0].lower()
    assert "contact" not in notices[0].lower()


async def test_the_outage_is_logged_as_times_only(bot, caplog):
    net = await network(bot)
    await net.alice.send("/schedule every 1h")
    with caplog.at_level("WARNING"):
        await down_for(bot, timedelta(hours=3))
    lines = [r.getMessage() for r in caplog.records if "was down for" in r.getMessage()]
    assert len(lines) == 1
    assert "Alice" not in lines[0]
    assert str(net.alice.id) not in lines[0]


def missed(person) -> bool:
    return any("missed a safety check-in" in t for t in person.texts())


async def test_a_check_in_sent_while_the_bot_was_down_counts_from_when_it_was_sent(tmp_path):
    harness = BotHarness(tmp_path / "data")
    await harness.start()
    net = await network(harness, coordinators=False)
    await net.alice.send("/schedule every 1h")
    await harness.stop()
    harness.clock.advance(timedelta(minutes=50))
    for _ in range(30):  # others wrote too: the check-in is far down the backlog
        await net.carol.send("/help")
    await net.alice.send("/checkin")  # waits at Telegram: nobody polls
    harness.clock.advance(timedelta(minutes=65))  # the old due time and its grace have passed
    app = build_application(
        harness.config,
        harness.clock,
        request=EmulatorRequest(harness.emulator),
        updates_request=EmulatorRequest(harness.emulator),
    )
    stop = asyncio.Event()
    task = asyncio.create_task(serve(app, harness.config.api_url, stop))
    try:
        async with asyncio.timeout(WITHIN):
            await app.bot_data.running.wait()
        reply = next(t for t in reversed(net.alice.texts()) if "Checked in" in t)
        assert "Next check-in due by 2026-01-15 10:50" in reply  # an hour after it was sent
        assert not missed(net.bob)
    finally:
        stop.set()
        async with asyncio.timeout(WITHIN):
            await task


def test_a_check_in_counts_from_when_it_was_sent_only_if_it_waited():
    now = datetime(2026, 12, 6, 12, 0, tzinfo=UTC)
    assert checked_in_at(now, None, None) == now
    assert checked_in_at(now, now - timedelta(seconds=3), None) == now  # read as sent
    waited = now - timedelta(minutes=40)
    assert checked_in_at(now, waited, None) == waited
    assert checked_in_at(now, waited, now - timedelta(minutes=10)) == now - timedelta(minutes=10)
    assert checked_in_at(now, now + timedelta(minutes=5), None) == now  # never in the future
