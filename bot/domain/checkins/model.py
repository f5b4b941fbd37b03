"""A defender's check-in schedule, its rules and limits, and why a typed value was refused.

All datetimes are timezone-aware UTC instants; local time exists only inside `timing` (to place
daily times on the defender's wall clock) and in what the service shows people.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta, tzinfo
from enum import StrEnum
from itertools import pairwise

from bot.domain.settings import zone_of

MIN_INTERVAL = timedelta(minutes=15)
MAX_INTERVAL = timedelta(days=7)
MIN_GRACE = timedelta(minutes=1)
MAX_GRACE = timedelta(hours=24)
DEFAULT_GRACE = timedelta(minutes=30)
MIN_REMINDER = timedelta(minutes=1)
MAX_REMINDER = timedelta(hours=24)
DEFAULT_REMINDER = timedelta(minutes=10)
MIN_PAUSE = timedelta(minutes=1)
MAX_AHEAD = timedelta(days=30)
"""How far ahead a one-off deadline or the end of a pause may be."""
EARLY_CHECKIN_WINDOW = timedelta(hours=1)
"""A check-in answers every daily time due within this long after it (or within the reminder
lead, when that is longer): tapping "I'm safe" under a 08:50 reminder answers the 09:00 check-in."""


@dataclass(frozen=True)
class Interval:
    """Check in every `every`, counted from the last check-in (real time, not wall-clock time)."""

    every: timedelta

    def __post_init__(self) -> None:
        if self.every <= timedelta(0):
            raise ValueError("an interval must be positive")

    @property
    def shortest_gap(self) -> timedelta:
        return self.every


@dataclass(frozen=True)
class Daily:
    """Check in at these local times every day, in the schedule's time zone."""

    times: tuple[time, ...]

    def __post_init__(self) -> None:
        if not self.times:
            raise ValueError("a daily schedule needs at least one time")
        if any(t.tzinfo is not None for t in self.times):
            raise ValueError("daily times are wall-clock times, without a time zone")
        if any(a >= b for a, b in pairwise(self.times)):
            raise ValueError("daily times must be sorted and distinct")

    @property
    def shortest_gap(self) -> timedelta:
        """The shortest nominal gap between consecutive times, across midnight too."""
        minutes = [t.hour * 60 + t.minute for t in self.times]
        gaps = [b - a for a, b in pairwise(minutes)]
        gaps.append(minutes[0] + 24 * 60 - minutes[-1])
        return timedelta(minutes=min(gaps))


@dataclass(frozen=True)
class Off:
    """`/schedule off`, `/reminder off`, `/checkin_by off`."""


Rule = Interval | Daily


@dataclass(frozen=True)
class Schedule:
    """One defender's check-in state. Storage adds the row id and version."""

    zone_name: str = "UTC"  # as `parse_timezone` stored it; local times are read in this zone
    rule: Rule | None = None  # None: no regular schedule (a one-off deadline may still run)
    grace: timedelta = DEFAULT_GRACE
    remind_before: timedelta | None = DEFAULT_REMINDER  # None: no reminders
    due_at: datetime | None = None  # the next regular due time; None exactly when rule is None
    deadline: datetime | None = None  # a one-off `/checkin_by`
    paused_until: datetime | None = None
    last_checkin: datetime | None = None
    reminded_for: datetime | None = None  # the regular due time a reminder was sent for
    deadline_reminded: bool = False  # a reminder was sent for the current deadline
    missed_for: datetime | None = None
    """The due time (or deadline) of the last missed-check-in alert since the last check-in."""

    @property
    def zone(self) -> tzinfo:
        return zone_of(self.zone_name)

    def is_paused(self, now: datetime) -> bool:
        return self.paused_until is not None and now < self.paused_until


class Form(StrEnum):
    """Which command's accepted forms to show with a problem."""

    SCHEDULE = "schedule"
    GRACE = "grace"
    REMINDER = "reminder"
    DEADLINE = "checkin-by"
    PAUSE = "pause"


class ProblemKind(StrEnum):
    FORMAT = "format"  # none of the accepted forms
    NO_SUCH_TIME = "no-such-time"  # 25:00, 2026-02-30
    TOO_SHORT = "too-short"  # limit: the shortest allowed
    TOO_LONG = "too-long"  # limit: the longest allowed
    TOO_CLOSE = "too-close"  # daily times closer than `limit` to each other
    IN_THE_PAST = "in-the-past"
    TOO_FAR_AHEAD = "too-far-ahead"  # limit: how far ahead is allowed
    REMINDER_TOO_LONG = "reminder-too-long"  # limit: the gap the reminder must be shorter than
    DEADLINE_DURING_PAUSE = "deadline-during-pause"  # the pause would silence a deadline


@dataclass(frozen=True)
class Problem:
    """Why a typed value or a combination of settings was refused; never raised."""

    kind: ProblemKind
    form: Form
    limit: timedelta | None = None
