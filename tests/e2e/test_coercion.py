"""A captor holding the defender's unlocked phone: with a safety PIN set, nothing that ends or
weakens protection happens without it; wrong PINs warn the contacts and lock the prompts; the
duress word at any prompt shows success and raises the alarm. Through the real bot."""

from collections.abc import AsyncIterator
from datetime import timedelta

import pytest

from tests.e2e.alerting import ADMIN_ID, group_texts, network, set_word
from tests.e2e.harness import BotHarness

PIN = "4711"
DURESS = "blue heron"
WARNING = "Several wrong safety-PIN attempts on Alice's account"


@pytest.fixture
async def bot(tmp_path) -> AsyncIterator[BotHarness]:
    harness = BotHarness(tmp_path / "data", BOT_ADMINS=ADMIN_ID)
    await harness.start()
    yield harness
    await harness.stop()


async def open_alerts(bot: BotHarness) -> list:
    return [alert for alert, _ in await bot.app.bot_data.services.alerts.open_alerts()]


async def contact_tiers(bot: BotHarness, alice) -> dict[str, int]:
    services = bot.app.bot_data.services
    defender = await services.users.find(alice.id)
    listed = await services.contacts.list_for_defender(defender)
    return {c.label: c.tier for c in listed.contacts}


async def test_a_captor_without_the_pin_can_stand_nothing_down(bot):
    net = await network(bot)
    alice = net.alice
    await set_word(alice, "🔐 Safety PIN", PIN)
    await alice.send("/schedule every 1h")
    await alice.send("/sos")
    seen = len(alice.inbox)
    guesses = iter(["2580", "1357", "9021", "7777x", "0852"])

    # Every stand-down asks for the PIN, and a wrong one changes nothing.
    async def refused(*steps: str, press: bool = False) -> None:
        for step in steps:
            await (alice.press(step) if press else alice.send(step))
        if "Too many wrong PINs" in alice.last_text:
            return  # after five wrong guesses the prompts are locked
        assert "safety PIN" in alice.last_text, alice.last_text
        await alice.send(next(guesses))
        assert "not your safety PIN" in alice.last_text or "Too many" in alice.last_text
        await alice.send("/cancel")

    await refused("↩️ False alarm: cancel", press=True)
    await refused("✅ I'm safe")  # a check-in still counts (it ends a one-off deadline)
    await alice.send("/checkin_by 23:00")
    await refused("/pause 1d")
    await refused("/schedule off")
    await refused("/checkin_by off")
    await alice.send("/settings")
    await refused("🔐 Safety PIN", press=True)
    await alice.send("/contacts")
    await alice.press("Remove Bobby")
    await refused("Yes, remove", press=True)
    await alice.send("/contacts")
    await refused("Bobby: to tier 2", press=True)

    assert len(await open_alerts(bot)) == 1
    await alice.send("/status")
    assert "every 1h" in alice.last_text
    assert "Paused" not in alice.last_text
    assert "One-off deadline" in alice.last_text
    assert await contact_tiers(bot, alice) == {"Bobby": 1, "Carol C": 2}
    # The contacts heard of the wrong PINs; the phone shows nothing of it.
    assert sum(WARNING in text for text in net.bob.texts()) == 1
    assert any(WARNING in text for text in group_texts(bot, net.group)) is False
    for giveaway in ("Several wrong", "warned", "Bobby has been", "under pressure"):
        assert all(giveaway not in text for text in alice.texts()[seen:]), giveaway
    # The real PIN still closes the alert (the prompts were locked by the fifth guess: wait).
    await bot.advance(timedelta(minutes=16))
    await alice.send("✅ I'm safe")
    await alice.send(PIN)
    assert await open_alerts(bot) == []
    assert "closed the alert with their safety PIN" in net.bob.last_text


async def test_three_wrong_pins_warn_tier_one_when_no_alert_is_open(bot):
    net = await network(bot)
    await set_word(net.alice, "🔐 Safety PIN", PIN)
    await net.alice.send("/pause 1d")
    for guess in ("2580", "1357"):
        await net.alice.send(guess)
    assert not any(WARNING in t for t in net.bob.texts())
    await net.alice.send("9021")
    assert "not your safety PIN" in net.alice.last_text
    assert WARNING in net.bob.last_text
    assert not any(WARNING in t for t in net.carol.texts())  # tier 2 is not bothered yet


async def test_five_wrong_pins_lock_every_prompt_but_the_duress_word_still_alerts(bot):
    net = await network(bot)
    await set_word(net.alice, "🔐 Safety PIN", PIN)
    await set_word(net.alice, "🗝 Duress word", DURESS, pin=PIN)
    await net.alice.send("/pause 1d")
    for guess in ("2580", "1357", "9021", "8642", "5555x"):
        await net.alice.send(guess)
    assert "Too many wrong PINs" in net.alice.last_text
    await net.alice.send("/pause 1d")
    assert "Too many wrong PINs" in net.alice.last_text
    await net.alice.send("/pause 1d")  # even the right PIN is refused while locked
    assert "Too many wrong PINs" in net.alice.last_text
    await bot.advance(timedelta(minutes=15))
    await net.alice.send("/pause 1d")
    await net.alice.send(DURESS)
    assert "Paused until" in net.alice.last_text  # what the real PIN would show
    assert any("Alice" in t for t in group_texts(bot, net.group)[-2:])
    assert len(await open_alerts(bot)) == 1


async def test_a_pin_is_typed_twice_and_the_commonest_are_refused(bot):
    net = await network(bot)
    alice = net.alice
    await alice.send("/settings")
    await alice.press("🔐 Safety PIN")
    await alice.send("1234")
    assert "among the first anyone would guess" in alice.last_text
    await alice.send("4711")
    assert "once more" in alice.last_text
    await alice.send("4712")
    assert "did not match" in alice.last_text
    await alice.send("4711")
    await alice.send("4711")
    assert alice.last_text.startswith("🔐 Your safety PIN is saved")
    assert all(m.text not in ("1234", "4711", "4712") for m in alice.inbox)


async def test_changing_the_pin_takes_the_current_one_first(bot):
    net = await network(bot)
    await set_word(net.alice, "🔐 Safety PIN", PIN)
    await set_word(net.alice, "🔐 Safety PIN", "8812", pin=PIN)
    assert net.alice.last_text.startswith("🔐 Your safety PIN is saved")
    await net.alice.send("/sos")
    await net.alice.send("✅ I'm safe")
    await net.alice.send(PIN)
    assert "not your safety PIN" in net.alice.last_text
    await net.alice.send("8812")
    assert await open_alerts(bot) == []


async def test_a_pin_set_under_duress_alerts_when_the_captor_uses_it(bot):
    net = await network(bot)
    await set_word(net.alice, "🔐 Safety PIN", PIN)
    await set_word(net.alice, "🗝 Duress word", DURESS, pin=PIN)
    # The captor makes Alice open the PIN setting; she gives the duress word, not the PIN.
    await set_word(net.alice, "🔐 Safety PIN", "6390", pin=DURESS)
    assert net.alice.last_text.startswith("🔐 Your safety PIN is saved")
    (duress_alert,) = await open_alerts(bot)  # the duress word raised the alarm
    assert duress_alert.is_duress
    assert any("Alice" in t for t in net.bob.texts()[-2:])
    # Later the captor closes an SOS with "their" PIN: the screen says closed, it is not.
    await net.alice.send("/sos")
    await net.alice.send("✅ I'm safe")
    await net.alice.send("6390")
    assert "Your alert is closed" in net.alice.last_text
    assert any("may have been forced" in t for t in net.bob.texts())
    assert len(await open_alerts(bot)) == 2
    # Alice's own PIN still works, and closes everything.
    await net.alice.send(f"/checkin {PIN}")
    assert await open_alerts(bot) == []


async def test_the_duress_word_at_a_prompt_shows_exactly_what_the_pin_shows(tmp_path):
    transcripts = []
    for word in (PIN, DURESS):
        harness = BotHarness(tmp_path / f"run-{word}", BOT_ADMINS=ADMIN_ID)
        await harness.start()
        try:
            net = await network(harness)
            await set_word(net.alice, "🔐 Safety PIN", PIN)
            await set_word(net.alice, "🗝 Duress word", DURESS, pin=PIN)
            await net.alice.send("/schedule every 2h")
            before = len(net.alice.inbox)
            await net.alice.send("/pause 1d")
            await net.alice.send(word)
            await harness.advance(timedelta(minutes=20))
            await net.alice.send("/status")
            transcripts.append([(m.text, m.buttons) for m in net.alice.inbox[before:]])
            alerted = any("Alice" in t for t in group_texts(harness, net.group))
            assert alerted is (word == DURESS)
        finally:
            await harness.stop()
    assert transcripts[0] == transcripts[1]


async def test_the_duress_word_at_the_false_alarm_prompt_shows_it_cancelled_and_keeps_it(bot):
    net = await network(bot)
    await set_word(net.alice, "🔐 Safety PIN", PIN)
    await set_word(net.alice, "🗝 Duress word", DURESS, pin=PIN)
    await net.alice.send("/sos")
    await net.alice.press("↩️ False alarm: cancel")
    await net.alice.send(DURESS)
    assert "Cancelled" in net.alice.last_text
    (alert,) = await open_alerts(bot)
    assert alert.possible_coercion
    assert "may have been forced" in net.bob.last_text


async def test_a_false_alarm_with_the_pin_is_cancelled_and_says_so(bot):
    net = await network(bot)
    await set_word(net.alice, "🔐 Safety PIN", PIN)
    await net.alice.send("/sos")
    await net.alice.press("↩️ False alarm: cancel")
    assert await open_alerts(bot) != []
    await net.alice.send(PIN)
    assert "Cancelled" in net.alice.last_text
    assert await open_alerts(bot) == []
    assert "cancelled the alert with their safety PIN" in net.bob.last_text


async def test_checking_in_with_the_pin_closes_a_duress_alert_and_looks_like_any_check_in(bot):
    net = await network(bot)
    await set_word(net.alice, "🔐 Safety PIN", PIN)
    await set_word(net.alice, "🗝 Duress word", DURESS, pin=PIN)
    await net.alice.send(f"/checkin {DURESS}")
    duress_screen = net.alice.last_text
    assert len(await open_alerts(bot)) == 1
    await net.alice.send(f"/checkin {PIN}")
    assert net.alice.last_text.split(" at ")[0] == duress_screen.split(" at ")[0]
    assert await open_alerts(bot) == []
    assert "closed the alert with their safety PIN" in net.bob.last_text
    assert all(PIN not in (m.text or "") for m in bot.emulator.chat_messages(net.alice.id))


async def test_a_contact_steps_down_during_an_open_alert_only_with_their_own_pin(bot):
    net = await network(bot)
    await set_word(net.bob, "🔐 Safety PIN", "2468")
    await net.alice.send("/sos")
    await net.bob.send("/contacts")
    await net.bob.press("Step down: Alice")
    await net.bob.press("Yes, step down")
    assert "safety PIN" in net.bob.last_text
    await net.bob.send("9999x")
    await net.bob.send("/cancel")
    assert await contact_tiers(bot, net.alice) == {"Bobby": 1, "Carol C": 2}
    await net.bob.send("/contacts")
    await net.bob.press("Step down: Alice")
    await net.bob.press("Yes, step down")
    await net.bob.send("2468")
    assert net.bob.last_text.startswith("You are no longer a trusted contact for Alice")
