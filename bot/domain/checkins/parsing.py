"""Reading what people type after `/schedule`, `/grace`, `/reminder`, `/checkin_by`, `/pause`.

Every parser returns a value or a `Problem`; none raises on user input. Digits may be typed in
any script (Arabic-Indic digits too). Times are 24-hour `HH:MM` or `H:MM`; dates are `YYYY-MM-DD`.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta, tzinfo

from bot.domain.checkins.model import (
    MAX_AHEAD,
    MAX_GRACE,
    MAX_INTERVAL,
    MAX_REMINDER,
    MIN_GRACE,
    MIN_INTERVAL,
    MIN_PAUSE,
    MIN_REMINDER,
    Daily,
    Form,
    Interval,
    Off,
    Problem,
    ProblemKind,
    Rule,
)
from bot.domain.checkins.timing import as_utc, local_instant, next_due

_NUMBER = r"(\d{1,6})\s*"  # six digits keep every sum far inside timedelta's range
_DURATION = re.compile(
    rf"(?:{_NUMBER}(?:days?|d)\s*)?"
    rf"(?:{_NUMBER}(?:hours?|hrs?|h)\s*)?"
    rf"(?:{_NUMBER}(?:minutes?|mins?|m))?",
    re.IGNORECASE,
)
# 24-hour `13:05`, or 12-hour `9am`, `9:30 pm`, `12 a.m.`
_TIME = re.compile(r"(\d{1,2})(?::(\d{2}))?(?:\s*([ap])\.?m\.?)?", re.IGNORECASE)
_WHEN = re.compile(
    r"(?:(today|tomorrow)\s+(?:at\s+)?|(\d{4}-\d{1,2}-\d{1,2})(?:\s+(?:at\s+)?|t))?"
    r"(\d{1,2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?)",
    re.IGNORECASE,
)
# `1.5h`, `2,5 hours`, `0.5d`: a decimal number of hours or days.
_DECIMAL = re.compile(r"(\d{1,4})[.,](\d{1,2})\s*(days?|d|hours?|hrs?|h)", re.IGNORECASE)
_LIST_COMMA = re.compile(r",(?!\d)|(?<!\d),")
# `9 am` is one time, not two words.
_SPACED_MERIDIEM = re.compile(r"(\d)\s+([ap]\.?m\.?)(?=\s|$)", re.IGNORECASE)


def parse_duration(text: str) -> timedelta | None:
    """`90m`, `2h`, `1h30m`, `1h 30m`, `45 min`, `3d`, `2 hours`, `1.5h`; units largest
    first; a decimal must come to whole minutes."""
    decimal = _DECIMAL.fullmatch(text.strip())
    if decimal is not None:
        whole, fraction, unit = decimal.groups()
        unit_minutes = 24 * 60 if unit.lower().startswith("d") else 60
        minutes, rest = divmod(int(whole + fraction) * unit_minutes, 10 ** len(fraction))
        return timedelta(minutes=minutes) if not rest else None
    match = _DURATION.fullmatch(text.strip())
    if match is None or not any(match.groups()):
        return None
    days, hours, minutes = (int(group or 0) for group in match.groups())
    return timedelta(days=days, hours=hours, minutes=minutes)


def format_duration(duration: timedelta) -> str:
    """The shortest form `parse_duration` reads back: `1h30m`, `3d`, `1d2h`."""
    minutes, seconds = divmod(int(duration.total_seconds()), 60)
    if seconds or minutes <= 0:
        raise ValueError("durations are whole, positive minutes")
    days, rest = divmod(minutes, 24 * 60)
    hours, minutes = divmod(rest, 60)
    return "".join(f"{n}{unit}" for n, unit in ((days, "d"), (hours, "h"), (minutes, "m")) if n)


def parse_schedule(args: str) -> Rule | Off | Problem:
    """`every 2h`, `every 90m`, `every 1.5h`, `daily 09:00 21:00`, `daily 9am 9pm`, `off`;
    also a bare `2h` or `9:00 21:00`."""
    # A comma separates times ("09:00, 21:00") except inside a number ("2,5h").
    words = _SPACED_MERIDIEM.sub(r"\1\2", _LIST_COMMA.sub(" ", args)).split()
    if not words:
        return Problem(ProblemKind.FORMAT, Form.SCHEDULE)
    head, rest = words[0].lower(), words[1:]
    if head == "off" and not rest:
        return Off()
    if head == "every":
        return _interval(" ".join(rest))
    if head == "daily":
        return _daily(rest)
    if _TIME.fullmatch(head) and (":" in head or head[-1:] in "mM"):
        return _daily(words)
    return _interval(args)


def format_rule(rule: Rule) -> str:
    """The `/schedule` arguments that set `rule`: `every 1h30m`, `daily 09:00 21:00`."""
    if isinstance(rule, Interval):
        return f"every {format_duration(rule.every)}"
    return "daily " + " ".join(at.strftime("%H:%M") for at in rule.times)


def parse_grace(args: str) -> timedelta | Problem:
    """`30m`, `2h`: from 1 minute to 24 hours."""
    return _in_range(parse_duration(args), MIN_GRACE, MAX_GRACE, Form.GRACE)


def parse_reminder(args: str) -> timedelta | Off | Problem:
    """`10m`, `1h`, or `off`. `validate` checks that it is shorter than the schedule's gap."""
    if args.strip().lower() == "off":
        return Off()
    return _in_range(parse_duration(args), MIN_REMINDER, MAX_REMINDER, Form.REMINDER)


def parse_when(
    args: str, zone: tzinfo, now: datetime, form: Form = Form.DEADLINE
) -> datetime | Problem:
    """A moment in the next 30 days, in UTC: `13:00` (its next occurrence), `tomorrow 08:00`,
    `today 18:00`, `2026-12-01 13:00`, or a duration from now (`2h`, `in 2h`)."""
    now = as_utc(now)
    text = " ".join(args.split()).lower()
    duration = parse_duration(text.removeprefix("in "))
    if duration is not None:
        return _ahead(now + duration, now, form)
    match = _WHEN.fullmatch(_SPACED_MERIDIEM.sub(r"\1\2", text))
    clock = _TIME.fullmatch(match[3]) if match else None
    if match is None or clock is None or not _has_clock_form(match[3]):
        return Problem(ProblemKind.FORMAT, form)
    word, iso_date = match[1], match[2]
    at = _clock(clock)
    if at is None:
        return Problem(ProblemKind.NO_SUCH_TIME, form)
    today = now.astimezone(zone).date()
    if word is None and iso_date is None:
        return _ahead(next_due(Daily((at,)), zone, now), now, form)
    day = _day(word or iso_date, today)
    if day is None:
        return Problem(ProblemKind.NO_SUCH_TIME, form)
    # Far-off dates are refused before they are placed in time, which could overflow.
    if day > today + MAX_AHEAD + timedelta(days=1):
        return Problem(ProblemKind.TOO_FAR_AHEAD, form, MAX_AHEAD)
    if day < today - timedelta(days=1):
        return Problem(ProblemKind.IN_THE_PAST, form)
    return _ahead(local_instant(day, at, zone), now, form)


def parse_deadline(args: str, zone: tzinfo, now: datetime) -> datetime | Off | Problem:
    """`/checkin_by`: a moment as `parse_when` reads it, or `off`."""
    if args.strip().lower() == "off":
        return Off()
    return parse_when(args, zone, now, Form.DEADLINE)


def parse_pause(args: str, zone: tzinfo, now: datetime) -> datetime | Problem:
    """Until when to pause, in UTC: a duration (`3h`, `for 2d`, up to 30 days) or
    `until <when>` (see `parse_when`)."""
    now = as_utc(now)
    words = args.split()
    if words and words[0].lower() == "until":
        return parse_when(" ".join(words[1:]), zone, now, Form.PAUSE)
    if words and words[0].lower() == "for":
        words = words[1:]
    duration = _in_range(parse_duration(" ".join(words)), MIN_PAUSE, MAX_AHEAD, Form.PAUSE)
    return duration if isinstance(duration, Problem) else now + duration


def _interval(text: str) -> Interval | Problem:
    every = _in_range(parse_duration(text), MIN_INTERVAL, MAX_INTERVAL, Form.SCHEDULE)
    return every if isinstance(every, Problem) else Interval(every)


def passed_today(args: str, zone: tzinfo, now: datetime) -> datetime | None:
    """For a bare time (`16:00`) that has already passed today where the person is: the same
    time tomorrow, which `parse_when` would take it to mean, so they can be asked first."""
    text = _SPACED_MERIDIEM.sub(r"\1\2", " ".join(args.split()).lower())
    clock = _TIME.fullmatch(text)
    at = _clock(clock) if clock and _has_clock_form(text) else None
    if at is None:
        return None
    now = as_utc(now)
    today = now.astimezone(zone).date()
    if local_instant(today, at, zone) > now:
        return None
    return local_instant(today + timedelta(days=1), at, zone)


def _has_clock_form(text: str) -> bool:
    """`9:00` or `9am`, not a bare `9` (which could be anything)."""
    return ":" in text or text.rstrip(".").lower().endswith("m")


def _clock(match: re.Match[str]) -> time | None:
    hour, minute, meridiem = match[1], match[2] or "00", match[3]
    if meridiem is None:
        return _time(hour, minute)
    h = int(hour)
    if not 1 <= h <= 12:
        return None
    return _time(str(h % 12 + (12 if meridiem.lower() == "p" else 0)), minute)


def _daily(words: list[str]) -> Daily | Problem:
    matches = [_TIME.fullmatch(word) if _has_clock_form(word) else None for word in words]
    if not words or None in matches:
        return Problem(ProblemKind.FORMAT, Form.SCHEDULE)
    times = [_clock(m) for m in matches if m is not None]
    valid = [at for at in times if at is not None]
    if len(valid) < len(times):
        return Problem(ProblemKind.NO_SUCH_TIME, Form.SCHEDULE)
    rule = Daily(tuple(sorted(set(valid))))
    if rule.shortest_gap < MIN_INTERVAL:
        return Problem(ProblemKind.TOO_CLOSE, Form.SCHEDULE, MIN_INTERVAL)
    return rule


def _time(hour: str, minute: str) -> time | None:
    h, m = int(hour), int(minute)
    return time(h, m) if h < 24 and m < 60 else None


def _day(text: str, today: date) -> date | None:
    if text == "today":
        return today
    if text == "tomorrow":
        return today + timedelta(days=1)
    year, month, day = (int(part) for part in text.split("-"))
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _in_range(
    duration: timedelta | None, low: timedelta, high: timedelta, form: Form
) -> timedelta | Problem:
    if duration is None:
        return Problem(ProblemKind.FORMAT, form)
    if duration < low:
        return Problem(ProblemKind.TOO_SHORT, form, low)
    if duration > high:
        return Problem(ProblemKind.TOO_LONG, form, high)
    return duration


def _ahead(when: datetime, now: datetime, form: Form) -> datetime | Problem:
    if when <= now:
        return Problem(ProblemKind.IN_THE_PAST, form)
    if when - now > MAX_AHEAD:
        return Problem(ProblemKind.TOO_FAR_AHEAD, form, MAX_AHEAD)
    return when
