"""Disguise mode end to end: the offer to delete earlier messages when it is switched on, and
the rights lists it words neutrally."""

from datetime import timedelta

from tests.e2e.test_rights import LIBRARY, title


async def turn_disguise_on(person) -> None:
    await person.send("/settings")
    await person.press("🎭 Disguise: turn on")


async def test_switching_disguise_on_offers_to_delete_what_telegram_still_allows(bot):
    alice = bot.user("alice", first_name="Alice")
    await alice.send("/start")
    old = [m.message_id for m in alice.inbox]
    await bot.advance(timedelta(hours=50))  # past Telegram's 48 hours for these
    await alice.send("/card")
    await alice.send("/contacts")
    recent = [m.message_id for m in alice.inbox if m.message_id not in old]
    assert len(recent) == 2
    await turn_disguise_on(alice)
    offer, confirmation = alice.inbox[-2], alice.inbox[-1]
    assert confirmation.reply_keyboard is not None  # "disguise is on" and its keyboard
    # The card and the contacts can go; the welcome is too old for Telegram, and the
    # /settings screen it was switched on from stays (it now reads neutrally).
    assert offer.text.startswith("2 earlier messages in this chat can still be deleted")
    await alice.press("🧹 Delete earlier messages")
    remaining = [m.message_id for m in alice.inbox]
    assert [m for m in recent if m in remaining] == []
    assert [m for m in old if m in remaining] == old  # not even tried: Telegram would refuse
    assert confirmation.message_id in remaining  # it came after the offer
    assert "Plain style: on" in alice.inbox[-3].text
    report = next(m for m in alice.inbox if m.message_id == offer.message_id)
    assert report.text.startswith("2 earlier messages deleted.")
    assert not report.inline_keyboard
    assert await bot.app.bot_data.services.messages.due_for_deletion() == []


async def test_no_offer_when_nothing_can_be_deleted(bot):
    alice = bot.user("alice")
    await alice.send("/start")
    await bot.advance(timedelta(hours=50))
    await turn_disguise_on(alice)  # the /settings screen is all there is, and it stays
    assert "can still be deleted" not in " ".join(alice.texts())
    assert alice.inbox[-1].reply_keyboard is not None


async def test_the_rights_lists_in_disguise_show_neutral_labels(bot):
    alice = bot.user("alice")
    await turn_disguise_on(alice)
    await alice.send("/rights")
    labels = [label for row in alice.last.buttons for label in row]
    assert "📗 Part 1" in labels
    assert "Immigration detention" not in labels
    assert "📇 Addresses" in labels
    await alice.press("📗 Part 1")
    first = LIBRARY.ids_in("detention")[0]
    assert alice.last.buttons[0] == ["📄 Reading 1"]
    assert title("en", first) not in alice.last_text
    await alice.press("📄 Reading 1")
    # The article itself is shown as written: it is what the person chose to read.
    assert alice.last_text.startswith(title("en", first))
    assert ["↩ 📗 Part 1", "☰ Topics"] in alice.last.buttons
    await alice.send("passport")
    assert alice.last_text == "Readings found:"  # the words searched are not repeated
    found = [row[0] for row in alice.last.buttons[:-1]]
    assert found
    assert all(label.startswith("📄 Reading ") for label in found)
