"""Issue 11, part B, through the real bot and its outbox on a fake clock: a contact cannot
silence an alert, the defender hears only what happened, duress alerts say what they are to
those who act, locations say whose they are, and who is left."""

from collections.abc import AsyncIterator
from datetime import timedelta

import pytest

from tests.e2e.alerting import ADMIN_ID, REF, group_texts, link, network, refs, set_word
from tests.e2e.harness import BotHarness


@pytest.fixture
async def bot(tmp_path) -> AsyncIterator[BotHarness]:
    harness = BotHarness(tmp_path / "data", BOT_ADMINS=ADMIN_ID)
    await harness.start()
    yield harness
    await harness.stop()


def alert_message(person):
    return next(m for m in person.inbox if "SOS: Alice" in (m.text or ""))


def alerted(texts: list[str], title: str = "SOS: Alice") -> list[str]:
    return [text for text in texts if title in text]


# --- A promise with a deadline ------------------------------------------------------------------


async def test_a_false_contact_pressing_im_on_it_cannot_silence_the_alert(bot):
    net = await network(bot)
    await net.alice.send("/sos")
    await net.bob.press("🙋 I'm on it")
    assert "Bobby is on it" in net.alice.last_text
    # Bob does nothing. Within the follow-up time nobody else is bothered...
    await bot.advance(timedelta(minutes=29))
    assert alerted(net.carol.texts()) == []
    assert alerted(group_texts(bot, net.group)) == []
    # ...then tier 2 and the coordinators are told, and Bob is asked for an update.
    await bot.advance(timedelta(minutes=2))
    (to_carol,) = alerted(net.carol.texts())
    assert "nobody has reported back" in to_carol
    (to_group,) = alerted(group_texts(bot, net.group))
    assert "nobody has reported back" in to_group
    assert any("nobody has heard from you since" in text for text in net.bob.texts())
    assert refs([to_carol, to_group]) == refs(net.alice.texts())
    assert any("Your alert reached Carol C" in text for text in net.alice.texts())
    # Nobody takes it on: it goes on as an unanswered alert, Bob reminded with the others.
    await bot.advance(timedelta(minutes=10))
    assert "Reminder" in net.bob.last_text
    assert "Reminder" in net.carol.last_text


async def test_the_promise_is_renewed_by_pressing_im_on_it_again(bot):
    net = await network(bot, coordinators=False)
    await net.alice.send("/sos")
    await net.bob.press("🙋 I'm on it")
    await bot.advance(timedelta(minutes=31))
    assert alerted(net.carol.texts())
    await net.bob.press_on(alert_message(net.bob).message_id, "🙋 I'm on it")
    assert "Everyone involved now knows you are on it" in net.bob.last_text
    assert "Bob is handling the alert about Alice" in net.carol.last_text
    carol_seen = len(net.carol.inbox)
    await bot.advance(timedelta(minutes=25))
    assert len(net.carol.inbox) == carol_seen


async def test_a_note_from_the_contact_on_it_keeps_the_promise(bot):
    net = await network(bot, coordinators=False)
    await net.alice.send("/sos")
    await net.bob.press_on(alert_message(net.bob).message_id, "🙋 I'm on it")
    await bot.advance(timedelta(minutes=20))
    await net.bob.reply(alert_message(net.bob).message_id, "her lawyer is on the way")
    await bot.advance(timedelta(minutes=25))  # 45 minutes: 25 since the note
    assert alerted(net.carol.texts()) == []
    await bot.advance(timedelta(minutes=6))  # 31 since the note
    assert "nobody has reported back" in alerted(net.carol.texts())[0]


async def test_the_coordinators_learn_of_an_sos_still_open_whoever_took_it_on(bot):
    net = await network(bot)
    await net.alice.send("/sos")
    await bot.advance(timedelta(minutes=25))  # went up to the coordinators unanswered
    await net.carol.press("🙋 I'm on it")
    await bot.advance(timedelta(minutes=10))
    # They had it already: not sent again at the follow-up time (30 minutes).
    assert len(alerted(group_texts(bot, net.group))) == 1


async def test_a_restart_loses_no_follow_up(bot):
    net = await network(bot, coordinators=False)
    await net.alice.send("/sos")
    await net.bob.press("🙋 I'm on it")
    await bot.stop()
    bot.clock.advance(timedelta(hours=1))  # down through the follow-up time
    await bot.start()
    await bot.advance(timedelta(0))  # the start-up sweep
    assert "nobody has reported back" in net.carol.last_text


async def test_the_follow_up_time_is_set_per_deployment(tmp_path):
    harness = BotHarness(tmp_path / "data", BOT_ADMINS=ADMIN_ID, BOT_FOLLOW_UP="15m")
    await harness.start()
    try:
        net = await network(harness)
        await net.alice.send("/sos")
        await net.bob.press("🙋 I'm on it")
        await harness.advance(timedelta(minutes=14))
        assert alerted(net.carol.texts()) == []
        await harness.advance(timedelta(minutes=2))
        assert alerted(net.carol.texts())
        assert alerted(group_texts(harness, net.group))
    finally:
        await harness.stop()


# --- What the defender hears about delivery -----------------------------------------------------


async def test_with_every_contact_blocked_the_defender_hears_of_nobody_as_told(bot):
    net = await network(bot, coordinators=False)
    net.bob.block_bot()
    net.carol.block_bot()
    seen = len(net.alice.inbox)
    await net.alice.send("/sos")
    await net.alice.send("/sos")  # what does the bot say about who has been told?
    transcript = net.alice.texts()[seen:]
    assert any("Bobby could not be reached" in text for text in transcript)
    assert any("Carol C could not be reached" in text for text in transcript)
    assert any("Nobody is left to help" in text for text in transcript)
    assert any("It has not reached anyone yet" in text for text in transcript)
    for text in transcript:
        for claim in ("reached Bobby", "reached Carol", "been told", "is on it", "at once"):
            assert claim not in text, text
    # The only other mention of a name is the attempt, in the reply to the SOS itself.
    named = [t for t in transcript if ("Bobby" in t or "Carol" in t) and "not be reached" not in t]
    assert [t.split("\n")[0] for t in named] == ["🆘 SOS sent. Sending it now to: Bobby."]


async def test_the_defender_hears_when_the_alert_reached_someone_and_who_has_been_told(bot):
    net = await network(bot)
    await net.alice.send("/sos")
    await bot.advance(timedelta(minutes=10))
    assert any("Your alert reached Carol C" in text for text in net.alice.texts())
    await net.alice.send("/sos")
    assert "Bobby and Carol C have been told" in net.alice.last_text
    await bot.advance(timedelta(minutes=10))
    await net.alice.send("/sos")
    assert "Bobby, Carol C and the network's coordinators have been told" in net.alice.last_text


async def test_the_defender_is_told_who_cannot_help_and_when_nobody_is_left(bot):
    net = await network(bot, coordinators=False)
    await net.alice.send("/sos")
    await net.bob.press("✋ I can't help")
    assert any("Bobby said they cannot help" in text for text in net.alice.texts())
    await net.carol.press("✋ I can't help")
    assert any("Carol C said they cannot help" in text for text in net.alice.texts())
    assert "Nobody is left to help" in net.alice.last_text


# --- Duress -------------------------------------------------------------------------------------


async def test_a_duress_alert_says_what_it_is_and_never_to_call_them(bot):
    net = await network(bot)
    await set_word(net.alice, "🗝 Duress word", "blue heron")
    await net.alice.send("/checkin blue heron")
    (to_bob,) = alerted(net.bob.texts(), "DURESS: Alice")
    (to_group,) = alerted(group_texts(bot, net.group), "DURESS: Alice")
    for text in (to_bob, to_group):
        assert "may be with someone who is forcing them" in text
        assert "Do not call or message them openly" in text
        assert "Act through people you trust" in text
        assert "Their screen shows nothing" in text
        assert "by call or message" not in text
        assert "SOS" not in text
    await net.coordinator.send_in_group(net.group, "/alerts")
    assert "DURESS" in group_texts(bot, net.group)[-1]
    # It escalates like any other alert.
    await bot.advance(timedelta(minutes=10))
    assert alerted(net.carol.texts(), "DURESS: Alice")
    # An SOS, for comparison, says to call them.
    await net.alice.send("/sos")
    (sos,) = alerted(net.bob.texts())
    assert "Try to reach them now, by call or message" in sos
    assert "DURESS" not in sos


async def test_a_coordinators_words_on_a_duress_alert_never_reach_the_defender(bot):
    net = await network(bot)
    await set_word(net.alice, "🗝 Duress word", "blue heron")
    await net.alice.send("/checkin blue heron")
    seen = len(net.alice.inbox)
    ref = REF.search(alerted(net.bob.texts(), "DURESS")[0])[1]
    await net.coordinator.send_in_group(net.group, f"/resolve {ref} she is with her lawyer")
    assert "she is with her lawyer" in net.bob.last_text
    assert net.alice.texts()[seen:] == []


# --- Locations, and who is left -----------------------------------------------------------------


async def test_a_location_says_whose_it_is_goes_once_and_the_alert_says_so(bot):
    net = await network(bot)
    await net.alice.send("/schedule every 1h")
    await bot.advance(timedelta(hours=1, minutes=31))  # a missed check-in alert is open
    await net.alice.send("/sos")  # and an SOS
    sos = next(m for m in net.bob.inbox if "SOS: Alice" in (m.text or ""))
    assert "They have not shared a location yet" in sos.text
    await net.alice.send_location(13.75, 100.5)
    locations = [m for m in net.bob.inbox if m.location is not None]
    assert len(locations) == 1  # once, though two alerts are open
    label = net.bob.inbox[net.bob.inbox.index(locations[0]) - 1].text
    assert "Alice shared this location at" in label
    assert refs([label]) <= refs([sos.text]) | refs(net.bob.texts())
    assert len(refs([label])) == 1
    edited = next(m for m in net.bob.inbox if m.message_id == sos.message_id)
    assert "They have not shared a location yet" not in edited.text
    assert "last known location" in edited.text
    assert edited.inline_keyboard  # still answerable
    # A reminder mentions the location, without claiming it follows.
    await bot.advance(timedelta(minutes=10))
    reminder = [t for t in net.bob.texts() if "Reminder" in t and "SOS: Alice" in t][-1]
    assert "was sent to you in this chat" in reminder
    assert "follows below" not in reminder


async def test_a_reminder_without_a_location_does_not_mention_one(bot):
    net = await network(bot)
    await net.alice.send("/sos")
    await bot.advance(timedelta(minutes=10))
    reminder = [t for t in net.bob.texts() if "Reminder" in t][-1]
    assert "📍" not in reminder


async def test_a_contact_added_to_a_tier_already_alerted_gets_the_open_alert(bot):
    net = await network(bot)
    await net.alice.send("/sos")
    dave = bot.user("dave", first_name="Dave")
    await link(net.alice, dave, "Dave D", tier=1)
    (to_dave,) = alerted(dave.texts())
    assert refs([to_dave]) == refs(alerted(net.bob.texts()))
    assert any("Your alert reached Dave D" in text for text in net.alice.texts())
    # One added to tier 2 waits for the escalation, as tier 2 does.
    erin = bot.user("erin", first_name="Erin")
    await link(net.alice, erin, "Erin E", tier=2)
    assert alerted(erin.texts()) == []
    await bot.advance(timedelta(minutes=10))
    assert alerted(erin.texts())
