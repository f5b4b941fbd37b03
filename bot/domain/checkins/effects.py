"""What a check-in transition asks the outside world to do: plain values, no text."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from bot.domain.outbound import Priority


@dataclass(frozen=True)
class Remind:
    """Remind the defender to check in by `due` (with a one-tap check-in button)."""

    due: datetime
    one_off: bool = False  # for the `/checkin_by` deadline rather than the regular schedule

    @property
    def priority(self) -> Priority:
        return Priority.REMINDER


@dataclass(frozen=True)
class Missed:
    """Nobody checked in by `due` + grace: raise a missed-check-in alert."""

    due: datetime
    last_checkin: datetime | None
    one_off: bool = False


@dataclass(frozen=True)
class CheckedIn:
    """A check-in was recorded. `previous_missed`: a missed-check-in alert was raised since the
    last check-in (resolve it if it is still open). `ended_deadline`: the `/checkin_by`
    deadline this check-in ended, to say so in the reply."""

    previous_missed: bool
    ended_deadline: datetime | None = None


@dataclass(frozen=True)
class Resumed:
    """A pause ended (by `/resume` or because its time came): tell the defender."""


Effect = Remind | Missed | CheckedIn | Resumed
