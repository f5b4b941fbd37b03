"""How times are stored: UTC microseconds since the epoch (or days, where only the day is kept).

The file must show coarse timing only (DESIGN, data protection): a deadline whose exact moment
is also in an encrypted body is stored as its minute (`to_db_wake_minute`; the repository reads
the exact moment from the body); an expiry is stored to the minute, rounded up (`to_db_wake`,
so nothing expires early); a moment kept only to order or purge rows keeps the minute or the
day; no stored value carries microseconds, and only a pending outbox row's next try and lease
keep milliseconds (`to_db_pending`).
"""

from __future__ import annotations

from datetime import UTC, date, datetime

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_EPOCH_DAY = date(1970, 1, 1)


def to_db_time(when: datetime) -> int:
    if when.tzinfo is None:
        raise ValueError("stored times must be timezone-aware")
    delta = when - _EPOCH
    return (delta.days * 86_400 + delta.seconds) * 1_000_000 + delta.microseconds


MINUTE = 60_000_000
DAY = 86_400_000_000


def to_db_wake(when: datetime) -> int:
    """An expiry, rounded up to the whole minute: never earlier than asked."""
    value = to_db_time(when)
    return -(-value // MINUTE) * MINUTE


def to_db_wake_minute(deadline: datetime) -> int:
    """A deadline kept in an encrypted body too, stored as the minute it falls in (rounded
    down). The repository reads the exact moment from the body, so waking is as exact as
    before; `effective_wake` says which moment a stored value stands for."""
    return to_db_minute(deadline)


def effective_wake(stored: int, exact: datetime | None) -> datetime:
    """The moment a stored wake-up stands for: the exact deadline from the body when the stored
    value is its minute, else the stored value itself (a postponed row, stored rounded up)."""
    if exact is not None and to_db_minute(exact) == stored:
        return exact
    return from_db_time(stored)


def to_db_pending(when: datetime) -> int:
    """A pending outbox row's next try or lease end, rounded up to the millisecond. The pacer
    hands out slots a fraction of a second apart: rounding them to the second held every
    paced message back to the next whole second (measured: a burst fell from 30 to 25 messages
    a second). Kept only while the row is pending, seconds at most; a settled row keeps only its
    day."""
    value = to_db_time(when)
    return -(-value // 1_000) * 1_000


def to_db_minute(when: datetime) -> int:
    """A moment, rounded down to the minute (what is due now stays due)."""
    value = to_db_time(when)
    return value - value % MINUTE


def to_db_day_start(when: datetime) -> int:
    """A moment kept only as its day, in the microsecond scale of the column it goes to."""
    value = to_db_time(when)
    return value - value % DAY


def from_db_time(value: int) -> datetime:
    seconds, micros = divmod(value, 1_000_000)
    return datetime.fromtimestamp(seconds, UTC).replace(microsecond=micros)


def to_db_day(day: date) -> int:
    return (day - _EPOCH_DAY).days


def from_db_day(value: int) -> date:
    return date.fromordinal(_EPOCH_DAY.toordinal() + value)
