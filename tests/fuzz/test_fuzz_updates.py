"""At least 10,000 random updates through the real Application (issue 19, item 6): nothing
hangs, nothing stops the bot, and afterwards an SOS still reaches the contact.

`FUZZ_UPDATES` sets how many (`make fuzz` runs 100,000), `FUZZ_SEED` replays a run; the seed
is in the test's output when it fails.
"""

from __future__ import annotations

import asyncio
import copy
import io
import json
import logging
import os
import re
from collections import Counter

import nacl.pwhash
from telegram import Update

from bot.logs import configure_logging
from bot.transport import sanitize_updates
from storage import safety_words
from tests.e2e.alerting import link, network
from tests.e2e.harness import BotHarness
from tests.fuzz.fuzzing import UpdateFuzzer

UPDATES = int(os.environ.get("FUZZ_UPDATES", "10000"))
SEED = int(os.environ.get("FUZZ_SEED", "19"))
BATCH = 100  # as getUpdates hands them over


async def test_ten_thousand_random_updates_do_not_stop_the_bot(
    tmp_path, restore_logging, monkeypatch
):
    print(f"FUZZ_SEED={SEED} FUZZ_UPDATES={UPDATES}")
    # What is fuzzed is the logic, not the durability nor the cost of Argon2id: both are set
    # to their cheapest (the PIN flows hash every PIN typed).
    monkeypatch.setattr(safety_words, "_OPS", nacl.pwhash.argon2id.OPSLIMIT_MIN)
    monkeypatch.setattr(safety_words, "_MEM", nacl.pwhash.argon2id.MEMLIMIT_MIN)
    # The stand-in hash (checked when no word is set) is made once per process: one made by an
    # earlier test with the real costs would make every fuzzed message cost a real Argon2id.
    monkeypatch.setattr(safety_words, "_stand_in", None)
    logs = io.StringIO()
    bot = BotHarness(tmp_path / "data")
    await bot.start()
    await bot.database.set_pragma("synchronous", "OFF")
    try:
        # Alice and Bob are left alone, to show the bot is whole at the end; Dan, Erin and
        # Fay (Dan's contact) get the random updates, and Erin presses what Dan was sent.
        net = await network(bot, coordinators=False)
        dan, erin, fay = (bot.user(name) for name in ("dan", "erin", "fay"))
        for person in (dan, erin):
            await person.send("/start")
        await link(dan, fay, "Fay")
        # Only now: the set-up's own log lines are not what this test is about.
        configure_logging(logging.INFO, [bot.emulator.token], logs)
        bot.auto_deliver = False
        fuzzer = UpdateFuzzer(bot.emulator, [dan, erin, fay], SEED)
        batch: list[object] = []
        fed = 0
        async with asyncio.timeout(max(120, UPDATES / 50)):
            for raw in fuzzer.updates(UPDATES):
                batch.append(raw)
                if len(batch) < BATCH:
                    continue
                fed += await feed(bot, batch)
                batch = []
                if fed % 1000 < BATCH:
                    fuzzer.learn_buttons()
                    await bot.deliver()
            fed += await feed(bot, batch)
        assert fed >= UPDATES * 0.9  # most were readable enough to reach the Application
        # The bot is whole: a real SOS is raised and delivered.
        bot.auto_deliver = True
        await net.alice.send("/sos after the storm")
        assert any("after the storm" in t for t in net.bob.texts())
        logged = logs.getvalue()
        failures = Counter(re.findall(r"update \S+ failed: (\w+ at [^\n]+)", logged))
        print(f"{fed} updates reached the Application; handler failures:")
        for failure, count in failures.most_common():
            print(f"  {count:5d}  {failure}")
        assert "could not be processed" not in logged, logged[-3000:]
        for secret in (bot.emulator.token, "Alice", "after the storm", str(net.alice.id)):
            assert secret not in logged
    finally:
        await bot.stop()


async def feed(bot: BotHarness, batch: list[object]) -> int:
    """One getUpdates batch, as polling would hand it over: sanitized, parsed, processed."""
    payload = json.dumps({"ok": True, "result": batch}).encode()
    readable = json.loads(sanitize_updates(payload))["result"]
    for raw in readable:
        update = Update.de_json(copy.deepcopy(raw), bot.app.bot)
        await bot.app.process_update(update)
    return len(readable)
