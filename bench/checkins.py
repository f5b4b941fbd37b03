"""Check-in figures (issue 6): arming every deadline at start-up, and a minute in which many
check-ins fall due at once. Real time throughout (`perf_counter`); the bot's own clock is a
`FakeClock`, so the schedules fall due exactly when the bench says.

One database serves both measurements. `population` defenders are registered through the
repositories (one transaction each, as the bot does), each with a check-in schedule (written
with `ScheduleRepository.save_in` inside a few large transactions), with synchronous=OFF on the
set-up connection only: everything measured reopens the file with the bot's synchronous=FULL.
The first `due` defenders miss a check-in whose grace ends within the same minute, each with one
trusted contact (another defender of the population, through an accepted invitation); the next
`reminders` defenders are reminded within that same minute; every other schedule wakes later.

Start-up. The bot keeps every schedule's next wake-up in an indexed column and aims ONE
APScheduler job at the earliest (`bot.scheduler.AlarmClock`), so arming costs one query. The
alternative the issue warns about, one APScheduler date job per defender, is measured too (every
wake-up read in one query, then one `date` job each). Each runs in a fresh interpreter, so that
its RSS is its own and not the set-up's.

The minute. The clock is set just after the minute, so every schedule in it is due when
`CheckinService.process_due` starts (as after a restart, or when one ring finds them all due):
the lag of an alert is the real time from the start of processing to the commit that queued its
outbox rows. Since processing is one schedule after another, the same per-schedule times also
give the lag had the deadlines been spread over the minute, with an ideal timer ringing at each
(`spread_over_minute_modelled`). Then the outbox is claimed as the delivery worker claims it, to
check that every missed-check-in alert is claimed before any reminder.

Sizes come from BENCH_CHECKIN_* environment variables (see `CheckinSizes.from_env`), so a quick
run is `BENCH_CHECKIN_POPULATION=5000 BENCH_CHECKIN_DUE=1000 BENCH_CHECKIN_REMINDERS=1000
python -m bench checkins`. This module is also the child process that measures one start-up:
`python -m bench.checkins {single-timer,per-job} DATA_DIR NOW`.
"""

from __future__ import annotations

import asyncio
import json
import os
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, fields
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from apscheduler.schedulers.asyncio import AsyncIOScheduler  # type: ignore[import-untyped]

from bot.clock import FakeClock, SystemClock
from bot.config import StorageConfig, load_storage_config
from bot.domain.checkins import DEFAULT_GRACE, DEFAULT_REMINDER, Interval, Schedule
from bot.domain.outbound import Priority
from bot.domain.users import TelegramIdentity
from bot.i18n import Translator
from bot.scheduler import APSCHEDULER_JOB_OPTIONS
from bot.services.alert_outbox import DEFENDER
from bot.services.container import Services
from storage.contacts import ContactRepository, hash_token
from storage.db import Database
from storage.open import open_storage
from storage.outbox import OutboxRepository
from storage.schedules import ScheduleRepository
from storage.timecodec import from_db_time
from storage.users import UserRepository

ROOT = Path(__file__).resolve().parent.parent
REGISTERED = datetime(2026, 1, 1, tzinfo=UTC)
# The minute in which the due schedules fall due, on the bot's (fake) clock.
MINUTE_STARTS = REGISTERED + timedelta(days=1)
MINUTE = timedelta(minutes=1)
# The start-ups look at the database an hour before that minute: nothing is overdue, and no
# per-job date job comes due while the jobs are being added.
STARTUP_AT = MINUTE_STARTS - timedelta(hours=1)
FIRST_TELEGRAM_ID = 8_000_000_000
EVERY = Interval(timedelta(hours=2))
SCHEDULES_PER_TRANSACTION = 5_000
STARTUP_RUNS = 3
CLAIM_BATCH = 500
CHILD_TIMEOUT_S = 600.0
REMINDER_PURPOSE = "checkin:reminder"


@dataclass(frozen=True)
class CheckinSizes:
    population: int = 100_000  # defenders, each with a schedule
    due: int = 10_000  # of them, missing a check-in in the same minute (each alerts a contact)
    # of them, reminded in that same minute: enough to check the order of delivery, few
    # enough to keep the run to a few minutes (each costs about half a missed check-in)
    reminders: int = 2_000

    @classmethod
    def from_env(cls, env: Mapping[str, str]) -> CheckinSizes:
        """BENCH_CHECKIN_POPULATION, BENCH_CHECKIN_DUE, BENCH_CHECKIN_REMINDERS."""
        values: dict[str, Any] = {}
        for field in fields(cls):
            raw = env.get(f"BENCH_CHECKIN_{field.name.upper()}")
            if raw:
                values[field.name] = int(raw)
        return cls(**values)

    def __post_init__(self) -> None:
        if self.due < 2 or self.reminders < 0:
            raise ValueError("BENCH_CHECKIN_DUE must be at least 2, BENCH_CHECKIN_REMINDERS >= 0")
        if self.population <= self.due + self.reminders:
            raise ValueError(
                "BENCH_CHECKIN_POPULATION must exceed BENCH_CHECKIN_DUE + BENCH_CHECKIN_REMINDERS"
            )


# ---------------------------------------------------------------------- the database


def missed_at(n: int, sizes: CheckinSizes) -> datetime:
    """When the grace of due defender `n` runs out: spread evenly over the minute."""
    return MINUTE_STARTS + MINUTE * n / sizes.due


def reminded_at(n: int, sizes: CheckinSizes) -> datetime:
    """When reminded defender `n` is reminded: between the missed check-ins."""
    return MINUTE_STARTS + MINUTE * (n + 0.5) / sizes.reminders


def schedule_of(n: int, sizes: CheckinSizes) -> Schedule:
    """Defender `n`'s schedule: every two hours, reminded 10 minutes ahead, 30 minutes' grace."""
    reminded = sizes.due + sizes.reminders
    if n < sizes.due:  # reminded already; the grace runs out within the minute
        due_at = missed_at(n, sizes) - DEFAULT_GRACE
        reminded_for: datetime | None = due_at
    elif n < reminded:
        due_at = reminded_at(n - sizes.due, sizes) + DEFAULT_REMINDER
        reminded_for = None
    else:  # later: spread over the next day
        later = sizes.population - reminded
        due_at = MINUTE_STARTS + timedelta(hours=1) + timedelta(days=1) * (n - reminded) / later
        reminded_for = None
    return Schedule(
        zone_name="UTC",
        rule=EVERY,
        grace=DEFAULT_GRACE,
        remind_before=DEFAULT_REMINDER,
        due_at=due_at,
        last_checkin=due_at - EVERY.every,
        reminded_for=reminded_for,
    )


async def link(contacts: ContactRepository, defender_id: str, contact_id: str) -> None:
    """An invitation, accepted: the only way a contact is added."""
    invite = await contacts.create_invite(
        defender_id,
        hash_token(os.urandom(16).hex()),
        "Contact",
        "Defender",
        1,
        REGISTERED,
        timedelta(hours=1),
        1,
    )
    if invite is None or await contacts.accept_invite(invite.id, contact_id, REGISTERED) is None:
        raise RuntimeError("a contact link could not be made")


async def set_up(storage: StorageConfig, sizes: CheckinSizes) -> dict[str, Any]:
    start = time.perf_counter()
    db = await open_storage(storage)
    try:
        await db.set_pragma("synchronous", "OFF")
        users = UserRepository(db)
        ids = []
        for n in range(sizes.population):
            telegram_id = FIRST_TELEGRAM_ID + n
            identity = TelegramIdentity(telegram_id, telegram_id, f"Defender {n}", "en")
            user, _ = await users.register(identity, REGISTERED)
            ids.append(user.id)
        registered = time.perf_counter()
        contacts = ContactRepository(db)
        for n in range(sizes.due):
            # People protect each other: the contact is a defender whose schedule wakes later.
            await link(contacts, ids[n], ids[(n + sizes.due + sizes.reminders) % sizes.population])
        linked = time.perf_counter()
        schedules = ScheduleRepository(db)
        for first in range(0, sizes.population, SCHEDULES_PER_TRANSACTION):
            async with db.transaction() as tx:
                for n in range(first, min(first + SCHEDULES_PER_TRANSACTION, sizes.population)):
                    if not await schedules.save_in(tx, ids[n], schedule_of(n, sizes), 0):
                        raise RuntimeError("a schedule could not be saved")
        earliest = await schedules.next_wake()
    finally:
        await db.close()
    finished = time.perf_counter()
    if earliest != MINUTE_STARTS:
        raise RuntimeError(f"the earliest wake-up is {earliest}, not {MINUTE_STARTS}")
    return {
        "defenders": sizes.population,
        "contacts_linked": sizes.due,
        "register_per_s": round(sizes.population / (registered - start)),
        "link_per_s": round(sizes.due / (linked - registered)),
        "schedules_saved_per_s": round(sizes.population / (finished - linked)),
        "seconds": round(finished - start, 1),
        "database_mb": round(storage.database_path.stat().st_size / 2**20, 1),
        "note": "users and invitations one transaction each, schedules "
        f"{SCHEDULES_PER_TRANSACTION} a transaction; synchronous=OFF on this connection only",
    }


# ---------------------------------------------------------------------- start-up (child process)


def rss_mb() -> float:
    """The resident set now (Linux), in MiB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return round(int(line.split()[1]) / 1024, 1)
    raise RuntimeError("no VmRSS in /proc/self/status")


def peak_rss_mb() -> float:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)  # KiB on Linux


def ms(seconds: float) -> float:
    return round(seconds * 1000, 2)


async def ring(defender_id: str | None = None) -> None:
    """The job APScheduler would run; never reached here."""


def real_time_of(wake: datetime, now: datetime) -> datetime:
    """`wake` on the fake clock, as the same distance ahead on the real one (APScheduler's)."""
    return SystemClock().now() + (wake - now)


async def single_timer_startup(folder: Path, now: datetime) -> dict[str, Any]:
    """What the bot does at start-up for deadlines: open the storage, catch up on anything
    overdue, read the earliest wake-up (one indexed query) and arm one job at it."""
    translate = Translator.load()  # part of any start-up, not of arming deadlines
    scheduler = AsyncIOScheduler(timezone=UTC)
    scheduler.start()
    baseline = rss_mb()
    start = time.perf_counter()
    db = await open_storage(load_storage_config({"BOT_DATA_DIR": str(folder)}))
    try:
        opened = time.perf_counter()
        services = Services.build(db, FakeClock(now), translate)
        overdue = await services.checkins.process_due() + await services.alerts.process_due()
        caught_up = time.perf_counter()
        wakes = [await services.checkins.next_wake(), await services.alerts.next_wake()]
        wake = min(w for w in wakes if w is not None)
        queried = time.perf_counter()
        scheduler.add_job(
            ring, trigger="date", run_date=real_time_of(wake, now), **APSCHEDULER_JOB_OPTIONS
        )
        armed = time.perf_counter()
        async with db.read() as tx:
            plan = [
                str(row["detail"])
                for row in await tx.fetchall(
                    "EXPLAIN QUERY PLAN SELECT min(next_wake_at) FROM schedules"
                )
            ]
    finally:
        await db.close()
    scheduler.shutdown(wait=False)
    return {
        "total_ms": ms(armed - start),
        "open_storage_ms": ms(opened - start),
        "catch_up_ms": ms(caught_up - opened),
        "next_wake_query_ms": ms(queried - caught_up),
        "arm_one_job_ms": ms(armed - queried),
        "overdue_processed": overdue,
        "earliest_wake": wake.isoformat(),
        "query_plan": plan,
        "rss_before_mb": baseline,
        "rss_after_mb": rss_mb(),
        "peak_rss_mb": peak_rss_mb(),
    }


async def per_job_startup(folder: Path, now: datetime) -> dict[str, Any]:
    """The alternative: every schedule's wake-up read at start-up, one date job each."""
    scheduler = AsyncIOScheduler(timezone=UTC)
    scheduler.start()
    baseline = rss_mb()
    start = time.perf_counter()
    db = await open_storage(load_storage_config({"BOT_DATA_DIR": str(folder)}))
    try:
        opened = time.perf_counter()
        async with db.read() as tx:
            rows = await tx.fetchall(
                "SELECT id, next_wake_at FROM schedules WHERE next_wake_at IS NOT NULL"
            )
        wakes = [(str(row["id"]), from_db_time(row["next_wake_at"])) for row in rows]
        del rows
    finally:
        await db.close()
    read = time.perf_counter()
    before_jobs = rss_mb()
    for defender_id, wake in wakes:
        scheduler.add_job(
            ring,
            trigger="date",
            run_date=real_time_of(wake, now),
            args=(defender_id,),
            id=defender_id,
            **APSCHEDULER_JOB_OPTIONS,
        )
    await asyncio.sleep(0)  # let the scheduler take in its wake-up calls
    armed = time.perf_counter()
    after_jobs = rss_mb()
    jobs = len(scheduler.get_jobs())
    scheduler.shutdown(wait=False)
    return {
        "jobs": jobs,
        "total_ms": ms(armed - start),
        "open_storage_ms": ms(opened - start),
        "read_wakes_ms": ms(read - opened),
        "add_jobs_ms": ms(armed - read),
        "add_job_us": round((armed - read) / max(jobs, 1) * 1e6, 1),
        "rss_before_mb": baseline,
        "rss_after_mb": after_jobs,
        "jobs_rss_growth_mb": round(after_jobs - before_jobs, 1),
        "jobs_rss_per_1000_kb": round((after_jobs - before_jobs) * 1024 / max(jobs, 1) * 1000),
        "peak_rss_mb": peak_rss_mb(),
    }


STARTUPS = {"single-timer": single_timer_startup, "per-job": per_job_startup}


async def in_child(kind: str, folder: Path, now: datetime) -> dict[str, Any]:
    """One start-up in a fresh interpreter, so its memory is its own."""
    child = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bench.checkins",
        kind,
        str(folder),
        now.isoformat(),
        cwd=ROOT,
        stdout=asyncio.subprocess.PIPE,
    )
    async with asyncio.timeout(CHILD_TIMEOUT_S):
        out, _ = await child.communicate()
    if child.returncode != 0:
        raise RuntimeError(f"the {kind} start-up failed (exit status {child.returncode})")
    figures: dict[str, Any] = json.loads(out)
    return figures


async def startup_figures(folder: Path, sizes: CheckinSizes) -> dict[str, Any]:
    runs = [await in_child("single-timer", folder, STARTUP_AT) for _ in range(STARTUP_RUNS)]
    single = sorted(runs, key=lambda run: float(run["total_ms"]))[STARTUP_RUNS // 2]
    per_job = await in_child("per-job", folder, STARTUP_AT)
    single_growth = round(single["rss_after_mb"] - single["rss_before_mb"], 1)
    per_job_growth = round(per_job["rss_after_mb"] - per_job["rss_before_mb"], 1)
    return {
        "defenders_with_schedules": sizes.population,
        "single_timer": {
            **single,
            "rss_growth_mb": single_growth,
            "total_ms_runs": [run["total_ms"] for run in runs],
        },
        "one_date_job_per_defender": {**per_job, "rss_growth_mb": per_job_growth},
        "per_job_over_single_timer_time_ratio": round(per_job["total_ms"] / single["total_ms"]),
        "chosen": "single_timer",
        "note": "each start-up in a fresh interpreter; rss_before is after the imports and, for "
        "single_timer, the message catalogues. single_timer: open, catch up on overdue "
        "schedules and alerts, min(next_wake_at), one date job. per-job: open, every "
        "next_wake_at in one query, one APScheduler 3 date job each (python-telegram-bot's "
        "JobQueue would wrap each in a Job of its own besides)",
    }


# ---------------------------------------------------------------------- the minute


class Commits:
    """The real time of each commit that queued an alert or a reminder, in order (the
    services' `on_enqueued` callbacks run right after the commit)."""

    def __init__(self) -> None:
        self.log: list[tuple[float, str]] = []

    def alert(self) -> None:
        self.log.append((time.perf_counter(), "alert"))

    def reminder(self) -> None:
        self.log.append((time.perf_counter(), "reminder"))


def ignore(when: datetime) -> None:
    """The alarm clock: not wanted while every schedule is already due."""


def percentiles_ms(seconds: Sequence[float]) -> dict[str, float]:
    """As in bench.alerts, which is not imported: it would load the whole bot into the
    start-up children and blur their RSS."""
    cuts = statistics.quantiles(seconds, n=100, method="inclusive")
    return {
        "p50": round(cuts[49] * 1000, 1),
        "p99": round(cuts[98] * 1000, 1),
        "max": round(max(seconds) * 1000, 1),
        "samples": len(seconds),
    }


def deadlines(sizes: CheckinSizes) -> list[tuple[float, str]]:
    """Seconds into the minute of each wake-up, in the order `process_due` takes them."""
    moments = [
        ((missed_at(n, sizes) - MINUTE_STARTS).total_seconds(), "alert") for n in range(sizes.due)
    ]
    moments += [
        ((reminded_at(n, sizes) - MINUTE_STARTS).total_seconds(), "reminder")
        for n in range(sizes.reminders)
    ]
    return sorted(moments)


def spread_lags(
    commits: Sequence[tuple[float, str]], start: float, sizes: CheckinSizes
) -> list[float] | None:
    """Each alert's lag had its deadline come at its moment in the minute, with an ideal timer
    ringing at each: the same schedules in the same order, each taking as long as it took."""
    due = deadlines(sizes)
    if [kind for _, kind in due] != [kind for _, kind in commits]:
        return None  # not processed in wake-up order: no model
    lags = []
    done = 0.0
    previous = start
    for (deadline, kind), (at, _) in zip(due, commits, strict=True):
        done = max(done, deadline) + (at - previous)
        previous = at
        if kind == "alert":
            lags.append(done - deadline)
    return lags


async def claim_order(db: Database, now: datetime) -> dict[str, Any]:
    """Claim the outbox as the delivery worker does, and see which came first."""
    outbox = OutboxRepository(db)
    order = []
    start = time.perf_counter()
    while batch := await outbox.claim(now, timedelta(hours=1), CLAIM_BATCH):
        order += batch
    seconds = time.perf_counter() - start
    alerts = [
        n
        for n, item in enumerate(order)
        if item.topic is not None and item.recipient_ref != DEFENDER
    ]
    reminders = [n for n, item in enumerate(order) if item.purpose == REMINDER_PURPOSE]
    by_priority: dict[str, int] = {}
    for item in order:
        name = Priority(item.priority).name
        by_priority[name] = by_priority.get(name, 0) + 1
    return {
        "rows_claimed": len(order),
        "rows_by_priority": by_priority,
        "alert_rows_to_contacts": len(alerts),
        "alert_rows_all_escalation": all(order[n].priority is Priority.ESCALATION for n in alerts),
        "reminder_rows": len(reminders),
        "every_alert_claimed_before_any_reminder": not reminders
        or not alerts
        or max(alerts) < min(reminders),
        "claim_rows_per_s": round(len(order) / seconds),
    }


async def minute_figures(storage: StorageConfig, sizes: CheckinSizes) -> dict[str, Any]:
    db = await open_storage(storage)  # as the bot opens it: synchronous=FULL
    try:
        clock = FakeClock(MINUTE_STARTS + MINUTE)
        services = Services.build(db, clock, Translator.load())
        commits = Commits()
        services.alerts.wire(on_wake=ignore, on_enqueued=commits.alert)
        services.checkins.wire(on_wake=ignore, on_enqueued=commits.reminder)
        start = time.perf_counter()
        processed = await services.checkins.process_due()
        finished = time.perf_counter()
        claimed = await claim_order(db, clock.now())
    finally:
        await db.close()
    alert_times = [at - start for at, kind in commits.log if kind == "alert"]
    reminder_times = [at - start for at, kind in commits.log if kind == "reminder"]
    if processed != sizes.due + sizes.reminders or len(alert_times) != sizes.due:
        raise RuntimeError(
            f"{processed} schedules processed, {len(alert_times)} alerts queued: expected "
            f"{sizes.due + sizes.reminders} and {sizes.due}"
        )
    steps: dict[str, list[float]] = {"alert": [], "reminder": []}
    previous = start
    for at, kind in commits.log:
        steps[kind].append(at - previous)
        previous = at
    last_alert = max(alert_times)
    spread = spread_lags(commits.log, start, sizes)
    return {
        "missed_checkins": sizes.due,
        "reminders": sizes.reminders,
        "schedules_processed": processed,
        "seconds": round(finished - start, 2),
        "schedules_per_s": round(processed / (finished - start), 1),
        "wake_ups_per_s_in_the_minute": round(processed / MINUTE.total_seconds(), 1),
        "ms_per_missed_checkin": round(statistics.mean(steps["alert"]) * 1000, 2),
        "ms_per_reminder": round(statistics.mean(steps["reminder"]) * 1000, 2)
        if steps["reminder"]
        else None,
        "lag_all_due_at_once_ms": percentiles_ms(alert_times),
        "spread_over_minute_modelled_ms": None if spread is None else percentiles_ms(spread),
        "reminders_queued_before_last_alert": sum(1 for at in reminder_times if at < last_alert),
        "priority": claimed,
        "note": "synchronous=FULL as the bot runs; one process_due call, as one ring of the "
        "alarm (or the start-up catch-up) finds them; lag: from the start of processing (all "
        "due at once) or from each deadline (spread, modelled) to the commit of the alert",
    }


async def checkin_figures(sizes: CheckinSizes) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder) / "data"
        storage = load_storage_config({"BOT_DATA_DIR": str(data)})
        setup = await set_up(storage, sizes)
        startup = await startup_figures(data, sizes)
        minute = await minute_figures(storage, sizes)
    return {
        "startup": startup,
        f"due_in_one_minute_{sizes.due}": minute,
        "setup": setup,
    }


def main(argv: Sequence[str]) -> None:
    kind, folder, now = argv
    figures = asyncio.run(STARTUPS[kind](Path(folder), datetime.fromisoformat(now)))
    json.dump(figures, sys.stdout)


if __name__ == "__main__":
    main(sys.argv[1:])
