"""Alert figures: the real bot, served as in production, measured in real time.

The bot runs through `bot.runner.serve` exactly as `make run` runs it (long polling, the job
queue, the delivery loop woken by each enqueue), but its Bot API is the in-process emulator, so
no socket or network noise enters the figures. Before it starts, the database is filled through
the repositories with `population` defenders, each protected by a contact of their own. While
measuring, other people keep sending /start and /help.

Times are `perf_counter` stamps: when a scripted user's update enters the emulator's queue, and
when the emulator receives the bot's `sendMessage` (its listener runs inside that call).

The delivery rate is measured twice with `burst` alerts, each to a contact of its own so that
only the overall limit applies: once with the outbox full before delivery starts (how close the
pacing comes to the limit), once live, with /sos handling and delivery overlapping (how long the
last contact waits, and whether the bot raises alerts faster than it may send them).

Sizes come from BENCH_* environment variables (see `Sizes.from_env`), so a quick run is
`BENCH_POPULATION=1000 BENCH_BURST=100 make bench`.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import math
import os
import resource
import statistics
import tempfile
import time
from collections.abc import AsyncIterator, Mapping, Sequence
from dataclasses import dataclass, fields
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from bot.app import build_application
from bot.clock import SystemClock
from bot.config import Config, load_config
from bot.context import BotApplication
from bot.delivery.pacing import Limits
from bot.domain.users import TelegramIdentity, User, display_name_of
from bot.emulator.core import BotApiEmulator
from bot.emulator.inprocess import EmulatorRequest
from bot.emulator.models import BotMessageEvent
from bot.emulator.users import ScriptedUser
from bot.runner import serve
from storage.contacts import ContactRepository, hash_token
from storage.db import Database
from storage.open import open_storage
from storage.rotation import rotate_master_key
from storage.users import UserRepository

# Telegram ids of the population that never talks during the run: far from the emulator's own.
POPULATION_FIRST_ID = 7_000_000_000
# From one /sos to the next in a latency series: about 10 alerts a second, well inside the
# overall limit, so pacing never holds a sample back.
SAMPLE_GAP_S = 0.1
# Long enough for the overall limit's one-second window to forget what went before.
WINDOW_S = 1.1
WAIT_S = 30.0
WARMUP_ALERTS = 3
# Quiet and busy latency series are measured in this many alternating stretches.
BLOCKS = 5


@dataclass(frozen=True)
class Sizes:
    population: int = 10_000  # defenders in the database, each with a contact of their own
    sos_samples: int = 200  # /sos latency samples under background load
    idle_samples: int = 50  # the same without background load, for the ratio
    fanout_recipients: int = 10
    fanout_runs: int = 5
    burst: int = 500  # alerts raised at once, each to a different contact
    background_per_s: float = 20.0  # /start and /help updates a second from other people
    background_users: int = 50

    @classmethod
    def from_env(cls, env: Mapping[str, str]) -> Sizes:
        """BENCH_POPULATION, BENCH_SOS_SAMPLES, ... (each field's name in capitals)."""
        values: dict[str, Any] = {}
        for field in fields(cls):
            raw = env.get(f"BENCH_{field.name.upper()}")
            if raw:
                values[field.name] = float(raw) if field.type == "float" else int(raw)
        return cls(**values)

    def __post_init__(self) -> None:
        counts = {f.name: getattr(self, f.name) for f in fields(self) if f.type == "int"}
        counts.pop("population")  # an empty database is a fair comparison
        if too_few := [name for name, value in counts.items() if value < 2]:
            raise ValueError(f"bench sizes must be at least 2: {', '.join(too_few)}")
        if self.background_per_s < 0:
            raise ValueError("BENCH_BACKGROUND_PER_S cannot be negative (0: no background load)")


# ---------------------------------------------------------------------- the database


@dataclass(frozen=True)
class Protected:
    """A defender played by a scripted user, with the scripted contacts who protect them."""

    defender: ScriptedUser
    contacts: tuple[ScriptedUser, ...]


class Network:
    """Writes defenders and their contacts through the repositories, as the bot would."""

    def __init__(self, db: Database, now: datetime) -> None:
        self._users = UserRepository(db)
        self._contacts = ContactRepository(db)
        self._now = now

    async def register(self, telegram_id: int, name: str) -> User:
        identity = TelegramIdentity(telegram_id, telegram_id, name, "en")
        user, _ = await self._users.register(identity, self._now)
        return user

    async def link(self, defender: User, contact: User, label: str, limit: int) -> None:
        """An invitation, accepted: the only way a contact is added."""
        invite = await self._contacts.create_invite(
            defender.id,
            hash_token(os.urandom(16).hex()),
            label,
            defender.display_name,
            1,
            self._now,
            timedelta(hours=1),
            limit,
        )
        if (
            invite is None
            or await self._contacts.accept_invite(invite.id, contact.id, self._now) is None
        ):
            raise RuntimeError("a contact link could not be made")

    async def populate(self, count: int) -> None:
        for n in range(count):
            defender = await self.register(POPULATION_FIRST_ID + 2 * n, f"Defender {n}")
            contact = await self.register(POPULATION_FIRST_ID + 2 * n + 1, f"Contact {n}")
            await self.link(defender, contact, f"Contact {n}", 1)

    async def protect(self, emulator: BotApiEmulator, name: str, contacts: int) -> Protected:
        """A scripted defender and `contacts` scripted contacts, who have started the bot."""
        defender = emulator.user(name, first_name=name.capitalize())
        people = tuple(emulator.user(f"{name}-c{n}") for n in range(contacts))
        stored = await self.register(defender.id, _name(defender))
        for person in people:
            person.started = True  # they opened the bot to accept the invitation
            contact = await self.register(person.id, _name(person))
            await self.link(stored, contact, person.first_name, contacts)
        return Protected(defender, people)


def _name(user: ScriptedUser) -> str:
    return display_name_of(user.first_name, user.last_name)


@dataclass
class Cast:
    warmup: list[Protected]
    idle: list[Protected]
    loaded: list[Protected]
    fanout: list[Protected]
    held: list[Protected]
    burst: list[Protected]
    background: list[ScriptedUser]


async def set_up(
    config: Config, emulator: BotApiEmulator, sizes: Sizes
) -> tuple[Cast, dict[str, Any]]:
    """Fill the database before the bot opens it. Durability is switched off for the set-up
    connection only: the bot reopens the file with synchronous=FULL."""
    start = time.perf_counter()
    db = await open_storage(config.storage)
    try:
        await db.set_pragma("synchronous", "OFF")
        network = Network(db, SystemClock().now())
        await network.populate(sizes.population)
        populated = time.perf_counter()

        async def group(prefix: str, count: int, contacts: int = 1) -> list[Protected]:
            return [await network.protect(emulator, f"{prefix}{n}", contacts) for n in range(count)]

        cast = Cast(
            warmup=await group("warm", WARMUP_ALERTS),
            idle=await group("idle", sizes.idle_samples),
            loaded=await group("sos", sizes.sos_samples),
            fanout=await group("fan", sizes.fanout_runs, sizes.fanout_recipients),
            held=await group("held", sizes.burst),
            burst=await group("burst", sizes.burst),
            background=[emulator.user(f"bg{n}") for n in range(sizes.background_users)],
        )
        users = await UserRepository(db).count()
    finally:
        await db.close()
    finished = time.perf_counter()
    return cast, {
        "population_defenders": sizes.population,
        "population_contacts": sizes.population,
        "users_in_database": users,
        "populate_seconds": round(populated - start, 1),
        "seconds": round(finished - start, 1),
        "database_mb": round(config.storage.database_path.stat().st_size / 2**20, 1),
        "note": "written through the repositories, one transaction each, synchronous=OFF "
        "on the set-up connection only",
    }


# ---------------------------------------------------------------------- the running bot


class Arrivals:
    """The emulator's listener: stamps every message the bot sends as it arrives."""

    def __init__(self) -> None:
        self.log: list[tuple[float, int]] = []  # (perf_counter, chat id)
        self._expected: dict[int, asyncio.Future[float]] = {}

    def __call__(self, event: BotMessageEvent) -> None:
        if event.kind != "sent":
            return
        at = time.perf_counter()
        chat_id = event.message.chat_id
        self.log.append((at, chat_id))
        future = self._expected.pop(chat_id, None)
        if future is not None and not future.done():
            future.set_result(at)

    def expect(self, user: ScriptedUser) -> asyncio.Future[float]:
        """Resolves with the time of the bot's next message to `user`."""
        future = asyncio.get_running_loop().create_future()
        self._expected[user.id] = future
        return future

    def times_to(self, chat_ids: set[int], since: float) -> list[float]:
        return sorted(at for at, chat in self.log if chat in chat_ids and at >= since)


@contextlib.asynccontextmanager
async def running_bot(config: Config, emulator: BotApiEmulator) -> AsyncIterator[BotApplication]:
    """The bot as `make run` serves it, talking to the in-process emulator."""
    app = build_application(
        config,
        SystemClock(),
        request=EmulatorRequest(emulator),
        updates_request=EmulatorRequest(emulator),
    )
    stop = asyncio.Event()
    task = asyncio.create_task(serve(app, config.api_url, stop), name="bench-bot")
    polling = asyncio.create_task(emulator.wait_for_poll())
    await asyncio.wait({task, polling}, timeout=WAIT_S, return_when=asyncio.FIRST_COMPLETED)
    if not polling.done():
        polling.cancel()
        if task.done():
            task.result()  # the start-up failure, raised here
        stop.set()
        await asyncio.wait({task}, timeout=WAIT_S)
        raise RuntimeError("the bot did not start polling")
    try:
        yield app
    finally:
        stop.set()
        async with asyncio.timeout(WAIT_S):
            await task


class Enqueues:
    """Stamps every commit that queued messages, then wakes the delivery loop as the bot's own
    wiring does (`bot.scheduler.wire_alerts`): the moment an alert's outbox rows exist."""

    def __init__(self, app: BotApplication) -> None:
        state = app.bot_data
        if state.services is None or state.delivery is None or state.alarm is None:
            raise RuntimeError("the bot's alerts are not wired")
        self.times: list[float] = []
        self._kick = state.delivery.kick
        state.services.alerts.wire(on_wake=state.alarm.arm, on_enqueued=self._enqueued)

    def _enqueued(self) -> None:
        self.times.append(time.perf_counter())
        self._kick()


async def settle(emulator: BotApiEmulator, app: BotApplication) -> None:
    """Until every update sent so far has been fetched and handled."""
    async with asyncio.timeout(WAIT_S):
        await emulator.wait_until_fetched()
        await app.update_queue.join()


class Background:
    """Other people using the bot at a steady rate while something is measured."""

    def __init__(self, people: Sequence[ScriptedUser], per_second: float) -> None:
        self._people = people
        self._gap = 1 / per_second if per_second > 0 else 0.0
        self.sent = 0
        self.seconds = 0.0

    @contextlib.asynccontextmanager
    async def running(self) -> AsyncIterator[None]:
        """For as long as the block runs."""
        task = asyncio.create_task(self._run()) if self._gap and self._people else None
        start = time.perf_counter()
        try:
            yield
        finally:
            if task is not None:
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await task
            self.seconds += time.perf_counter() - start

    async def _run(self) -> None:
        start = time.perf_counter()
        for n in itertools.count(1):
            person = self._people[self.sent % len(self._people)]
            await person.send("/help" if self.sent % 2 else "/start")
            self.sent += 1
            await asyncio.sleep(max(start + n * self._gap - time.perf_counter(), 0))

    @property
    def rate(self) -> float:
        return self.sent / self.seconds if self.seconds else 0.0


# ---------------------------------------------------------------------- the measurements


async def sos_latencies(arrivals: Arrivals, cast: Sequence[Protected]) -> list[float]:
    """Seconds from each /sos entering the queue to its first contact's message arriving."""
    latencies = []
    for protected in cast:
        arrived = arrivals.expect(protected.contacts[0])
        start = time.perf_counter()
        await protected.defender.send("/sos")
        latencies.append(await asyncio.wait_for(arrived, WAIT_S) - start)
        await asyncio.sleep(max(start + SAMPLE_GAP_S - time.perf_counter(), 0))
    return latencies


async def fanouts(arrivals: Arrivals, cast: Sequence[Protected]) -> list[tuple[float, float]]:
    """(first, last) recipient's arrival, in seconds after each /sos."""
    runs = []
    for protected in cast:
        await asyncio.sleep(WINDOW_S)
        arriving = [arrivals.expect(contact) for contact in protected.contacts]
        start = time.perf_counter()
        await protected.defender.send("/sos")
        times = await asyncio.wait_for(asyncio.gather(*arriving), WAIT_S)
        runs.append((min(times) - start, max(times) - start))
    return runs


async def raise_all(arrivals: Arrivals, cast: Sequence[Protected]) -> list[asyncio.Future[float]]:
    """Every defender in `cast` sends /sos at once (each alert goes to one contact of its own,
    so only the overall limit applies); the arrivals at their contacts, to wait for."""
    arriving = [arrivals.expect(p.contacts[0]) for p in cast]
    for protected in cast:
        await protected.defender.send("/sos")
    return arriving


async def arrived(arriving: Sequence[asyncio.Future[float]], limit: int) -> None:
    await asyncio.wait_for(asyncio.gather(*arriving), len(arriving) / limit * 3 + WAIT_S)


async def queue_full(
    app: BotApplication, arrivals: Arrivals, cast: Sequence[Protected], limit: int
) -> dict[str, Any]:
    """The delivery rate with the outbox full: the alerts are raised while the delivery loop
    is stopped (as when the bot starts again after a pause), then it starts."""
    delivery = app.bot_data.delivery
    if delivery is None:
        raise RuntimeError("the bot has no delivery loop")
    await delivery.stop()
    answered = [arrivals.expect(p.defender) for p in cast]  # once answered, their alert is in
    arriving = await raise_all(arrivals, cast)
    await arrived(answered, limit)
    await asyncio.sleep(WINDOW_S)
    start = time.perf_counter()
    delivery.start()
    await arrived(arriving, limit)
    sends = arrivals.times_to({p.contacts[0].id for p in cast}, start)
    steady = steady_rate(sends, [start] * len(cast))  # every alert was in before the start
    rate = steady.pop("rate")
    return {
        "alerts": len(cast),
        "messages": len(sends),
        "seconds": round(sends[-1] - start, 2),
        "rate_per_s": None if rate is None else round(rate, 2),
        "limit_per_s": limit,
        "ratio_to_limit": None if rate is None else round(rate / limit, 3),
        "rate_window": steady,
        "most_in_any_second": busiest_second(sends),
        "first_send_after_start_ms": round((sends[0] - start) * 1000, 1),
    }


async def live_burst(
    arrivals: Arrivals, enqueues: Enqueues, cast: Sequence[Protected], limit: int
) -> dict[str, Any]:
    """The same number of /sos at once with delivery running: ingestion and delivery overlap."""
    await asyncio.sleep(WINDOW_S)
    start = time.perf_counter()
    arriving = await raise_all(arrivals, cast)
    await arrived(arriving, limit)
    sends = arrivals.times_to({p.contacts[0].id for p in cast}, start)
    raised = [at for at in enqueues.times if at >= start]
    everything = [at for at, _ in arrivals.log if start <= at <= sends[-1]]
    steady = steady_rate(sends, raised)
    rate = steady.pop("rate")
    return {
        "seconds_to_last_contact": round(sends[-1] - start, 2),
        "alerts_raised_per_s": round(len(raised) / (raised[-1] - start), 1),
        "overall_rate_per_s": round(len(sends) / (sends[-1] - start), 2),
        "saturated_rate_per_s": None if rate is None else round(rate, 2),
        "saturated_window": steady,
        "most_in_any_second": busiest_second(sends),
        "all_bot_messages_per_s": round(len(everything) / (sends[-1] - start), 1),
        "all_bot_messages_most_in_any_second": busiest_second(everything),
    }


def steady_rate(sends: Sequence[float], raised: Sequence[float]) -> dict[str, Any]:
    """Messages a second while the queue stayed saturated, counted over whole seconds (the
    limit is a sliding one-second window, so a fraction of a second may run above it).

    The stretch starts one second after the first send (the limit lets a first second's worth
    go at once) and lasts as long as every send left another raised alert still waiting.
    """
    first = next((n for n, at in enumerate(sends) if at >= sends[0] + 1.0), len(sends) - 1)
    last = first
    waiting = 0
    for n in range(first, len(sends)):
        while waiting < len(raised) and raised[waiting] <= sends[n]:
            waiting += 1
        if waiting <= n + 1:
            break
        last = n
    whole = math.floor(sends[last] - sends[first])
    counted = sum(1 for at in sends[first:] if at < sends[first] + whole)
    return {
        "rate": counted / whole if whole else None,
        "from_s": round(sends[first] - sends[0], 2),
        "seconds": whole,
        "messages": counted,
    }


def busiest_second(times: Sequence[float]) -> int:
    """The most messages in any one-second window."""
    most, start = 0, 0
    for end, at in enumerate(times):
        while times[start] <= at - 1.0:
            start += 1
        most = max(most, end - start + 1)
    return most


def percentiles_ms(seconds: Sequence[float]) -> dict[str, float]:
    cuts = statistics.quantiles(seconds, n=100, method="inclusive")
    return {
        "p50": round(cuts[49] * 1000, 1),
        "p99": round(cuts[98] * 1000, 1),
        "max": round(max(seconds) * 1000, 1),
        "samples": len(seconds),
    }


def peak_rss_mb() -> float:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)  # KiB on Linux


async def alert_figures(sizes: Sizes) -> dict[str, Any]:
    limit = Limits().per_second_overall
    with tempfile.TemporaryDirectory() as folder:
        emulator = BotApiEmulator(now=SystemClock().now)
        config = load_config(
            {
                "TELEGRAM_BOT_TOKEN": emulator.token,
                "BOT_DATA_DIR": str(Path(folder) / "data"),
                "BOT_LOG_LEVEL": "WARNING",
                "BOT_MAX_CONTACTS": str(max(sizes.fanout_recipients, 10)),
            }
        )
        cast, setup = await set_up(config, emulator, sizes)
        arrivals = Arrivals()
        emulator.add_listener(arrivals)
        started = time.perf_counter()
        async with running_bot(config, emulator) as app:
            startup_s = time.perf_counter() - started
            for person in cast.background:
                await person.send("/start")
            enqueues = Enqueues(app)
            await sos_latencies(arrivals, cast.warmup)
            background = Background(cast.background, sizes.background_per_s)
            idle: list[float] = []
            loaded: list[float] = []
            # Quiet and busy stretches take turns, so that drift in a noisy machine's speed
            # weighs on both series alike.
            for block in range(BLOCKS):
                await settle(emulator, app)
                idle += await sos_latencies(arrivals, cast.idle[block::BLOCKS])
                async with background.running():
                    loaded += await sos_latencies(arrivals, cast.loaded[block::BLOCKS])
            async with background.running():
                spread = await fanouts(arrivals, cast.fanout)
                flood = await queue_full(app, arrivals, cast.held, limit)
                flood["live"] = await live_burst(arrivals, enqueues, cast.burst, limit)
            await settle(emulator, app)
        # rotate-key does what the one-time upgrade to sealed rows does: every value
        # re-encrypted, every sealed row sealed again, in one transaction.
        started = time.perf_counter()
        await rotate_master_key(config.storage, lambda _table, _rows: None)
        rotate_s = time.perf_counter() - started
    loaded_ms = percentiles_ms(loaded)
    idle_ms = percentiles_ms(idle)
    recipients = sizes.fanout_recipients
    return {
        "sos_to_first_send_ms": {
            **loaded_ms,
            "background_updates_per_s": round(background.rate, 1),
        },
        "sos_to_first_send_idle_ms": idle_ms,
        "loaded_over_idle_p50_ratio": round(loaded_ms["p50"] / idle_ms["p50"], 2),
        f"fanout_{recipients}_recipients_ms": round(
            statistics.median(last for _, last in spread) * 1000, 1
        ),
        f"fanout_{recipients}": {
            "runs": len(spread),
            "first_recipient_ms": [round(first * 1000, 1) for first, _ in spread],
            "last_recipient_ms": [round(last * 1000, 1) for _, last in spread],
        },
        f"burst_{sizes.burst}": flood,
        "peak_rss_mb": peak_rss_mb(),
        "startup_to_polling_ms": round(startup_s * 1000, 1),
        "rotate_key_seconds": round(rotate_s, 2),
        "setup": setup,
    }
