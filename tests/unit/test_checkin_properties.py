"""Properties of check-in due times and of the check-in state machine over arbitrary events."""

from collections import Counter
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.domain.checkins import (
    MAX_AHEAD,
    CheckedIn,
    Daily,
    Effect,
    Interval,
    Missed,
    Off,
    Outcome,
    Problem,
    Remind,
    Rule,
    Schedule,
    check_in,
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
    pause,
    resume,
    set_deadline,
    set_grace,
    set_reminder,
    set_rule,
    validate,
)
from bot.domain.settings import zone_of

ZONE_NAMES = (
    "UTC",
    "Europe/Paris",
    "America/New_York",
    "America/Mexico_City",
    "Asia/Kolkata",
    "Asia/Kathmandu",
    "Australia/Adelaide",
    "Australia/Lord_Howe",  # half-hour DST
    "Pacific/Apia",  # skipped a whole day in 2011
    "America/Santiago",  # changes its clocks at midnight
    "UTC-03:30",
)
T0 = datetime(2026, 3, 20, 0, 0, tzinfo=UTC)

zone_names = st.sampled_from(ZONE_NAMES)
moments = st.datetimes(
    min_value=datetime(2010, 1, 1), max_value=datetime(2030, 12, 31), timezones=st.just(UTC)
)
wall_times = st.builds(time, st.integers(0, 23), st.integers(0, 59))
dailies = st.lists(wall_times, min_size=1, max_size=4, unique=True).map(
    lambda ts: Daily(tuple(sorted(ts)))
)
intervals = st.one_of(st.integers(15, 240), st.integers(15, 7 * 24 * 60)).map(
    lambda m: Interval(timedelta(minutes=m))
)
rules = st.one_of(intervals, dailies)


@given(rules, zone_names, moments)
def test_next_due_is_always_strictly_after(rule, zone_name, after):
    assert next_due(rule, zone_of(zone_name), after) > after


@given(dailies, zone_names, moments)
def test_next_due_is_a_listed_local_time_and_none_is_skipped(rule, zone_name, after):
    zone = zone_of(zone_name)
    due = next_due(rule, zone, after)
    day = due.astimezone(zone).date()
    placed = {local_instant(d, t, zone) for d in (day - timedelta(days=1), day) for t in rule.times}
    assert due in placed
    assert next_due(rule, zone, due - timedelta(seconds=1)) == due


@given(st.sampled_from(ZONE_NAMES[1:9]), st.dates(date(2010, 1, 1), date(2030, 12, 31)), wall_times)
def test_an_existing_local_time_is_placed_exactly_and_a_missing_one_just_after_its_gap(
    zone_name, day, at
):
    zone = ZoneInfo(zone_name)
    instant = local_instant(day, at, zone)
    wall = instant.astimezone(zone).replace(tzinfo=None)
    if wall == datetime.combine(day, at):
        # When it happens twice, the first one.
        assert (instant - timedelta(hours=1)).astimezone(zone).replace(tzinfo=None) < wall
    else:
        assert wall > datetime.combine(day, at)
        # One second earlier the wall clock was still before the gap.
        before = (instant - timedelta(seconds=1)).astimezone(zone).replace(tzinfo=None)
        assert before < datetime.combine(day, at)


@given(rules)
def test_a_rule_reads_back_from_its_written_form(rule):
    if isinstance(rule, Daily) and rule.shortest_gap < timedelta(minutes=15):
        return  # not a rule people can type
    assert parse_schedule(format_rule(rule)) == rule


@given(st.text(max_size=40), moments)
def test_parsers_never_raise_on_what_people_type(text, now):
    zone = ZoneInfo("Europe/Paris")
    parse_duration(text)
    parse_schedule(text)
    parse_grace(text)
    parse_reminder(text)
    parse_deadline(text, zone, now)
    for prefix in ("", "until "):
        result = parse_pause(prefix + text, zone, now)
        assert isinstance(result, Problem) or now < result <= now + MAX_AHEAD


# --- The state machine over arbitrary events ----------------------------------------------

minutes = st.one_of(st.integers(1, 180), st.integers(1, 24 * 60)).map(
    lambda m: timedelta(minutes=m)
)
events = st.one_of(
    st.tuples(st.just("tick"), st.none()),
    st.tuples(st.just("tick"), st.none()),
    st.tuples(st.just("tick"), st.none()),
    st.tuples(st.just("tick"), st.none()),
    st.tuples(st.just("tick"), st.none()),
    st.tuples(st.just("check_in"), st.none()),
    st.tuples(st.just("rule"), st.one_of(rules, st.just(Off()))),
    st.tuples(st.just("grace"), minutes),
    st.tuples(st.just("reminder"), st.one_of(minutes, st.just(Off()))),
    st.tuples(st.just("deadline"), st.one_of(minutes, st.just(Off()))),
    st.tuples(st.just("pause"), minutes),
    st.tuples(st.just("resume"), st.none()),
)
# Mostly minutes apart, around reminders and grace periods; sometimes a day and more (an outage).
delays = st.one_of(st.integers(0, 40 * 60), st.integers(0, 40 * 60), st.integers(0, 36 * 3600))
steps = st.lists(
    st.tuples(delays.map(lambda s: timedelta(seconds=s)), events),
    max_size=30,
)


def apply(schedule: Schedule, event: tuple[str, object], now: datetime) -> Outcome:
    name, arg = event
    if name == "tick":
        return on_tick(schedule, now)
    if name == "check_in":
        return check_in(schedule, now)
    if name == "resume":
        return resume(schedule, now)
    if name == "rule":
        assert isinstance(arg, Interval | Daily | Off)
        outcome = set_rule(schedule, arg, now)
    elif name == "grace":
        assert isinstance(arg, timedelta)
        outcome = set_grace(schedule, arg, now)
    elif name == "reminder":
        assert isinstance(arg, timedelta | Off)
        outcome = set_reminder(schedule, arg, now)
    elif name == "deadline":
        outcome = set_deadline(schedule, arg if isinstance(arg, Off) else now + arg, now)
    else:
        assert isinstance(arg, timedelta)
        outcome = pause(schedule, now + arg, now)
    # Like the service: a change that makes the settings invalid is refused.
    return (schedule, []) if validate(outcome[0]) else outcome


def run(zone_name: str, rule: Rule, plan: list) -> list[tuple[datetime, Schedule, list[Effect]]]:
    schedule, _ = set_rule(Schedule(zone_name=zone_name), rule, T0)
    now = T0
    history = []
    for delay, event in plan:
        now += delay
        before = schedule
        schedule, effects = apply(schedule, event, now)
        history.append((now, before, effects))
    return history


@settings(max_examples=300)
@given(zone_names, rules, steps)
def test_no_due_time_is_reminded_or_alerted_twice(zone_name, rule, plan):
    if validate(set_rule(Schedule(zone_name=zone_name), rule, T0)[0]):
        return
    sent = Counter(
        (type(e), e.due)
        for _, _, effects in run(zone_name, rule, plan)
        for e in effects
        if isinstance(e, Remind | Missed)
    )
    assert all(count == 1 for count in sent.values()), sent


@settings(max_examples=300)
@given(zone_names, rules, steps)
def test_a_tick_is_idempotent_and_does_nothing_before_the_next_wake(zone_name, rule, plan):
    for now, schedule, _ in run(zone_name, rule, plan):
        wake = next_wake(schedule)
        after, effects = on_tick(schedule, now)
        if wake is None or now < wake:
            assert (after, effects) == (schedule, [])
        else:
            assert after != schedule  # it made progress
        assert on_tick(after, now) == (after, [])
        assert len([e for e in effects if isinstance(e, Missed)]) <= 1


@settings(max_examples=300)
@given(zone_names, rules, steps)
def test_a_paused_schedule_never_reminds_or_alerts(zone_name, rule, plan):
    for now, schedule, effects in run(zone_name, rule, plan):
        if schedule.is_paused(now):
            assert not [e for e in effects if isinstance(e, Remind | Missed)]


@settings(max_examples=300)
@given(zone_names, rules, steps)
def test_a_checkin_reports_whether_an_alert_went_out_since_the_last_one(zone_name, rule, plan):
    missed_since_checkin = False
    for _, _, effects in run(zone_name, rule, plan):
        for effect in effects:
            if isinstance(effect, Missed):
                missed_since_checkin = True
            if isinstance(effect, CheckedIn):
                assert effect.previous_missed == missed_since_checkin
                missed_since_checkin = False


@given(zone_names, rules, st.integers(0, 3))
def test_silence_is_alerted_exactly_grace_after_the_first_due_time(zone_name, rule, ticks_early):
    schedule, _ = set_rule(Schedule(zone_name=zone_name), rule, T0)
    if validate(schedule):
        return
    first_due = schedule.due_at
    assert first_due is not None
    while True:
        wake = next_wake(schedule)
        assert wake is not None
        for early in range(ticks_early, 0, -1):  # early wake-ups change nothing
            assert on_tick(schedule, wake - timedelta(seconds=early))[1] == []
        schedule, effects = on_tick(schedule, wake)
        missed = [e for e in effects if isinstance(e, Missed)]
        if missed:
            assert missed == [Missed(first_due, None)]
            assert wake == first_due + schedule.grace
            return
        assert effects == [Remind(first_due)]
