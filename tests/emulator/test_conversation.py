"""The emulator against the real python-telegram-bot, updates delivered through the sink."""

import pytest
from telegram import Message
from telegram.error import BadRequest

from bot.emulator.core import BOT_ID, BotApiEmulator
from tests.emulator.tinybot import TinyBot


async def test_get_me_is_parsed_by_ptb(tiny: TinyBot, emu: BotApiEmulator) -> None:
    me = await tiny.app.bot.get_me()
    assert me.is_bot
    assert me.id == BOT_ID
    assert me.username == "defender_test_bot"
    assert me.can_join_groups
    assert not me.can_read_all_group_messages
    assert tiny.app.bot.username == "defender_test_bot"
    assert emu.calls_to("getme")[-1].method == "getMe"


async def test_command_with_args_reaches_command_handler(
    tiny: TinyBot, emu: BotApiEmulator
) -> None:
    alice = emu.user("alice")
    update = await alice.send("/start now please")
    assert update["message"]["entities"] == [{"type": "bot_command", "offset": 0, "length": 6}]
    assert alice.last_text == "Welcome Alice! args: now please"
    assert alice.last.buttons == [["Accept", "Decline"], ["Help"]]
    assert alice.last.callback_data == [["accept", "decline"], [None]]
    sent = emu.calls_to("sendMessage")[-1]
    assert sent.params["chat_id"] == alice.id
    assert sent.params["reply_markup"]["inline_keyboard"][0][0]["callback_data"] == "accept"


async def test_command_addressed_to_another_bot_is_ignored(
    tiny: TinyBot, emu: BotApiEmulator
) -> None:
    alice = emu.user("alice")
    await alice.send("/start@defender_test_bot hi")
    await alice.send("/start@someone_else_bot hi")
    assert alice.texts() == ["Welcome Alice! args: hi"]


async def test_update_ids_increase(tiny: TinyBot, emu: BotApiEmulator) -> None:
    alice, bob = emu.user("alice"), emu.user("bob")
    first = await alice.send("/start")
    second = await bob.send("/start")
    third = await alice.press("Accept")
    assert first["update_id"] < second["update_id"] < third["update_id"]
    assert (alice.id, bob.id) == (111000001, 111000002)


async def test_press_by_text_edits_message_and_answers(tiny: TinyBot, emu: BotApiEmulator) -> None:
    alice = emu.user("alice")
    await alice.send("/start")
    update = await alice.press("Accept")
    query = update["callback_query"]
    assert query["data"] == "accept"
    assert query["message"]["reply_markup"]["inline_keyboard"][0][1]["text"] == "Decline"
    assert isinstance(query["id"], str)
    assert isinstance(query["chat_instance"], str)
    assert alice.last_text == "You pressed accept"
    assert alice.last.buttons == []
    assert alice.last.edit_date is not None
    assert alice.answers == ["Saved"]
    assert emu.pending_callback_queries == []


async def test_press_by_index_counts_row_major(tiny: TinyBot, emu: BotApiEmulator) -> None:
    alice = emu.user("alice")
    await alice.send("/start")
    await alice.press(2)
    assert alice.last_text == "You pressed decline"


async def test_press_on_an_older_message(tiny: TinyBot, emu: BotApiEmulator) -> None:
    alice = emu.user("alice")
    await alice.send("/start first")
    older = alice.last.message_id
    await alice.send("/start second")
    await alice.press_on(older, "Decline")
    assert [m.text for m in alice.inbox] == ["You pressed decline", "Welcome Alice! args: second"]


async def test_missing_and_url_buttons_raise_lookup_error(
    tiny: TinyBot, emu: BotApiEmulator
) -> None:
    alice = emu.user("alice")
    with pytest.raises(LookupError, match="no bot message with inline buttons"):
        await alice.press(1)
    await alice.send("/start")
    with pytest.raises(LookupError, match=r"no button 'Maybe'.*\[1\] Accept"):
        await alice.press("Maybe")
    with pytest.raises(LookupError, match="no button 4"):
        await alice.press(4)
    with pytest.raises(LookupError, match="sends nothing to the bot"):
        await alice.press("Help")


async def test_forged_callback_data_reaches_the_bot(tiny: TinyBot, emu: BotApiEmulator) -> None:
    alice = emu.user("alice")
    await alice.send("/start")
    update = await alice.press_data("admin:wipe_everything")
    assert update["callback_query"]["data"] == "admin:wipe_everything"
    assert alice.last_text == "Welcome Alice! args: "
    assert alice.callback_answers[-1].show_alert
    assert alice.answers == ["Unknown button"]


async def test_answering_an_unknown_query_is_a_bad_request(tiny: TinyBot) -> None:
    with pytest.raises(BadRequest, match="Query is too old"):
        await tiny.app.bot.answer_callback_query("123456")


async def test_location_reaches_message_handler_and_live_updates_are_edits(
    tiny: TinyBot, emu: BotApiEmulator
) -> None:
    alice = emu.user("alice")
    update = await alice.send_location(50.4501, 30.5234, live_period=900)
    assert update["message"]["location"] == {
        "latitude": 50.4501,
        "longitude": 30.5234,
        "live_period": 900,
    }
    assert alice.last_text == "Got location 50.4501, 30.5234"
    moved = await alice.update_live_location(update["message"]["message_id"], 50.46, 30.53)
    assert "edit_date" in moved["edited_message"]
    assert alice.last_text == "Moved to 50.46, 30.53"


async def test_bot_messages_come_from_the_bot_with_clock_dates(
    tiny: TinyBot, emu: BotApiEmulator
) -> None:
    alice = emu.user("alice")
    await alice.send("/start")
    message = Message.de_json(emu.message_json(alice.last), tiny.app.bot)
    assert message.from_user is not None
    assert message.from_user.is_bot
    assert message.date == alice.last.date
    assert message.chat.type == "private"
