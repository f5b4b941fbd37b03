"""Placing wall-clock times on the time line, across daylight-saving changes.

A local time that does not exist (the clocks spring forward over it) is moved to the first
instant after the gap: 02:30 on the night Paris goes from 02:00 to 03:00 becomes 03:00. A local
time that happens twice (the clocks fall back) is taken at its first occurrence. Intervals are
real time: "every 2h" is two hours on a stopwatch, whatever the wall clock does.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, tzinfo

from bot.domain.checkins.model import Interval, Rule


def local_instant(day: date, at: time, zone: tzinfo) -> datetime:
    """The UTC instant when the wall clock in `zone` first shows `at` on `day`, or, if it never
    does, the end of the gap that skips it."""
    wall = datetime.combine(day, at)
    first = wall.replace(tzinfo=zone, fold=0).astimezone(UTC)
    if first.astimezone(zone).replace(tzinfo=None) == wall:
        return first
    # In a gap: fold=0 reads the wall time with the offset from before the change, which lands
    # after it; fold=1 with the offset from after, which lands before it. The change lies
    # between: find its second.
    before = wall.replace(tzinfo=zone, fold=1).astimezone(UTC)
    offset_after = first.astimezone(zone).utcoffset()
    low, high = 0, int((first - before).total_seconds())
    while high - low > 1:
        middle = (low + high) // 2
        if (before + timedelta(seconds=middle)).astimezone(zone).utcoffset() == offset_after:
            high = middle
        else:
            low = middle
    return before + timedelta(seconds=high)


def next_due(rule: Rule, zone: tzinfo, after: datetime) -> datetime:
    """The first due time of `rule` strictly after `after`, in UTC."""
    after = as_utc(after)
    if isinstance(rule, Interval):
        return after + rule.every
    today = after.astimezone(zone).date()
    # Today and tomorrow always suffice; the third day covers zones that turn their clocks
    # back across midnight.
    return min(
        instant
        for days in range(3)
        for at in rule.times
        if (instant := local_instant(today + timedelta(days=days), at, zone)) > after
    )


def as_utc(moment: datetime) -> datetime:
    """`moment` in UTC; refuses naive datetimes (arithmetic on those is wall-clock arithmetic)."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("times must be timezone-aware")
    return moment.astimezone(UTC)
