"""Nobody waits behind somebody else (issue 15): updates come through the application's own
queue, as polling puts them there, and one person's flood of costly messages does not hold
back another person's SOS."""

import asyncio
import contextlib
from collections.abc import AsyncIterator
from typing import Any

import pytest
from telegram import Update

from tests.e2e.alerting import ADMIN_ID, network, set_word
from tests.e2e.harness import BotHarness


@pytest.fixture
async def bot(tmp_path) -> AsyncIterator[BotHarness]:
    harness = BotHarness(tmp_path / "data", BOT_ADMINS=ADMIN_ID)
    await harness.start()
    yield harness
    await harness.stop()


def through_the_queue(bot: BotHarness) -> None:
    """From now on updates wait in the application's queue, as getUpdates leaves them."""
    app = bot.app

    async def queue(raw: dict[str, Any]) -> None:
        await app.update_queue.put(Update.de_json(raw, app.bot))

    bot.emulator.set_update_sink(queue)


async def _eventually(condition, turns: int = 5_000) -> bool:
    for _ in range(turns):
        if await condition():
            return True
        await asyncio.sleep(0)
    return False


async def test_an_sos_behind_another_persons_flood_is_not_queued_behind_its_work(bot):
    net = await network(bot)
    dave = bot.user("dave", first_name="Dave")
    await dave.send("/start")
    await set_word(dave, "🔐 Safety PIN", "4812")
    await set_word(dave, "🗝 Duress word", "green lake", pin="4812")
    replies_to_dave = len(dave.inbox)
    app = bot.app
    work = app.bot_data.services.pins.words.work
    checks_before = work.done
    through_the_queue(bot)
    async with contextlib.AsyncExitStack() as held:
        # Every place for Argon2id work is taken: Dave's messages, each of which costs two
        # checks, cannot get anywhere until they are let go.
        for n in range(work.slots):
            await held.enter_async_context(work.slot(f"someone else {n}"))
        for n in range(200):
            await dave.send(f"are you there {n}")
        await net.alice.send("/sos")
        fetcher = asyncio.create_task(app._update_fetcher())

        async def raised() -> bool:
            return bool(await app.bot_data.services.alerts.open_alerts())

        assert await _eventually(raised), "the SOS waited behind the flood"
        assert work.done == checks_before  # not one of Dave's checks ran before it
        await bot.deliver()
        assert "SOS: Alice" in net.bob.last_text
        assert "SOS sent" in " ".join(net.alice.texts())
        assert len(dave.inbox) == replies_to_dave
        for task in asyncio.all_tasks():
            if task.get_name() == "update":  # Dave's flood, still waiting: not for this test
                task.cancel()
    await app.update_queue.put(object())  # an update nobody can handle, then stop
    fetcher.cancel()
    await asyncio.gather(fetcher, return_exceptions=True)


async def test_one_persons_updates_through_the_queue_are_handled_in_order(bot):
    alice = bot.user("alice", first_name="Alice")
    others = [bot.user(f"p{n}", first_name=f"P{n}") for n in range(5)]
    await alice.send("/card")
    await alice.press("Lawyer's name")
    through_the_queue(bot)
    await alice.send("Maria Lopez")  # the answer to the step: saved...
    for person in others:
        await person.send("/start")
    await alice.send("/card")  # ...before the card is shown again (else the step ends)
    fetcher = asyncio.create_task(bot.app._update_fetcher())
    await bot.app.update_queue.join()
    fetcher.cancel()
    await asyncio.gather(fetcher, return_exceptions=True)
    assert "✅ Saved" in alice.inbox[-2].text  # the answer was taken first
    assert "1 of 10 fields filled" in alice.last_text
    assert all(person.texts() for person in others)
