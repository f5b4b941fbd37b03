"""Readiness and outages, decided on plain facts and a given moment."""

from datetime import UTC, datetime, timedelta

from bot.domain.readiness import (
    DISTRESS_WAIT_LIMIT,
    OUTAGE_AFTER,
    TELEGRAM_SILENCE_LIMIT,
    Check,
    Facts,
    Outage,
    assess,
    outage_since,
)

NOW = datetime(2026, 12, 6, 12, 0, tzinfo=UTC)
SECOND = timedelta(seconds=1)


def facts(**changes: object) -> Facts:
    values: dict[str, object] = {
        "database_answers": True,
        "telegram_answered_at": NOW - 5 * SECOND,
        "oldest_due_distress": None,
    }
    values.update(changes)
    return Facts(**values)  # type: ignore[arg-type]


def test_all_well_is_ready():
    assert assess(facts(), NOW).ready
    assert assess(facts(oldest_due_distress=NOW - 10 * SECOND), NOW).ready


def test_a_silent_database_is_not_ready():
    readiness = assess(facts(database_answers=False), NOW)
    assert not readiness.ready
    assert set(readiness.failing) == {Check.DATABASE}


def test_telegram_silent_too_long_or_never_heard_is_not_ready():
    edge = NOW - TELEGRAM_SILENCE_LIMIT
    assert assess(facts(telegram_answered_at=edge), NOW).ready
    late = assess(facts(telegram_answered_at=edge - SECOND), NOW)
    assert set(late.failing) == {Check.TELEGRAM}
    assert "91 s" in late.failing[Check.TELEGRAM]
    never = assess(facts(telegram_answered_at=None), NOW)
    assert set(never.failing) == {Check.TELEGRAM}


def test_a_distress_message_waiting_over_a_minute_is_not_ready():
    edge = NOW - DISTRESS_WAIT_LIMIT
    assert assess(facts(oldest_due_distress=edge), NOW).ready
    stalled = assess(facts(oldest_due_distress=edge - SECOND), NOW)
    assert set(stalled.failing) == {Check.DISTRESS}


def test_every_failing_check_is_reported_at_once():
    readiness = assess(
        facts(database_answers=False, telegram_answered_at=None, oldest_due_distress=NOW), NOW
    )
    assert set(readiness.failing) == {Check.DATABASE, Check.TELEGRAM}


def test_an_outage_is_a_gap_longer_than_the_limit_since_the_last_sign_of_life():
    assert outage_since(None, NOW) is None  # the first start ever
    assert outage_since(NOW - OUTAGE_AFTER, NOW) is None  # a quick restart
    outage = outage_since(NOW - timedelta(hours=2), NOW)
    assert outage == Outage(NOW - timedelta(hours=2), NOW)
    assert outage.covers(NOW - timedelta(hours=2))
    assert outage.covers(NOW - SECOND)
    assert not outage.covers(NOW)
    assert not outage.covers(NOW - timedelta(hours=2, seconds=1))
