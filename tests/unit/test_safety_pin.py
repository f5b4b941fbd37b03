"""The safety PIN's rules on a fake clock: weak PINs refused, wrong ones warned and locked."""

from datetime import UTC, datetime, timedelta

import pytest

from bot.domain.safety_pin import (
    FIRST_LOCK,
    LONGEST_LOCK,
    PinAttempts,
    PinProblem,
    pin_problem,
    right_pin,
    wrong_pin,
)

T0 = datetime(2026, 12, 3, 9, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("pin", "problem"),
    [
        ("123", PinProblem.TOO_SHORT),
        ("1 2 3", PinProblem.TOO_SHORT),
        ("1234", PinProblem.TOO_COMMON),
        ("0000", PinProblem.TOO_COMMON),
        ("1111", PinProblem.TOO_COMMON),
        ("123456", PinProblem.TOO_COMMON),
        ("1212", PinProblem.TOO_COMMON),
        ("3456", PinProblem.TOO_COMMON),  # a run up
        ("98765", PinProblem.TOO_COMMON),  # a run down
        ("8901", PinProblem.TOO_COMMON),  # a run that wraps past 9
        ("zzzzzz", PinProblem.TOO_COMMON),
        ("Password", PinProblem.TOO_COMMON),
        ("x" * 65, PinProblem.TOO_LONG),
        ("4711", None),
        ("1357", None),
        ("red kite", None),
        ("ขอบคุณ", None),
    ],
)
def test_weak_pins_are_refused_and_others_accepted(pin, problem):
    assert pin_problem(pin) is problem


def fail(attempts: PinAttempts, times: int, start: datetime, every: timedelta):
    results = []
    for n in range(times):
        outcome = wrong_pin(attempts, start + n * every)
        attempts = outcome.attempts
        results.append(outcome)
    return attempts, results


def test_the_third_wrong_pin_within_an_hour_warns_once():
    _, results = fail(PinAttempts(), 4, T0, timedelta(minutes=5))
    assert [r.warn for r in results] == [False, False, True, False]
    assert all(r.locked_until is None for r in results)


def test_wrong_pins_spread_over_more_than_an_hour_neither_warn_nor_lock():
    _, results = fail(PinAttempts(), 10, T0, timedelta(minutes=31))
    assert not any(r.warn or r.locked_until for r in results)


def test_the_fifth_wrong_pin_locks_the_prompts_for_fifteen_minutes():
    attempts, results = fail(PinAttempts(), 5, T0, timedelta(minutes=1))
    assert results[-1].locked_until == T0 + timedelta(minutes=4) + FIRST_LOCK
    assert attempts.locked_at(T0 + timedelta(minutes=10)) == results[-1].locked_until
    assert attempts.locked_at(T0 + timedelta(minutes=4) + FIRST_LOCK) is None


def test_each_further_lock_lasts_twice_as_long_up_to_a_day():
    attempts = PinAttempts()
    now = T0
    locks = []
    for _ in range(9):
        attempts, results = fail(attempts, 5, now, timedelta(seconds=1))
        until = results[-1].locked_until
        assert until is not None
        locks.append(until - (now + timedelta(seconds=4)))
        now = until
    assert locks[:4] == [FIRST_LOCK, FIRST_LOCK * 2, FIRST_LOCK * 4, FIRST_LOCK * 8]
    assert locks[-1] == LONGEST_LOCK


def test_the_right_pin_starts_the_count_again():
    attempts, _ = fail(PinAttempts(), 4, T0, timedelta(minutes=1))
    attempts = right_pin(attempts)
    outcome = wrong_pin(attempts, T0 + timedelta(minutes=5))
    assert outcome.locked_until is None
    assert outcome.attempts.failures == (T0 + timedelta(minutes=5),)
