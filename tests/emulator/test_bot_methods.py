"""Bot API methods called through PTB's Bot: results parse, failures raise PTB's exceptions."""

from datetime import timedelta

import pytest
from telegram import (
    BotCommand,
    BotCommandScopeAllPrivateChats,
    BotCommandScopeChat,
    ChatMemberMember,
    ChatMemberOwner,
    MenuButtonCommands,
    MenuButtonDefault,
    MessageEntity,
    ReplyKeyboardMarkup,
    ReplyKeyboardRemove,
)
from telegram.constants import ChatAction, ParseMode
from telegram.error import BadRequest, EndPointNotFound, Forbidden, InvalidToken, RetryAfter

from bot.clock import FakeClock
from bot.emulator.core import BotApiEmulator
from tests.emulator.tinybot import TinyBot, build_tiny_bot


async def started(emu: BotApiEmulator, name: str = "alice", **profile: str) -> int:
    user = emu.user(name, **profile)
    await user.send("hello")
    return user.id


async def test_html_is_rendered_into_text_and_entities(tiny: TinyBot, emu: BotApiEmulator) -> None:
    chat_id = await started(emu)
    message = await tiny.app.bot.send_message(
        chat_id, "<b>Bold</b> &amp; <a href='https://x.org'>link</a> 😀 <i>it</i>", ParseMode.HTML
    )
    assert message.text == "Bold & link 😀 it"
    assert [(e.type, e.offset, e.length) for e in message.entities] == [
        (MessageEntity.BOLD, 0, 4),
        (MessageEntity.TEXT_LINK, 7, 4),
        (MessageEntity.ITALIC, 15, 2),
    ]
    assert message.text_html == '<b>Bold</b> &amp; <a href="https://x.org">link</a> 😀 <i>it</i>'
    assert emu.user("alice").last.raw_text is not None


@pytest.mark.parametrize(
    ("html", "reason"),
    [
        ("<b>unclosed", "can't find end tag"),
        ("line<br>break", 'unsupported start tag "br"'),
        ("<b><i>x</b></i>", "unmatched end tag"),
        ("I <3 you", 'unsupported start tag "3"'),
        ("a < b", 'unsupported start tag ""'),
        ("<b>x</b", "unclosed end tag"),
    ],
)
async def test_bad_html_is_rejected(
    tiny: TinyBot, emu: BotApiEmulator, html: str, reason: str
) -> None:
    chat_id = await started(emu)
    with pytest.raises(BadRequest, match=f"Can't parse entities: {reason}"):
        await tiny.app.bot.send_message(chat_id, html, parse_mode=ParseMode.HTML)


async def test_text_length_counts_utf16_after_stripping_tags(
    tiny: TinyBot, emu: BotApiEmulator
) -> None:
    chat_id = await started(emu)
    await tiny.app.bot.send_message(chat_id, "<b>" + "x" * 4096 + "</b>", parse_mode="HTML")
    with pytest.raises(BadRequest, match="Message is too long"):
        await tiny.app.bot.send_message(chat_id, "x" * 4097)
    with pytest.raises(BadRequest, match="Message is too long"):
        await tiny.app.bot.send_message(chat_id, "😀" * 2049)
    with pytest.raises(BadRequest, match="Message text is empty"):
        await tiny.app.bot.send_message(chat_id, "  ")


async def test_plain_text_that_looks_like_json_stays_text(
    tiny: TinyBot, emu: BotApiEmulator, clock: FakeClock
) -> None:
    chat_id = await started(emu)
    for text in ("42", "null", "true", '{"a": 1}'):
        message = await tiny.app.bot.send_message(chat_id, text)
        assert message.text == text
        clock.advance(timedelta(seconds=1))  # within Telegram's one a second to a chat


async def test_edit_message_text(tiny: TinyBot, emu: BotApiEmulator) -> None:
    chat_id = await started(emu)
    sent = await tiny.app.bot.send_message(chat_id, "Draft")
    edited = await tiny.app.bot.edit_message_text("Final", chat_id, sent.message_id)
    assert isinstance(edited, type(sent))
    assert edited.edit_date is not None
    assert emu.user("alice").texts() == ["Final"]
    with pytest.raises(BadRequest, match="Message is not modified"):
        await tiny.app.bot.edit_message_text("Final", chat_id, sent.message_id)
    with pytest.raises(BadRequest, match="Message to edit not found"):
        await tiny.app.bot.edit_message_text("Final", chat_id, 999)
    user_message = emu.chat_messages(chat_id)[0].message_id
    with pytest.raises(BadRequest, match="Message can't be edited"):
        await tiny.app.bot.edit_message_text("Hacked", chat_id, user_message)


async def test_delete_message_within_48_hours_only(
    tiny: TinyBot, emu: BotApiEmulator, clock: FakeClock
) -> None:
    chat_id = await started(emu)
    alice = emu.user("alice")
    recent = await tiny.app.bot.send_message(chat_id, "recent")
    clock.advance(timedelta(hours=47, minutes=59))
    assert await tiny.app.bot.delete_message(chat_id, recent.message_id)
    assert [m.text for m in alice.deleted] == ["recent"]
    with pytest.raises(BadRequest, match="Message to delete not found"):
        await tiny.app.bot.delete_message(chat_id, recent.message_id)
    old = await tiny.app.bot.send_message(chat_id, "old")
    clock.advance(timedelta(hours=48))
    with pytest.raises(BadRequest, match="Message can't be deleted for everyone"):
        await tiny.app.bot.delete_message(chat_id, old.message_id)
    assert alice.texts() == ["old"]


async def test_send_and_edit_live_location(
    tiny: TinyBot, emu: BotApiEmulator, clock: FakeClock
) -> None:
    chat_id = await started(emu)
    alice = emu.user("alice")
    sent = await tiny.app.bot.send_location(chat_id, 50.45, 30.52, live_period=120)
    assert sent.location is not None
    assert sent.location.live_period == timedelta(seconds=120)
    await tiny.app.bot.edit_message_live_location(
        chat_id, sent.message_id, latitude=50.46, longitude=30.53
    )
    location = alice.last.location
    assert location is not None
    assert (location.latitude, location.longitude) == (50.46, 30.53)
    clock.advance(timedelta(seconds=2))  # within Telegram's one a second to a chat
    await tiny.app.bot.stop_message_live_location(chat_id, sent.message_id)
    with pytest.raises(BadRequest, match="Message can't be edited"):
        await tiny.app.bot.edit_message_live_location(
            chat_id, sent.message_id, latitude=1.0, longitude=2.0
        )
    expiring = await tiny.app.bot.send_location(chat_id, 1.0, 2.0, live_period=60)
    clock.advance(timedelta(seconds=60))
    with pytest.raises(BadRequest, match="Message can't be edited"):
        await tiny.app.bot.edit_message_live_location(
            chat_id, expiring.message_id, latitude=1.5, longitude=2.0
        )


async def test_set_my_commands_per_language_and_scope(tiny: TinyBot, emu: BotApiEmulator) -> None:
    alice = emu.user("alice")
    olena = emu.user("olena", language_code="uk")
    await alice.send("/start")
    bot = tiny.app.bot
    await bot.set_my_commands([BotCommand("start", "Start"), BotCommand("help", "Help")])
    await bot.set_my_commands([BotCommand("start", "Почати")], language_code="uk")
    await bot.set_my_commands(
        [BotCommand("checkin", "Check in")], scope=BotCommandScopeChat(alice.id)
    )
    uk = await bot.get_my_commands(language_code="uk")
    assert [(c.command, c.description) for c in uk] == [("start", "Почати")]
    assert emu.commands("uk") == [{"command": "start", "description": "Почати"}]
    assert alice.commands == ["checkin"]
    assert olena.commands == ["start"]
    await bot.delete_my_commands(scope=BotCommandScopeChat(alice.id))
    assert alice.commands == ["start", "help"]
    await bot.set_my_commands([BotCommand("sos", "SOS")], scope=BotCommandScopeAllPrivateChats())
    assert (alice.commands, olena.commands) == (["sos"], ["sos"])
    with pytest.raises(BadRequest, match="Invalid language code"):
        await bot.set_my_commands([BotCommand("start", "Start")], language_code="eng")
    with pytest.raises(BadRequest, match="Bot_command_invalid"):
        await bot.set_my_commands([BotCommand("Start", "Start")])


async def test_blocked_and_unknown_users(tiny: TinyBot, emu: BotApiEmulator) -> None:
    chat_id = await started(emu)
    alice = emu.user("alice")
    alice.block_bot()
    with pytest.raises(Forbidden, match="bot was blocked by the user"):
        await tiny.app.bot.send_message(chat_id, "are you there?")
    with pytest.raises(RuntimeError, match="unblock_bot"):
        await alice.send("/start")
    alice.unblock_bot()
    await tiny.app.bot.send_message(chat_id, "welcome back")
    stranger = emu.user("stranger")
    with pytest.raises(Forbidden, match="can't initiate conversation"):
        await tiny.app.bot.send_message(stranger.id, "hi")
    with pytest.raises(BadRequest, match="Chat not found"):
        await tiny.app.bot.send_message(424242, "hi")
    with pytest.raises(BadRequest, match="Chat not found"):
        await tiny.app.bot.send_message("@somechannel", "hi")


async def test_scripted_faults(tiny: TinyBot, emu: BotApiEmulator) -> None:
    chat_id = await started(emu)
    emu.fail_next("sendmessage", 429, retry_after=7)
    with pytest.raises(RetryAfter) as raised:
        await tiny.app.bot.send_message(chat_id, "hi")
    assert raised.value.retry_after == timedelta(seconds=7)
    emu.fail_next("sendMessage", 403, "Forbidden: user is deactivated", chat_id=chat_id, times=2)
    for _ in range(2):
        with pytest.raises(Forbidden, match="deactivated"):
            await tiny.app.bot.send_message(chat_id, "hi")
    await tiny.app.bot.send_message(chat_id, "finally")
    assert emu.user("alice").texts() == ["finally"]


async def test_wrong_token_is_invalid_token(emu: BotApiEmulator) -> None:
    impostor = build_tiny_bot(emu, token="1000000001:WRONG")
    with pytest.raises(InvalidToken):
        await impostor.app.bot.get_me()
    assert emu.calls[-1].method == "getMe"


async def test_unknown_method_is_not_found(tiny: TinyBot) -> None:
    with pytest.raises(EndPointNotFound):
        await tiny.app.bot.do_api_request("sendTelepathy")


async def test_reply_keyboard_stays_until_removed(tiny: TinyBot, emu: BotApiEmulator) -> None:
    chat_id = await started(emu)
    alice = emu.user("alice")
    markup = ReplyKeyboardMarkup([["SOS", "I'm safe"], ["Help"]], resize_keyboard=True)
    await tiny.app.bot.send_message(chat_id, "Choose", reply_markup=markup, protect_content=True)
    await tiny.app.bot.send_message(chat_id, "Still here")
    assert alice.keyboard == [["SOS", "I'm safe"], ["Help"]]
    assert alice.inbox[0].protect_content
    assert not alice.inbox[1].protect_content
    await tiny.app.bot.send_message(chat_id, "Done", reply_markup=ReplyKeyboardRemove())
    assert alice.keyboard is None


async def test_reply_to_a_message(tiny: TinyBot, emu: BotApiEmulator) -> None:
    chat_id = await started(emu)
    first = emu.chat_messages(chat_id)[0].message_id
    reply = await tiny.app.bot.send_message(chat_id, "Answer", reply_to_message_id=first)
    assert reply.reply_to_message is not None
    assert reply.reply_to_message.text == "hello"
    with pytest.raises(BadRequest, match="Message to be replied not found"):
        await tiny.app.bot.send_message(chat_id, "Answer", reply_to_message_id=999)


async def test_chat_action_menu_button_and_get_chat(tiny: TinyBot, emu: BotApiEmulator) -> None:
    chat_id = await started(emu, username="alice_h")
    bot = tiny.app.bot
    assert await bot.send_chat_action(chat_id, ChatAction.TYPING)
    assert emu.chat_actions(chat_id) == ["typing"]
    await bot.set_chat_menu_button(chat_id, MenuButtonCommands())
    assert isinstance(await bot.get_chat_menu_button(chat_id), MenuButtonCommands)
    await bot.set_chat_menu_button(chat_id, MenuButtonDefault())
    assert emu.menu_button(chat_id) == {"type": "default"}
    chat = await bot.get_chat(chat_id)
    assert (chat.id, chat.type, chat.first_name, chat.username) == (
        chat_id,
        "private",
        "Alice",
        "alice_h",
    )
    member = await bot.get_chat_member(chat_id, chat_id)
    assert isinstance(member, ChatMemberMember)


async def test_groups_privacy_mode_and_members(tiny: TinyBot, emu: BotApiEmulator) -> None:
    alice, bob = emu.user("alice"), emu.user("bob")
    group = emu.create_group("Defenders", [alice, "bob"])
    assert group < 0
    assert await bob.send_in_group(group, "just chatting") is None
    update = await bob.send_in_group(group, "/start@defender_test_bot")
    assert update is not None
    assert update["message"]["chat"]["type"] == "group"
    assert [m.text for m in emu.chat_messages(group)][-1] == "Welcome Bob! args: "
    owner = await tiny.app.bot.get_chat_member(group, alice.id)
    assert isinstance(owner, ChatMemberOwner)
    assert (await tiny.app.bot.get_chat_member(group, bob.id)).status == "member"
    outsider = emu.user("carol")
    assert (await tiny.app.bot.get_chat_member(group, outsider.id)).status == "left"
    with pytest.raises(ValueError, match="not a member"):
        await outsider.send_in_group(group, "/start")


async def test_a_user_s_photo_and_voice_note_reach_the_bot_and_can_be_copied(
    tiny: TinyBot, emu: BotApiEmulator
) -> None:
    alice_id = await started(emu, "alice")
    bob_id = await started(emu, "bob")
    photo = await emu.user("alice").send_media("photo", caption="the van")
    voice = await emu.user("alice").send_media("voice")
    assert photo["message"]["photo"][0]["file_id"].startswith("photo-file-")
    assert photo["message"]["caption"] == "the van"
    assert "voice" in voice["message"]
    for sent in (photo, voice):
        copied = await tiny.app.bot.copy_message(
            bob_id, alice_id, sent["message"]["message_id"], protect_content=True
        )
        assert copied.message_id == emu.user("bob").last.message_id
    photo_copy, voice_copy = emu.user("bob").inbox[-2:]
    assert photo_copy.media is not None
    assert photo_copy.media.kind == "photo"
    assert photo_copy.caption == "the van"
    assert photo_copy.protect_content
    assert voice_copy.media is not None
    assert voice_copy.media.kind == "voice"
    with pytest.raises(BadRequest, match=r"(?i)message to copy not found"):
        await tiny.app.bot.copy_message(bob_id, alice_id, 999)


async def test_a_reply_carries_the_message_it_answers(tiny: TinyBot, emu: BotApiEmulator) -> None:
    alice_id = await started(emu, "alice")
    sent = await tiny.app.bot.send_message(alice_id, "Ref Q7XK2M")
    update = await emu.user("alice").reply(sent.message_id, "on my way")
    assert update["message"]["reply_to_message"]["text"] == "Ref Q7XK2M"
    assert update["message"]["text"] == "on my way"
