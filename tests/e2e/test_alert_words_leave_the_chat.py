"""What the defender sends during an alert, and what anyone searches for, leaves the chat with the
bot's own sensitive messages after the chosen auto-delete delay (issue 12, part 1); and nothing
waits past the 48 hours in which Telegram lets the bot delete it."""

from collections.abc import AsyncIterator
from datetime import timedelta

import pytest

from bot.context import BotContext
from handlers.maintenance import delete_due_messages
from tests.e2e.alerting import ADMIN_ID, REF, network, set_word
from tests.e2e.harness import BotHarness


@pytest.fixture
async def bot(tmp_path) -> AsyncIterator[BotHarness]:
    harness = BotHarness(tmp_path / "data", BOT_ADMINS=ADMIN_ID)
    await harness.start()
    yield harness
    await harness.stop()


async def set_autodelete(person, label: str) -> None:
    await person.send("/settings")
    await person.press("🧹 Auto-delete")
    await person.press(label)


def visible(bot, person) -> set[int]:
    return {m.message_id for m in bot.emulator.chat_messages(person.id)}


def sent_id(update) -> int:
    return update["message"]["message_id"]


async def after(bot, delta: timedelta) -> None:
    await bot.advance(delta)
    await delete_due_messages(BotContext(bot.app))


async def test_sos_words_typed_words_media_and_notes_go_after_the_delay(bot):
    net = await network(bot, coordinators=False)
    await set_autodelete(net.alice, "after 10 minutes")
    await set_autodelete(net.bob, "after 10 minutes")
    theirs = {
        net.alice: [
            sent_id(await net.alice.send("/sos stopped at the Ravenmoor checkpoint")),
            sent_id(await net.alice.send("they are taking my phone")),
            sent_id(await net.alice.send_media("photo", caption="the van")),
            sent_id(await net.alice.send_media("voice")),
        ]
    }
    alert = next(m for m in net.bob.inbox if "SOS: Alice" in (m.text or ""))
    assert "Ravenmoor" in alert.text  # the words were read
    theirs[net.bob] = [sent_id(await net.bob.reply(alert.message_id, "calling her lawyer"))]
    assert "calling her lawyer" in net.alice.texts()[-1]  # the note was read
    await after(bot, timedelta(minutes=9))
    for person, ids in theirs.items():
        assert set(ids) <= visible(bot, person), person
    await after(bot, timedelta(minutes=2))
    for person, ids in theirs.items():
        assert not set(ids) & visible(bot, person), person


async def test_a_search_and_its_answer_go_after_the_delay(bot):
    alice = bot.user("alice", first_name="Alice")
    await set_autodelete(alice, "after 10 minutes")
    typed = sent_id(await alice.send("deportation appeal"))
    answer = alice.last
    assert "deportation appeal" in answer.text
    assert not answer.protect_content  # rights pages may still be forwarded
    await after(bot, timedelta(minutes=9))
    assert {typed, answer.message_id} <= visible(bot, alice)
    await after(bot, timedelta(minutes=2))
    assert not {typed, answer.message_id} & visible(bot, alice)


async def test_a_delay_that_would_pass_telegrams_48_hours_is_cut_short(bot):
    """Sent with auto-delete off, then auto-delete set to 24 hours 40 hours later: waiting the
    24 hours would leave the messages on the phone for good (Telegram refuses after 48)."""
    net = await network(bot, coordinators=False)
    words = sent_id(await net.alice.send("/sos stopped at the Ravenmoor checkpoint"))
    photo = sent_id(await net.alice.send_media("photo"))
    bot.clock.advance(timedelta(hours=40))
    await set_autodelete(net.alice, "after 24 hours")
    await delete_due_messages(BotContext(bot.app))
    bot.clock.advance(timedelta(hours=4))
    await delete_due_messages(BotContext(bot.app))
    assert {words, photo} <= visible(bot, net.alice)  # kept as long as it can be
    bot.clock.advance(timedelta(hours=2))
    await delete_due_messages(BotContext(bot.app))
    assert not {words, photo} & visible(bot, net.alice)


async def test_messages_near_the_limit_when_auto_delete_is_turned_on_go_at_once(bot):
    alice = bot.user("alice", first_name="Alice")
    await alice.send("/contacts")
    contacts = alice.last.message_id
    bot.clock.advance(timedelta(hours=47))
    await set_autodelete(alice, "after 1 hour")
    await delete_due_messages(BotContext(bot.app))
    assert contacts not in visible(bot, alice)


async def test_during_a_duress_alert_what_they_send_goes_after_the_delay_as_at_any_time(bot):
    """Passed on silently, and gone from the chat as it would be without the alert."""
    net = await network(bot, coordinators=False)
    await set_word(net.alice, "🗝 Duress word", "blue heron")
    await set_autodelete(net.alice, "after 10 minutes")
    await net.alice.send("/checkin blue heron")
    sent = [
        sent_id(await net.alice.send_media("photo", caption="the van")),
        sent_id(await net.alice.send("they are taking my phone")),
    ]
    assert any(m.media is not None for m in net.bob.inbox)  # passed on
    assert any("they are taking my phone" in t for t in net.bob.texts())
    await after(bot, timedelta(minutes=11))
    assert not set(sent) & visible(bot, net.alice)


async def test_a_contacts_resolve_words_go_after_the_delay_as_notes_do(bot):
    net = await network(bot, coordinators=False)
    await set_autodelete(net.bob, "after 10 minutes")
    await net.alice.send("/sos")
    alert = next(m for m in net.bob.inbox if "SOS: Alice" in (m.text or ""))
    ref = REF.search(alert.text)[1]
    await net.bob.press_on(alert.message_id, "🙋 I'm on it")
    words = sent_id(await net.bob.send(f"/resolve {ref} reached her at the Ossory shelter"))
    assert "reached her at the Ossory shelter" in net.alice.last_text
    await after(bot, timedelta(minutes=9))
    assert words in visible(bot, net.bob)
    await after(bot, timedelta(minutes=2))
    assert words not in visible(bot, net.bob)
