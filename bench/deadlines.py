"""Deadline figures (issue 15): many missed check-ins due at once, the same spread over a
minute, and a restart with a backlog overdue.

- *Due at once*: `due` defenders (each with one trusted contact) miss a check-in in the same
  instant; one `CheckinService.process_due` (one ring of the alarm) takes them all. Reported:
  the real time from the start to the commit of the last alert, and each alert's lag.
- *Spread over a minute*: the same number of deadlines spread evenly over a minute of real
  time. The bot's clock follows the real one, and the alarm rings as the bot's does: at the
  next deadline, or at once when the last ring left work behind. Reported: each alert's lag
  from its deadline to its commit.
- *Restart*: `restart_overdue` deadlines overdue in the database (the state `kill -9` leaves:
  the process died, the deadlines passed), then `python -m bot run` is started against the
  HTTP emulator, its flood limits on. Reported: the time from the start of the process until
  every alert is committed (counted in the file: nothing is read but a number), and until
  the bot polls.

Every measured connection runs synchronous=FULL, as the bot does; the set-up writes with
synchronous=OFF. Sizes: BENCH_DEADLINES_DUE (10000), BENCH_DEADLINES_RESTART (1000).
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable, Mapping
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from bench.checkins import percentiles_ms
from bot.clock import FakeClock, SystemClock
from bot.config import StorageConfig, load_storage_config
from bot.domain.checkins import DEFAULT_GRACE, DEFAULT_REMINDER, Interval, Schedule
from bot.domain.users import TelegramIdentity
from bot.emulator.core import BotApiEmulator
from bot.emulator.http import start_http_emulator
from bot.i18n import Translator
from bot.services.container import Services
from storage.contacts import ContactRepository, hash_token
from storage.open import open_storage
from storage.schedules import ScheduleRepository
from storage.users import UserRepository

ROOT = Path(__file__).resolve().parent.parent
EVERY = Interval(timedelta(hours=2))
FIRST_TELEGRAM_ID = 7_000_000_000
SPREAD = timedelta(minutes=1)
RESTART_TIMEOUT_S = 600.0


def sizes_from(env: Mapping[str, str]) -> tuple[int, int]:
    return int(env.get("BENCH_DEADLINES_DUE", "10000")), int(
        env.get("BENCH_DEADLINES_RESTART", "1000")
    )


async def set_up(
    storage: StorageConfig,
    count: int,
    grace_ends: Callable[[int], datetime],
    registered: datetime,
    telegram_id: Callable[[int], int] = lambda n: FIRST_TELEGRAM_ID + n,
) -> list[str]:
    """`count` defenders, each with a contact, whose grace runs out at `grace_ends(n)`;
    returns the defenders' ids."""
    db = await open_storage(storage)
    try:
        await db.set_pragma("synchronous", "OFF")
        users = UserRepository(db)
        links = ContactRepository(db)
        schedules = ScheduleRepository(db)
        owners = []
        for n in range(count):
            ids = [telegram_id(2 * n), telegram_id(2 * n + 1)]
            owner, _ = await users.register(TelegramIdentity(ids[0], ids[0], "D", "en"), registered)
            helper, _ = await users.register(
                TelegramIdentity(ids[1], ids[1], "C", "en"), registered
            )
            invite = await links.create_invite(
                owner.id,
                hash_token(os.urandom(16).hex()),
                "C",
                "D",
                1,
                registered,
                timedelta(hours=1),
                1,
            )
            if invite is None or not await links.accept_invite(invite.id, helper.id, registered):
                raise RuntimeError("a contact link could not be made")
            owners.append(owner.id)
        async with db.transaction() as tx:
            for n, owner_id in enumerate(owners):
                due_at = grace_ends(n) - DEFAULT_GRACE
                schedule = Schedule(
                    zone_name="UTC",
                    rule=EVERY,
                    grace=DEFAULT_GRACE,
                    remind_before=DEFAULT_REMINDER,
                    due_at=due_at,
                    last_checkin=due_at - EVERY.every,
                    reminded_for=due_at,
                )
                if not await schedules.save_in(tx, owner_id, schedule, 0):
                    raise RuntimeError("a schedule could not be saved")
    finally:
        await db.close()
    return owners


def alerts_stored(storage: StorageConfig) -> int:
    uri = f"file:{storage.database_path}?mode=ro"
    with contextlib.closing(sqlite3.connect(uri, uri=True, timeout=5)) as conn:
        return int(conn.execute("SELECT count(*) FROM alerts").fetchone()[0])


async def due_at_once(count: int) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as folder:
        storage = load_storage_config({"BOT_DATA_DIR": str(Path(folder) / "data")})
        instant = datetime(2026, 3, 2, 9, 0, tzinfo=SystemClock().now().tzinfo)
        await set_up(storage, count, lambda n: instant, instant - timedelta(days=1))
        db = await open_storage(storage)
        try:
            services = Services.build(db, FakeClock(instant), Translator.load())
            commits: list[float] = []
            services.alerts.wire(on_wake=lambda when: None, on_enqueued=lambda: None)
            services.checkins.wire(on_wake=lambda when: None, on_enqueued=lambda: None)
            after_insert = services.alerts.after_insert

            def committed(prepared: Any, wake: datetime | None) -> None:
                commits.append(time.perf_counter())
                after_insert(prepared, wake)

            services.alerts.after_insert = committed  # type: ignore[method-assign]
            start = time.perf_counter()
            processed = await services.checkins.process_due()
        finally:
            await db.close()
    if processed != count or len(commits) != count:
        raise RuntimeError(f"{processed} processed, {len(commits)} alerts: expected {count}")
    lags = [at - start for at in commits]
    return {
        "missed_checkins": count,
        "to_last_alert_committed_s": round(max(lags), 2),
        "lag_ms": percentiles_ms(lags),
        "goal_s": 2.0,
    }


async def spread_over_a_minute(count: int) -> dict[str, Any]:
    """The alarm rings at each next deadline as the bot's does (`process_alert_deadlines`:
    one run at a time, aimed again at the next wake-up when done)."""
    with tempfile.TemporaryDirectory() as folder:
        storage = load_storage_config({"BOT_DATA_DIR": str(Path(folder) / "data")})
        # The bot's clock reads `base` when the measurement begins, then follows real time.
        base = SystemClock().now() + timedelta(days=1)
        offsets = [SPREAD.total_seconds() * n / count for n in range(count)]
        owners = await set_up(
            storage,
            count,
            lambda n: base + timedelta(seconds=offsets[n]),
            base - timedelta(days=1),
        )
        deadline_of = dict(zip(owners, offsets, strict=True))
        db = await open_storage(storage)
        try:
            clock = FakeClock(base)
            services = Services.build(db, clock, Translator.load())
            services.alerts.wire(on_wake=lambda when: None, on_enqueued=lambda: None)
            services.checkins.wire(on_wake=lambda when: None, on_enqueued=lambda: None)
            after_insert = services.alerts.after_insert
            lags: list[float] = []
            begun = time.perf_counter()

            def follow_real_time() -> None:
                clock.set(base + timedelta(seconds=time.perf_counter() - begun))

            def committed(prepared: Any, wake: datetime | None) -> None:
                at = time.perf_counter() - begun
                lags.append(max(0.0, at - deadline_of[prepared.alert.defender_id]))
                after_insert(prepared, wake)

            services.alerts.after_insert = committed  # type: ignore[method-assign]
            while len(lags) < count:
                follow_real_time()
                wake = await services.checkins.next_wake()
                if wake is not None and wake > clock.now():
                    await asyncio.sleep((wake - clock.now()).total_seconds())
                    follow_real_time()
                await services.checkins.process_due()
                if time.perf_counter() - begun > 10 * SPREAD.total_seconds():
                    raise RuntimeError("deadlines stopped being processed")
        finally:
            await db.close()
    return {
        "missed_checkins": count,
        "over_s": SPREAD.total_seconds(),
        "lag_ms": percentiles_ms(lags),
        "goal_p99_ms": 1000,
    }


async def restart(count: int) -> dict[str, Any]:
    """`count` deadlines overdue, then `python -m bot run`: until all are processed."""
    server = await start_http_emulator(BotApiEmulator(now=SystemClock().now))
    emulator = server.emulator
    try:
        people = [emulator.user(f"p{n}") for n in range(2 * count)]
        for person in people:
            person.started = True
        with tempfile.TemporaryDirectory() as folder:
            data = Path(folder) / "data"
            storage = load_storage_config({"BOT_DATA_DIR": str(data)})
            now = SystemClock().now()
            await set_up(
                storage,
                count,
                lambda n: now - timedelta(minutes=1),
                now - timedelta(days=1),
                telegram_id=lambda n: people[n].id,
            )
            env = {
                "PATH": os.environ["PATH"],
                "TELEGRAM_BOT_TOKEN": emulator.token,
                "TELEGRAM_API_URL": server.base_url,
                "TELEGRAM_API_FILE_URL": server.base_file_url,
                "BOT_DATA_DIR": str(data),
                "BOT_LOG_LEVEL": "WARNING",
            }
            calls_before = len(emulator.calls)
            start = time.perf_counter()
            process = await asyncio.create_subprocess_exec(
                sys.executable, "-m", "bot", "run", cwd=ROOT, env=env,
                stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.DEVNULL,
            )  # fmt: skip
            polled = None
            try:
                while time.perf_counter() - start < RESTART_TIMEOUT_S:
                    if polled is None and any(
                        c.method == "getUpdates" for c in emulator.calls[calls_before:]
                    ):
                        polled = time.perf_counter() - start
                    with contextlib.suppress(sqlite3.OperationalError):
                        if alerts_stored(storage) >= count:
                            break
                    if process.returncode is not None:
                        raise RuntimeError(f"the bot exited with {process.returncode}")
                    await asyncio.sleep(0.05)
                processed = time.perf_counter() - start
            finally:
                process.kill()
                await process.wait()
    finally:
        await server.stop()
    return {
        "overdue": count,
        "start_to_all_processed_s": round(processed, 2),
        "start_to_polling_s": None if polled is None else round(polled, 2),
        "rate_limited_429s": emulator.refused_for_rate,
        "goal_s": 10.0,
    }


async def deadline_figures(env: Mapping[str, str]) -> dict[str, Any]:
    due, overdue = sizes_from(env)
    return {
        "due_at_once": await due_at_once(due),
        "spread_over_a_minute": await spread_over_a_minute(due),
        "restart_after_kill": await restart(overdue),
    }
