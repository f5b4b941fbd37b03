"""The raid (issue 15), on a simulated clock: what would take minutes of real time (thousands of
messages at 30 a second) runs in seconds, and the figures are those simulated minutes.

Within one minute, 500 defenders (of 10k) raise an SOS, 2,000 check-ins are missed, 2,000
check-in reminders fall due, and 50 other people send 20 updates a second. Each SOS answers its
defender at once and goes to two first contacts (drawn from 5,000 contacts, so some contacts
get several alerts at once); each missed check-in goes to one contact; every other update gets
a reply. Everything the bot sends goes through python-telegram-bot's own Bot, and the outbox
rows through the real delivery worker and loop (over an in-memory outbox), to a model of
Telegram that answers 429 whenever a limit is exceeded (bench/telegram_model.py).

Run twice: with our pacer (bot.delivery.paced_request under the refusal fallback, as the bot
is built), and with python-telegram-bot's AIORateLimiter set up as its documentation says
(`AIORateLimiter()`: 30/s overall, 20/min a group, max_retries 0) in its place.

What the simulation leaves out: the handlers' own work and the database (a handler's answer
is asked for the moment its update comes; rows are due the moment they are written).
"""

from __future__ import annotations

import asyncio
import heapq
import logging
import random
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from telegram.error import TelegramError
from telegram.ext import AIORateLimiter, ExtBot

from bench.memory_outbox import MemoryOutbox
from bench.telegram_model import TelegramModel
from bench.virtual import LoopClock, run_simulated
from bot.delivery.fallback import RefusalFallbackRequest
from bot.delivery.lanes import Lane, sending_in
from bot.delivery.loop import DeliveryLoop
from bot.delivery.paced_request import PacedRequest
from bot.delivery.scheduler import SendScheduler
from bot.delivery.transport import TelegramTransport
from bot.delivery.worker import DeliveryWorker
from bot.domain.outbound import OutboundMessage, Priority

TOKEN = "123456:bench"
DEFENDER, CONTACT, OTHER = 1_000_000, 2_000_000, 3_000_000
RATE = 30.0


@dataclass(frozen=True)
class RaidSizes:
    defenders: int = 10_000
    contacts: int = 5_000
    sos: int = 500
    missed: int = 2_000
    reminders: int = 2_000
    window_s: float = 60.0
    other_per_s: float = 20.0
    other_people: int = 50
    seed: int = 15


@dataclass(frozen=True)
class Event:
    at: float
    kind: str  # "sos", "missed", "reminder", "other"
    n: int
    chat: int
    to: tuple[int, ...] = ()


def events(sizes: RaidSizes) -> list[Event]:
    rng = random.Random(sizes.seed)
    found: list[Event] = []
    defenders = rng.sample(range(sizes.defenders), sizes.sos + sizes.missed + sizes.reminders)
    for n in range(sizes.sos):
        two = tuple(CONTACT + c for c in rng.sample(range(sizes.contacts), 2))
        at = rng.uniform(0, sizes.window_s)
        found.append(Event(at, "sos", n, DEFENDER + defenders[n], two))
    for n in range(sizes.missed):
        one = (CONTACT + rng.randrange(sizes.contacts),)
        at = rng.uniform(0, sizes.window_s)
        found.append(Event(at, "missed", n, DEFENDER + defenders[sizes.sos + n], one))
    for n in range(sizes.reminders):
        chat = DEFENDER + defenders[sizes.sos + sizes.missed + n]
        found.append(Event(rng.uniform(0, sizes.window_s), "reminder", n, chat))
    for n in range(int(sizes.other_per_s * sizes.window_s)):
        chat = OTHER + rng.randrange(sizes.other_people)
        found.append(Event(n / sizes.other_per_s, "other", n, chat))
    return sorted(found, key=lambda e: e.at)


class Raid:
    def __init__(self, pacer: str) -> None:
        self.clock = LoopClock()
        self.telegram = TelegramModel()
        self.scheduler = SendScheduler(self.clock)
        if pacer == "ours":
            request = RefusalFallbackRequest(PacedRequest(self.telegram, self.scheduler))
            self.bot: ExtBot[Any] = ExtBot(TOKEN, request=request)
        else:
            self.bot = ExtBot(TOKEN, request=self.telegram, rate_limiter=AIORateLimiter())
        self.outbox = MemoryOutbox(self.clock)
        # The worker asks this scheduler which chats are held; with AIORateLimiter nothing
        # records into it, so it holds none.
        worker = DeliveryWorker(
            self.outbox, TelegramTransport(self.bot), self.clock, pacer=self.scheduler
        )
        self.loop = DeliveryLoop(worker, self.outbox, self.clock)  # type: ignore[arg-type]
        self.outbox.on_enqueued = self.loop.kick
        self.replies: dict[str, list[float]] = {"sos": [], "other": []}
        self.failed_replies = 0

    async def run(self, plan: Sequence[Event]) -> None:
        await self.bot.initialize()
        if self.bot.rate_limiter is not None:
            await self.bot.rate_limiter.initialize()
        self.loop.start()
        handling: list[asyncio.Task[None]] = []
        loop = asyncio.get_running_loop()
        for event in plan:
            await asyncio.sleep(max(event.at - loop.time(), 0.0))
            handling.append(asyncio.create_task(self._handle(event)))
        await asyncio.gather(*handling)
        while self.outbox.pending():  # noqa: ASYNC110 (simulated time: a look every half second)
            await asyncio.sleep(0.5)
        await self.loop.stop()

    async def _handle(self, event: Event) -> None:
        """What the bot does with the update: rows in the outbox, then its answer."""
        if event.kind == "sos":
            with sending_in(Lane.DISTRESS):  # as handlers.alerts.on_sos answers
                for contact in event.to:
                    self.outbox.enqueue(
                        contact, OutboundMessage(f"sos:{event.n}"), Priority.DISTRESS
                    )
                await self._reply(event, f"sos-reply:{event.n}", "sos")
        elif event.kind == "missed":
            message = OutboundMessage(f"missed:{event.n}")
            self.outbox.enqueue(event.to[0], message, Priority.ESCALATION)
        elif event.kind == "reminder":
            message = OutboundMessage(f"reminder:{event.n}")
            self.outbox.enqueue(event.chat, message, Priority.REMINDER)
        else:
            with sending_in(Lane.REPLY):  # as every update's handling answers
                await self._reply(event, f"other:{event.n}", "other")

    async def _reply(self, event: Event, text: str, kind: str) -> None:
        try:
            await self.bot.send_message(event.chat, text)
        except TelegramError:
            self.failed_replies += 1  # the person would be told "something went wrong"
            return
        self.replies[kind].append(asyncio.get_running_loop().time() - event.at)


def ideal_first_contact(plan: Sequence[Event], round_trip: float) -> dict[int, float]:
    """For each SOS, the time to its first contact if the bot sent exactly 30 a second, the
    most urgent first, each message as soon as it exists (no chat's own limit): the bound set
    by the messages ahead of it."""
    lanes = {"sos": 0, "sos-reply": 0, "other": 1, "missed": 2, "reminder": 3}
    arrivals: list[tuple[float, int, int, str, int]] = []
    seq = 0
    for event in plan:
        parts = [("sos", len(event.to)), ("sos-reply", 1)] if event.kind == "sos" else []
        parts = parts or [(event.kind, 1)]
        for kind, count in parts:
            for _ in range(count):
                arrivals.append((event.at, lanes[kind], seq, kind, event.n))
                seq += 1
    arrivals.sort()
    ready: list[tuple[int, int, float, str, int]] = []
    first: dict[int, float] = {}
    now, index = 0.0, 0
    while index < len(arrivals) or ready:
        if not ready:
            now = max(now, arrivals[index][0])
        while index < len(arrivals) and arrivals[index][0] <= now:
            at, lane, order, kind, n = arrivals[index]
            heapq.heappush(ready, (lane, order, at, kind, n))
            index += 1
        lane, order, at, kind, n = heapq.heappop(ready)
        now += 1 / RATE
        if kind == "sos" and n not in first:
            first[n] = now - at + round_trip / 2
    return first


def percentile(values: Sequence[float], p: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(p / 100 * len(ordered)) - 1))]


def reminders_ahead_of_alerts(raid: Raid, plan: Sequence[Event]) -> int:
    """Reminders asked of Telegram while an alert message (an SOS's, a missed check-in's) that
    existed already had not been sent yet."""
    written = {("sos", e.n): e.at for e in plan if e.kind == "sos"}
    written |= {("missed", e.n): e.at for e in plan if e.kind == "missed"}
    half_trip = raid.telegram.round_trip / 2
    alerts: list[tuple[float, float]] = []  # (written, asked of Telegram)
    reminders: list[float] = []
    for sent in raid.telegram.delivered:
        kind, _, n = sent.text.partition(":")
        if kind in ("sos", "missed"):
            alerts.append((written[(kind, int(n))], sent.at - half_trip))
        elif kind == "reminder":
            reminders.append(sent.at - half_trip)
    return sum(1 for asked in reminders if any(w < asked < a for w, a in alerts))


def figures_of(raid: Raid, plan: Sequence[Event]) -> dict[str, Any]:
    raised = {e.n: e.at for e in plan if e.kind == "sos"}
    first: dict[int, float] = {}
    for sent in raid.telegram.delivered:
        kind, _, n = sent.text.partition(":")
        if kind == "sos" and int(n) not in first:
            first[int(n)] = sent.at - raised[int(n)]
    reminders_before_alerts = reminders_ahead_of_alerts(raid, plan)
    bound = ideal_first_contact(plan, raid.telegram.round_trip)
    ratios = [first[n] / bound[n] for n in first]
    deliveries = [d.at for d in raid.telegram.delivered]
    total = max(deliveries) - min(e.at for e in plan)
    return {
        "refused_429": raid.telegram.refused,
        "messages_sent": len(deliveries),
        "sos_reached_first_contact": len(first),
        "sos_first_contact_p50_s": round(percentile(list(first.values()), 50), 3),
        "sos_first_contact_p99_s": round(percentile(list(first.values()), 99), 3),
        "sos_bound_p99_s": round(percentile(list(bound.values()), 99), 3),
        "sos_over_bound_p99": round(percentile(ratios, 99), 2),
        "reminders_sent_while_an_alert_waited": reminders_before_alerts,
        "sos_reply_p99_s": round(percentile(raid.replies["sos"], 99), 3),
        "other_reply_p50_s": round(percentile(raid.replies["other"], 50), 3),
        "other_reply_p99_s": round(percentile(raid.replies["other"], 99), 3),
        "replies_failed": raid.failed_replies,
        "total_s": round(total, 1),
        "physical_bound_s": round(len(deliveries) / RATE, 1),
        "total_over_physical_bound": round(total / (len(deliveries) / RATE), 3),
    }


def raid_figures(sizes: RaidSizes | None = None) -> dict[str, Any]:
    sizes = sizes or RaidSizes()
    plan = events(sizes)
    results: dict[str, Any] = {
        "clock": "simulated (bench/virtual.py): figures are simulated seconds",
        "demand_per_s_during_the_window": round(
            (sizes.sos * 3 + sizes.missed + sizes.reminders + sizes.other_per_s * sizes.window_s)
            / sizes.window_s,
            1,
        ),
    }
    logging.disable(logging.CRITICAL)  # every 429 is logged, with its traceback
    try:
        for pacer in ("ours", "aioratelimiter"):
            raid = Raid(pacer)
            run_simulated(raid.run(plan))
            results[pacer] = figures_of(raid, plan)
    finally:
        logging.disable(logging.NOTSET)
    return results
