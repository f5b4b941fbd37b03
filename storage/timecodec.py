"""How times are stored: UTC microseconds since the epoch (or days, where only the day is kept)."""

from __future__ import annotations

from datetime import UTC, date, datetime

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_EPOCH_DAY = date(1970, 1, 1)


def to_db_time(when: datetime) -> int:
    if when.tzinfo is None:
        raise ValueError("stored times must be timezone-aware")
    delta = when - _EPOCH
    return (delta.days * 86_400 + delta.seconds) * 1_000_000 + delta.microseconds


def from_db_time(value: int) -> datetime:
    seconds, micros = divmod(value, 1_000_000)
    return datetime.fromtimestamp(seconds, UTC).replace(microsecond=micros)


def to_db_day(day: date) -> int:
    return (day - _EPOCH_DAY).days


def from_db_day(value: int) -> date:
    return date.fromordinal(_EPOCH_DAY.toordinal() + value)
