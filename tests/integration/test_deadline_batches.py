"""Deadlines in batches: many schedules and alerts to a transaction, still most urgent
first, still each exactly once when the timer and the sweep race over the same backlog."""

from __future__ import annotations

import asyncio
import contextlib
import os
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import pytest

from bot.clock import FakeClock
from bot.domain.alerts import AlertKind
from bot.domain.checkins import DEFAULT_GRACE, DEFAULT_REMINDER, Interval, Schedule
from bot.domain.users import TelegramIdentity, User
from bot.i18n import Translator
from bot.services import alerts as alert_service
from bot.services import checkins as checkin_service
from bot.services.container import Services
from storage.contacts import ContactRepository, hash_token
from storage.db import Database
from storage.outbox import OutboxRepository, Tx
from storage.schedules import ScheduleRepository
from storage.users import UserRepository

REGISTERED = datetime(2026, 1, 1, tzinfo=UTC)
NOW = REGISTERED + timedelta(days=1)
EVERY = Interval(timedelta(hours=2))
MISSED = 10
REMINDED = 3
BATCH = 4


@dataclass
class Population:
    services: Services
    clock: FakeClock
    defenders: list[User]
    contacts: list[User]  # contacts[n] is tier 1 for defenders[n]
    backups: list[User]  # backups[n] is tier 2 for defenders[n]


class TransactionCount:
    """Counts the write transactions that commit (the real ones, unchanged)."""

    def __init__(self, db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
        self.committed = 0
        real = db.transaction

        @contextlib.asynccontextmanager
        async def counted() -> AsyncIterator[Tx]:
            async with real() as tx:
                yield tx
            self.committed += 1

        monkeypatch.setattr(db, "transaction", counted)


async def link(db: Database, defender: User, contact: User, tier: int) -> None:
    contacts = ContactRepository(db)
    invite = await contacts.create_invite(
        defender.id,
        hash_token(os.urandom(16).hex()),
        "Contact",
        "Defender",
        tier,
        REGISTERED,
        timedelta(hours=1),
        tier,
    )
    assert invite is not None
    assert await contacts.accept_invite(invite.id, contact.id, REGISTERED) is not None


async def person(db: Database, n: int) -> User:
    identity = TelegramIdentity(9_000_000 + n, 9_000_000 + n, f"Person {n}", "en")
    user, _ = await UserRepository(db).register(identity, REGISTERED)
    return user


@pytest.fixture
async def population(db: Database) -> Population:
    clock = FakeClock(NOW)
    services = Services.build(db, clock, Translator.load())
    people = [await person(db, n) for n in range(3 * (MISSED + REMINDED))]
    defenders = people[: MISSED + REMINDED]
    contacts = people[MISSED + REMINDED : 2 * (MISSED + REMINDED)]
    backups = people[2 * (MISSED + REMINDED) :]
    for defender, contact, backup in zip(defenders, contacts, backups, strict=True):
        await link(db, defender, contact, 1)
        await link(db, defender, backup, 2)
    return Population(services, clock, defenders, contacts, backups)


async def schedule_overdue(population: Population) -> None:
    """The first MISSED defenders' grace ran out (at NOW, in reverse order: the last is the
    most overdue); the other REMINDED are due their reminder."""
    schedules = ScheduleRepository(population.services.database)
    async with population.services.database.transaction() as tx:
        for n, defender in enumerate(population.defenders):
            if n < MISSED:
                due_at = NOW - DEFAULT_GRACE - timedelta(minutes=n)
                reminded_for: datetime | None = due_at
            else:
                due_at = NOW + DEFAULT_REMINDER - timedelta(minutes=1)
                reminded_for = None
            schedule = Schedule(
                zone_name="UTC",
                rule=EVERY,
                grace=DEFAULT_GRACE,
                remind_before=DEFAULT_REMINDER,
                due_at=due_at,
                last_checkin=due_at - EVERY.every,
                reminded_for=reminded_for,
            )
            assert await schedules.save_in(tx, defender.id, schedule, 0)


async def outbox_rows(db: Database, purpose_prefix: str) -> list[tuple[str, str, str]]:
    """(topic, recipient, purpose) of every message queued whose purpose has the prefix."""
    async with db.read() as tx:
        rows = await tx.fetchall("SELECT * FROM outbox")
    # The purpose and the links are encrypted (issue 19): read as the repository reads them.
    items = [OutboxRepository(db)._decode(row, attempts=0) for row in rows]
    return [
        (str(i.topic), str(i.recipient_ref), str(i.purpose))
        for i in items
        if (i.purpose or "").startswith(purpose_prefix)
    ]


async def test_missed_check_ins_are_committed_many_to_a_transaction_once_each_under_a_race(
    population: Population, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(checkin_service, "COMMIT_BATCH", BATCH)
    await schedule_overdue(population)
    services = population.services
    order: list[str] = []
    services.alerts.wire(on_wake=lambda when: None, on_enqueued=lambda: order.append("alert"))
    services.checkins.wire(on_wake=lambda when: None, on_enqueued=lambda: order.append("remind"))
    count = TransactionCount(services.database, monkeypatch)

    # The alarm clock's ring and the sweep, over the same backlog at the same moment.
    await asyncio.gather(services.checkins.process_due(), services.checkins.process_due())

    for defender in population.defenders[:MISSED]:
        (alert,) = await services.alerts.open_alerts_of(defender)
        assert alert.kind == AlertKind.MISSED_CHECKIN
    for defender in population.defenders[MISSED:]:
        assert await services.alerts.open_alerts_of(defender) == []
    reminders = await outbox_rows(services.database, "checkin:reminder")
    assert len(reminders) == REMINDED
    # Both runs worked in batches of BATCH; the loser of each race wrote nothing.
    batches = -(-(MISSED + REMINDED) // BATCH)
    assert count.committed <= 2 * batches
    assert count.committed < MISSED + REMINDED
    # Missed check-ins first: no reminder is committed before the last alert.
    assert order.index("remind") > max(i for i, kind in enumerate(order) if kind == "alert")
    assert order.count("alert") == MISSED
    assert await services.checkins.process_due() == 0


async def test_a_batch_with_a_broken_schedule_still_processes_the_others(
    population: Population, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The batch's transaction fails on one schedule: each is then written on its own, and
    only the broken one is put off."""
    monkeypatch.setattr(checkin_service, "COMMIT_BATCH", BATCH)
    await schedule_overdue(population)
    services = population.services
    broken = population.defenders[1]
    alerts = services.alerts
    insert = alerts.insert_in

    async def refusing(tx: Tx, prepared: alert_service.PreparedAlert) -> datetime | None:
        if prepared.alert.defender_id == broken.id:
            raise OSError("the disk refused this write")
        return await insert(tx, prepared)

    monkeypatch.setattr(alerts, "insert_in", refusing)
    await services.checkins.process_due()

    assert await alerts.open_alerts_of(broken) == []
    for defender in population.defenders[:MISSED]:
        if defender is not broken:
            assert len(await alerts.open_alerts_of(defender)) == 1
    # Put off by a minute, not lost: then it is processed.
    monkeypatch.setattr(alerts, "insert_in", insert)
    population.clock.advance(checkin_service.RETRY_BROKEN)
    await services.checkins.process_due()
    assert len(await alerts.open_alerts_of(broken)) == 1


async def test_escalations_are_applied_many_to_a_transaction_once_each_under_a_race(
    population: Population, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(alert_service, "DEADLINE_BATCH", BATCH)
    services = population.services
    raised = []
    for defender in population.defenders:
        raised.append((await services.alerts.raise_alert(defender, AlertKind.SOS)).alert)
        population.clock.advance(timedelta(seconds=1))
    before = await outbox_rows(services.database, "")
    population.clock.advance(services.alerts.policy_for(population.defenders[0]).ack_timeout)
    count = TransactionCount(services.database, monkeypatch)

    await asyncio.gather(services.alerts.process_due(), services.alerts.process_due())

    new = [row for row in await outbox_rows(services.database, "") if row not in before]
    for alert in raised:
        tier_1 = {recipient for topic, recipient, _ in before if topic == alert.id}
        queued = sorted((purpose, r in tier_1) for topic, r, purpose in new if topic == alert.id)
        # Once each, though two runs raced: tier 2 alerted, tier 1 reminded.
        assert queued == [("alert:escalated", False), ("alert:reminder", True)]
        stored = await services.alerts.get(alert.id)
        assert stored is not None
        assert stored.is_open
    batches = -(-len(raised) // BATCH)
    assert count.committed <= 2 * batches
    assert await services.alerts.process_due() == 0
