"""/settings says what a seized phone can still show of this chat and what to do about it, and
that Telegram lets the bot delete messages only for 48 hours (issue 12, part 4): in every
language, neutral in disguise."""

import re
from collections.abc import AsyncIterator

import pytest

from bot.i18n import Translator
from tests.e2e.harness import BotHarness

TRANSLATE = Translator.load()
TAG = re.compile(r"</?b>")


@pytest.fixture
async def bot(tmp_path) -> AsyncIterator[BotHarness]:
    harness = BotHarness(tmp_path / "data")
    await harness.start()
    yield harness
    await harness.stop()


def shown(language: str, message_id: str, *, disguise: bool = False) -> str:
    return TAG.sub("", TRANSLATE(language, message_id, disguise=disguise))


async def test_the_phone_screen_says_what_remains_and_what_to_do(bot):
    alice = bot.user("alice", first_name="Alice")
    await alice.send("/settings")
    await alice.press("📱 Your phone")
    advice = alice.last_text
    for shows in ("chat list", "name and photo", "lock screen", "older than 48 hours"):
        assert shows in advice
    for remedy in ("Archive this chat and mute it", "message previews", "Passcode", "delete this"):
        assert remedy in advice
    await alice.press("← Back")
    assert alice.last_text.startswith("Settings")


async def test_auto_delete_says_telegrams_48_hours_and_what_goes_at_once(bot):
    alice = bot.user("alice", first_name="Alice")
    await alice.send("/settings")
    await alice.press("🧹 Auto-delete")
    text = alice.last_text
    assert "only in the 48 hours after it was sent" in text
    assert "(a card field, a name, a PIN, the word to erase everything) is deleted at once" in text
    assert "never later than 46 hours" in text
    assert alice.inbox[-1].buttons[0] == ["Off"]  # the choices are still there


async def test_both_screens_in_every_language(bot):
    for language in TRANSLATE.languages:
        person = bot.user(f"p-{language}", language_code=language)
        await person.send("/settings")
        await person.press(TRANSLATE(language, "settings-autodelete"))
        assert shown(language, "autodelete-telegram-limit") in person.last_text, language
        await person.press(TRANSLATE(language, "settings-back"))
        await person.press(TRANSLATE(language, "settings-phone"))
        assert person.last_text == shown(language, "phone-advice"), language
        if language != "en":
            assert person.last_text != shown("en", "phone-advice"), language


async def test_in_disguise_the_screens_give_nothing_away(bot):
    alice = bot.user("alice", first_name="Alice")
    await alice.send("/settings")
    await alice.press("🎭 Disguise: turn on")
    await alice.send("/settings")
    await alice.press("📱 Your phone")
    screens = [alice.last_text]
    assert "lock screen" in screens[0]
    await alice.press("← Back")
    await alice.press("🧹 Auto-delete")
    screens.append(alice.last_text)
    assert "48 hours" in screens[1]
    for screen in screens:
        for word in ("alert", "card", "pin", "disguise", "taken", "checked", "erase"):
            assert word not in screen.lower(), word
