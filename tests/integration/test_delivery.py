"""The outbox and its worker against the emulated Bot API, on a fake clock."""

import asyncio
from datetime import timedelta

import pytest
from telegram import Bot

from bot.clock import FakeClock
from bot.delivery.transport import TelegramTransport
from bot.delivery.worker import LEASE, DeliveryWorker
from bot.domain.outbound import ChatKind, OutboundMessage, Priority
from bot.emulator.core import BotApiEmulator
from bot.emulator.inprocess import EmulatorRequest
from storage.db import database_files
from storage.outbox import OutboxRepository


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def emulator(clock) -> BotApiEmulator:
    return BotApiEmulator(now=clock.now)


@pytest.fixture
async def bot(emulator):
    telegram_bot = Bot(emulator.token, request=EmulatorRequest(emulator))
    await telegram_bot.initialize()
    yield telegram_bot
    await telegram_bot.shutdown()


@pytest.fixture
def outbox(db) -> OutboxRepository:
    return OutboxRepository(db)


async def people(emulator, *names):
    found = []
    for name in names:
        person = emulator.user(name, first_name=name.title())
        await person.send("/start")  # Telegram lets a bot write only to people who wrote first
        found.append(person)
    return found


def worker(outbox, bot, clock, **kwargs) -> DeliveryWorker:
    return DeliveryWorker(outbox, TelegramTransport(bot), clock, **kwargs)


async def queue(outbox, clock, person, text, priority=Priority.OTHER, **kwargs) -> str:
    message = OutboundMessage(text, **kwargs)
    return await outbox.enqueue(person.id, ChatKind.PRIVATE, message, priority, clock.now())


async def test_messages_go_out_and_their_telegram_ids_are_recorded(outbox, bot, clock, emulator):
    (alice,) = await people(emulator, "alice")
    item = await queue(
        outbox, clock, alice, "<b>Alert</b> AB12", buttons=((("I'm on it", "x.0"),),)
    )
    report = await worker(outbox, bot, clock).run_once()
    assert report.sent == 1
    assert alice.last_text == "Alert AB12"
    assert alice.last.protect_content
    assert alice.last.buttons == [["I'm on it"]]
    assert await outbox.sent_message_id(item) == alice.last.message_id
    assert (await worker(outbox, bot, clock).run_once()).sent == 0


async def test_distress_goes_before_escalations_before_reminders_before_the_rest(
    outbox, bot, clock, emulator
):
    people_by_priority = await people(emulator, "other", "reminder", "escalation", "distress")
    for person, priority in zip(people_by_priority, reversed(Priority), strict=True):
        await queue(outbox, clock, person, person.name, priority)
    await worker(outbox, bot, clock).run_once()
    sends = [c.params["text"] for c in emulator.calls_to("sendMessage")]
    assert sends == ["distress", "escalation", "reminder", "other"]


async def test_one_private_chat_gets_one_message_a_second_others_are_not_held_back(
    outbox, bot, clock, emulator
):
    alice, bob = await people(emulator, "alice", "bob")
    for n in range(3):
        await queue(outbox, clock, alice, f"alice {n}")
    await queue(outbox, clock, bob, "bob 0")
    delivery = worker(outbox, bot, clock)
    report = await delivery.run_once()
    assert (report.sent, report.waiting) == (2, 2)
    assert alice.texts() == ["alice 0"]
    assert bob.texts() == ["bob 0"]
    clock.advance(timedelta(seconds=1))
    await delivery.run_once()
    clock.advance(timedelta(seconds=1))
    await delivery.run_once()
    assert alice.texts() == ["alice 0", "alice 1", "alice 2"]


async def test_a_retry_after_holds_only_that_chat(outbox, bot, clock, emulator):
    alice, bob = await people(emulator, "alice", "bob")
    emulator.fail_next("sendMessage", 429, retry_after=30, chat_id=alice.id)
    await queue(outbox, clock, alice, "SOS for alice", Priority.DISTRESS)
    await queue(outbox, clock, bob, "SOS for bob", Priority.DISTRESS)
    delivery = worker(outbox, bot, clock)
    report = await delivery.run_once()
    assert (report.sent, report.retrying) == (1, 1)
    assert bob.texts() == ["SOS for bob"]
    clock.advance(timedelta(seconds=29))
    assert (await delivery.run_once()).sent == 0
    clock.advance(timedelta(seconds=1))
    assert (await delivery.run_once()).sent == 1
    assert alice.texts() == ["SOS for alice"]


async def test_network_trouble_is_retried_with_backoff(outbox, bot, clock, emulator):
    (alice,) = await people(emulator, "alice")
    emulator.fail_next("sendMessage", 502, "Bad Gateway", times=2)
    await queue(outbox, clock, alice, "hello")
    delivery = worker(outbox, bot, clock)
    assert (await delivery.run_once()).retrying == 1
    clock.advance(timedelta(seconds=5))
    assert (await delivery.run_once()).retrying == 1
    clock.advance(timedelta(seconds=9))
    assert (await delivery.run_once()).sent == 0  # the second wait is 10 s
    clock.advance(timedelta(seconds=1))
    assert (await delivery.run_once()).sent == 1


async def test_a_recipient_who_blocked_the_bot_is_reported_not_retried(
    outbox, bot, clock, emulator
):
    alice, bob = await people(emulator, "alice", "bob")
    alice.block_bot()
    gone = []

    async def recipient_gone(item) -> None:
        gone.append(item.chat_id)

    await queue(outbox, clock, alice, "SOS", Priority.DISTRESS)
    await queue(outbox, clock, bob, "SOS", Priority.DISTRESS)
    report = await worker(outbox, bot, clock, on_recipient_gone=recipient_gone).run_once()
    assert (report.sent, report.failed) == (1, 1)
    assert gone == [alice.id]
    clock.advance(timedelta(hours=1))
    assert (await worker(outbox, bot, clock).run_once()).sent == 0


async def test_a_crash_after_sending_resends_once_the_lease_expires(outbox, bot, clock, emulator):
    """At least once: the row is claimed, sent, and the process dies before recording it."""
    (alice,) = await people(emulator, "alice")
    await queue(outbox, clock, alice, "SOS ref AB12", Priority.DISTRESS)
    claimed = await outbox.claim(clock.now(), LEASE, 10)
    await TelegramTransport(bot).send(claimed[0].chat_id, claimed[0].message)  # then "crash"
    assert (await worker(outbox, bot, clock).run_once()).sent == 0  # still leased
    clock.advance(LEASE)
    assert (await worker(outbox, bot, clock).run_once()).sent == 1
    assert alice.texts() == ["SOS ref AB12", "SOS ref AB12"]  # one duplicate, never a loss


async def test_concurrent_workers_never_send_a_row_twice(outbox, bot, clock, emulator):
    (alice,) = await people(emulator, "alice")
    others = await people(emulator, *[f"p{n}" for n in range(20)])
    for person in [alice, *others]:
        await queue(outbox, clock, person, f"for {person.name}")
    first, second = worker(outbox, bot, clock), worker(outbox, bot, clock)
    reports = await asyncio.gather(first.run_once(), second.run_once())
    assert sum(r.sent for r in reports) == 21
    assert len(emulator.calls_to("sendMessage")) == 21


async def test_outbox_contents_are_encrypted_on_disk(db, outbox, clock):
    await outbox.enqueue(
        7_301_118_243,
        ChatKind.PRIVATE,
        OutboundMessage("Amina was detained at Bang Khen"),
        Priority.DISTRESS,
        clock.now(),
    )
    await db.checkpoint()
    stored = b"".join(f.read_bytes() for f in database_files(db.path) if f.exists())
    assert b"Bang Khen" not in stored
    assert b"7301118243" not in stored
