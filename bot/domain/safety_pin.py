"""The safety PIN's rules: which PINs are too weak, and what wrong attempts lead to.

Pure: no I/O, never reading the clock. Wrong attempts are counted on every PIN prompt of a
person together; the duress word is never a wrong attempt.

- After `WARN_AFTER` wrong PINs within `WINDOW`, the people who would act on the person's
  alerts are warned (once a window): someone may be forcing them, or guessing. The screen
  shows only "wrong PIN".
- After `LOCK_AFTER` wrong PINs within `WINDOW`, every prompt refuses for `FIRST_LOCK`, and
  each further lock lasts twice as long as the one before (at most `LONGEST_LOCK`), until the
  right PIN is given.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from enum import StrEnum
from itertools import pairwise

MIN_PIN_CHARS = 4
MAX_PIN_CHARS = 64
WINDOW = timedelta(hours=1)
WARN_AFTER = 3
LOCK_AFTER = 5
FIRST_LOCK = timedelta(minutes=15)
LONGEST_LOCK = timedelta(hours=24)

# The PINs people choose most (published analyses of leaked PIN sets put these at the top);
# with any of them a captor's first few guesses would likely succeed.
COMMON_PINS = frozenset(
    {
        "1234", "0000", "1111", "1212", "7777", "1004", "2000", "4444", "2222", "6969",
        "9999", "3333", "5555", "6666", "1122", "1313", "8888", "4321", "2001", "1010",
        "123456", "654321", "111111", "000000", "123123", "121212", "112233", "123321",
        "666666", "696969", "159753", "147258", "123654", "12345", "54321", "11111",
        "00000", "1234567", "12345678", "123456789", "1234567890", "password", "pass",
        "qwerty", "abcd", "abc123", "admin", "pin", "safe", "help", "test",
    }
)  # fmt: skip


class PinProblem(StrEnum):
    TOO_SHORT = "too-short"
    TOO_LONG = "too-long"
    TOO_COMMON = "too-common"


def pin_problem(pin: str) -> PinProblem | None:
    """Why `pin` may not be a safety PIN, or None if it may."""
    folded = "".join(pin.casefold().split())
    if len(folded) < MIN_PIN_CHARS:
        return PinProblem.TOO_SHORT
    if len(pin) > MAX_PIN_CHARS:
        return PinProblem.TOO_LONG
    if folded in COMMON_PINS or _one_symbol(folded) or _a_run(folded):
        return PinProblem.TOO_COMMON
    return None


def _one_symbol(text: str) -> bool:
    return len(set(text)) == 1


def _a_run(text: str) -> bool:
    """Digits counting up or down by one: 2345, 98765."""
    if not text.isdigit():
        return False
    steps = {(int(b) - int(a)) % 10 for a, b in pairwise(text)}
    return steps in ({1}, {9})


@dataclass(frozen=True)
class PinAttempts:
    """A person's recent wrong PINs; what is older than the window is forgotten."""

    failures: tuple[datetime, ...] = ()
    locked_until: datetime | None = None
    locks: int = 0  # how many times the prompts were locked since the last right PIN
    warned_at: datetime | None = None

    def locked_at(self, now: datetime) -> datetime | None:
        """Until when the prompts refuse, if they do at `now`."""
        if self.locked_until is not None and now < self.locked_until:
            return self.locked_until
        return None


@dataclass(frozen=True)
class WrongPin:
    attempts: PinAttempts
    warn: bool  # tell the people on the person's alerts now
    locked_until: datetime | None  # this attempt locked the prompts


def wrong_pin(attempts: PinAttempts, now: datetime) -> WrongPin:
    """Count a wrong PIN at `now` (the caller has checked the prompts are not locked)."""
    recent = (*(t for t in attempts.failures if now - t < WINDOW), now)
    warned_lately = attempts.warned_at is not None and now - attempts.warned_at < WINDOW
    warn = len(recent) >= WARN_AFTER and not warned_lately
    attempts = replace(attempts, failures=recent, warned_at=now if warn else attempts.warned_at)
    if len(recent) < LOCK_AFTER:
        return WrongPin(attempts, warn, None)
    lock = min(FIRST_LOCK * 2**attempts.locks, LONGEST_LOCK)
    until = now + lock
    locked = replace(attempts, failures=(), locked_until=until, locks=attempts.locks + 1)
    return WrongPin(locked, warn, until)


def right_pin(attempts: PinAttempts) -> PinAttempts:
    """The right PIN: the count starts again (a warning already sent stays sent)."""
    return PinAttempts(warned_at=attempts.warned_at)
