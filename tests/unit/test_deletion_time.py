"""When auto-delete removes a message: after the delay, never past Telegram's 48 hours."""

from datetime import UTC, datetime, timedelta

from bot.domain.interaction import DELETABLE_FOR, LATEST_DELETION, deletion_time

SENT = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


def test_a_delay_within_the_limit_is_kept():
    assert deletion_time(SENT, SENT, timedelta(hours=24)) == SENT + timedelta(hours=24)


def test_a_delay_counted_from_later_is_cut_to_the_latest_moment_that_still_works():
    later = SENT + timedelta(hours=40)
    assert deletion_time(SENT, later, timedelta(hours=24)) == SENT + LATEST_DELETION
    assert SENT + LATEST_DELETION < SENT + DELETABLE_FOR


def test_a_message_already_past_that_moment_goes_at_once():
    now = SENT + timedelta(hours=47)
    assert deletion_time(SENT, now, timedelta(minutes=1)) == now
