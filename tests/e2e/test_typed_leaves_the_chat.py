"""What the defender types into a flow leaves the chat as soon as the bot has read it (issue 12,
part 1): a seized phone must not show a card field, an invitation label or the wipe word, even
with auto-delete off."""

from collections.abc import AsyncIterator
from datetime import timedelta

import pytest

from bot.context import BotContext
from handlers.maintenance import delete_due_messages
from tests.e2e.alerting import network
from tests.e2e.harness import BotHarness


@pytest.fixture
async def bot(tmp_path) -> AsyncIterator[BotHarness]:
    harness = BotHarness(tmp_path / "data")
    await harness.start()
    yield harness
    await harness.stop()


def in_the_chat(bot, person) -> list[str]:
    """Everything the person's chat still shows, from either side."""
    return [m.text or "" for m in bot.emulator.chat_messages(person.id)]


async def test_a_typed_card_field_is_deleted_at_once(bot):
    alice = bot.user("alice", first_name="Alice")
    await alice.send("/card")
    await alice.press("Passport or ID number")
    await alice.send("P4471902")
    assert "P4471902" not in in_the_chat(bot, alice)
    await alice.send("/card")
    await alice.press("Medical needs")
    await alice.send("insulin twice a day")
    await alice.press("👁 Show my card")
    assert "insulin twice a day" in alice.last_text  # read and kept
    assert not any(text == "insulin twice a day" for text in in_the_chat(bot, alice))


async def test_an_invitation_label_and_shown_name_are_deleted_at_once(bot):
    alice = bot.user("alice", first_name="Alice")
    await alice.send("/invite")
    await alice.send("My brother Karim")
    await alice.press(1)
    await alice.send("Auntie")  # the name Karim will see
    assert "start=" in alice.last_text  # the invitation was made
    chat = in_the_chat(bot, alice)
    assert "My brother Karim" not in chat
    assert "Auntie" not in chat


async def test_the_wipe_word_and_a_wrong_one_are_deleted_at_once(bot):
    alice = bot.user("alice", first_name="Alice")
    await alice.send("/start")
    await alice.send("/wipe")
    await alice.send("delete it all")
    assert "Nothing was erased" in alice.last_text
    assert "delete it all" not in in_the_chat(bot, alice)
    await alice.send("DELETE")
    assert "DELETE" not in in_the_chat(bot, alice)


async def test_a_typed_time_zone_is_deleted_at_once(bot):
    alice = bot.user("alice", first_name="Alice")
    await alice.send("/settings")
    await alice.press("🕓 Time zone")
    await alice.press("⌨️ Type another")
    await alice.send("Tehran")
    assert alice.last_text.startswith("Time zone: Asia/Tehran")
    assert "Tehran" not in in_the_chat(bot, alice)


async def test_a_time_zone_not_understood_is_repeated_only_in_a_message_auto_delete_removes(bot):
    alice = bot.user("alice", first_name="Alice")
    await alice.send("/settings")
    await alice.press("🧹 Auto-delete")
    await alice.press("after 1 minute")
    await alice.press("🕓 Time zone")
    await alice.press("⌨️ Type another")
    await alice.send("near the Ravenmoor camp")
    echo = alice.last
    assert "near the Ravenmoor camp" in echo.text
    bot.clock.advance(timedelta(minutes=2))
    await delete_due_messages(BotContext(bot.app))
    assert not any("Ravenmoor" in text for text in in_the_chat(bot, alice))


async def test_a_note_typed_after_add_a_note_is_deleted_at_once(bot):
    net = await network(bot, coordinators=False)
    await net.alice.send("/sos")
    alert = next(m for m in net.bob.inbox if "SOS: Alice" in (m.text or ""))
    await net.bob.press_on(alert.message_id, "✍️ Add a note")
    await net.bob.send("on my way to her flat")
    assert "Your note went to: Alice" in net.bob.last_text
    assert "on my way to her flat" not in in_the_chat(bot, net.bob)


async def test_words_meant_for_a_step_that_expired_are_deleted_too(bot):
    alice = bot.user("alice", first_name="Alice")
    await alice.send("/card")
    await alice.press("Lawyer's name")
    bot.clock.advance(timedelta(hours=2))  # the step has timed out
    await alice.send("Ignatius Fairweather")
    assert "Ignatius Fairweather" not in in_the_chat(bot, alice)


async def test_a_deletion_that_failed_is_tried_again_by_the_auto_delete_job(bot):
    alice = bot.user("alice", first_name="Alice")
    await alice.send("/card")
    await alice.press("Lawyer's name")
    bot.emulator.fail_next("deleteMessage", 502)
    await alice.send("Ignatius Fairweather")
    assert "Ignatius Fairweather" in in_the_chat(bot, alice)  # the network failed
    await delete_due_messages(BotContext(bot.app))
    assert "Ignatius Fairweather" not in in_the_chat(bot, alice)
