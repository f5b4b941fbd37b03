"""The demo's own pieces: its admin list, and its clock carried from one run to the next."""

from datetime import timedelta

from bot.clock import AdjustableClock, FakeClock
from bot.demo_control import TIME_FILE, DemoAdmins, remember_time, resume_time


def test_demo_admins_are_the_configured_ones_and_those_added_later():
    admins = DemoAdmins({111000007})
    assert isinstance(admins, frozenset)  # what the configuration holds
    assert 111000007 in admins
    assert 111000002 not in admins
    admins.add(111000002)
    assert 111000002 in admins
    assert 111000003 not in admins


def test_a_later_demo_run_carries_on_from_the_time_an_earlier_one_reached(tmp_path):
    wall = FakeClock()
    first_run = AdjustableClock(wall)
    first_run.advance(timedelta(days=2))
    remember_time(first_run, tmp_path)
    reached = first_run.now()
    wall.advance(timedelta(minutes=5))  # the demo is started again a little later
    second_run = AdjustableClock(wall)
    resume_time(second_run, tmp_path)
    assert second_run.now() == reached
    assert second_run.offset == timedelta(days=2) - timedelta(minutes=5)


def test_the_demo_clock_never_goes_back_to_a_stored_time_that_has_passed(tmp_path):
    wall = FakeClock()
    earlier = AdjustableClock(wall)
    earlier.advance(timedelta(minutes=10))
    remember_time(earlier, tmp_path)
    wall.advance(timedelta(hours=1))
    later = AdjustableClock(wall)
    resume_time(later, tmp_path)
    assert later.offset == timedelta(0)


def test_without_a_wait_or_with_a_damaged_file_the_demo_runs_on_the_wall_clock(tmp_path):
    clock = AdjustableClock(FakeClock())
    remember_time(clock, tmp_path)
    assert not (tmp_path / TIME_FILE).exists()  # nothing to remember
    (tmp_path / TIME_FILE).write_text("not a time\n")
    resume_time(clock, tmp_path)
    assert clock.offset == timedelta(0)
