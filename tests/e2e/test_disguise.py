"""Disguise mode end to end: the offer to delete earlier messages when it is switched on, and
the rights lists it words neutrally."""

from datetime import timedelta

from tests.e2e.alerting import network, set_word
from tests.e2e.test_rights import LIBRARY, title
from tests.unit.disguise_giveaways import giveaways
from tests.unit.disguise_walk import leaks_in


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


def shown(person, since: int, content: set[int]) -> list[str]:
    """Every text and button label the bot showed this person after message `since`
    (deleted ones too: they were on the screen), and the keyboard they have now; not the
    text of `content` (a directory entry or an article, shown as written)."""
    messages = [m for m in bot_messages(person) if m.message_id > since]
    texts = [m.text or m.caption or "" for m in messages if m.message_id not in content]
    labels = [label for m in messages for row in m.buttons for label in row]
    keyboard = [label for row in person.keyboard or [] for label in row]
    return texts + labels + keyboard


def bot_messages(person):
    return person.inbox + person.deleted


async def test_a_defender_in_disguise_is_shown_no_giveaway_on_any_screen(bot):
    """Driving the flows (the walk reads the catalogue and the code; this catches a path that
    renders without the person's disguise)."""
    net = await network(bot)
    alice = net.alice
    await turn_disguise_on(alice)
    since = alice.inbox[-1].message_id
    for command in ("/start", "/help", "/status", "/contacts", "/schedule", "/setup", "/wipe"):
        await alice.send(command)
        await alice.send("/cancel")
    await alice.send("☰ Menu")
    await alice.send("/card")
    await alice.press("👁 Show my profile")
    await alice.send("/card")
    await alice.press("Adviser's name")
    await alice.send("Carlos Mendoza")
    await alice.send("/invite")
    await alice.send("/cancel")
    await set_word(alice, "🔐 Code", "4829")
    await alice.send("/checkin")
    await alice.send("📞 Call")
    await alice.send("✅ Done")
    await alice.send("1111")  # a wrong code first
    await alice.send("4829")
    await alice.send("📖 Read")
    await alice.press(1)  # a topic's list of articles
    await alice.send("/directory")
    await alice.press(1)  # a country's entries: content, as an article is
    entries = alice.last.message_id
    await alice.send("passport")
    words = giveaways("en")
    menu = bot.emulator.visible_commands(alice)  # the chat's own command menu
    everything = shown(alice, since, {entries}) + [
        f"/{c['command']} {c['description']}" for c in menu
    ]
    leaks = {text: leaks_in(text, words) for text in everything}
    assert {text: found for text, found in leaks.items() if found} == {}
    assert "card" in [c["command"] for c in menu]


async def test_a_contact_in_disguise_is_told_of_an_alert_without_a_giveaway(bot):
    net = await network(bot)
    bob = net.bob
    await turn_disguise_on(bob)
    since = bob.inbox[-1].message_id
    await net.alice.send("/sos stopped at the station")
    await bot.deliver()
    await bob.press(1)  # "I'm on it", in its neutral wording
    await net.alice.send("/checkin")
    await bot.deliver()
    texts = shown(bob, since, set())
    assert any("Ref" in text for text in texts)  # the alert reached Bob
    # The defender's own words are theirs ("stopped at the station"); the bot's are neutral.
    leaks = {text: leaks_in(text, giveaways("en")) for text in texts}
    assert {text: found for text, found in leaks.items() if found} == {}
