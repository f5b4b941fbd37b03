"""The check-in state machine: pure functions from (schedule, event, now) to (schedule, effects).

Two clocks can run at once: the regular schedule (`due_at`, moved on by every check-in and by
every missed check-in, so it keeps counting after an alert) and a one-off `/checkin_by`
deadline (ended by any check-in, or by the alert when it is missed). For each due time the
defender gets at most one reminder, `remind_before` ahead, and their contacts at most one
missed-check-in alert, `grace` after it.

`on_tick` is the scheduler's and the sweep's wake-up call: it may come early, late or twice.
Called before `next_wake(schedule)` it changes nothing; called at or after it, it does the work
due, once. After a long outage it raises one missed-check-in alert, not one per due time that
went by, and counts on from the present.

A paused schedule never reminds or alerts, not even later for due times that went by during the
pause: resuming counts afresh from the moment of resuming.

The setters do not check their combination: call `validate` on the result before keeping it.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

from bot.domain.checkins.effects import CheckedIn, Effect, Missed, Remind, Resumed
from bot.domain.checkins.model import (
    EARLY_CHECKIN_WINDOW,
    Daily,
    Form,
    Off,
    Problem,
    ProblemKind,
    Rule,
    Schedule,
)
from bot.domain.checkins.timing import as_utc, next_due

Outcome = tuple[Schedule, list[Effect]]


def set_rule(schedule: Schedule, rule: Rule | Off, now: datetime) -> Outcome:
    """A new regular schedule, counted from now; `Off` ends it (a one-off deadline stays)."""
    now = as_utc(now)
    if isinstance(rule, Off):
        return replace(schedule, rule=None, due_at=None, reminded_for=None), []
    due = next_due(rule, schedule.zone, now)
    return _quiet(replace(schedule, rule=rule, due_at=due), now, regular=True, deadline=False), []


def set_zone(schedule: Schedule, zone_name: str, now: datetime) -> Outcome:
    """The defender moved to another time zone: daily times follow them, from now."""
    schedule = replace(schedule, zone_name=zone_name)
    return set_rule(schedule, schedule.rule or Off(), now)


def set_grace(schedule: Schedule, grace: timedelta, now: datetime) -> Outcome:
    as_utc(now)
    return replace(schedule, grace=grace), []


def set_reminder(schedule: Schedule, lead: timedelta | Off, now: datetime) -> Outcome:
    now = as_utc(now)
    if isinstance(lead, Off):
        return replace(schedule, remind_before=None), []
    return _quiet(replace(schedule, remind_before=lead), now, regular=True, deadline=True), []


def set_deadline(schedule: Schedule, when: datetime | Off, now: datetime) -> Outcome:
    """A one-off "alert my contacts if I have not checked in by then", or `Off` to cancel it."""
    now = as_utc(now)
    if isinstance(when, Off):
        return replace(schedule, deadline=None, deadline_reminded=False), []
    schedule = replace(schedule, deadline=as_utc(when), deadline_reminded=False)
    return _quiet(schedule, now, regular=False, deadline=True), []


def pause(schedule: Schedule, until: datetime, now: datetime) -> Outcome:
    """No reminders or alerts until `until` (a new pause replaces the old one)."""
    as_utc(now)
    return replace(schedule, paused_until=as_utc(until)), []


def resume(schedule: Schedule, now: datetime) -> Outcome:
    """End the pause. Due times that went by while paused are skipped, never alerted."""
    now = as_utc(now)
    if schedule.paused_until is None:
        return schedule, []
    due_at, deadline = schedule.due_at, schedule.deadline
    if due_at is not None and schedule.rule is not None and due_at <= now:
        due_at = next_due(schedule.rule, schedule.zone, now)
    if deadline is not None and deadline <= now:
        deadline = None
    resumed = replace(schedule, paused_until=None, due_at=due_at, deadline=deadline)
    if deadline is None:
        resumed = replace(resumed, deadline_reminded=False)
    return resumed, [Resumed()]


def check_in(schedule: Schedule, now: datetime) -> Outcome:
    """ "I'm safe". Moves the next due time on, ends the one-off deadline, and clears what was
    sent for the old due times. Early is fine: an interval counts from now; a daily schedule
    skips every time due within `EARLY_CHECKIN_WINDOW` (or the reminder lead, if longer)."""
    now = as_utc(now)
    due_at = None
    if schedule.rule is not None:
        answered_until = now
        if isinstance(schedule.rule, Daily):
            answered_until += max(EARLY_CHECKIN_WINDOW, schedule.remind_before or timedelta(0))
        due_at = next_due(schedule.rule, schedule.zone, answered_until)
    effect = CheckedIn(
        previous_missed=schedule.missed_for is not None, ended_deadline=schedule.deadline
    )
    checked_in = replace(
        schedule,
        last_checkin=now,
        due_at=due_at,
        deadline=None,
        reminded_for=None,
        deadline_reminded=False,
        missed_for=None,
    )
    return checked_in, [effect]


def on_tick(schedule: Schedule, now: datetime) -> Outcome:
    """Send what is due at `now`: at most one missed-check-in alert and one reminder."""
    now = as_utc(now)
    effects: list[Effect] = []
    if schedule.paused_until is not None:
        if now < schedule.paused_until:
            return schedule, []
        schedule, effects = resume(schedule, now)

    missed: list[tuple[datetime, bool]] = []
    if schedule.due_at is not None and now >= schedule.due_at + schedule.grace:
        missed.append((schedule.due_at, False))
        # Count on from now: one alert however many due times an outage let go by.
        due_at = None if schedule.rule is None else next_due(schedule.rule, schedule.zone, now)
        schedule = replace(schedule, due_at=due_at)
    if schedule.deadline is not None and now >= schedule.deadline + schedule.grace:
        missed.append((schedule.deadline, True))
        schedule = replace(schedule, deadline=None, deadline_reminded=False)
    if missed:
        first, one_off = min(missed)
        effects.append(Missed(first, schedule.last_checkin, one_off))
        schedule = replace(schedule, missed_for=first)

    reminders: list[tuple[datetime, bool]] = []
    if (due := _regular_reminder(schedule, now)) is not None:
        reminders.append((due, False))
        schedule = replace(schedule, reminded_for=due)
    if (due := _deadline_reminder(schedule, now)) is not None:
        reminders.append((due, True))
        schedule = replace(schedule, deadline_reminded=True)
    if reminders:
        # Due times this close are answered by one check-in: remind of the first.
        effects.append(Remind(*min(reminders)))
    return schedule, effects


def next_wake(schedule: Schedule) -> datetime | None:
    """When `on_tick` next has something to do (possibly already past); None if never."""
    if schedule.paused_until is not None:
        return schedule.paused_until
    lead = schedule.remind_before
    moments: list[datetime] = []
    if schedule.due_at is not None:
        if lead is not None and schedule.reminded_for != schedule.due_at:
            moments.append(schedule.due_at - lead)
        moments.append(schedule.due_at + schedule.grace)
    if schedule.deadline is not None:
        if lead is not None and not schedule.deadline_reminded:
            moments.append(schedule.deadline - lead)
        moments.append(schedule.deadline + schedule.grace)
    return min(moments, default=None)


def validate(schedule: Schedule) -> list[Problem]:
    """What is wrong with this combination of settings; empty if nothing."""
    problems = []
    lead, rule = schedule.remind_before, schedule.rule
    if lead is not None and rule is not None and lead >= rule.shortest_gap:
        problems.append(Problem(ProblemKind.REMINDER_TOO_LONG, Form.REMINDER, rule.shortest_gap))
    paused_until, deadline = schedule.paused_until, schedule.deadline
    if paused_until is not None and deadline is not None and deadline <= paused_until:
        problems.append(Problem(ProblemKind.DEADLINE_DURING_PAUSE, Form.PAUSE))
    return problems


def _regular_reminder(schedule: Schedule, now: datetime) -> datetime | None:
    """The regular due time whose reminder is due and not yet sent."""
    lead, due = schedule.remind_before, schedule.due_at
    if lead is None or due is None or schedule.reminded_for == due or now < due - lead:
        return None
    return due


def _deadline_reminder(schedule: Schedule, now: datetime) -> datetime | None:
    lead, deadline = schedule.remind_before, schedule.deadline
    if lead is None or deadline is None or schedule.deadline_reminded or now < deadline - lead:
        return None
    return deadline


def _quiet(schedule: Schedule, now: datetime, *, regular: bool, deadline: bool) -> Schedule:
    """The defender just set this due time or lead and sees it in the reply: a reminder whose
    moment has already come would only repeat it, so count it as sent."""
    if regular and (due := _regular_reminder(schedule, now)) is not None:
        schedule = replace(schedule, reminded_for=due)
    if deadline and _deadline_reminder(schedule, now) is not None:
        schedule = replace(schedule, deadline_reminded=True)
    return schedule
