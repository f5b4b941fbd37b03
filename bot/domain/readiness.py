"""Whether the bot is ready to keep people safe, and whether it was down: plain values and
rules, driven by the caller's clock (no I/O here).

Ready means all three: the database answers, Telegram answered a request recently, and no
distress message has waited longer than a minute to go out. A monitor that sees "not ready"
(or stops hearing the heartbeat) tells a person; the bot cannot tell anyone itself when it is
the thing that is down.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

# Long polling asks Telegram every 30 s; three missed rounds are not a slow moment.
TELEGRAM_SILENCE_LIMIT = timedelta(seconds=90)
DISTRESS_WAIT_LIMIT = timedelta(minutes=1)
# The bot writes "still alive" every minute; a longer gap than this was an outage.
ALIVE_EVERY = timedelta(minutes=1)
OUTAGE_AFTER = timedelta(minutes=3)


class Check(StrEnum):
    DATABASE = "database"
    TELEGRAM = "telegram"
    DISTRESS = "distress"


@dataclass(frozen=True)
class Facts:
    database_answers: bool
    telegram_answered_at: datetime | None
    oldest_due_distress: datetime | None


@dataclass(frozen=True)
class Readiness:
    failing: dict[Check, str]

    @property
    def ready(self) -> bool:
        return not self.failing


def assess(facts: Facts, now: datetime) -> Readiness:
    """Each failing check with a short reason an operator can act on (no person in it)."""
    failing: dict[Check, str] = {}
    if not facts.database_answers:
        failing[Check.DATABASE] = "the database does not answer"
    if facts.telegram_answered_at is None:
        failing[Check.TELEGRAM] = "Telegram has not answered since the start"
    elif now - facts.telegram_answered_at > TELEGRAM_SILENCE_LIMIT:
        silent = int((now - facts.telegram_answered_at).total_seconds())
        failing[Check.TELEGRAM] = f"Telegram has not answered for {silent} s"
    if facts.oldest_due_distress is not None:
        waiting = now - facts.oldest_due_distress
        if waiting > DISTRESS_WAIT_LIMIT:
            failing[Check.DISTRESS] = (
                f"a distress message has waited {int(waiting.total_seconds())} s to be sent"
            )
    return Readiness(failing)


@dataclass(frozen=True)
class Outage:
    """The bot did not run from `start` (the last minute it said it was alive) to `end`."""

    start: datetime
    end: datetime

    def covers(self, moment: datetime) -> bool:
        return self.start <= moment < self.end


def outage_since(last_alive: datetime | None, now: datetime) -> Outage | None:
    """The outage that ends now, if the last sign of life is too old (none on a first start)."""
    if last_alive is None or now - last_alive <= OUTAGE_AFTER:
        return None
    return Outage(last_alive, now)
