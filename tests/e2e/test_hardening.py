"""The smaller hardening items of issue 19 (item 5), through the real bot."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from tests.e2e.alerting import network
from tests.e2e.harness import BotHarness


@pytest.fixture
async def bot(tmp_path) -> AsyncIterator[BotHarness]:
    harness = BotHarness(tmp_path / "data")
    await harness.start()
    yield harness
    await harness.stop()


async def test_sos_words_of_4000_quote_characters_reach_the_contact_whole(bot):
    net = await network(bot, coordinators=False)
    words = '"' * 4000
    await net.alice.send(f"/sos {words}")
    alert = next(t for t in net.bob.texts() if "needs help now" in t)
    assert "{???}" not in alert
    # /sos keeps the first 1,000 characters of the words (handlers/alerts.py), so that the
    # alert fits Telegram's 4,096; every one of those arrives, none turned into "{???}".
    assert f"“{words[:1000]}”" in alert


@pytest.mark.parametrize(("latitude", "longitude"), [(0.0, 100.5), (13.75, 0.0), (0.0, 0.0)])
async def test_a_live_location_moved_onto_the_equator_or_the_meridian_is_delivered(
    bot, latitude, longitude
):
    net = await network(bot, coordinators=False)
    await net.alice.send("/sos")
    shared = await net.alice.send_location(13.75, 100.5, live_period=3600)
    await net.alice.update_live_location(shared["message"]["message_id"], latitude, longitude)
    moved = net.bob.last.location
    assert moved is not None
    assert (moved.latitude, moved.longitude) == (latitude, longitude)


@pytest.mark.parametrize("command", ["/sos", "/wipe", "/checkin", "/start", "/contacts"])
async def test_editing_an_old_message_into_a_command_runs_nothing(bot, command):
    net = await network(bot, coordinators=False)
    sent = await net.alice.send("hello")
    bot_calls = len(bot.emulator.calls)
    texts_of = {name: len(u.texts()) for name, u in (("alice", net.alice), ("bob", net.bob))}
    await net.alice.edit(sent["message"]["message_id"], command)
    assert len(net.alice.texts()) == texts_of["alice"]
    assert len(net.bob.texts()) == texts_of["bob"]
    assert [c.method for c in bot.emulator.calls[bot_calls:]] == []
