from datetime import UTC, datetime, timedelta

from bot.delivery.pacing import MARGIN, Limits, Pacer

T0 = datetime(2026, 1, 1, tzinfo=UTC)
MS = timedelta(milliseconds=1)
SECOND = timedelta(seconds=1)


def test_a_private_chat_gets_a_short_burst_then_one_message_a_second():
    pacer = Pacer()
    for n in range(3):
        assert pacer.chat_free(1, False, T0 + n * MS) == T0 + n * MS
        pacer.record(1, False, T0 + n * MS)
    assert pacer.chat_free(1, False, T0 + 10 * MS) == T0 + SECOND + MARGIN
    assert pacer.chat_free(2, False, T0 + 10 * MS) == T0 + 10 * MS
    pacer.record(1, False, T0 + SECOND)
    assert pacer.chat_free(1, False, T0 + SECOND) == T0 + 2 * SECOND + MARGIN


def test_a_burst_comes_back_only_after_a_quiet_while():
    pacer = Pacer(Limits(private_burst=2))
    pacer.record(1, False, T0)
    pacer.record(1, False, T0)
    later = T0 + 10 * SECOND
    pacer.record(1, False, later)
    assert pacer.chat_free(1, False, later) == later  # refilled to two, one used


def test_a_group_gets_twenty_a_minute():
    pacer = Pacer()
    for n in range(20):
        now = T0 + n * SECOND
        assert pacer.earliest(-5, True, now) == now
        pacer.record(-5, True, now)
    later = T0 + 21 * SECOND
    assert pacer.earliest(-5, True, later) == T0 + timedelta(minutes=1) + MARGIN


def test_overall_rate_is_thirty_a_second_a_short_burst_then_spread_evenly():
    pacer = Pacer()
    for chat in range(5):
        assert pacer.overall_free(T0) == T0
        pacer.record(chat, False, T0)
    assert pacer.overall_free(T0) == T0 + SECOND / 30  # no burst of thirty at once
    for chat in range(5, 30):
        pacer.record(chat, False, T0 + chat * 30 * MS)
    late = T0 + 900 * MS
    assert pacer.overall_free(late) == T0 + SECOND + MARGIN  # thirty in the last second


def test_retry_after_pauses_only_that_chat():
    pacer = Pacer()
    pacer.pause(7, T0 + timedelta(seconds=30))
    assert pacer.earliest(7, False, T0) == T0 + timedelta(seconds=30)
    assert pacer.earliest(8, False, T0) == T0


def test_a_global_retry_after_holds_everything_but_distress():
    pacer = Pacer()
    pacer.pause_all(T0 + timedelta(seconds=5))
    assert pacer.earliest(8, False, T0) == T0 + timedelta(seconds=5)
    assert pacer.earliest(8, False, T0, distress=True) == T0


def test_limits_are_configurable():
    pacer = Pacer(Limits(per_second_overall=2))
    pacer.record(1, False, T0)
    pacer.record(2, False, T0 + MS)
    assert pacer.overall_free(T0 + 2 * MS) == T0 + SECOND + MARGIN
