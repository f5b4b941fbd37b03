"""The smaller hardening items of issue 19 (item 5), through the real bot."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from datetime import timedelta

import pytest

from bot.context import BotContext
from handlers.maintenance import purge_old_records
from storage.db import database_files
from storage.links import link_index
from tests.e2e.alerting import link, network
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


def wal_size(bot: BotHarness) -> int:
    wal = bot.database.path.with_name(bot.database.path.name + "-wal")
    return wal.stat().st_size if wal.exists() else 0


def on_disk(bot: BotHarness) -> bytes:
    return b"".join(f.read_bytes() for f in database_files(bot.database.path) if f.exists())


async def ciphertexts(bot: BotHarness, sql: str, params: tuple[object, ...] = ()) -> list[bytes]:
    """Every encrypted value in the rows `sql` selects."""
    async with bot.database.read() as tx:
        rows = await tx.fetchall(sql, params)
    found = [v for row in rows for v in row if isinstance(v, bytes) and len(v) >= 24]
    assert found, sql
    return found


async def test_after_a_purge_nothing_purged_lingers_in_the_wal(bot):
    net = await network(bot, coordinators=False)
    await net.alice.send("/sos at the river crossing")
    await net.alice.send("✅ I'm safe")
    purged = await ciphertexts(bot, "SELECT * FROM alerts") + await ciphertexts(
        bot, "SELECT * FROM outbox"
    )
    bot.clock.advance(timedelta(days=31))
    await purge_old_records(BotContext(bot.app))
    assert await ciphertexts_left(bot, purged) == []
    assert wal_size(bot) == 0


async def ciphertexts_left(bot: BotHarness, values: list[bytes]) -> list[bytes]:
    stored = on_disk(bot)
    return [v for v in values if v in stored]


async def test_after_a_wipe_nothing_wiped_lingers_in_the_database_or_the_wal(bot):
    net = await network(bot, coordinators=False)
    await net.alice.send("/card")
    await net.alice.press("Lawyer's name")
    await net.alice.send("Maria Lopez")
    alice_id = (await bot.app.bot_data.services.users.find(net.alice.id)).id
    wiped = await ciphertexts(bot, "SELECT * FROM users WHERE id = ?", (alice_id,))
    wiped += await ciphertexts(bot, "SELECT * FROM cards")
    # Her links to her contacts: no cascade reaches them, the erasure deletes them itself.
    wiped += await ciphertexts(
        bot,
        "SELECT * FROM contacts WHERE defender_bidx = ?",
        (link_index(bot.database.crypto, "contacts", "defender", alice_id),),
    )
    await net.alice.send("/wipe")
    await net.alice.send("DELETE")
    assert any("has been erased" in t for t in net.alice.texts())
    assert await ciphertexts_left(bot, wiped) == []


CODE = re.compile(r"Safety code: (\d{3} \d{3})")


async def test_the_acceptance_shows_the_defender_the_username_and_a_code_both_sides_see(bot):
    alice = bot.user("alice", first_name="Alice")
    bob = bot.user("bob", first_name="Bob", username="bob_at_the_union")
    await alice.send("/start")
    await link(alice, bob, "Bob")
    await bot.deliver()
    told = next(t for t in alice.texts() if "accepted your invitation" in t)
    assert "@bob_at_the_union" in told
    seen_by_alice = CODE.search(told)
    seen_by_bob = CODE.search(bob.texts()[-1])
    assert seen_by_alice is not None
    assert seen_by_bob is not None
    assert seen_by_alice[1] == seen_by_bob[1]


async def test_an_impostor_with_the_same_name_gets_another_code_and_no_username(bot):
    alice = bot.user("alice", first_name="Alice")
    bob = bot.user("bob", first_name="Bob", username="bob_at_the_union")
    impostor = bot.user("impostor", first_name="Bob")  # copied the display name
    await alice.send("/start")
    await link(alice, bob, "Bob")
    await link(alice, impostor, "Bob too")
    await bot.deliver()
    notices = [t for t in alice.texts() if "accepted your invitation" in t]
    codes = [found[1] for t in notices if (found := CODE.search(t))]
    assert len(set(codes)) == 2
    assert "no Telegram username" in notices[1]
    assert "@bob_at_the_union" not in notices[1]
