"""The emulator is as strict as Telegram: flood limits answered with 429 and retry_after,
button presses that expire, and the values Telegram refuses."""

from datetime import timedelta

import pytest
from telegram.constants import ParseMode
from telegram.error import BadRequest, RetryAfter

from bot.clock import FakeClock
from bot.emulator.core import BotApiEmulator
from bot.emulator.limits import RateLimits
from tests.emulator.tinybot import TinyBot

SECOND = timedelta(seconds=1)


async def started(emu: BotApiEmulator, name: str) -> int:
    user = emu.user(name)
    await user.send("hello")
    return user.id


async def test_a_burst_to_one_private_chat_is_refused_after_its_allowance(
    tiny: TinyBot, emu: BotApiEmulator, clock: FakeClock
) -> None:
    emu.set_rate_limits(RateLimits(private_burst=3))
    chat_id = await started(emu, "alice")
    for n in range(3):
        await tiny.app.bot.send_message(chat_id, f"burst {n}")
    with pytest.raises(RetryAfter) as raised:
        await tiny.app.bot.send_message(chat_id, "one too many")
    assert raised.value.retry_after == SECOND
    assert emu.user("alice").texts() == ["burst 0", "burst 1", "burst 2"]  # refused: not sent
    assert emu.refused_for_rate == 1


async def test_a_refused_chat_stays_refused_until_retry_after_and_only_that_chat(
    tiny: TinyBot, emu: BotApiEmulator, clock: FakeClock
) -> None:
    emu.set_rate_limits(RateLimits(private_burst=1, private_per_second=0.25))
    alice, bob = await started(emu, "alice"), await started(emu, "bob")
    await tiny.app.bot.send_message(alice, "first")
    with pytest.raises(RetryAfter) as raised:
        await tiny.app.bot.send_message(alice, "second")
    assert raised.value.retry_after == timedelta(seconds=4)
    await tiny.app.bot.send_message(bob, "another chat is not held back")
    clock.advance(timedelta(seconds=3))
    with pytest.raises(RetryAfter):
        await tiny.app.bot.send_message(alice, "still too early")
    clock.advance(SECOND)
    await tiny.app.bot.send_message(alice, "after the wait")
    assert emu.user("alice").texts() == ["first", "after the wait"]


async def test_the_allowance_refills_at_one_a_second(
    tiny: TinyBot, emu: BotApiEmulator, clock: FakeClock
) -> None:
    emu.set_rate_limits(RateLimits(private_burst=2))
    chat_id = await started(emu, "alice")
    for n in range(10):
        await tiny.app.bot.send_message(chat_id, f"paced {n}")
        clock.advance(SECOND)
    assert len(emu.user("alice").texts()) == 10


async def test_edits_count_as_sends(tiny: TinyBot, emu: BotApiEmulator) -> None:
    emu.set_rate_limits(RateLimits(private_burst=2))
    chat_id = await started(emu, "alice")
    sent = await tiny.app.bot.send_message(chat_id, "draft")
    await tiny.app.bot.edit_message_text("second draft", chat_id, sent.message_id)
    with pytest.raises(RetryAfter):
        await tiny.app.bot.edit_message_text("third draft", chat_id, sent.message_id)


async def test_thirty_a_second_overall_then_every_chat_waits(
    tiny: TinyBot, emu: BotApiEmulator, clock: FakeClock
) -> None:
    chats = [await started(emu, f"person{n}") for n in range(31)]
    for chat_id in chats[:30]:
        await tiny.app.bot.send_message(chat_id, "notice")
    with pytest.raises(RetryAfter):
        await tiny.app.bot.send_message(chats[30], "the thirty-first in one second")
    with pytest.raises(RetryAfter):
        await tiny.app.bot.send_message(chats[0], "any chat, while the bot is held back")
    clock.advance(SECOND)
    await tiny.app.bot.send_message(chats[30], "a second later")


async def test_twenty_a_minute_to_a_group(
    tiny: TinyBot, emu: BotApiEmulator, clock: FakeClock
) -> None:
    group = emu.create_group("Coordinators", ["alice", "bob"])
    for n in range(20):
        await tiny.app.bot.send_message(group, f"update {n}")
        clock.advance(timedelta(seconds=2))
    with pytest.raises(RetryAfter) as raised:
        await tiny.app.bot.send_message(group, "the twenty-first within a minute")
    assert raised.value.retry_after == timedelta(seconds=20)  # the first drops out at 60 s
    clock.advance(timedelta(seconds=20))
    await tiny.app.bot.send_message(group, "once the first has dropped out")


async def test_a_person_acting_gives_the_bot_room_to_answer(
    tiny: TinyBot, emu: BotApiEmulator
) -> None:
    """On a fake clock people act at one instant; each action counts as the seconds a
    person takes, so answering every message is never a flood."""
    alice = emu.user("alice")
    for _ in range(20):
        await alice.send("/start")
    assert len(alice.texts()) == 20
    assert emu.refused_for_rate == 0


async def test_limits_can_be_stated_or_switched_off(tiny: TinyBot, emu: BotApiEmulator) -> None:
    chat_id = await started(emu, "alice")
    emu.set_rate_limits(None)
    for n in range(50):
        await tiny.app.bot.send_message(chat_id, f"unlimited {n}")
    strict = BotApiEmulator(now=FakeClock().now)
    assert strict.limiter is not None
    assert strict.limiter.limits == RateLimits()


# ------------------------------------------------------------------ callback queries


async def test_a_press_can_be_answered_for_fifteen_seconds_and_not_after(
    tiny: TinyBot, emu: BotApiEmulator, clock: FakeClock
) -> None:
    alice = emu.user("alice")
    await alice.send("/start")
    emu.set_update_sink(None)  # the presses wait, as they would behind a slow bot
    await alice.press("Accept")
    await alice.press("Decline")
    late, in_time = emu.pending_callback_queries
    clock.advance(timedelta(seconds=15))
    assert await tiny.app.bot.answer_callback_query(in_time, "just in time")
    clock.advance(SECOND)
    with pytest.raises(BadRequest, match="Query is too old"):
        await tiny.app.bot.answer_callback_query(late, "too late")
    assert alice.answers == ["just in time"]


async def test_a_callback_answer_over_200_characters_is_refused(
    tiny: TinyBot, emu: BotApiEmulator
) -> None:
    alice = emu.user("alice")
    await alice.send("/start")
    emu.set_update_sink(None)
    await alice.press("Accept")
    (query_id,) = emu.pending_callback_queries
    with pytest.raises(BadRequest, match="Message_too_long"):
        await tiny.app.bot.answer_callback_query(query_id, "x" * 201)
    assert await tiny.app.bot.answer_callback_query(query_id, "x" * 200)


# ------------------------------------------------------------------ refused values


async def test_an_unquoted_href_is_refused_unless_it_is_a_name_token(
    tiny: TinyBot, emu: BotApiEmulator, clock: FakeClock
) -> None:
    chat_id = await started(emu, "alice")
    with pytest.raises(BadRequest, match="nexpected end of name token at byte offset 8"):
        await tiny.app.bot.send_message(
            chat_id, "<a href=https://example.org>x</a>", ParseMode.HTML
        )
    message = await tiny.app.bot.send_message(chat_id, "<a href=Example.ORG>x</a>", ParseMode.HTML)
    assert message.entities[0].url == "example.org"  # a name token, lower-cased
    clock.advance(SECOND)
    quoted = await tiny.app.bot.send_message(
        chat_id, '<a href="https://example.org/a?b=c">x</a>', ParseMode.HTML
    )
    assert quoted.entities[0].url == "https://example.org/a?b=c"


@pytest.mark.parametrize(
    ("extra", "refusal"),
    [
        ({"horizontal_accuracy": 1500.5}, "Wrong horizontal accuracy"),
        ({"horizontal_accuracy": -1}, "Wrong horizontal accuracy"),
        ({"heading": 0}, "Wrong heading"),
        ({"heading": 361}, "Wrong heading"),
        ({"proximity_alert_radius": 100001}, "Wrong proximity alert radius"),
    ],
)
async def test_locations_outside_their_ranges_are_refused(
    tiny: TinyBot, emu: BotApiEmulator, extra: dict[str, float], refusal: str
) -> None:
    chat_id = await started(emu, "alice")
    with pytest.raises(BadRequest, match=refusal):
        await tiny.app.bot.send_location(chat_id, 10.0, 20.0, live_period=60, **extra)
    with pytest.raises(BadRequest, match="Wrong coordinates"):
        await tiny.app.bot.send_location(chat_id, 90.5, 20.0)
    assert emu.user("alice").inbox == []
