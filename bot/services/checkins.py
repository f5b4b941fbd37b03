"""Scheduled check-ins: every change is written in one transaction with what it causes (the
schedule with a version check, the reminder it sends, the missed-check-in alert it raises), so
a timer and the sweep racing on one schedule act once, and a crash loses nothing. Deadlines are
written many schedules to a transaction; a schedule whose version moved on is left out of it.
The pure rules are in `bot.domain.checkins`.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TypeVar

from bot.clock import Clock
from bot.domain import checkins as rules
from bot.domain.alerts import AlertKind
from bot.domain.checkins import CheckedIn, Effect, Missed, Problem, Remind, Resumed, Schedule
from bot.domain.interaction import ButtonAction
from bot.domain.outbound import ChatKind, OutboundMessage, Priority
from bot.domain.readiness import Outage
from bot.domain.settings import local_text, zone_of
from bot.domain.users import User
from bot.i18n import Translator
from bot.services.alerts import AlertService, PreparedAlert
from bot.services.outage import tell_of_late_alert_in
from storage.buttons import ButtonRepository
from storage.db import Database, Tx
from storage.outbox import OutboxRepository
from storage.safety_words import SafetyWord, SafetyWordRepository
from storage.schedules import ScheduleRepository, StoredSchedule
from storage.users import UserRepository

log = logging.getLogger(__name__)

Transition = Callable[[Schedule, datetime], rules.Outcome]
T = TypeVar("T")
RETRY_BROKEN = timedelta(minutes=1)
# A defender's change that lost a race with the timer is read and applied again.
ATTEMPTS = 3
DUE_BATCH = 5000
# Schedules written per transaction: one commit (one fsync) for this many.
COMMIT_BATCH = 500
MIN_WORD_CHARS = 4
MAX_WORD_CHARS = 64
REMINDER_BUTTON_LIFETIME = timedelta(days=2)
CHECKIN_ROUTE = "checkin-now"


@dataclass(frozen=True)
class Changed:
    """A change asked for: the schedule as it is now, and why it was refused, if it was."""

    schedule: Schedule
    problems: list[Problem]


@dataclass(frozen=True)
class CheckIn:
    schedule: Schedule
    effect: CheckedIn | None


@dataclass(frozen=True)
class _Tick:
    """One schedule's change, worked out and not yet written."""

    defender: User
    stored: StoredSchedule
    schedule: Schedule
    effects: list[Effect]
    prepared: PreparedAlert | None


class ScheduleConflict(Exception):
    """Someone else changed the schedule first: the caller's change is not applied."""


class CheckinService:
    def __init__(
        self,
        db: Database,
        clock: Clock,
        alerts: AlertService,
        translate: Translator,
        words: SafetyWordRepository | None = None,
    ) -> None:
        self._db = db
        self._clock = clock
        self._alerts = alerts
        self._translate = translate
        self._schedules = ScheduleRepository(db)
        self._users = UserRepository(db)
        self._outbox = OutboxRepository(db)
        self._buttons = ButtonRepository(db)
        self.words = words or SafetyWordRepository(db)
        self._on_wake: Callable[[datetime], None] = lambda when: None
        self._on_enqueued: Callable[[], None] = lambda: None
        # The outage this process started after, if any: missed check-ins that fell due inside
        # it are processed late, and their defenders are told so.
        self.outage: Outage | None = None

    def wire(self, on_wake: Callable[[datetime], None], on_enqueued: Callable[[], None]) -> None:
        self._on_wake = on_wake
        self._on_enqueued = on_enqueued

    async def schedule_of(self, defender: User) -> Schedule:
        stored = await self._schedules.get(defender.id)
        if stored is None:
            return Schedule(zone_name=defender.settings.timezone)
        return stored.schedule

    async def change(self, defender: User, transition: Transition) -> Changed:
        """Apply a change the defender asked for; refused (and not saved) if it does not fit
        the rest of their schedule."""

        async def attempt(stored: StoredSchedule) -> Changed:
            now = self._clock.now()
            schedule = stored.schedule
            if schedule.zone_name != defender.settings.timezone:
                # Daily times follow the defender to their new zone; otherwise the due time
                # must not move (a change of grace must not forgive an overdue check-in).
                schedule, _ = rules.set_zone(schedule, defender.settings.timezone, now)
            schedule, effects = transition(schedule, now)
            problems = rules.validate(schedule)
            if problems:
                return Changed(stored.schedule, problems)
            await self._save(defender, stored, schedule, effects, None)
            return Changed(schedule, [])

        return await self._retrying(defender, attempt)

    async def check_in(
        self, defender: User, *, duress: bool = False, sent_at: datetime | None = None
    ) -> CheckIn:
        """Record a check-in. With the duress word, the alert the defender's chat never shows
        is written in the same transaction: it cannot be lost once the check-in counts.

        `sent_at`: when Telegram says the message was sent. A check-in that waited at Telegram
        while the bot was down counts from then, never from the moment the bot read it."""

        async def attempt(stored: StoredSchedule) -> CheckIn:
            prepared = None
            if duress:
                prepared = await self._alerts.prepare(
                    defender, AlertKind.DURESS, last_checkin=stored.schedule.last_checkin
                )
            moment = checked_in_at(self._clock.now(), sent_at, stored.schedule.last_checkin)
            schedule, effects = rules.check_in(stored.schedule, moment)
            await self._save(defender, stored, schedule, effects, prepared)
            checked = next((e for e in effects if isinstance(e, CheckedIn)), None)
            return CheckIn(schedule, checked)

        return await self._retrying(defender, attempt)

    async def _retrying(
        self, defender: User, attempt: Callable[[StoredSchedule], Awaitable[T]]
    ) -> T:
        """Read the schedule and apply; when the timer got there first, read again and apply
        again, a few times."""
        for tries in range(1, ATTEMPTS + 1):
            try:
                return await attempt(await self._stored(defender))
            except ScheduleConflict:
                if tries == ATTEMPTS:
                    raise
        raise ScheduleConflict(defender.id)

    async def is_safety_word(self, defender: User, text: str) -> SafetyWord | None:
        # Argon2 is slow on purpose: text that cannot be a word is not checked at all.
        if not MIN_WORD_CHARS <= len(text.strip()) <= MAX_WORD_CHARS:
            return None
        return await self.words.matches(defender.id, text)

    # ------------------------------------------------------------------ the alarm clock

    async def process_due(self) -> int:
        """Apply every schedule's deadline that has come, missed check-ins first, many
        schedules to a transaction (one commit, one fsync, for hundreds of them)."""
        handled: set[str] = set()
        # Large batches, so that missed check-ins go before reminders across the whole
        # backlog (the ordering is within a batch).
        began = self._clock.now()  # later deadlines are the next ring's (see AlertService)
        while ids := await self._schedules.due(began, limit=DUE_BATCH):
            ordered = await self._missed_first(ids)
            for start in range(0, len(ordered), COMMIT_BATCH):
                await self._tick_batch(ordered[start : start + COMMIT_BATCH], handled)
        return len(handled)

    async def next_wake(self) -> datetime | None:
        return await self._schedules.next_wake()

    async def _missed_first(self, ids: list[str]) -> list[tuple[str, StoredSchedule | None]]:
        """Missed check-ins before reminders: a batch of reminders falling due in the same
        minute must not hold back the alerts behind them. Each schedule is read once here
        and handed on; one that cannot be read goes last, for `_plan` to report."""
        now = self._clock.now()
        missed: list[tuple[str, StoredSchedule | None]] = []
        rest: list[tuple[str, StoredSchedule | None]] = []
        for defender_id in ids:
            try:
                stored = await self._schedules.get(defender_id)
            except Exception:  # read again, and reported, inside process_due's guard
                rest.append((defender_id, None))
                continue
            if stored is not None and any(
                isinstance(e, Missed) for e in rules.on_tick(stored.schedule, now)[1]
            ):
                missed.append((defender_id, stored))
            else:
                rest.append((defender_id, stored))
        return missed + rest

    async def _tick_batch(
        self, batch: list[tuple[str, StoredSchedule | None]], handled: set[str]
    ) -> None:
        """Work out each schedule's change (reads only), then write them all in one
        transaction. Should that fail, each is written on its own, so that one bad schedule
        holds back no other."""
        ticks: list[_Tick] = []
        for defender_id, stored in batch:
            try:
                if defender_id in handled:
                    raise ScheduleConflict(defender_id)  # still due: never spin on it
                tick = await self._plan(defender_id, stored)
                if tick is not None:
                    ticks.append(tick)
            except Exception as error:
                await self._broken(defender_id, error)
            handled.add(defender_id)
        if not ticks:
            return
        try:
            saved = await self._save_all(ticks)
        except Exception as error:
            log.warning(
                "a batch of %d schedules failed (%s): one by one", len(ticks), type(error).__name__
            )
            for tick in ticks:
                try:
                    await self._save_one(tick)
                except ScheduleConflict:
                    log.info("schedule %s was processed by someone else first", tick.defender.id)
                except Exception as failure:
                    await self._broken(tick.defender.id, failure)
            return
        self._after_save(saved)

    async def _broken(self, defender_id: str, error: Exception) -> None:
        log.error("schedule %s: failed: %s", defender_id, type(error).__name__)
        await self._schedules.postpone(defender_id, self._clock.now() + RETRY_BROKEN)

    async def _plan(self, defender_id: str, stored: StoredSchedule | None) -> _Tick | None:
        if stored is None:
            stored = await self._schedules.get(defender_id)
        defender = await self._users.get(defender_id)
        if stored is None or defender is None:
            return None
        schedule, effects = rules.on_tick(stored.schedule, self._clock.now())
        if schedule == stored.schedule and not effects:
            return None
        missed = next((e for e in effects if isinstance(e, Missed)), None)
        prepared = None
        if missed is not None:
            prepared = await self._alerts.prepare(
                defender, AlertKind.MISSED_CHECKIN, last_checkin=missed.last_checkin
            )
        return _Tick(defender, stored, schedule, effects, prepared)

    async def _save_all(self, ticks: list[_Tick]) -> list[tuple[_Tick, datetime | None]]:
        """Every tick in one transaction; one that lost a race (its version moved on) is
        left out, the others still count."""
        saved: list[tuple[_Tick, datetime | None]] = []
        async with self._db.transaction() as tx:
            for tick in ticks:
                try:
                    wake = await self._write_in(tx, tick)
                except ScheduleConflict:
                    log.info("schedule %s was processed by someone else first", tick.defender.id)
                    continue
                saved.append((tick, wake))
        return saved

    async def _save_one(self, tick: _Tick) -> None:
        async with self._db.transaction() as tx:
            wake = await self._write_in(tx, tick)
        self._after_save([(tick, wake)])

    # ------------------------------------------------------------------ plumbing

    async def _stored(self, defender: User) -> StoredSchedule:
        stored = await self._schedules.get(defender.id)
        if stored is None:
            return StoredSchedule(defender.id, Schedule(zone_name=defender.settings.timezone), 0)
        return stored

    async def _save(
        self,
        defender: User,
        stored: StoredSchedule,
        schedule: Schedule,
        effects: list[Effect],
        prepared: PreparedAlert | None,
    ) -> None:
        """The schedule, its reminders and its alert: all of them, or none."""
        await self._save_one(_Tick(defender, stored, schedule, effects, prepared))

    async def _write_in(self, tx: Tx, tick: _Tick) -> datetime | None:
        """Write one schedule's change in `tx`; ScheduleConflict (nothing written) if its
        version moved on. Returns the new alert's first deadline, if one was raised."""
        now = self._clock.now()
        defender = tick.defender
        if not await self._schedules.save_in(tx, defender.id, tick.schedule, tick.stored.version):
            raise ScheduleConflict(defender.id)
        for effect in tick.effects:
            if isinstance(effect, Remind):
                await self._remind_in(tx, defender, effect, now)
            elif isinstance(effect, Resumed):
                await self._resumed_in(tx, defender, tick.schedule, now)
            elif isinstance(effect, Missed) and (
                outage := self._outage_covering(effect, tick.schedule)
            ):
                await tell_of_late_alert_in(
                    tx, self._outbox, self._translate, defender, outage, effect.due, now
                )
        if tick.prepared is not None:
            return await self._alerts.insert_in(tx, tick.prepared)
        return None

    def _after_save(self, saved: list[tuple[_Tick, datetime | None]]) -> None:
        """After the commit: the alerts' logs and deadlines, the alarm, the delivery loop."""
        enqueued = False
        for tick, wake in saved:
            if tick.prepared is not None:
                self._alerts.after_insert(tick.prepared, wake)
            due = rules.next_wake(tick.schedule)
            if due is not None:
                self._on_wake(due)
            enqueued = enqueued or any(isinstance(e, Remind | Resumed) for e in tick.effects)
        if enqueued:
            self._on_enqueued()

    def _outage_covering(self, missed: Missed, schedule: Schedule) -> Outage | None:
        """The outage the alert fell due in (check-in time plus grace), if it did."""
        if self.outage is not None and self.outage.covers(missed.due + schedule.grace):
            return self.outage
        return None

    async def _resumed_in(self, tx: Tx, defender: User, schedule: Schedule, now: datetime) -> None:
        """A pause ended by itself: say so, and when the next check-in is due."""
        due = schedule.due_at
        if due is None:
            return  # nothing is scheduled after the pause: nothing to announce
        text = self._translate(
            defender.language,
            "checkin-resumed",
            disguise=defender.settings.disguise,
            due=local_text(due, defender.settings.timezone),
        )
        await self._outbox.enqueue_in(
            tx,
            defender.chat_id,
            ChatKind.PRIVATE,
            OutboundMessage(text),
            Priority.REMINDER,
            now,
            recipient_ref="defender",
            purpose="checkin:resumed",
            owner_user_id=defender.id,
        )

    async def _remind_in(self, tx: Tx, defender: User, remind: Remind, now: datetime) -> None:
        """The reminder, with a one-tap check-in button, in the defender's words and zone."""
        disguise = defender.settings.disguise
        local = remind.due.astimezone(zone_of(defender.settings.timezone))
        text = self._translate(
            defender.language, "checkin-reminder", disguise=disguise, due=f"{local:%H:%M}"
        )
        label = self._translate(defender.language, "keyboard-safe", disguise=disguise)
        (data,) = await self._buttons.issue_in(
            tx,
            defender.id,
            [ButtonAction(CHECKIN_ROUTE)],
            now,
            REMINDER_BUTTON_LIFETIME,
            single_use=False,
        )
        await self._outbox.enqueue_in(
            tx,
            defender.chat_id,
            ChatKind.PRIVATE,
            OutboundMessage(text, buttons=(((label, data),),)),
            remind.priority,
            now,
            recipient_ref="defender",
            purpose="checkin:reminder",
            owner_user_id=defender.id,
        )


# A message read within this long of being sent counts from when it was read: the ordinary
# case, where Telegram's whole-second date would only blur the time.
WAITED_AT_TELEGRAM = timedelta(seconds=5)


def checked_in_at(now: datetime, sent_at: datetime | None, last: datetime | None) -> datetime:
    """The moment a check-in counts from: when it was sent, if it waited at Telegram (never in
    the future, never before the last check-in)."""
    if sent_at is None or now - sent_at <= WAITED_AT_TELEGRAM:
        return now
    return max(sent_at, last) if last is not None else sent_at
