"""Scheduled check-ins: every change is one transaction (the schedule with a version check, the
reminder it sends, the missed-check-in alert it raises), so a timer and the sweep racing on one
schedule act once, and a crash loses nothing. The pure rules are in `bot.domain.checkins`.
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
from bot.domain.settings import local_text, zone_of
from bot.domain.users import User
from bot.i18n import Translator
from bot.services.alerts import AlertService, PreparedAlert
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

    async def check_in(self, defender: User, *, duress: bool = False) -> CheckIn:
        """Record a check-in. With the duress word, the alert the defender's chat never shows
        is written in the same transaction: it cannot be lost once the check-in counts."""

        async def attempt(stored: StoredSchedule) -> CheckIn:
            prepared = None
            if duress:
                prepared = await self._alerts.prepare(
                    defender, AlertKind.DURESS, last_checkin=stored.schedule.last_checkin
                )
            schedule, effects = rules.check_in(stored.schedule, self._clock.now())
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
        handled: set[str] = set()
        # Large batches, so that missed check-ins go before reminders across the whole
        # backlog (the ordering is within a batch).
        while ids := await self._schedules.due(self._clock.now(), limit=DUE_BATCH):
            for defender_id, stored in await self._missed_first(ids):
                try:
                    if defender_id in handled:
                        raise ScheduleConflict(defender_id)  # still due: never spin on it
                    await self._tick(defender_id, stored)
                except Exception as error:  # one bad schedule must not stall the others
                    log.error("schedule %s: failed: %s", defender_id, type(error).__name__)
                    await self._schedules.postpone(defender_id, self._clock.now() + RETRY_BROKEN)
                handled.add(defender_id)
        return len(handled)

    async def next_wake(self) -> datetime | None:
        return await self._schedules.next_wake()

    async def _missed_first(self, ids: list[str]) -> list[tuple[str, StoredSchedule | None]]:
        """Missed check-ins before reminders: a batch of reminders falling due in the same
        minute must not hold back the alerts behind them. Each schedule is read once here
        and handed on; one that cannot be read goes last, for `_tick` to report."""
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

    async def _tick(self, defender_id: str, stored: StoredSchedule | None) -> None:
        if stored is None:
            stored = await self._schedules.get(defender_id)
        defender = await self._users.get(defender_id)
        if stored is None or defender is None:
            return
        schedule, effects = rules.on_tick(stored.schedule, self._clock.now())
        if schedule == stored.schedule and not effects:
            return
        missed = next((e for e in effects if isinstance(e, Missed)), None)
        prepared = None
        if missed is not None:
            prepared = await self._alerts.prepare(
                defender, AlertKind.MISSED_CHECKIN, last_checkin=missed.last_checkin
            )
        try:
            await self._save(defender, stored, schedule, effects, prepared)
        except ScheduleConflict:
            log.info("schedule %s was processed by someone else first", defender_id)

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
        now = self._clock.now()
        wake = None
        async with self._db.transaction() as tx:
            if not await self._schedules.save_in(tx, defender.id, schedule, stored.version):
                raise ScheduleConflict(defender.id)
            for effect in effects:
                if isinstance(effect, Remind):
                    await self._remind_in(tx, defender, effect, now)
                elif isinstance(effect, Resumed):
                    await self._resumed_in(tx, defender, schedule, now)
            if prepared is not None:
                wake = await self._alerts.insert_in(tx, prepared)
        if prepared is not None:
            self._alerts.after_insert(prepared, wake)
        due = rules.next_wake(schedule)
        if due is not None:
            self._on_wake(due)
        if any(isinstance(e, Remind | Resumed) for e in effects):
            self._on_enqueued()

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
