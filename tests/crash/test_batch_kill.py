"""Crash safety of deadlines in batches: `python -m bot run` killed with SIGKILL while it
catches up on a backlog of missed check-ins, many to a transaction, and started again.

A batch is one transaction: after every kill the database holds all of its alerts or none,
never some. In the end every defender's contacts have exactly one alert, raised once.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import random
import sqlite3
from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path

import pytest

from bot.clock import SystemClock
from bot.config import load_storage_config
from bot.domain.checkins import DEFAULT_GRACE, DEFAULT_REMINDER, Interval, Schedule
from bot.domain.users import TelegramIdentity
from bot.emulator.http import RunningEmulator
from bot.emulator.users import ScriptedUser
from storage.contacts import ContactRepository, hash_token
from storage.open import open_storage
from storage.schedules import ScheduleRepository
from storage.users import UserRepository
from tests.crash.test_sigkill import (  # noqa: F401 (rng, sent, server: its fixtures)
    STARTUP_CATCH_UP,
    WAIT_SECONDS,
    BotProcess,
    Sent,
    assert_no_traceback,
    refs_to,
    rng,
    sent,
    server,
    wait_until,
)


@pytest.fixture
async def bot(server: RunningEmulator, tmp_path: Path) -> AsyncIterator[BotProcess]:  # noqa: F811
    """Nobody answers these alerts within the test: no escalation or reminder comes due
    while it runs, so what the kills meet is the one batch of the backlog."""
    logs = tmp_path / "logs"
    logs.mkdir()
    process = BotProcess(server, tmp_path / "data", logs, BOT_ACK_TIMEOUT="30m")
    yield process
    await process.kill_if_running()


BACKLOG = 400  # defenders whose grace ran out while the bot was down: one batch
KILLS = 6
# Seconds after the application has started, when the catch-up begins: this backlog takes
# a second or more, so the kills land during its one transaction and some after it.
KILL_WITHIN = 2.5
CATCH_UP_BEGINS = "Application started"
CATCH_UP_DONE = "processed "
EVERY = Interval(timedelta(hours=2))


async def overdue_backlog(
    data_dir: Path, defenders: list[ScriptedUser], contacts: list[ScriptedUser]
) -> None:
    """Written straight into the bot's database before it starts: each defender has one
    contact, and a check-in whose grace ran out a minute ago."""
    db = await open_storage(load_storage_config({"BOT_DATA_DIR": str(data_dir)}))
    now = SystemClock().now()
    try:
        users = UserRepository(db)
        links = ContactRepository(db)
        schedules = ScheduleRepository(db)
        for defender, contact in zip(defenders, contacts, strict=True):
            for person in (defender, contact):
                person.started = True  # they have talked to the bot before
            owner, _ = await users.register(
                TelegramIdentity(defender.id, defender.id, defender.first_name, "en"), now
            )
            helper, _ = await users.register(
                TelegramIdentity(contact.id, contact.id, contact.first_name, "en"), now
            )
            invite = await links.create_invite(
                owner.id,
                hash_token(os.urandom(16).hex()),
                "Helper",
                "Owner",
                1,
                now,
                timedelta(hours=1),
                1,
            )
            assert invite is not None
            assert await links.accept_invite(invite.id, helper.id, now) is not None
            due_at = now - DEFAULT_GRACE - timedelta(minutes=1)
            schedule = Schedule(
                zone_name="UTC",
                rule=EVERY,
                grace=DEFAULT_GRACE,
                remind_before=DEFAULT_REMINDER,
                due_at=due_at,
                last_checkin=due_at - EVERY.every,
                reminded_for=due_at,
            )
            async with db.transaction() as tx:
                assert await schedules.save_in(tx, owner.id, schedule, 0)
    finally:
        await db.close()


def alerts_stored(data_dir: Path) -> int:
    """How many alerts the database holds (a count: nothing is read but the number)."""
    path = load_storage_config({"BOT_DATA_DIR": str(data_dir)}).database_path
    with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
        return int(conn.execute("SELECT count(*) FROM alerts").fetchone()[0])


def started_log(process: BotProcess) -> str:
    path = process.logs_dir / f"bot-{process.starts:03d}.log"
    return path.read_text(errors="replace") if path.exists() else ""


async def start_and_kill_after(process: BotProcess, delay: float) -> bool:
    """Start the bot and SIGKILL it `delay` seconds after its application has started, that
    is while it catches up on the backlog (or soon after). True if the kill came after the
    start and before the catch-up was done: in the middle of the batch."""
    starting = asyncio.create_task(process.start())
    await wait_until(
        lambda: CATCH_UP_BEGINS in started_log(process) or starting.done(),
        what="the bot's application has started",
    )
    await asyncio.sleep(delay)
    process.kill_now()
    with contextlib.suppress(AssertionError, TimeoutError):
        await starting
    await process.kill()
    log = started_log(process)
    return CATCH_UP_BEGINS in log and CATCH_UP_DONE not in log


async def test_a_backlog_of_missed_check_ins_killed_mid_batch_alerts_everyone_once(
    bot: BotProcess,
    sent: list[Sent],  # noqa: F811
    rng: random.Random,  # noqa: F811
) -> None:
    emulator = bot.emulator
    defenders = [emulator.user(f"d{n}", first_name=f"D{n}") for n in range(BACKLOG)]
    contacts = [emulator.user(f"c{n}", first_name=f"C{n}") for n in range(BACKLOG)]
    data_dir = Path(bot.env["BOT_DATA_DIR"])
    await overdue_backlog(data_dir, defenders, contacts)

    seen: list[int] = []
    mid_batch = 0
    for _ in range(KILLS):
        mid_batch += await start_and_kill_after(bot, rng.uniform(0.0, KILL_WITHIN))
        stored = alerts_stored(data_dir)
        seen.append(stored)
        assert stored in (0, BACKLOG), f"a batch was cut in two: {stored} alerts stored"
        if stored == BACKLOG:
            break  # the batch is in: later kills would not test it
    print(f"alerts stored after each kill: {seen}; {mid_batch} kills mid-batch")
    assert mid_batch >= 1, "no kill landed while the backlog was being processed"

    await bot.start()
    await wait_until(
        lambda: all(refs_to(sent, contact) for contact in contacts),
        within=STARTUP_CATCH_UP + WAIT_SECONDS,
        what="every contact has their defender's alert",
    )
    await bot.stop()
    assert alerts_stored(data_dir) == BACKLOG
    refs = [refs_to(sent, contact) for contact in contacts]
    assert all(len(found) == 1 for found in refs), "one alert for each contact, raised once"
    assert len(set().union(*refs)) == BACKLOG, "every defender's alert is their own"
    assert_no_traceback(bot)
