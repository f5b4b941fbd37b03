"""Contacts' copies of an alert expire (issue 12, part 2): what contacts and the coordinators'
chat were sent about an alert (the alert, the card, notices, locations) is taken away after
the grace period once the alert closes, and at once when a contact steps down or is removed
or the defender erases their account. Live locations stop as soon as the alert closes."""

from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import timedelta

import pytest

from bot.emulator.models import ChatMessage
from bot.emulator.state import BOT_ID
from bot.emulator.users import ScriptedUser
from storage.alert_copies import AlertCopyRepository
from tests.e2e.alerting import ADMIN_ID, REF, network, refs
from tests.e2e.harness import BotHarness

GRACE = timedelta(hours=24)
STUB = "Ref {ref} · details removed."


@pytest.fixture
async def bot(tmp_path) -> AsyncIterator[BotHarness]:
    harness = BotHarness(tmp_path / "data", BOT_ADMINS=ADMIN_ID)
    await harness.start()
    yield harness
    await harness.stop()


@dataclass
class Copies:
    """The bot's messages in one chat from a moment on, by message id, to look at again."""

    bot: BotHarness
    chat_id: int
    ids: list[int]

    def now(self) -> list[ChatMessage]:
        messages = self.bot.emulator._chats[self.chat_id].messages
        return [messages[i] for i in self.ids]

    def texts(self) -> list[str]:
        return [m.text for m in self.now() if m.text is not None and not m.deleted]

    def locations(self) -> list[ChatMessage]:
        return [m for m in self.now() if m.location is not None]


def mark(bot: BotHarness, chat_id: int | None) -> int:
    """How many bot messages the chat holds now: what comes after is about the alert."""
    assert chat_id is not None
    return len(_bot_messages(bot, chat_id))


def since(bot: BotHarness, chat_id: int | None, start: int) -> Copies:
    assert chat_id is not None
    ids = [m.message_id for m in _bot_messages(bot, chat_id)[start:]]
    assert ids, "nothing was sent to this chat about the alert"
    return Copies(bot, chat_id, ids)


def _bot_messages(bot: BotHarness, chat_id: int) -> list[ChatMessage]:
    messages = bot.emulator._chats[chat_id].messages.values()
    return sorted((m for m in messages if m.sender_id == BOT_ID), key=lambda m: m.message_id)


def chat_of(person: ScriptedUser) -> int:
    return person.id


def assert_intact(copies: Copies, *words: str) -> None:
    shown = "\n".join(copies.texts())
    for word in words:
        assert word in shown
    assert all(not m.deleted for m in copies.locations())


def assert_stubbed(copies: Copies, ref: str) -> None:
    """Every text is the stub and nothing else; every location is gone."""
    texts = copies.texts()
    assert texts, "the texts themselves were deleted, not edited"
    assert set(texts) == {STUB.format(ref=ref)}
    assert all(not m.buttons for m in copies.now() if not m.deleted)
    assert all(m.deleted for m in copies.locations())


async def sos_with_location(bot: BotHarness, net) -> str:
    await net.alice.send("/sos at the border post")
    await net.alice.send_location(13.75, 100.5)
    await bot.advance(timedelta(minutes=10, seconds=5))  # Carol C (tier 2) told
    await bot.advance(timedelta(minutes=10, seconds=5))  # the coordinators told
    found = REF.search(net.bob.inbox[-1].text or "") or REF.search("\n".join(net.bob.texts()))
    assert found
    return found[1]


async def test_at_close_the_copies_stay_for_the_grace_period_then_become_a_stub(bot):
    net = await network(bot)
    starts = {who: mark(bot, chat) for who, chat in chats(net).items()}
    ref = await sos_with_location(bot, net)
    await net.alice.send("✅ I'm safe")
    assert "says they are safe" in net.bob.last_text
    copies = {who: since(bot, chat, starts[who]) for who, chat in chats(net).items()}
    for held in copies.values():
        assert_intact(held, "border post", "says they are safe")
        assert held.locations()
    await bot.advance(GRACE - timedelta(minutes=2))
    for held in copies.values():
        assert_intact(held, "border post", "says they are safe")
    await bot.advance(timedelta(minutes=3))
    for who, held in copies.items():
        assert_stubbed(held, ref), who
    assert await AlertCopyRepository(bot.database).count() == 0


def chats(net) -> dict[str, int]:
    assert net.group is not None
    return {"bob": chat_of(net.bob), "carol": chat_of(net.carol), "group": net.group}


async def test_a_live_location_stops_at_close_and_goes_after_the_grace(bot):
    net = await network(bot)
    start = mark(bot, chat_of(net.bob))
    await net.alice.send("/sos")
    await net.alice.send_location(13.75, 100.5, live_period=8 * 3600)
    copies = since(bot, chat_of(net.bob), start)
    (live,) = copies.locations()
    assert live.location.live_period
    assert not live.live_stopped
    await net.alice.send("✅ I'm safe")
    (live,) = copies.locations()
    assert live.live_stopped
    assert not live.deleted
    assert bot.emulator.calls_to("stopMessageLiveLocation")
    await bot.advance(GRACE + timedelta(minutes=1))
    assert all(m.deleted for m in copies.locations())


async def test_a_contact_who_steps_down_keeps_nothing_of_the_alert(bot):
    net = await network(bot)
    start_bob, start_carol = mark(bot, chat_of(net.bob)), mark(bot, chat_of(net.carol))
    ref = await sos_with_location(bot, net)
    bobs = since(bot, chat_of(net.bob), start_bob)
    carols = since(bot, chat_of(net.carol), start_carol)
    await net.bob.send("/contacts")
    await net.bob.press("Step down: Alice")
    await net.bob.press("Yes, step down")
    assert net.bob.last_text.startswith("You are no longer a trusted contact for Alice.")
    assert_stubbed(bobs, ref)
    assert_intact(carols, "border post")  # the alert is still open for the others


async def test_a_contact_the_defender_removes_keeps_nothing_of_the_alert(bot):
    net = await network(bot)
    start_bob, start_carol = mark(bot, chat_of(net.bob)), mark(bot, chat_of(net.carol))
    ref = await sos_with_location(bot, net)
    bobs = since(bot, chat_of(net.bob), start_bob)
    carols = since(bot, chat_of(net.carol), start_carol)
    await net.alice.send("/contacts")
    await net.alice.press("Remove Bobby")
    await net.alice.press("Yes, remove")
    assert net.alice.last_text.startswith("Bobby is no longer your trusted contact.")
    assert_stubbed(bobs, ref)
    assert_intact(carols, "border post")


async def test_the_defenders_erasure_takes_every_copy_away_but_the_notice_of_it(bot):
    net = await network(bot)
    starts = {who: mark(bot, chat) for who, chat in chats(net).items()}
    ref = await sos_with_location(bot, net)
    copies = {who: since(bot, chat, starts[who]) for who, chat in chats(net).items()}
    await net.alice.send("/wipe")
    await net.alice.send("DELETE")
    assert net.alice.last_text.startswith("Everything about you has been erased")
    erased = "erased their account while their alert was still open"
    for who, chat in chats(net).items():
        held = copies[who]
        before = [m for m in held.now() if not m.deleted and m.text != STUB.format(ref=ref)]
        assert all(m.location is None for m in before), who
        assert not any("border post" in (m.text or "") for m in held.now()), who
        # The last word (check on them directly) stays readable, for the grace period.
        notice = _bot_messages(bot, chat)[-1]
        assert erased in (notice.text or ""), who
    await bot.advance(GRACE + timedelta(minutes=1))
    for who, chat in chats(net).items():
        assert erased not in (_bot_messages(bot, chat)[-1].text or ""), who
    assert await AlertCopyRepository(bot.database).count() == 0


async def test_what_telegram_will_not_delete_loses_its_text_and_is_counted(bot, caplog):
    net = await network(bot)
    start = mark(bot, chat_of(net.bob))
    ref = await sos_with_location(bot, net)
    bobs = since(bot, chat_of(net.bob), start)
    redactions = bot.app.bot_data.services.redactions
    bot.emulator.fail_next(
        "deleteMessage", 400, "Bad Request: message can't be deleted for everyone", times=5
    )
    await net.bob.send("/contacts")
    await net.bob.press("Step down: Alice")
    await net.bob.press("Yes, step down")
    assert set(bobs.texts()) == {STUB.format(ref=ref)}  # the words are gone all the same
    (kept,) = bobs.locations()
    assert not kept.deleted
    assert redactions.not_removed == {"delete:rejected": 1}
    assert "could not be taken away (delete, rejected); 1 so far" in caplog.text
    assert "13.75" not in caplog.text
    assert str(net.bob.id) not in caplog.text


async def test_a_contact_who_blocked_the_bot_is_counted_and_nothing_waits_on_them(bot):
    net = await network(bot)
    await sos_with_location(bot, net)
    net.carol.block_bot()
    await net.alice.send("✅ I'm safe")
    await bot.advance(GRACE + timedelta(minutes=1))
    redactions = bot.app.bot_data.services.redactions
    assert redactions.not_removed["stub:recipient-gone"] >= 1
    assert await AlertCopyRepository(bot.database).count() == 0


async def test_an_alert_open_past_two_days_still_loses_its_words(bot):
    """Telegram lets a bot delete only for 48 hours; editing has no such limit."""
    net = await network(bot)
    start = mark(bot, chat_of(net.bob))
    ref = await sos_with_location(bot, net)
    bobs = since(bot, chat_of(net.bob), start)
    await bot.advance(timedelta(hours=47))
    await net.alice.send("✅ I'm safe")
    await bot.advance(GRACE + timedelta(minutes=1))
    assert set(bobs.texts()) == {STUB.format(ref=ref)}
    assert not bobs.locations()[0].deleted  # too old to delete: counted
    assert bot.app.bot_data.services.redactions.not_removed["delete:rejected"] >= 1


async def test_copies_due_while_the_bot_was_down_go_at_the_next_start(bot):
    net = await network(bot)
    start = mark(bot, chat_of(net.bob))
    ref = await sos_with_location(bot, net)
    bobs = since(bot, chat_of(net.bob), start)
    await net.alice.send("✅ I'm safe")
    await bot.stop()
    bot.clock.advance(GRACE + timedelta(hours=1))
    await bot.start()
    await bot.advance(timedelta(seconds=1))
    assert_stubbed(bobs, ref)


async def test_the_stub_is_in_the_readers_language(bot):
    net = await network(bot)
    await net.bob.send("/settings")
    await net.bob.press("🌐 Language")
    await net.bob.press("Français")
    start = mark(bot, chat_of(net.bob))
    ref = await sos_with_location(bot, net)
    bobs = since(bot, chat_of(net.bob), start)
    await net.alice.send("✅ I'm safe")
    await bot.advance(GRACE + timedelta(minutes=1))
    assert f"Ref {ref} · détails supprimés." in bobs.texts()


async def test_what_the_defender_sent_during_the_alert_goes_with_it(bot):
    net = await network(bot)
    start = mark(bot, chat_of(net.bob))
    await net.alice.send("/sos")
    await net.alice.send("they took my passport")
    await net.alice.send_media("photo", caption="the van")
    bobs = since(bot, chat_of(net.bob), start)
    (ref,) = refs(bobs.texts())
    photos = [m for m in bobs.now() if m.media is not None]
    assert photos
    assert "they took my passport" in "\n".join(bobs.texts())
    await net.alice.send("✅ I'm safe")
    await bot.advance(GRACE + timedelta(minutes=1))
    assert all(m.deleted for m in photos)
    assert set(bobs.texts()) == {STUB.format(ref=ref)}


async def test_a_text_telegram_will_not_edit_is_deleted_instead(bot):
    net = await network(bot)
    start = mark(bot, chat_of(net.bob))
    await net.alice.send("/sos at the border post")
    bobs = since(bot, chat_of(net.bob), start)
    bot.emulator.fail_next("editMessageText", 400, "Bad Request: message can't be edited")
    await net.bob.send("/contacts")
    await net.bob.press("Step down: Alice")
    await net.bob.press("Yes, step down")
    assert not any("border post" in text for text in bobs.texts())
    assert any(m.deleted for m in bobs.now())
    assert not bot.app.bot_data.services.redactions.not_removed


async def test_a_rewrite_held_back_by_a_retry_is_taken_away_again_when_it_goes(bot):
    net = await network(bot)
    start = mark(bot, chat_of(net.bob))
    await net.alice.send("/sos at the border post")
    (ref,) = refs(net.bob.texts())
    # The alert's rewrite for Bob (now with the location) fails for a while.
    bot.emulator.fail_next("editMessageText", 502, chat_id=net.bob.id, times=4)
    await net.alice.send_location(13.75, 100.5)
    bobs = since(bot, chat_of(net.bob), start)
    await net.bob.send("/contacts")
    await net.bob.press("Step down: Alice")
    await net.bob.press("Yes, step down")
    await bot.advance(timedelta(minutes=2))  # the rewrite goes through at last
    texts = [c.params.get("text", "") for c in edits(bot, net.bob.id)]
    first_stub = texts.index(STUB.format(ref=ref))
    assert any(text.startswith("🆘") for text in texts[first_stub:])  # after the stub
    assert_stubbed(bobs, ref)


def edits(bot: BotHarness, chat_id: int):
    return [c for c in bot.emulator.calls_to("editMessageText") if c.params["chat_id"] == chat_id]
