"""The demo's adjustable clock: the system clock, moved forward by hand."""

from datetime import UTC, datetime, timedelta

import pytest

from bot.clock import AdjustableClock, FakeClock


def test_the_adjustable_clock_runs_ahead_of_its_base_by_what_was_added():
    base = FakeClock(datetime(2026, 12, 3, 13, 40, tzinfo=UTC))
    clock = AdjustableClock(base)
    assert clock.now() == base.now()
    clock.advance(timedelta(minutes=10))
    base.advance(timedelta(seconds=5))  # time still flows in between
    assert clock.now() == datetime(2026, 12, 3, 13, 50, 5, tzinfo=UTC)
    assert clock.monotonic() == base.monotonic() + 600
    assert clock.offset == timedelta(minutes=10)


def test_the_adjustable_clock_never_goes_backwards():
    clock = AdjustableClock(FakeClock())
    with pytest.raises(ValueError, match="backwards"):
        clock.advance(timedelta(seconds=-1))
    assert clock.offset == timedelta(0)
