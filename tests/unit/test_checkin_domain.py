"""Scheduled check-ins: what people type, due times across time zones and DST, and the rules."""

from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from bot.domain.checkins import (
    MAX_AHEAD,
    MIN_INTERVAL,
    CheckedIn,
    Daily,
    Form,
    Interval,
    Missed,
    Off,
    Problem,
    ProblemKind,
    Remind,
    Resumed,
    Schedule,
    check_in,
    format_duration,
    format_rule,
    local_instant,
    next_due,
    next_wake,
    on_tick,
    parse_deadline,
    parse_duration,
    parse_grace,
    parse_pause,
    parse_reminder,
    parse_schedule,
    parse_when,
    passed_today,
    pause,
    resume,
    set_deadline,
    set_grace,
    set_reminder,
    set_rule,
    set_zone,
    validate,
)
from bot.domain.outbound import Priority
from bot.domain.settings import zone_of

MIN = timedelta(minutes=1)
HOUR = timedelta(hours=1)
T0 = datetime(2026, 3, 2, 6, 0, tzinfo=UTC)  # 07:00 in Paris, 11:30 in Kolkata
PARIS = ZoneInfo("Europe/Paris")
NEW_YORK = ZoneInfo("America/New_York")
KOLKATA = ZoneInfo("Asia/Kolkata")
KATHMANDU = ZoneInfo("Asia/Kathmandu")
ADELAIDE = ZoneInfo("Australia/Adelaide")
MEXICO_CITY = ZoneInfo("America/Mexico_City")
LORD_HOWE = ZoneInfo("Australia/Lord_Howe")  # moves its clocks by half an hour
APIA = ZoneInfo("Pacific/Apia")  # skipped 30 December 2011 altogether
EVERY_2H = Interval(2 * HOUR)
NINE_AND_NINE = Daily((time(9), time(21)))


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


def problem(kind: ProblemKind, form: Form, limit: timedelta | None = None) -> Problem:
    return Problem(kind, form, limit)


def scheduled(rule=EVERY_2H, zone="UTC", at=T0, **settings) -> Schedule:
    schedule, effects = set_rule(Schedule(zone_name=zone, **settings), rule, at)
    assert effects == []
    return schedule


def tick(schedule: Schedule, at: datetime) -> tuple[Schedule, list]:
    return on_tick(schedule, at)


# --- What people type ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "minutes"),
    [
        ("90m", 90),
        ("2h", 120),
        ("1h30m", 90),
        ("1h 30m", 90),
        ("45 min", 45),
        ("45 mins", 45),
        ("3d", 3 * 24 * 60),
        ("2 hours", 120),
        ("1 hr", 60),
        ("1 day 2 hours 5 minutes", 26 * 60 + 5),
        ("2H", 120),
        (" 15m ", 15),
        ("\u0663h", 180),  # Arabic-Indic digit three
        ("0m", 0),  # read, then refused by the range of the setting
    ],
)
def test_durations_people_type(typed, minutes):
    assert parse_duration(typed) == timedelta(minutes=minutes)


@pytest.mark.parametrize(
    "typed", ["", "x", "90", "h", "30m2h", "-2h", "2 weeks", "1234567m", "2h!", "every 2h"]
)
def test_durations_that_are_not_read(typed):
    assert parse_duration(typed) is None


@pytest.mark.parametrize(
    ("minutes", "text"),
    [(15, "15m"), (90, "1h30m"), (120, "2h"), (3 * 1440, "3d"), (1505, "1d1h5m")],
)
def test_durations_are_written_in_a_form_they_are_read_back_from(minutes, text):
    assert format_duration(timedelta(minutes=minutes)) == text
    assert parse_duration(text) == timedelta(minutes=minutes)


def test_only_whole_positive_minutes_are_written_as_durations():
    with pytest.raises(ValueError, match="whole"):
        format_duration(timedelta(seconds=90))
    with pytest.raises(ValueError, match="whole"):
        format_duration(timedelta(0))


@pytest.mark.parametrize(
    ("typed", "rule"),
    [
        ("every 2h", Interval(2 * HOUR)),
        ("every 90m", Interval(90 * MIN)),
        ("Every 1h 30m", Interval(90 * MIN)),
        ("every 15m", Interval(15 * MIN)),
        ("every 7d", Interval(timedelta(days=7))),
        ("2h", Interval(2 * HOUR)),
        ("daily 09:00 21:00", Daily((time(9), time(21)))),
        ("daily 21:00 9:00 09:00", Daily((time(9), time(21)))),
        ("daily 09:00, 21:00", Daily((time(9), time(21)))),
        ("DAILY 0:00", Daily((time(0),))),
        ("9:00 21:30", Daily((time(9), time(21, 30)))),
        ("daily 09:00 09:15", Daily((time(9), time(9, 15)))),
        ("off", Off()),
        (" OFF ", Off()),
    ],
)
def test_schedules_people_type(typed, rule):
    assert parse_schedule(typed) == rule


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("", problem(ProblemKind.FORMAT, Form.SCHEDULE)),
        ("weekly", problem(ProblemKind.FORMAT, Form.SCHEDULE)),
        ("every", problem(ProblemKind.FORMAT, Form.SCHEDULE)),
        ("every day", problem(ProblemKind.FORMAT, Form.SCHEDULE)),
        ("daily", problem(ProblemKind.FORMAT, Form.SCHEDULE)),
        ("daily 9", problem(ProblemKind.FORMAT, Form.SCHEDULE)),
        ("daily 09:00 soon", problem(ProblemKind.FORMAT, Form.SCHEDULE)),
        ("off now", problem(ProblemKind.FORMAT, Form.SCHEDULE)),
        ("every 10m", problem(ProblemKind.TOO_SHORT, Form.SCHEDULE, MIN_INTERVAL)),
        ("every 8d", problem(ProblemKind.TOO_LONG, Form.SCHEDULE, timedelta(days=7))),
        ("daily 24:00", problem(ProblemKind.NO_SUCH_TIME, Form.SCHEDULE)),
        ("daily 09:60", problem(ProblemKind.NO_SUCH_TIME, Form.SCHEDULE)),
        ("daily 09:00 09:10", problem(ProblemKind.TOO_CLOSE, Form.SCHEDULE, MIN_INTERVAL)),
        # Across midnight too.
        ("daily 23:55 00:05", problem(ProblemKind.TOO_CLOSE, Form.SCHEDULE, MIN_INTERVAL)),
    ],
)
def test_schedules_that_are_refused_say_why(typed, expected):
    assert parse_schedule(typed) == expected


@pytest.mark.parametrize(
    "rule",
    [Interval(90 * MIN), Interval(timedelta(days=1, hours=2)), Daily((time(9, 5), time(21)))],
)
def test_a_rule_is_written_as_the_arguments_that_set_it(rule):
    assert parse_schedule(format_rule(rule)) == rule


def test_format_rule_reads_like_the_command():
    assert format_rule(Interval(90 * MIN)) == "every 1h30m"
    assert format_rule(Daily((time(9), time(21)))) == "daily 09:00 21:00"


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("30m", 30 * MIN),
        ("1m", MIN),
        ("24h", 24 * HOUR),
        ("0m", problem(ProblemKind.TOO_SHORT, Form.GRACE, MIN)),
        ("25h", problem(ProblemKind.TOO_LONG, Form.GRACE, 24 * HOUR)),
        ("soon", problem(ProblemKind.FORMAT, Form.GRACE)),
        ("", problem(ProblemKind.FORMAT, Form.GRACE)),
    ],
)
def test_grace_periods(typed, expected):
    assert parse_grace(typed) == expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("10m", 10 * MIN),
        ("1h", HOUR),
        ("off", Off()),
        ("Off", Off()),
        ("0m", problem(ProblemKind.TOO_SHORT, Form.REMINDER, MIN)),
        ("2d", problem(ProblemKind.TOO_LONG, Form.REMINDER, 24 * HOUR)),
        ("never", problem(ProblemKind.FORMAT, Form.REMINDER)),
    ],
)
def test_reminders(typed, expected):
    assert parse_reminder(typed) == expected


# T0 is 11:30 on 2 March in Kolkata (UTC+05:30).
@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("13:00", utc(2026, 3, 2, 7, 30)),  # later today
        ("9:00", utc(2026, 3, 3, 3, 30)),  # passed today: tomorrow
        ("11:30", utc(2026, 3, 3, 6, 0)),  # now is not the future
        ("tomorrow 08:00", utc(2026, 3, 3, 2, 30)),
        ("Tomorrow at 08:00", utc(2026, 3, 3, 2, 30)),
        ("today 18:00", utc(2026, 3, 2, 12, 30)),
        ("2026-03-20 13:00", utc(2026, 3, 20, 7, 30)),
        ("2026-03-20T13:00", utc(2026, 3, 20, 7, 30)),
        ("2026-3-20 at 13:00", utc(2026, 3, 20, 7, 30)),
        ("2h", utc(2026, 3, 2, 8, 0)),
        ("in 1h30m", utc(2026, 3, 2, 7, 30)),
        ("2026-04-01 11:30", T0 + MAX_AHEAD),  # exactly 30 days ahead is allowed
    ],
)
def test_moments_people_type_are_read_in_their_time_zone(typed, expected):
    assert parse_when(typed, KOLKATA, T0) == expected


@pytest.mark.parametrize(
    ("typed", "kind"),
    [
        ("", ProblemKind.FORMAT),
        ("noon", ProblemKind.FORMAT),
        ("13", ProblemKind.FORMAT),
        ("next week", ProblemKind.FORMAT),
        ("01/12/2026 13:00", ProblemKind.FORMAT),
        ("todayT13:00", ProblemKind.FORMAT),
        ("25:00", ProblemKind.NO_SUCH_TIME),
        ("2026-02-30 10:00", ProblemKind.NO_SUCH_TIME),
        ("0000-01-01 10:00", ProblemKind.NO_SUCH_TIME),
        ("today 09:00", ProblemKind.IN_THE_PAST),
        ("2026-03-01 13:00", ProblemKind.IN_THE_PAST),
        ("1999-01-01 13:00", ProblemKind.IN_THE_PAST),
        ("0m", ProblemKind.IN_THE_PAST),
        ("2026-04-01 11:31", ProblemKind.TOO_FAR_AHEAD),
        ("2026-12-01 13:00", ProblemKind.TOO_FAR_AHEAD),
        ("9999-12-31 23:59", ProblemKind.TOO_FAR_AHEAD),
        ("31d", ProblemKind.TOO_FAR_AHEAD),
    ],
)
def test_moments_that_are_refused_say_why(typed, kind):
    result = parse_when(typed, KOLKATA, T0)
    assert isinstance(result, Problem)
    assert (result.kind, result.form) == (kind, Form.DEADLINE)
    assert result.limit == (MAX_AHEAD if kind is ProblemKind.TOO_FAR_AHEAD else None)


def test_a_moment_skipped_by_spring_forward_moves_to_the_end_of_the_gap():
    # Paris, 29 March 2026: 02:00 CET becomes 03:00 CEST; 02:30 never happens.
    now = utc(2026, 3, 28, 12, 0)
    assert parse_when("2026-03-29 02:30", PARIS, now) == utc(2026, 3, 29, 1, 0)  # 03:00 CEST
    assert parse_when("tomorrow 02:30", PARIS, now) == utc(2026, 3, 29, 1, 0)


def test_a_moment_that_happens_twice_at_fall_back_is_its_first_occurrence():
    # Paris, 25 October 2026: 03:00 CEST becomes 02:00 CET; 02:30 happens twice.
    now = utc(2026, 10, 24, 12, 0)
    assert parse_when("2026-10-25 02:30", PARIS, now) == utc(2026, 10, 25, 0, 30)  # CEST


def test_a_moment_is_read_in_an_offset_zone():
    assert parse_when("tomorrow 09:00", zone_of("UTC-03:30"), T0) == utc(2026, 3, 3, 12, 30)


@pytest.mark.parametrize(("typed", "expected"), [("off", Off()), ("13:00", utc(2026, 3, 2, 7, 30))])
def test_deadlines_people_type(typed, expected):
    assert parse_deadline(typed, KOLKATA, T0) == expected


def test_a_refused_deadline_names_the_checkin_by_command():
    assert parse_deadline("later", KOLKATA, T0) == problem(ProblemKind.FORMAT, Form.DEADLINE)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("3h", T0 + 3 * HOUR),
        ("2d", T0 + timedelta(days=2)),
        ("for 2d", T0 + timedelta(days=2)),
        ("30d", T0 + MAX_AHEAD),
        ("until tomorrow 08:00", utc(2026, 3, 3, 2, 30)),
        ("Until 2026-03-10 18:00", utc(2026, 3, 10, 12, 30)),
        ("until 13:00", utc(2026, 3, 2, 7, 30)),
    ],
)
def test_pauses_people_type(typed, expected):
    assert parse_pause(typed, KOLKATA, T0) == expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("", problem(ProblemKind.FORMAT, Form.PAUSE)),
        ("a while", problem(ProblemKind.FORMAT, Form.PAUSE)),
        ("until", problem(ProblemKind.FORMAT, Form.PAUSE)),
        ("0m", problem(ProblemKind.TOO_SHORT, Form.PAUSE, MIN)),
        ("31d", problem(ProblemKind.TOO_LONG, Form.PAUSE, MAX_AHEAD)),
        ("until yesterday 10:00", problem(ProblemKind.FORMAT, Form.PAUSE)),
        ("until today 09:00", problem(ProblemKind.IN_THE_PAST, Form.PAUSE)),
        ("until 2026-05-01 10:00", problem(ProblemKind.TOO_FAR_AHEAD, Form.PAUSE, MAX_AHEAD)),
    ],
)
def test_pauses_that_are_refused_say_why(typed, expected):
    assert parse_pause(typed, KOLKATA, T0) == expected


# --- Due times ----------------------------------------------------------------------------


def test_an_interval_is_real_time_even_across_a_clock_change():
    before_change = utc(2026, 3, 29, 0, 30)  # 01:30 CET
    assert next_due(EVERY_2H, PARIS, before_change) == utc(2026, 3, 29, 2, 30)  # 04:30 CEST


def test_a_daily_time_is_the_next_one_strictly_after():
    nine = utc(2026, 1, 10, 8, 0)  # 09:00 in Paris
    assert next_due(NINE_AND_NINE, PARIS, nine - MIN) == nine
    assert next_due(NINE_AND_NINE, PARIS, nine) == utc(2026, 1, 10, 20, 0)
    assert next_due(NINE_AND_NINE, PARIS, utc(2026, 1, 10, 20, 0)) == utc(2026, 1, 11, 8, 0)


@pytest.mark.parametrize(
    ("zone", "after", "expected"),
    [
        # Paris springs forward on 29 March 2026: 09:00 is 08:00 UTC before, 07:00 UTC after.
        (PARIS, utc(2026, 3, 28, 7, 0), utc(2026, 3, 28, 8, 0)),
        (PARIS, utc(2026, 3, 28, 8, 0), utc(2026, 3, 29, 7, 0)),
        (PARIS, utc(2026, 3, 29, 7, 0), utc(2026, 3, 30, 7, 0)),
        # ... and falls back on 25 October 2026: 07:00 UTC before, 08:00 UTC after.
        (PARIS, utc(2026, 10, 24, 7, 0), utc(2026, 10, 25, 8, 0)),
        (PARIS, utc(2026, 10, 25, 8, 0), utc(2026, 10, 26, 8, 0)),
        # New York: 8 March and 1 November 2026.
        (NEW_YORK, utc(2026, 3, 7, 14, 0), utc(2026, 3, 8, 13, 0)),
        (NEW_YORK, utc(2026, 10, 31, 13, 0), utc(2026, 11, 1, 14, 0)),
        # Adelaide (UTC+09:30, UTC+10:30 in summer) falls back on 5 April, springs forward
        # on 4 October 2026.
        (ADELAIDE, utc(2026, 4, 3, 12, 0), utc(2026, 4, 3, 22, 30)),
        (ADELAIDE, utc(2026, 4, 3, 22, 30), utc(2026, 4, 4, 23, 30)),
        (ADELAIDE, utc(2026, 10, 2, 23, 30), utc(2026, 10, 3, 22, 30)),
        # Half-hour and three-quarter-hour offsets without DST.
        (KOLKATA, utc(2026, 7, 1, 0, 0), utc(2026, 7, 1, 3, 30)),
        (KATHMANDU, utc(2026, 7, 1, 0, 0), utc(2026, 7, 1, 3, 15)),
        (zone_of("UTC+05:30"), utc(2026, 7, 1, 0, 0), utc(2026, 7, 1, 3, 30)),
        # Mexico City keeps UTC-06:00 all year now.
        (MEXICO_CITY, utc(2026, 4, 10, 0, 0), utc(2026, 4, 10, 15, 0)),
        (MEXICO_CITY, utc(2026, 11, 10, 0, 0), utc(2026, 11, 10, 15, 0)),
    ],
)
def test_a_daily_time_stays_at_the_same_local_time_across_clock_changes(zone, after, expected):
    due = next_due(Daily((time(9),)), zone, after)
    assert due == expected
    assert due.astimezone(zone).time() == time(9)


@pytest.mark.parametrize(
    ("zone", "day", "at", "expected", "wall"),
    [
        # Spring forward: the time does not exist and moves to the end of the gap.
        (PARIS, date(2026, 3, 29), time(2, 30), utc(2026, 3, 29, 1, 0), time(3, 0)),
        (PARIS, date(2026, 3, 29), time(2, 0), utc(2026, 3, 29, 1, 0), time(3, 0)),
        (NEW_YORK, date(2026, 3, 8), time(2, 30), utc(2026, 3, 8, 7, 0), time(3, 0)),
        (ADELAIDE, date(2026, 10, 4), time(2, 30), utc(2026, 10, 3, 16, 30), time(3, 0)),
        # Lord Howe moves its clocks by half an hour.
        (
            ZoneInfo("Australia/Lord_Howe"),
            date(2026, 10, 4),
            time(2, 15),
            utc(2026, 10, 3, 15, 30),
            time(2, 30),
        ),
        # Samoa skipped 30 December 2011 altogether.
        (ZoneInfo("Pacific/Apia"), date(2011, 12, 30), time(9), utc(2011, 12, 30, 10, 0), time(0)),
        # Fall back: the time happens twice and the first one counts.
        (PARIS, date(2026, 10, 25), time(2, 30), utc(2026, 10, 25, 0, 30), time(2, 30)),
        (NEW_YORK, date(2026, 11, 1), time(1, 30), utc(2026, 11, 1, 5, 30), time(1, 30)),
        (ADELAIDE, date(2026, 4, 5), time(2, 30), utc(2026, 4, 4, 16, 0), time(2, 30)),
        # Times on either side of a gap are untouched.
        (PARIS, date(2026, 3, 29), time(1, 59), utc(2026, 3, 29, 0, 59), time(1, 59)),
        (PARIS, date(2026, 3, 29), time(3, 0), utc(2026, 3, 29, 1, 0), time(3, 0)),
    ],
)
def test_local_times_that_do_not_exist_or_happen_twice(zone, day, at, expected, wall):
    instant = local_instant(day, at, zone)
    assert instant == expected
    assert instant.astimezone(zone).time() == wall


def test_a_daily_time_in_the_gap_is_due_once_at_the_end_of_the_gap_and_normal_again_after():
    rule = Daily((time(2, 30),))
    first = next_due(rule, PARIS, utc(2026, 3, 28, 12, 0))
    assert first == utc(2026, 3, 29, 1, 0)  # 03:00 CEST
    assert next_due(rule, PARIS, first) == utc(2026, 3, 30, 0, 30)  # 02:30 CEST


def test_a_daily_time_that_happens_twice_is_due_once():
    rule = Daily((time(2, 30),))
    first = next_due(rule, PARIS, utc(2026, 10, 24, 12, 0))
    assert first == utc(2026, 10, 25, 0, 30)
    # Between the two 02:30s: the second one is not a new due time.
    assert next_due(rule, PARIS, first + MIN) == utc(2026, 10, 26, 1, 30)


def test_due_times_refuse_naive_datetimes():
    with pytest.raises(ValueError, match="aware"):
        next_due(EVERY_2H, PARIS, datetime(2026, 1, 1, 9, 0))


def test_rules_refuse_impossible_values():
    with pytest.raises(ValueError, match="positive"):
        Interval(timedelta(0))
    with pytest.raises(ValueError, match="at least one"):
        Daily(())
    with pytest.raises(ValueError, match="sorted"):
        Daily((time(21), time(9)))


# --- The schedule -------------------------------------------------------------------------


def test_setting_a_rule_counts_the_first_due_time_from_now():
    assert scheduled(EVERY_2H).due_at == T0 + 2 * HOUR
    daily = scheduled(NINE_AND_NINE, zone="Asia/Kolkata")  # T0 is 11:30 in Kolkata
    assert daily.due_at == utc(2026, 3, 2, 15, 30)  # 21:00 IST


def test_schedule_off_clears_the_rule_but_keeps_a_one_off_deadline():
    schedule, _ = set_deadline(scheduled(), T0 + 5 * HOUR, T0)
    schedule, effects = set_rule(schedule, Off(), T0 + HOUR)
    assert (schedule.rule, schedule.due_at, schedule.deadline) == (None, None, T0 + 5 * HOUR)
    assert effects == []
    assert next_wake(schedule) == T0 + 5 * HOUR - 10 * MIN


def test_reminder_then_missed_checkin_after_grace():
    schedule = scheduled(EVERY_2H, last_checkin=T0 - HOUR)
    due = T0 + 2 * HOUR
    assert next_wake(schedule) == due - 10 * MIN

    assert tick(schedule, due - 11 * MIN) == (schedule, [])
    schedule, effects = tick(schedule, due - 10 * MIN)
    assert effects == [Remind(due)]
    assert effects[0].priority is Priority.REMINDER
    assert next_wake(schedule) == due + 30 * MIN

    assert tick(schedule, due) == (schedule, [])
    assert tick(schedule, due + 30 * MIN - timedelta(seconds=1)) == (schedule, [])
    schedule, effects = tick(schedule, due + 30 * MIN)
    assert effects == [Missed(due, last_checkin=T0 - HOUR)]
    assert schedule.missed_for == due
    # It keeps counting after the alert.
    assert schedule.due_at == due + 30 * MIN + 2 * HOUR
    assert next_wake(schedule) == schedule.due_at - 10 * MIN


def test_no_reminder_when_reminders_are_off():
    schedule, _ = set_reminder(scheduled(), Off(), T0)
    due = T0 + 2 * HOUR
    assert next_wake(schedule) == due + 30 * MIN
    assert tick(schedule, due - 10 * MIN) == (schedule, [])
    assert tick(schedule, due + 30 * MIN)[1] == [Missed(due, None)]


def test_a_shorter_grace_alerts_sooner():
    schedule, effects = set_grace(scheduled(), 5 * MIN, T0)
    assert effects == []
    assert tick(schedule, T0 + 2 * HOUR + 5 * MIN)[1] == [Missed(T0 + 2 * HOUR, None)]


def test_a_checkin_after_a_missed_checkin_resolves_it():
    schedule = scheduled()
    schedule, _ = tick(schedule, T0 + 3 * HOUR)
    later = T0 + 3 * HOUR + 5 * MIN
    schedule, effects = check_in(schedule, later)
    assert effects == [CheckedIn(previous_missed=True)]
    assert schedule.last_checkin == later
    assert schedule.due_at == later + 2 * HOUR
    assert (schedule.missed_for, schedule.reminded_for) == (None, None)
    assert check_in(schedule, later + MIN)[1] == [CheckedIn(previous_missed=False)]


def test_an_early_checkin_restarts_an_interval_from_now():
    schedule, _ = tick(scheduled(), T0 + 2 * HOUR - 10 * MIN)  # reminded
    schedule, effects = check_in(schedule, T0 + 2 * HOUR - 8 * MIN)
    assert effects == [CheckedIn(previous_missed=False)]
    assert schedule.due_at == T0 + 4 * HOUR - 8 * MIN
    assert tick(schedule, T0 + 2 * HOUR + 30 * MIN) == (schedule, [])


def test_a_checkin_under_the_reminder_answers_the_daily_time_it_reminds_of():
    schedule = scheduled(NINE_AND_NINE, zone="Europe/Paris", at=utc(2026, 1, 10, 6, 0))
    nine = utc(2026, 1, 10, 8, 0)
    schedule, effects = tick(schedule, nine - 10 * MIN)
    assert effects == [Remind(nine)]
    schedule, _ = check_in(schedule, nine - 8 * MIN)
    assert schedule.due_at == utc(2026, 1, 10, 20, 0)  # 21:00 Paris
    assert tick(schedule, nine + HOUR) == (schedule, [])


def test_a_checkin_hours_before_a_daily_time_does_not_answer_it():
    schedule = scheduled(NINE_AND_NINE, zone="Europe/Paris", at=utc(2026, 1, 10, 5, 0))
    schedule, _ = check_in(schedule, utc(2026, 1, 10, 6, 0))  # 07:00 Paris
    assert schedule.due_at == utc(2026, 1, 10, 8, 0)


def test_a_long_reminder_lead_widens_what_an_early_checkin_answers():
    schedule = scheduled(
        NINE_AND_NINE, zone="Europe/Paris", at=utc(2026, 1, 10, 5, 0), remind_before=2 * HOUR
    )
    schedule, _ = check_in(schedule, utc(2026, 1, 10, 6, 30))  # 07:30, after the reminder
    assert schedule.due_at == utc(2026, 1, 10, 20, 0)


def test_a_paused_schedule_never_alerts_and_counts_afresh_when_it_resumes():
    schedule, effects = pause(scheduled(), T0 + 10 * HOUR, T0)
    assert effects == []
    assert next_wake(schedule) == T0 + 10 * HOUR
    for hours in (1, 2, 3, 5, 9):
        assert tick(schedule, T0 + hours * HOUR - timedelta(seconds=1)) == (schedule, [])
    schedule, effects = tick(schedule, T0 + 10 * HOUR)
    assert effects == [Resumed()]
    assert schedule.paused_until is None
    assert schedule.due_at == T0 + 12 * HOUR
    assert next_wake(schedule) == T0 + 12 * HOUR - 10 * MIN


def test_resume_ends_a_pause_early():
    schedule, _ = pause(scheduled(), T0 + 10 * HOUR, T0)
    schedule, effects = resume(schedule, T0 + HOUR)
    assert effects == [Resumed()]
    assert schedule.paused_until is None
    assert schedule.due_at == T0 + 2 * HOUR  # not passed: unchanged


def test_resume_when_not_paused_does_nothing():
    schedule = scheduled()
    assert resume(schedule, T0 + HOUR) == (schedule, [])


def test_a_pause_after_a_due_time_passed_silences_its_alert():
    schedule = scheduled()
    schedule, _ = pause(schedule, T0 + 4 * HOUR, T0 + 2 * HOUR + 10 * MIN)
    assert tick(schedule, T0 + 2 * HOUR + 30 * MIN) == (schedule, [])
    schedule, effects = tick(schedule, T0 + 4 * HOUR)
    assert effects == [Resumed()]
    assert schedule.due_at == T0 + 6 * HOUR


def test_a_deadline_that_went_by_during_a_pause_is_dropped():
    schedule, _ = set_deadline(Schedule(), T0 + HOUR, T0)
    schedule = replace(schedule, paused_until=T0 + 3 * HOUR)  # not a valid combination
    schedule, effects = tick(schedule, T0 + 3 * HOUR)
    assert effects == [Resumed()]
    assert schedule.deadline is None
    assert next_wake(schedule) is None


def test_a_one_off_deadline_runs_beside_the_regular_schedule():
    schedule = scheduled(Interval(4 * HOUR), last_checkin=T0)
    deadline = T0 + HOUR
    schedule, effects = set_deadline(schedule, deadline, T0)
    assert effects == []
    assert next_wake(schedule) == deadline - 10 * MIN

    schedule, effects = tick(schedule, deadline - 10 * MIN)
    assert effects == [Remind(deadline, one_off=True)]
    schedule, effects = tick(schedule, deadline + 30 * MIN)
    assert effects == [Missed(deadline, last_checkin=T0, one_off=True)]
    assert schedule.deadline is None
    assert schedule.due_at == T0 + 4 * HOUR  # the regular schedule is untouched
    assert next_wake(schedule) == T0 + 4 * HOUR - 10 * MIN

    schedule, effects = check_in(schedule, T0 + 2 * HOUR)
    assert effects == [CheckedIn(previous_missed=True)]


def test_a_checkin_ends_the_one_off_deadline():
    schedule, _ = set_deadline(scheduled(Interval(4 * HOUR)), T0 + HOUR, T0)
    schedule, effects = check_in(schedule, T0 + 50 * MIN)
    assert effects == [CheckedIn(previous_missed=False, ended_deadline=T0 + HOUR)]
    assert schedule.deadline is None
    assert tick(schedule, T0 + 2 * HOUR) == (schedule, [])


def test_a_deadline_without_a_regular_schedule():
    schedule, _ = set_deadline(Schedule(zone_name="Asia/Kathmandu"), T0 + HOUR, T0)
    assert tick(schedule, T0 + HOUR + 30 * MIN)[1] == [Missed(T0 + HOUR, None, one_off=True)]


def test_a_deadline_can_be_called_off():
    schedule, _ = set_deadline(scheduled(), T0 + HOUR, T0)
    schedule, effects = set_deadline(schedule, Off(), T0 + 5 * MIN)
    assert (schedule.deadline, effects) == (None, [])
    assert next_wake(schedule) == T0 + 2 * HOUR - 10 * MIN


def test_a_due_time_set_inside_its_reminder_window_is_not_reminded_again():
    schedule, _ = set_deadline(scheduled(), T0 + 5 * MIN, T0)
    assert next_wake(schedule) == T0 + 35 * MIN
    assert tick(schedule, T0 + 5 * MIN)[1] == []
    daily = scheduled(Daily((time(6, 5),)), at=T0)  # due in five minutes
    assert daily.reminded_for == daily.due_at == T0 + 5 * MIN
    assert tick(daily, T0 + MIN)[1] == []


def test_restart_after_days_down_raises_one_missed_checkin_and_counts_on():
    schedule = scheduled(last_checkin=T0)
    back = T0 + timedelta(days=3, minutes=7)
    schedule, effects = tick(schedule, back)
    assert effects == [Missed(T0 + 2 * HOUR, last_checkin=T0)]
    assert schedule.due_at == back + 2 * HOUR
    assert tick(schedule, back) == (schedule, [])


def test_restart_with_the_deadline_and_the_regular_due_time_both_missed_raises_one_alert():
    schedule, _ = set_deadline(scheduled(), T0 + 3 * HOUR, T0)
    schedule, effects = tick(schedule, T0 + timedelta(days=1))
    assert effects == [Missed(T0 + 2 * HOUR, None)]
    assert schedule.deadline is None


def test_ticking_twice_at_the_same_instant_gives_the_effects_once():
    schedule = scheduled()
    for moment in (T0 + 2 * HOUR - 10 * MIN, T0 + 2 * HOUR + 30 * MIN):
        schedule, effects = tick(schedule, moment)
        assert len(effects) == 1
        assert tick(schedule, moment) == (schedule, [])


def test_close_due_times_get_one_reminder():
    schedule, _ = set_deadline(scheduled(), T0 + 2 * HOUR + 3 * MIN, T0)
    schedule, effects = tick(schedule, T0 + 2 * HOUR - 5 * MIN)
    assert effects == [Remind(T0 + 2 * HOUR)]
    assert schedule.deadline_reminded
    assert tick(schedule, T0 + 2 * HOUR - 4 * MIN) == (schedule, [])


def test_nothing_pending_means_no_wake():
    assert next_wake(Schedule()) is None
    assert on_tick(Schedule(), T0) == (Schedule(), [])


def test_moving_time_zone_moves_the_daily_times():
    schedule = scheduled(Daily((time(21),)), zone="Europe/Paris", at=T0)
    assert schedule.due_at == utc(2026, 3, 2, 20, 0)
    schedule, effects = set_zone(schedule, "Asia/Bangkok", T0)
    assert effects == []
    assert schedule.zone_name == "Asia/Bangkok"
    assert schedule.due_at == utc(2026, 3, 2, 14, 0)


def test_moving_time_zone_leaves_an_interval_counting_from_now():
    schedule, _ = set_zone(scheduled(), "Asia/Bangkok", T0)
    assert schedule.due_at == T0 + 2 * HOUR


def test_transitions_refuse_naive_now():
    with pytest.raises(ValueError, match="aware"):
        check_in(scheduled(), datetime(2026, 1, 1, 9, 0))


# --- Validation ---------------------------------------------------------------------------


def test_defaults_are_valid_for_every_accepted_rule():
    assert validate(scheduled(Interval(MIN_INTERVAL))) == []
    assert validate(scheduled(Daily((time(9), time(9, 15))))) == []
    assert validate(Schedule()) == []


def test_a_reminder_must_be_shorter_than_the_interval():
    schedule, _ = set_reminder(scheduled(EVERY_2H), 2 * HOUR, T0)
    assert validate(schedule) == [problem(ProblemKind.REMINDER_TOO_LONG, Form.REMINDER, 2 * HOUR)]


def test_a_reminder_must_be_shorter_than_the_gap_between_daily_times():
    schedule, _ = set_reminder(scheduled(Daily((time(9), time(10), time(21)))), 90 * MIN, T0)
    assert validate(schedule) == [problem(ProblemKind.REMINDER_TOO_LONG, Form.REMINDER, HOUR)]
    schedule, _ = set_reminder(scheduled(Daily((time(9),))), 23 * HOUR, T0)
    assert validate(schedule) == []


def test_a_pause_may_not_silence_a_one_off_deadline():
    schedule, _ = set_deadline(scheduled(), T0 + HOUR, T0)
    paused, _ = pause(schedule, T0 + 2 * HOUR, T0)
    assert validate(paused) == [problem(ProblemKind.DEADLINE_DURING_PAUSE, Form.PAUSE)]
    paused, _ = pause(schedule, T0 + 30 * MIN, T0)
    assert validate(paused) == []


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("every 1.5h", Interval(timedelta(minutes=90))),
        ("every 90m", Interval(timedelta(minutes=90))),
        ("every 2,5 hours", Interval(timedelta(minutes=150))),
        ("every 0.5d", Interval(timedelta(hours=12))),
        ("daily 9am 9pm", Daily((time(9, 0), time(21, 0)))),
        ("daily 9 am 9:30 pm", Daily((time(9, 0), time(21, 30)))),
        ("daily 12am 12pm", Daily((time(0, 0), time(12, 0)))),
    ],
)
def test_everyday_schedule_forms_are_understood(typed, expected):
    assert parse_schedule(typed) == expected


@pytest.mark.parametrize("typed", ["daily 9", "daily 13pm", "every 1.333h", "daily 0am"])
def test_forms_that_stay_unreadable_are_refused(typed):
    assert isinstance(parse_schedule(typed), Problem)


def test_a_bare_time_already_passed_today_is_asked_about_as_tomorrow():
    bangkok = ZoneInfo("Asia/Bangkok")
    now = datetime(2026, 1, 15, 9, 14, tzinfo=UTC)  # 16:14 in Bangkok
    tomorrow_at_four = datetime(2026, 1, 16, 9, 0, tzinfo=UTC)
    assert passed_today("16:00", bangkok, now) == tomorrow_at_four
    assert passed_today("4 pm", bangkok, now) == tomorrow_at_four
    assert passed_today("17:00", bangkok, now) is None
    assert passed_today("tomorrow 16:00", bangkok, now) is None
    assert passed_today("2h", bangkok, now) is None
    assert parse_when("4pm", bangkok, now) == tomorrow_at_four
