"""Typed panic (issue 11): a word for help typed alone raises the SOS in every UI language, and
during an alert what the defender sends reaches everyone on it instead of being a search."""

from collections.abc import AsyncIterator
from datetime import timedelta

import pytest

from bot.i18n import Translator
from storage.safety_words import SafetyWord
from tests.e2e.alerting import ADMIN_ID, group_texts, network, refs
from tests.e2e.harness import BotHarness

TRANSLATE = Translator.load()
LANGUAGES = TRANSLATE.languages
# Each language's plain word for help, typed alone.
PLAIN_WORD = {
    "ar": "مساعدة",
    "bn": "সাহায্য",
    "en": "help",
    "es": "ayuda",
    "fa": "کمک",
    "fr": "aide",
    "id": "tolong",
    "my": "ကူညီပါ",
    "th": "ช่วยด้วย",
}
MARKS = dict.fromkeys(map(ord, "\u200e\u200f\u2066\u2067\u2068\u2069"))


@pytest.fixture
async def bot(tmp_path) -> AsyncIterator[BotHarness]:
    harness = BotHarness(tmp_path / "data", BOT_ADMINS=ADMIN_ID)
    await harness.start()
    yield harness
    await harness.stop()


def sos_alerts(person) -> set[str]:
    return refs([text for text in person.texts() if "SOS: Alice" in text])


async def open_alerts(bot) -> int:
    return len(await bot.app.bot_data.services.alerts.open_alerts())


def test_every_ui_language_has_its_plain_word_for_help_in_this_table():
    assert set(PLAIN_WORD) == set(LANGUAGES)


@pytest.mark.parametrize("language", LANGUAGES)
async def test_typed_sos_raises_one_alert_in_every_ui_language(bot, language):
    bot.user("alice", first_name="Alice", language_code=language)
    net = await network(bot, coordinators=False)
    label = TRANSLATE(language, "keyboard-sos")
    for typed in ("sos", "SOS!", "🆘", PLAIN_WORD[language], label.translate(MARKS)):
        await net.alice.send(typed)
        assert len(sos_alerts(net.bob)) == 1, typed  # the first raised it; the rest found it open
        assert await open_alerts(bot) == 1, typed
    # As the button does: one offer to cancel a false alarm, in their language.
    cancel = [[TRANSLATE(language, "sos-button-false-alarm")]]
    assert sum(m.buttons == cancel for m in net.alice.inbox) == 1


@pytest.mark.parametrize(("language", "word"), sorted(PLAIN_WORD.items()))
async def test_each_language_s_word_for_help_raises_the_sos_whatever_the_ui_language(
    bot, language, word
):
    net = await network(bot, coordinators=False)  # Alice uses the bot in English
    await net.alice.send(word)
    assert "SOS sent" in net.alice.inbox[-2].text, language
    assert len(sos_alerts(net.bob)) == 1


async def test_the_arabic_label_without_its_mark_raises_it_even_in_the_middle_of_a_flow(bot):
    bot.user("alice", first_name="Alice", language_code="ar")
    net = await network(bot, coordinators=False)
    await net.alice.send("/invite")  # waiting for a name
    bare = TRANSLATE("ar", "keyboard-sos").translate(MARKS)
    assert bare != TRANSLATE("ar", "keyboard-sos")
    await net.alice.send(bare)
    assert len(sos_alerts(net.bob)) == 1


async def test_other_words_stay_a_search_and_a_help_word_in_a_flow_goes_to_the_flow(bot):
    net = await network(bot, coordinators=False)
    await net.alice.send("legal help")
    await net.alice.send("help with my visa")
    assert await open_alerts(bot) == 0
    assert sos_alerts(net.bob) == set()
    await net.alice.send("/invite")
    await net.alice.send("help")  # the name of the contact being invited
    assert await open_alerts(bot) == 0
    assert "help" in net.alice.last_text


async def test_what_the_defender_types_during_an_sos_reaches_everyone_and_is_no_search(bot):
    net = await network(bot)
    await net.alice.send("/sos")
    await net.alice.send("they are taking me to the detention centre")
    assert "Passed on to: Bobby" in net.alice.last_text
    assert "Alice adds: “they are taking me to the detention centre”" in net.bob.last_text
    assert net.bob.last.protect_content
    await bot.advance(timedelta(minutes=10))  # tier 2, told later, reads it in the alert
    assert "they are taking me to the detention centre" in net.carol.last_text
    await net.alice.send("✅ I'm safe")
    before = len(net.bob.inbox)
    await net.alice.send("detention centre")  # no alert open: a search again
    assert "Passed on" not in net.alice.last_text
    assert len(net.bob.inbox) == before


async def test_a_photo_and_a_voice_note_during_an_sos_reach_every_contact_on_it(bot):
    net = await network(bot)
    await net.alice.send("/sos")
    await bot.advance(timedelta(minutes=10))  # tier 2 now knows of it,
    await bot.advance(timedelta(minutes=10))  # and the coordinators
    await net.alice.send_media("photo", caption="the van")
    assert "Passed on to: Bobby, Carol C, the network's coordinators" in net.alice.last_text
    await net.alice.send_media("voice")
    for chat in (net.bob.inbox, net.carol.inbox, bot.emulator.chat_messages(net.group)):
        header, photo, header_again, voice = chat[-4:]
        assert "Alice sent this during the alert" in header.text
        assert refs([header.text]) == refs([header_again.text])
        assert len(refs([header.text])) == 1
        assert (photo.media.kind, photo.caption) == ("photo", "the van")
        assert voice.media.kind == "voice"
        assert photo.protect_content
        assert voice.protect_content
    assert len(bot.emulator.calls_to("copyMessage")) == 6


async def test_a_file_sent_with_no_alert_open_goes_nowhere(bot):
    net = await network(bot)
    await net.alice.send_media("document")
    assert "did not understand" in net.alice.last_text
    assert bot.emulator.calls_to("copyMessage") == []


async def test_during_a_duress_alert_the_screen_shows_what_it_would_without_one(tmp_path):
    screens, passed = [], []
    for duress in (False, True):
        harness = BotHarness(tmp_path / f"run-{duress}", BOT_ADMINS=ADMIN_ID)
        await harness.start()
        try:
            net = await network(harness)
            alice = await harness.app.bot_data.services.users.find(net.alice.id)
            words = harness.app.bot_data.services.checkins.words
            await words.store(alice.id, SafetyWord.DURESS, "blue heron")
            await net.alice.send("/checkin blue heron" if duress else "/checkin")
            before = len(net.alice.inbox)
            await net.alice.send("they took my passport")
            await net.alice.send_media("photo")
            screens.append([(m.text, m.buttons) for m in net.alice.inbox[before:]])
            passed.append(
                (
                    any("they took my passport" in t for t in net.bob.texts()),
                    any(m.media is not None for m in net.bob.inbox),
                    any("they took my passport" in t for t in group_texts(harness, net.group)),
                )
            )
        finally:
            await harness.stop()
    assert screens[0] == screens[1]
    assert passed == [(False, False, False), (True, True, True)]


async def test_the_safety_pin_and_the_duress_word_typed_during_an_sos_are_never_passed_on(bot):
    net = await network(bot)
    alice = await bot.app.bot_data.services.users.find(net.alice.id)
    words = bot.app.bot_data.services.checkins.words
    await words.store(alice.id, SafetyWord.PIN, "4711")
    await words.store(alice.id, SafetyWord.DURESS, "blue heron")
    await net.alice.send("/sos")
    await net.alice.send("4711")  # out of place: "not understood", and deleted
    await net.alice.send("blue heron")  # a check-in, as it is outside an alert
    assert "Passed on" not in " ".join(net.alice.texts())
    everything = net.bob.texts() + net.carol.texts() + group_texts(bot, net.group)
    assert not any("blue heron" in text or "4711" in text for text in everything)
    kinds = [alert.kind.value for alert, _ in await bot.app.bot_data.services.alerts.open_alerts()]
    assert "duress" in kinds  # the silent alert went out
