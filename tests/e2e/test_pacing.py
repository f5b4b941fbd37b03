"""One pacer for everything the bot sends (issue 15): replies paced like alerts, the most
urgent first, a 429 holding only its chat, and a press acted on whatever its answer does."""

import asyncio
from collections.abc import AsyncIterator
from datetime import timedelta

import pytest

from bot.clock import FakeClock
from bot.delivery.lanes import Lane
from bot.domain.outbound import ChatKind, OutboundMessage, Priority
from handlers.answers import COUNTS
from storage.outbox import OutboxRepository
from tests.e2e.alerting import ADMIN_ID, network
from tests.e2e.harness import BotHarness

TOO_OLD = "Bad Request: query is too old and response timeout expired or query ID is invalid"


@pytest.fixture
async def bot(tmp_path) -> AsyncIterator[BotHarness]:
    harness = BotHarness(tmp_path / "data", BOT_ADMINS=ADMIN_ID, BOT_SEND_PRIVATE_BURST="3")
    await harness.start()
    yield harness
    await harness.stop()


def sends_to(bot: BotHarness, chat_id: int) -> list:
    return [
        call
        for call in bot.emulator.calls_to("sendMessage")
        if str(call.params.get("chat_id")) == str(chat_id)
    ]


async def test_a_press_is_acted_on_when_telegram_refuses_its_answer(bot):
    net = await network(bot)
    await net.alice.send("/sos")
    before = COUNTS.total()
    bot.emulator.fail_next("answerCallbackQuery", 400, TOO_OLD)
    await net.bob.press("🙋 I'm on it")
    assert "Everyone involved now knows" in net.bob.last_text
    assert "Bobby is on it" in net.alice.last_text
    assert not any("Something went wrong" in text for text in net.bob.texts())
    assert COUNTS.total() == before + 1


async def test_an_expired_button_is_still_refused_when_its_answer_fails_too(bot):
    net = await network(bot)
    await net.alice.send("/sos")
    alert = net.bob.last
    on_it = alert.flat_buttons[0].callback_data
    await net.alice.press("↩️ False alarm: cancel")
    bot.emulator.fail_next("answerCallbackQuery", 400, TOO_OLD)
    await net.bob.press_data(on_it, alert.message_id)  # on an alert that was cancelled
    assert "Bobby is on it" not in " ".join(net.alice.texts())
    assert not any("Something went wrong" in text for text in net.bob.texts())


async def test_one_persons_replies_come_in_a_short_burst_then_one_a_second(bot):
    alice = bot.user("alice", first_name="Alice")
    await alice.send("/start")
    bot.clock.advance(timedelta(seconds=10))
    start = bot.clock.now()
    for _ in range(6):
        await alice.send("/help")
    times = [(call.at - start).total_seconds() for call in sends_to(bot, alice.id)[-6:]]
    assert all(t < 0.1 for t in times[:3])  # at once (a thirtieth of a second apart)
    assert [round(t, 1) for t in times[3:]] == [1.0, 2.0, 3.0]
    assert len(alice.texts()) >= 7  # every reply arrived


async def test_replies_to_many_people_keep_to_the_overall_limit(tmp_path):
    bot = BotHarness(tmp_path / "data", BOT_SEND_PER_SECOND="4", BOT_SEND_PRIVATE_BURST="3")
    await bot.start()
    try:
        people = [bot.user(f"p{n}", first_name=f"P{n}") for n in range(10)]
        for person in people:
            await person.send("/start")
        stamps = [call.at for call in bot.emulator.calls if call.method == "sendMessage"]
        for first in stamps:
            assert sum(1 for t in stamps if first <= t < first + timedelta(seconds=1)) <= 4
        assert all(person.texts() for person in people)
    finally:
        await bot.stop()


async def test_a_429_for_one_chat_pauses_that_chat_only(bot):
    net = await network(bot)
    bot.clock.advance(timedelta(seconds=10))
    start = bot.clock.now()
    bot.emulator.fail_next("sendMessage", 429, retry_after=7, chat_id=net.bob.id)
    bot.auto_deliver = False
    await net.alice.send("/sos")
    await bot.deliver(within=timedelta(0))  # what may go now
    pacer = bot.app.bot_data.pacer
    assert pacer is not None
    assert pacer.chat_delay(net.bob.id) > timedelta(seconds=6)
    assert pacer.chat_delay(net.alice.id) == timedelta(0)
    assert "SOS sent" in " ".join(net.alice.texts())
    await net.carol.send("/help")  # another chat, answered at once
    assert sends_to(bot, net.carol.id)[-1].at - start < timedelta(seconds=1)
    assert "SOS: Alice" not in (net.bob.last_text or "")
    await bot.deliver()
    assert "SOS: Alice" in net.bob.last_text
    assert sends_to(bot, net.bob.id)[-1].at >= start + timedelta(seconds=7)


async def test_a_reply_told_to_wait_a_little_is_sent_once_its_chat_may_send(bot):
    alice = bot.user("alice", first_name="Alice")
    await alice.send("/start")
    bot.clock.advance(timedelta(seconds=10))
    start = bot.clock.now()
    bot.emulator.fail_next("sendMessage", 429, retry_after=3, chat_id=alice.id)
    await alice.send("/help")
    assert sends_to(bot, alice.id)[-1].at >= start + timedelta(seconds=3)
    assert not any("Something went wrong" in text for text in alice.texts())
    assert len(sends_to(bot, alice.id)) >= 3  # /start's reply, the refused try, the reply


class HeldClock:
    """The harness's fake clock, except that waiting on it waits for the test to let go: what
    is queued at the pacer stays queued while the test adds to it."""

    def __init__(self, clock: FakeClock) -> None:
        self._clock = clock
        self.released = asyncio.Event()

    def now(self):
        return self._clock.now()

    def monotonic(self) -> float:
        return self._clock.monotonic()

    async def sleep(self, seconds: float) -> None:
        await self.released.wait()
        await self._clock.sleep(seconds)


async def test_a_defenders_sos_reply_goes_ahead_of_a_burst_of_others_messages(tmp_path):
    bot = BotHarness(
        tmp_path / "data", BOT_ADMINS=ADMIN_ID, BOT_SEND_PER_SECOND="2", BOT_SEND_PRIVATE_BURST="3"
    )
    await bot.start()
    try:
        net = await network(bot)
        others = [bot.user(f"p{n}", first_name=f"P{n}") for n in range(10)]
        for person in others:
            await person.send("/start")
        bot.clock.advance(timedelta(seconds=10))
        outbox = OutboxRepository(bot.database)
        for person in others:
            message = OutboundMessage("Time to check in")
            await outbox.enqueue(
                person.id, ChatKind.PRIVATE, message, Priority.REMINDER, bot.clock.now()
            )
        pacer = bot.app.bot_data.pacer
        held = HeldClock(bot.clock)
        pacer.clock = held
        bot.auto_deliver = False
        burst = asyncio.create_task(bot.deliver())
        await _until(lambda: pacer.waiting().count(Lane.REMINDER) == 8)
        sos = asyncio.create_task(net.alice.send("/sos"))
        await _until(lambda: Lane.DISTRESS in pacer.waiting())
        # The SOS's answer (and then its alert) ahead of the eight reminders still waiting.
        assert pacer.waiting()[0] is Lane.DISTRESS
        held.released.set()
        await sos
        await burst
        order = [c.params["text"] for c in bot.emulator.calls if c.method == "sendMessage"]
        reply = next(n for n, text in enumerate(order) if "SOS sent" in text)
        assert order[reply - 2 : reply] == ["Time to check in"] * 2  # only the first two
        assert order[reply + 1 :].count("Time to check in") == 8
    finally:
        await bot.stop()


async def _until(condition) -> None:
    """Let the other tasks (and the database's thread) run until `condition` holds; nothing
    here is measured, the bound only keeps a broken test from hanging."""
    for _ in range(20_000):
        if condition():
            return
        await asyncio.sleep(0.0005)
    raise AssertionError("never happened")
