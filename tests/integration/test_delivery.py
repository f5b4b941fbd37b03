"""The outbox and its worker against the emulated Bot API, on a fake clock."""

import asyncio
from datetime import timedelta

import pytest
from telegram import Bot

from bot.clock import FakeClock
from bot.delivery.paced_request import PacedRequest
from bot.delivery.scheduler import SendScheduler
from bot.delivery.transport import FailureKind, TelegramTransport
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
def pacer(clock) -> SendScheduler:
    return SendScheduler(clock)


@pytest.fixture
async def bot(emulator, pacer):
    # As the bot is built: every call waits at the pacer the worker asks about held chats.
    telegram_bot = Bot(emulator.token, request=PacedRequest(EmulatorRequest(emulator), pacer))
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
    pacer = bot.request.scheduler
    return DeliveryWorker(outbox, TelegramTransport(bot), clock, pacer=pacer, **kwargs)


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
    people_by_priority = await people(
        emulator, "cleanup", "other", "reminder", "escalation", "distress"
    )
    for person, priority in zip(people_by_priority, reversed(Priority), strict=True):
        await queue(outbox, clock, person, person.name, priority)
    await worker(outbox, bot, clock).run_once()
    sends = [c.params["text"] for c in emulator.calls_to("sendMessage")]
    assert sends == ["distress", "escalation", "reminder", "other", "cleanup"]


async def test_one_private_chat_gets_a_short_burst_then_one_a_second_others_not_held_back(
    outbox, bot, clock, emulator
):
    alice, bob = await people(emulator, "alice", "bob")
    clock.advance(timedelta(seconds=10))  # their /start replies are long past
    for n in range(5):
        await queue(outbox, clock, alice, f"alice {n}")
    await queue(outbox, clock, bob, "bob 0")
    delivery = worker(outbox, bot, clock)
    while (await delivery.run_once()).sent:
        pass
    alice_got = [t for t in alice.texts() if t.startswith("alice ")]
    assert alice_got == ["alice 0", "alice 1", "alice 2"]  # the burst, in order
    assert bob.texts()[-1:] == ["bob 0"]
    assert (await delivery.run_once()).sent == 0  # the burst is spent
    clock.advance(timedelta(seconds=1.1))
    assert (await delivery.run_once()).sent == 1
    assert (await delivery.run_once()).sent == 0
    clock.advance(timedelta(seconds=1.1))
    assert (await delivery.run_once()).sent == 1
    assert alice.texts()[-2:] == ["alice 3", "alice 4"], alice.texts()


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

    async def undeliverable(item, error) -> None:
        gone.append((item.chat_id, error.kind))

    await queue(outbox, clock, alice, "SOS", Priority.DISTRESS)
    await queue(outbox, clock, bob, "SOS", Priority.DISTRESS)
    report = await worker(outbox, bot, clock, on_undeliverable=undeliverable).run_once()
    assert (report.sent, report.failed) == (1, 1)
    assert gone == [(alice.id, FailureKind.RECIPIENT_GONE)]
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
    sent = 0
    for _ in range(5):
        reports = await asyncio.gather(first.run_once(), second.run_once())
        sent += sum(r.sent for r in reports)
    assert sent == 21
    recipients = [c.params["chat_id"] for c in emulator.calls_to("sendMessage")]
    assert sorted(recipients) == sorted(p.id for p in [alice, *others])


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
    for form in (
        b"7301118243",
        (7_301_118_243).to_bytes(8, "big"),
        (7_301_118_243).to_bytes(8, "little"),
    ):
        assert form not in stored


async def test_a_message_telegram_refuses_is_reported_not_dropped_silently(
    outbox, bot, clock, emulator
):
    (alice,) = await people(emulator, "alice")
    failures = []

    async def undeliverable(item, error) -> None:
        failures.append(error.kind)

    await queue(outbox, clock, alice, "help <me", Priority.DISTRESS)  # not valid HTML
    report = await worker(outbox, bot, clock, on_undeliverable=undeliverable).run_once()
    assert report.failed == 1
    assert failures == [FailureKind.REJECTED]


async def test_a_group_that_became_a_supergroup_is_reported_with_its_new_id(outbox, clock):
    from telegram.error import ChatMigrated

    from bot.delivery.transport import classify

    error = classify(ChatMigrated(-1001234))
    assert error.kind is FailureKind.CHAT_MOVED
    assert error.new_chat_id == -1001234


async def test_a_failing_callback_does_not_hold_the_rest_of_the_round(outbox, bot, clock, emulator):
    alice, bob = await people(emulator, "alice", "bob")
    alice.block_bot()

    async def broken(item, error) -> None:
        raise RuntimeError("the engine fell over")

    await queue(outbox, clock, alice, "SOS", Priority.DISTRESS)
    await queue(outbox, clock, bob, "SOS", Priority.DISTRESS)
    await worker(outbox, bot, clock, on_undeliverable=broken).run_once()
    assert bob.texts() == ["SOS"]


async def test_an_unreadable_row_is_failed_and_does_not_hold_the_others(
    db, outbox, bot, clock, emulator
):
    alice, bob = await people(emulator, "alice", "bob")
    bad = await queue(outbox, clock, alice, "SOS", Priority.DISTRESS)
    await queue(outbox, clock, bob, "SOS", Priority.DISTRESS)
    async with db.transaction() as tx:  # a damaged ciphertext
        await tx.execute("UPDATE outbox SET payload_ct = x'0100' WHERE id = ?", (bad,))
    report = await worker(outbox, bot, clock).run_once()
    assert report.sent == 1
    assert bob.texts() == ["SOS"]
    async with db.read() as tx:
        assert await tx.scalar("SELECT state FROM outbox WHERE id = ?", (bad,)) == "failed"


async def test_distress_retries_at_least_every_thirty_seconds(outbox, bot, clock, emulator):
    from bot.delivery.worker import backoff

    assert backoff(10, Priority.DISTRESS) == timedelta(seconds=30)
    assert backoff(10, Priority.REMINDER) == timedelta(minutes=5)
    assert backoff(1000, Priority.OTHER) == timedelta(minutes=5)


async def test_what_is_withdrawn_is_not_sent(db, outbox, bot, clock, emulator):
    (alice,) = await people(emulator, "alice")
    message = OutboundMessage("reminder about AB12")
    await outbox.enqueue(
        alice.id, ChatKind.PRIVATE, message, Priority.REMINDER, clock.now(), topic="AB12"
    )
    async with db.transaction() as tx:
        assert await outbox.cancel_topic_in(tx, "AB12") == 1
    assert (await worker(outbox, bot, clock).run_once()).sent == 0
    assert alice.texts() == []


async def test_a_group_is_not_sent_a_burst(outbox, bot, clock, emulator):
    admin = emulator.user("admin")
    group = emulator.create_group("Coordinators", [admin])
    for n in range(3):
        await outbox.enqueue(
            group, ChatKind.GROUP, OutboundMessage(f"alert {n}"), Priority.ESCALATION, clock.now()
        )
    delivery = worker(outbox, bot, clock)
    assert (await delivery.run_once()).sent == 1
    clock.advance(timedelta(seconds=1))
    assert (await delivery.run_once()).sent == 1


async def test_a_live_location_is_sent_then_moved_in_place(db, outbox, bot, clock, emulator):
    from bot.domain.outbound import SharedLocation

    (alice,) = await people(emulator, "alice")
    first = await outbox.enqueue(
        alice.id,
        ChatKind.PRIVATE,
        OutboundMessage(location=SharedLocation(13.75, 100.5, 3600)),
        Priority.DISTRESS,
        clock.now(),
    )
    async with db.transaction() as tx:
        await outbox.enqueue_in(
            tx,
            alice.id,
            ChatKind.PRIVATE,
            OutboundMessage(location=SharedLocation(13.8, 100.6, 3600), moves=first),
            Priority.DISTRESS,
            clock.now(),
        )
    sender = worker(outbox, bot, clock)
    report = await sender.run_once()
    assert (report.sent, report.waiting) == (1, 1)  # the move waits for the location it moves
    clock.advance(timedelta(seconds=2))
    assert (await sender.run_once()).sent == 1
    moved = [m for m in alice.inbox if m.location is not None]
    assert len(moved) == 1
    assert moved[0].location.latitude == pytest.approx(13.8)


async def test_a_move_of_a_location_that_never_went_is_dropped(db, outbox, bot, clock, emulator):
    from bot.domain.outbound import SharedLocation

    (alice,) = await people(emulator, "alice")
    first = await queue(outbox, clock, alice, "placeholder")
    await outbox.mark_failed(first, "recipient-gone")
    await outbox.enqueue(
        alice.id,
        ChatKind.PRIVATE,
        OutboundMessage(location=SharedLocation(1.0, 2.0), moves=first),
        Priority.DISTRESS,
        clock.now(),
    )
    report = await worker(outbox, bot, clock).run_once()
    assert (report.sent, report.failed) == (0, 1)


async def test_next_due_and_purge_follow_the_rows(outbox, bot, clock, emulator):
    (alice,) = await people(emulator, "alice")
    assert await outbox.next_due() is None
    item = await queue(outbox, clock, alice, "hello")
    assert await outbox.next_due() == clock.now()
    await outbox.give_back(item, clock.now() + timedelta(seconds=40), tried=True)
    assert await outbox.next_due() == clock.now() + timedelta(seconds=40)
    clock.advance(timedelta(seconds=40))
    assert (await worker(outbox, bot, clock).run_once()).sent == 1
    assert await outbox.next_due() is None
    created = clock.now() - timedelta(seconds=40)
    assert await outbox.purge(created) == 0  # only rows created before the cut are purged
    clock.advance(timedelta(days=1))
    assert await outbox.purge(clock.now()) == 1
    assert await outbox.sent_message_id(item) is None


async def test_a_copy_of_a_user_s_photo_goes_out_protected_and_the_copy_is_not_kept(
    outbox, bot, clock, emulator, db
):
    from bot.domain.outbound import CopiedMessage

    alice, bob = await people(emulator, "alice", "bob")
    sent = await alice.send_media("photo", caption="the van")
    copied = CopiedMessage(alice.id, sent["message"]["message_id"])
    item_id = await outbox.enqueue(
        bob.id, ChatKind.PRIVATE, OutboundMessage(copy_of=copied), Priority.ESCALATION, clock.now()
    )
    (claimed,) = await outbox.claim(clock.now(), LEASE, 10)
    assert claimed.message.copy_of == copied  # through the encrypted payload and back
    await outbox.give_back(item_id, clock.now(), tried=False)
    report = await worker(outbox, bot, clock).run_once()
    assert report.sent == 1
    assert bob.last.media is not None
    assert (bob.last.media.kind, bob.last.caption) == ("photo", "the van")
    assert bob.last.protect_content
    assert await outbox.state_of(item_id) == "sent"


async def test_taking_a_message_away_twice_is_no_error(outbox, bot, clock, emulator):
    """A redaction sent again after a crash (at least once) finds its work done already."""
    from bot.domain.outbound import RedactAction, Redaction, SharedLocation

    (alice,) = await people(emulator, "alice")
    await queue(outbox, clock, alice, "<b>SOS</b> at the border")
    await queue(outbox, clock, alice, "", location=SharedLocation(13.7, 100.5, 3600))
    delivery = worker(outbox, bot, clock)
    assert (await delivery.run_once()).sent == 1
    clock.advance(timedelta(seconds=2))
    assert (await delivery.run_once()).sent == 1
    text, place = alice.inbox
    for _ in range(2):
        for redaction, stub in (
            (Redaction(text.message_id, RedactAction.STUB), "Ref X · details removed."),
            (Redaction(place.message_id, RedactAction.STOP), ""),
            (Redaction(place.message_id, RedactAction.DELETE), ""),
        ):
            await queue(outbox, clock, alice, stub, Priority.CLEANUP, redact=redaction)
            clock.advance(timedelta(seconds=2))
            report = await delivery.run_once()
            assert (report.sent, report.failed) == (1, 0), redaction
    assert [m.text for m in alice.inbox] == ["Ref X · details removed."]
    assert alice.deleted == [place]
    assert place.live_stopped
    assert len(emulator.calls_to("deleteMessage")) == 2


class TickingClock(FakeClock):
    """A clock that moves on a little every time it is read, as a real one does."""

    def now(self):
        self.advance(timedelta(microseconds=5))
        return super().now()


async def test_rows_go_out_on_a_clock_that_moves_while_the_worker_reads_it(outbox, emulator):
    clock = TickingClock()
    bot = Bot(emulator.token, request=PacedRequest(EmulatorRequest(emulator), SendScheduler(clock)))
    await bot.initialize()
    try:
        (alice,) = await people(emulator, "alice")
        await queue(outbox, clock, alice, "SOS for alice", Priority.DISTRESS)
        delivery = DeliveryWorker(
            outbox, TelegramTransport(bot), clock, pacer=bot.request.scheduler
        )
        assert (await delivery.run_once()).sent == 1
        assert alice.texts() == ["SOS for alice"]
    finally:
        await bot.shutdown()
