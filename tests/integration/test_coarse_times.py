"""The file shows coarse timing only: no stored time carries seconds' fractions, the outbox keeps
the day once a row is settled, wake-ups keep the minute; and yet every deadline fires exactly
when it is due, not a second earlier or later."""

from datetime import UTC, datetime, timedelta

from bot.domain.alerts import AlertKind, ContactRef, Policy, raise_alert
from bot.domain.checkins import Interval, Schedule, next_wake
from bot.domain.copies import AlertCopy, CopyKind
from bot.domain.interaction import ButtonAction, Conversation
from bot.domain.outbound import ChatKind, OutboundMessage, Priority
from bot.domain.users import TelegramIdentity
from storage.alert_copies import AlertCopyRepository
from storage.alerts import AlertRepository
from storage.buttons import ButtonRepository
from storage.contacts import ContactRepository, hash_token
from storage.conversations import ConversationRepository
from storage.outbox import OutboxRepository
from storage.schedules import ScheduleRepository
from storage.sent_messages import SentMessageRepository
from storage.users import UserRepository

# An awkward moment: seconds and microseconds.
NOW = datetime(2026, 3, 1, 12, 7, 41, 654321, tzinfo=UTC)
MILLISECOND, SECOND, MINUTE, DAY = 1_000, 1_000_000, 60_000_000, 86_400_000_000
# Only a pending outbox row's next try and lease, cleared or coarsened once it settles.
PENDING = {"outbox.not_before", "outbox.lease_until"}


async def stored_times(db) -> dict[str, list[int]]:
    """Every value of every time column in the file."""
    found: dict[str, list[int]] = {}
    async with db.read() as tx:
        tables = await tx.fetchall("SELECT name FROM sqlite_master WHERE type = 'table'")
        for (table,) in tables:
            for column in await tx.fetchall(f"PRAGMA table_info({table})"):
                name = column["name"]
                if name.endswith(("_at", "_until")):
                    rows = await tx.fetchall(f"SELECT {name} FROM {table} WHERE {name} IS NOT NULL")
                    found[f"{table}.{name}"] = [row[0] for row in rows]
    return found


async def test_no_stored_time_is_finer_than_the_design_allows(db):
    users = UserRepository(db)
    alice, _ = await users.register(TelegramIdentity(1, 1, "Alice", "en"), NOW)
    bobby, _ = await users.register(TelegramIdentity(2, 2, "Bobby", "en"), NOW)
    contacts = ContactRepository(db)
    days = timedelta(days=3, seconds=1.5)
    invite = await contacts.create_invite(alice.id, hash_token("t" * 22), "B", "A", 1, NOW, days, 9)
    await contacts.create_invite(alice.id, hash_token("u" * 22), "B", "A", 1, NOW, days, 9)
    await contacts.accept_invite(invite.id, bobby.id, NOW)
    await ButtonRepository(db).issue(
        alice.id, [ButtonAction("a", "b")], NOW, timedelta(seconds=90.5), single_use=True
    )
    await ConversationRepository(db).save(
        alice.id, Conversation("invite", "label"), NOW, timedelta(minutes=10, seconds=3)
    )
    await SentMessageRepository(db).record(
        alice.id, 1, 99, NOW, sensitive=True, delete_at=NOW + timedelta(seconds=30.25)
    )
    alert, _ = raise_alert(
        "a1", alice.id, AlertKind.SOS, (ContactRef("c", 1),), True, Policy(), NOW
    )
    async with db.transaction() as tx:
        await AlertRepository(db).insert_in(tx, alert)
        await ScheduleRepository(db).save_in(
            tx,
            alice.id,
            Schedule(rule=Interval(timedelta(hours=2)), due_at=NOW + timedelta(hours=2)),
            0,
        )
    copies = AlertCopyRepository(db)
    held = AlertCopy("a1", "c", 1, False, 7, CopyKind.TEXT)
    async with db.transaction() as tx:
        await copies.record_in(tx, held, NOW + timedelta(hours=24, seconds=0.5), NOW)
        await copies.record_in(tx, held, NOW, NOW)  # due at once
    outbox = OutboxRepository(db)
    sent = await outbox.enqueue(1, ChatKind.PRIVATE, OutboundMessage("x"), Priority.DISTRESS, NOW)
    retried = await outbox.enqueue(
        2, ChatKind.PRIVATE, OutboundMessage("y"), Priority.DISTRESS, NOW
    )
    claimed = await outbox.claim(NOW, timedelta(seconds=30.5), 10)
    assert {item.id for item in claimed} == {sent, retried}
    assert await outbox.mark_sent(sent, 1234)
    await outbox.give_back(retried, NOW + timedelta(seconds=2.5), tried=True)

    times = await stored_times(db)
    assert len(times) >= 10
    assert sum(bool(values) for values in times.values()) >= 8
    for column, values in times.items():
        unit = MILLISECOND if column in PENDING else SECOND
        assert all(value % unit == 0 for value in values), column
    for column in (
        "alerts.next_wake_at",
        "schedules.next_wake_at",
        "button_sets.expires_at",
        "invites.expires_at",
        "conversations.expires_at",
        "sent_messages.delete_at",
        "alert_copies.redact_at",
    ):
        assert times[column], column
        assert all(value % MINUTE == 0 for value in times[column]), column
    assert all(value % DAY == 0 for value in times["outbox.created_at"])
    async with db.read() as tx:
        settled = await tx.fetchone("SELECT * FROM outbox WHERE id = ?", (sent,))
    assert settled["not_before"] == settled["created_at"]  # only the day is left
    assert settled["lease_until"] is None


async def test_an_alert_deadline_fires_exactly_when_due_though_the_file_keeps_the_minute(db):
    alice, _ = await UserRepository(db).register(TelegramIdentity(1, 1, "Alice", "en"), NOW)
    alerts = AlertRepository(db)
    alert, _ = raise_alert(
        "a1", alice.id, AlertKind.SOS, (ContactRef("c", 1),), True, Policy(), NOW
    )
    async with db.transaction() as tx:
        await alerts.insert_in(tx, alert)
    deadline = alert.level_deadline
    assert deadline is not None
    assert deadline.microsecond != 0
    assert await alerts.next_wake() == deadline
    assert await alerts.due(deadline - timedelta(microseconds=1)) == []
    assert await alerts.due(deadline) == ["a1"]
    # Postponed after a failure: the postponed moment, not the old deadline, counts.
    await alerts.postpone("a1", deadline + timedelta(minutes=5, seconds=1))
    assert await alerts.due(deadline + timedelta(minutes=5)) == []
    assert await alerts.due(deadline + timedelta(minutes=6)) == ["a1"]


async def test_a_check_in_deadline_fires_exactly_when_due_though_the_file_keeps_the_minute(db):
    alice, _ = await UserRepository(db).register(TelegramIdentity(1, 1, "Alice", "en"), NOW)
    schedules = ScheduleRepository(db)
    schedule = Schedule(rule=Interval(timedelta(hours=2)), due_at=NOW + timedelta(hours=2))
    async with db.transaction() as tx:
        assert await schedules.save_in(tx, alice.id, schedule, 0)
    wake = next_wake(schedule)
    assert wake is not None
    assert wake.microsecond != 0
    assert await schedules.next_wake() == wake
    assert await schedules.due(wake - timedelta(microseconds=1)) == []
    assert await schedules.due(wake) == [alice.id]
