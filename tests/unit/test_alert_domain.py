from datetime import UTC, datetime, timedelta

import pytest

from bot.domain.alerts import (
    COORDINATORS,
    Alert,
    AlertKind,
    AlertState,
    ContactRef,
    DefenderNotice,
    Effect,
    Level,
    Notify,
    NotifyReason,
    Policy,
    Priority,
    RecipientNotice,
    RecipientStatus,
    Resolution,
    ResolvedBy,
    TellDefender,
    TellRecipients,
    WakeAt,
    acknowledge,
    cant_help,
    false_alarm,
    kind_shown_to_recipients,
    on_deadline,
    raise_alert,
    resolve,
    resolve_under_coercion,
    unreachable,
)

T0 = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
POLICY = Policy()  # ack 10 min, reminders every 10 min, false alarm window 2 min
MIN = timedelta(minutes=1)
TWO_TIERS = (ContactRef("a", 1), ContactRef("b", 1), ContactRef("c", 2))
DEFENDER = Resolution(ResolvedBy.DEFENDER)
COORDINATOR = Resolution(ResolvedBy.COORDINATOR, "reached them by phone")


def raise_(kind=AlertKind.SOS, contacts=TWO_TIERS, coordinators=True, at=T0):
    return raise_alert("al1", "def1", kind, contacts, coordinators, POLICY, at)


def notified(effects: list[Effect]) -> list[tuple[str, NotifyReason, Priority]]:
    return [(e.recipient_id, e.reason, e.priority) for e in effects if isinstance(e, Notify)]


def told_defender(effects: list[Effect]) -> list[TellDefender]:
    return [e for e in effects if isinstance(e, TellDefender)]


def told_recipients(effects: list[Effect]) -> list[TellRecipients]:
    return [e for e in effects if isinstance(e, TellRecipients)]


def wakes(effects: list[Effect]) -> list[datetime]:
    return [e.when for e in effects if isinstance(e, WakeAt)]


def status(alert: Alert, recipient_id: str) -> RecipientStatus:
    found = alert.recipient(recipient_id)
    assert found is not None
    return found.status


# --- Raising ----------------------------------------------------------------------------------


def test_sos_notifies_tier_one_at_once_with_distress_priority():
    alert, effects = raise_()
    assert alert.state is AlertState.OPEN
    assert alert.level is Level.TIER_1
    assert alert.level_deadline == T0 + 10 * MIN
    assert alert.false_alarm_until == T0 + 2 * MIN
    assert notified(effects) == [
        ("a", NotifyReason.NEW_ALERT, Priority.DISTRESS),
        ("b", NotifyReason.NEW_ALERT, Priority.DISTRESS),
    ]
    assert told_defender(effects) == []  # told of each once Telegram took it: `delivered`
    assert wakes(effects) == [T0 + 10 * MIN]
    assert status(alert, "c") is RecipientStatus.QUEUED
    assert status(alert, COORDINATORS) is RecipientStatus.QUEUED


@pytest.mark.parametrize(
    ("kind", "priority"),
    [
        (AlertKind.SOS, Priority.DISTRESS),
        (AlertKind.DURESS, Priority.DISTRESS),
        (AlertKind.MISSED_CHECKIN, Priority.ESCALATION),
    ],
)
def test_new_alert_priority_depends_on_kind(kind, priority):
    _, effects = raise_(kind)
    assert {p for _, _, p in notified(effects)} == {priority}


def test_priorities_order_distress_before_escalation_before_reminder_before_other():
    assert Priority.DISTRESS < Priority.ESCALATION < Priority.REMINDER < Priority.OTHER
    assert TellDefender("al1", DefenderNotice.RESOLVED).priority is Priority.OTHER


@pytest.mark.parametrize(
    ("contacts", "coordinators", "first_level", "first_notified"),
    [
        (TWO_TIERS, True, Level.TIER_1, ["a", "b"]),
        ((ContactRef("c", 2),), True, Level.TIER_2, ["c"]),
        ((ContactRef("c", 2),), False, Level.TIER_2, ["c"]),
        ((), True, Level.COORDINATORS, [COORDINATORS]),
        ((ContactRef("a", 1),), False, Level.TIER_1, ["a"]),
        ((ContactRef("x", 5),), False, Level.TIER_2, ["x"]),
        ((ContactRef("a", 2), ContactRef("a", 1)), False, Level.TIER_1, ["a"]),
    ],
)
def test_empty_levels_are_skipped(contacts, coordinators, first_level, first_notified):
    alert, effects = raise_(contacts=contacts, coordinators=coordinators)
    assert alert.level is first_level
    assert [rid for rid, _, _ in notified(effects)] == first_notified


def test_an_alert_with_nobody_to_go_to_tells_the_defender():
    alert, effects = raise_(contacts=(), coordinators=False)
    assert alert.state is AlertState.OPEN
    assert alert.level is Level.NONE
    assert alert.level_deadline is None
    assert effects == [TellDefender("al1", DefenderNotice.NOBODY_TO_ALERT)]
    assert on_deadline(alert, POLICY, T0 + 60 * MIN) == (alert, [])


def test_a_naive_time_is_refused():
    with pytest.raises(ValueError, match="timezone-aware"):
        raise_(at=datetime(2026, 3, 1, 9, 0))


# --- Escalation on the deadline -----------------------------------------------------------------


def test_escalation_goes_tier_one_then_tier_two_then_coordinators():
    alert, _ = raise_()

    alert, effects = on_deadline(alert, POLICY, T0 + 10 * MIN)
    assert alert.level is Level.TIER_2
    assert notified(effects) == [
        ("c", NotifyReason.ESCALATED, Priority.ESCALATION),
        ("a", NotifyReason.REMINDER, Priority.REMINDER),
        ("b", NotifyReason.REMINDER, Priority.REMINDER),
    ]
    assert told_defender(effects) == []
    assert wakes(effects) == [T0 + 20 * MIN]

    alert, effects = on_deadline(alert, POLICY, T0 + 20 * MIN)
    assert alert.level is Level.COORDINATORS
    assert notified(effects) == [
        (COORDINATORS, NotifyReason.ESCALATED, Priority.ESCALATION),
        ("a", NotifyReason.REMINDER, Priority.REMINDER),
        ("b", NotifyReason.REMINDER, Priority.REMINDER),
        ("c", NotifyReason.REMINDER, Priority.REMINDER),
    ]
    assert wakes(effects) == [T0 + 30 * MIN]


def test_reminders_repeat_at_the_last_level_until_someone_acknowledges():
    alert, _ = raise_(contacts=(ContactRef("a", 1),), coordinators=False)
    for minutes in (10, 20, 30, 40):
        alert, effects = on_deadline(alert, POLICY, T0 + minutes * MIN)
        assert notified(effects) == [("a", NotifyReason.REMINDER, Priority.REMINDER)]
        assert wakes(effects) == [T0 + (minutes + 10) * MIN]
    alert, _ = acknowledge(alert, "a", T0 + 45 * MIN)
    # Nothing but the follow-up of the promise is left to wait for.
    assert on_deadline(alert, POLICY, T0 + 50 * MIN) == (alert, [WakeAt("al1", T0 + 75 * MIN)])


def test_a_deadline_handled_twice_at_the_same_instant_sends_once():
    alert, _ = raise_()
    once, first = on_deadline(alert, POLICY, T0 + 10 * MIN)
    twice, second = on_deadline(once, POLICY, T0 + 10 * MIN)
    assert notified(first)
    assert twice == once
    assert second == [WakeAt("al1", T0 + 20 * MIN)]


def test_an_early_wake_up_changes_nothing_and_rearms_the_timer():
    alert, _ = raise_()
    assert on_deadline(alert, POLICY, T0 + 9 * MIN) == (alert, [WakeAt("al1", T0 + 10 * MIN)])


def test_a_late_wake_up_escalates_one_level_and_gives_it_a_full_timeout():
    alert, _ = raise_()
    alert, effects = on_deadline(alert, POLICY, T0 + 95 * MIN)
    assert alert.level is Level.TIER_2
    assert wakes(effects) == [T0 + 105 * MIN]


def test_nobody_is_reminded_more_often_than_the_reminder_interval():
    policy = Policy(ack_timeout=5 * MIN, reminder_every=10 * MIN)
    alert, _ = raise_alert("al1", "d", AlertKind.SOS, TWO_TIERS, True, policy, T0)
    alert, effects = on_deadline(alert, policy, T0 + 5 * MIN)
    assert notified(effects)[0] == ("c", NotifyReason.ESCALATED, Priority.ESCALATION)
    alert, effects = on_deadline(alert, policy, T0 + 10 * MIN)
    assert [rid for rid, _, _ in notified(effects)] == [COORDINATORS, "a", "b"]
    alert, effects = on_deadline(alert, policy, T0 + 15 * MIN)
    assert [rid for rid, _, _ in notified(effects)] == ["c"]  # the others were pinged at 10
    assert wakes(effects) == [T0 + 20 * MIN]


# --- Acknowledgement --------------------------------------------------------------------------


def test_the_first_acknowledgement_is_shown_to_the_defender_and_the_others():
    alert, _ = raise_()
    alert, _ = on_deadline(alert, POLICY, T0 + 10 * MIN)
    alert, effects = acknowledge(alert, "b", T0 + 11 * MIN)
    assert alert.acknowledged_by == "b"
    assert alert.level_deadline is None
    assert alert.follow_up_at == T0 + 41 * MIN
    assert effects == [
        TellDefender("al1", DefenderNotice.ACKNOWLEDGED_BY, ("b",)),
        TellRecipients("al1", ("a", "c"), RecipientNotice.HANDLED_BY, about="b"),
        WakeAt("al1", T0 + 30 * MIN),  # the coordinators' follow-up of the SOS
    ]


def test_an_acknowledgement_stops_escalation_within_the_follow_up_time():
    alert, _ = raise_(coordinators=False)
    alert, _ = acknowledge(alert, "a", T0 + 3 * MIN)
    for minutes in (10, 20, 32):
        assert on_deadline(alert, POLICY, T0 + minutes * MIN) == (
            alert,
            [WakeAt("al1", T0 + 33 * MIN)],
        )
    assert status(alert, "c") is RecipientStatus.QUEUED


def test_a_second_acknowledgement_is_recorded_without_a_broadcast():
    alert, _ = raise_()
    alert, _ = acknowledge(alert, "a", T0 + 3 * MIN)
    alert, effects = acknowledge(alert, "b", T0 + 4 * MIN)
    assert effects == []
    assert alert.acknowledged_by == "a"
    assert status(alert, "b") is RecipientStatus.ACKNOWLEDGED
    assert acknowledge(alert, "b", T0 + 5 * MIN) == (alert, [])


def test_coordinators_may_acknowledge_before_the_alert_reaches_them():
    alert, _ = raise_()
    alert, effects = acknowledge(alert, COORDINATORS, T0 + MIN)
    assert alert.acknowledged_by == COORDINATORS
    assert told_recipients(effects) == [
        TellRecipients("al1", ("a", "b"), RecipientNotice.HANDLED_BY, about=COORDINATORS)
    ]
    alert, effects = resolve(alert, DEFENDER, T0 + 2 * MIN)
    assert told_recipients(effects) == [
        TellRecipients("al1", ("a", "b", COORDINATORS), RecipientNotice.RESOLVED)
    ]


# --- A promise with a deadline (issue 11) -------------------------------------------------------


def test_a_promise_without_news_escalates_again_and_asks_the_contact_for_an_update():
    alert, _ = raise_()
    alert, _ = acknowledge(alert, "a", T0 + MIN, POLICY)
    assert alert.follow_up_at == T0 + 31 * MIN
    # The coordinators learn of the SOS still open 30 minutes after it was raised.
    alert, effects = on_deadline(alert, POLICY, T0 + 30 * MIN)
    assert notified(effects) == [(COORDINATORS, NotifyReason.FOLLOW_UP, Priority.ESCALATION)]
    assert wakes(effects) == [T0 + 31 * MIN]
    # Then the promise runs out: tier 2, not told yet, is told; "a" is asked for an update.
    alert, effects = on_deadline(alert, POLICY, T0 + 31 * MIN)
    assert alert.acknowledged_by is None
    assert status(alert, "a") is RecipientStatus.NOTIFIED
    assert told_recipients(effects) == [
        TellRecipients("al1", ("a",), RecipientNotice.FOLLOW_UP_ASKED)
    ]
    assert notified(effects) == [
        ("c", NotifyReason.FOLLOW_UP, Priority.ESCALATION),
        ("b", NotifyReason.REMINDER, Priority.REMINDER),  # "a" was just asked: no reminder
    ]
    assert wakes(effects) == [T0 + 41 * MIN]
    # Nobody takes it on again: it goes on as an unanswered alert, reminders included.
    alert, effects = on_deadline(alert, POLICY, T0 + 41 * MIN)
    assert [rid for rid, _, _ in notified(effects)] == ["a", "b", "c", COORDINATORS]


def test_i_am_on_it_again_after_a_lapse_takes_the_alert_on_again():
    alert, _ = raise_(coordinators=False)
    alert, _ = acknowledge(alert, "a", T0 + MIN, POLICY)
    alert, _ = on_deadline(alert, POLICY, T0 + 31 * MIN)
    alert, effects = acknowledge(alert, "a", T0 + 35 * MIN, POLICY)
    assert alert.acknowledged_by == "a"
    assert alert.follow_up_at == T0 + 65 * MIN
    assert told_defender(effects) == [TellDefender("al1", DefenderNotice.ACKNOWLEDGED_BY, ("a",))]


def test_a_note_from_the_contact_on_it_starts_the_follow_up_again():
    from bot.domain.alerts import promise_kept

    alert, _ = raise_(coordinators=False)
    alert, _ = acknowledge(alert, "a", T0 + MIN, POLICY)
    assert promise_kept(alert, "b", POLICY, T0 + 20 * MIN) == alert  # not theirs to keep
    alert = promise_kept(alert, "a", POLICY, T0 + 20 * MIN)
    assert alert.follow_up_at == T0 + 50 * MIN
    assert on_deadline(alert, POLICY, T0 + 31 * MIN) == (alert, [WakeAt("al1", T0 + 50 * MIN)])
    _, effects = on_deadline(alert, POLICY, T0 + 50 * MIN)
    assert notified(effects)[0] == ("c", NotifyReason.FOLLOW_UP, Priority.ESCALATION)


def test_a_contact_note_from_the_one_on_it_keeps_the_promise_another_s_does_not():
    from bot.domain.alerts import add_contact_note

    alert, _ = raise_(coordinators=False)
    alert, _ = acknowledge(alert, "a", T0 + MIN, POLICY)
    noted, _ = add_contact_note(alert, "b", "I called her lawyer", T0 + 20 * MIN)
    _, effects = on_deadline(noted, POLICY, T0 + 31 * MIN)
    assert notified(effects)[0] == ("c", NotifyReason.FOLLOW_UP, Priority.ESCALATION)
    noted, _ = add_contact_note(alert, "a", "she is at the station", T0 + 20 * MIN)
    kept, effects = on_deadline(noted, POLICY, T0 + 31 * MIN)
    assert effects == [WakeAt("al1", T0 + 50 * MIN)]
    assert kept.acknowledged_by == "a"
    _, effects = on_deadline(kept, POLICY, T0 + 50 * MIN)
    assert notified(effects)[0] == ("c", NotifyReason.FOLLOW_UP, Priority.ESCALATION)


def test_the_coordinators_learn_of_an_sos_still_open_even_while_the_promise_is_kept():
    from bot.domain.alerts import promise_kept

    alert, _ = raise_()
    alert, _ = acknowledge(alert, "a", T0 + MIN, POLICY)
    alert = promise_kept(alert, "a", POLICY, T0 + 29 * MIN)
    alert, effects = on_deadline(alert, POLICY, T0 + 30 * MIN)
    assert notified(effects) == [(COORDINATORS, NotifyReason.FOLLOW_UP, Priority.ESCALATION)]
    assert alert.acknowledged_by == "a"
    assert alert.coordinators_due_at is None
    assert wakes(effects) == [T0 + 59 * MIN]


def test_a_missed_check_in_taken_on_does_not_go_to_the_coordinators_by_itself():
    alert, _ = raise_(AlertKind.MISSED_CHECKIN, contacts=(ContactRef("a", 1),))
    assert alert.coordinators_due_at is None
    alert, _ = acknowledge(alert, "a", T0 + MIN, POLICY)
    assert on_deadline(alert, POLICY, T0 + 30 * MIN) == (alert, [WakeAt("al1", T0 + 31 * MIN)])


def test_coordinators_taking_an_alert_on_make_no_promise_to_follow_up():
    alert, _ = raise_()
    alert, _ = acknowledge(alert, COORDINATORS, T0 + MIN, POLICY)
    assert alert.follow_up_at is None
    alert, effects = on_deadline(alert, POLICY, T0 + 30 * MIN)
    assert notified(effects) == []
    assert wakes(effects) == []


# --- What the defender hears (issue 11) -------------------------------------------------------


def test_the_defender_hears_who_has_the_alert_only_once_telegram_took_it():
    from bot.domain.alerts import announced, delivered

    alert, _ = raise_()
    alert, effects = delivered(alert, "a", T0 + MIN)
    assert effects == [TellDefender("al1", DefenderNotice.WHO_WAS_NOTIFIED, ("a",))]
    assert alert.recipient("a").reached_at == T0 + MIN
    assert delivered(alert, "a", T0 + 2 * MIN) == (alert, [])  # a reminder: told already
    alert = announced(alert, ["b"])  # named in the reply to the SOS itself
    alert, effects = delivered(alert, "b", T0 + MIN)
    assert effects == []
    assert alert.recipient("b").reached_at == T0 + MIN
    gone, _ = unreachable(alert, "a", POLICY, T0 + 2 * MIN)
    assert delivered(gone, "a", T0 + 3 * MIN) == (gone, [])
    duress, _ = raise_(AlertKind.DURESS)
    assert delivered(duress, "a", T0 + MIN)[1] == []


def test_the_defender_is_told_who_cannot_help_and_when_nobody_is_left():
    alert, _ = raise_(contacts=(ContactRef("a", 1), ContactRef("b", 2)), coordinators=False)
    alert, effects = cant_help(alert, "a", POLICY, T0 + MIN)
    assert told_defender(effects) == [TellDefender("al1", DefenderNotice.CANT_HELP, ("a",))]
    assert notified(effects) == [("b", NotifyReason.ESCALATED, Priority.ESCALATION)]
    alert, effects = cant_help(alert, "b", POLICY, T0 + 2 * MIN)
    assert told_defender(effects) == [
        TellDefender("al1", DefenderNotice.CANT_HELP, ("b",)),
        TellDefender("al1", DefenderNotice.NOBODY_LEFT),
    ]
    # Found unreachable after declining: nothing new for the defender to hear.
    alert, effects = unreachable(alert, "b", POLICY, T0 + 3 * MIN)
    assert told_defender(effects) == [TellDefender("al1", DefenderNotice.UNREACHABLE, ("b",))]


def test_a_contact_added_to_a_tier_already_alerted_gets_the_alert_at_once():
    from bot.domain.alerts import add_recipient

    alert, _ = raise_(contacts=(ContactRef("a", 1), ContactRef("c", 2)))
    alert, effects = add_recipient(alert, ContactRef("n", 1), POLICY, T0 + 5 * MIN)
    assert notified(effects) == [("n", NotifyReason.NEW_ALERT, Priority.ESCALATION)]
    assert [r.id for r in alert.recipients] == ["a", "n", "c", COORDINATORS]
    later, effects = add_recipient(alert, ContactRef("m", 2), POLICY, T0 + 6 * MIN)
    assert notified(effects) == []  # tier 2 gets it when the escalation reaches it
    assert status(later, "m") is RecipientStatus.QUEUED
    assert add_recipient(later, ContactRef("m", 2), POLICY, T0 + 7 * MIN) == (later, [])


def test_a_contact_added_to_an_alert_that_had_nobody_gets_it_and_it_escalates():
    from bot.domain.alerts import add_recipient

    alert, _ = raise_(contacts=(), coordinators=False)
    alert, effects = add_recipient(alert, ContactRef("n", 2), POLICY, T0 + 5 * MIN)
    assert notified(effects) == [("n", NotifyReason.NEW_ALERT, Priority.ESCALATION)]
    assert alert.level is Level.TIER_2
    assert wakes(effects) == [T0 + 15 * MIN]


def test_unknown_recipients_and_closed_alerts_change_nothing():
    alert, _ = raise_()
    assert acknowledge(alert, "stranger", T0 + MIN) == (alert, [])
    assert cant_help(alert, "stranger", POLICY, T0 + MIN) == (alert, [])
    assert unreachable(alert, "stranger", POLICY, T0 + MIN) == (alert, [])
    closed, _ = resolve(alert, DEFENDER, T0 + MIN)
    for later in (
        acknowledge(closed, "a", T0 + 2 * MIN),
        cant_help(closed, "a", POLICY, T0 + 2 * MIN),
        unreachable(closed, "a", POLICY, T0 + 2 * MIN),
        resolve(closed, COORDINATOR, T0 + 2 * MIN),
        false_alarm(closed, T0 + 2 * MIN),
        on_deadline(closed, POLICY, T0 + 20 * MIN),
    ):
        assert later == (closed, [])


# --- "I can't help" and unreachable -------------------------------------------------------------


def test_cant_help_from_part_of_a_tier_waits_for_the_deadline():
    alert, _ = raise_()
    alert, effects = cant_help(alert, "a", POLICY, T0 + MIN)
    assert status(alert, "a") is RecipientStatus.CANT_HELP
    assert notified(effects) == []
    assert alert.level is Level.TIER_1
    assert cant_help(alert, "a", POLICY, T0 + 2 * MIN) == (alert, [])


def test_cant_help_from_all_of_tier_one_escalates_at_once():
    alert, _ = raise_()
    alert, _ = cant_help(alert, "a", POLICY, T0 + MIN)
    alert, effects = cant_help(alert, "b", POLICY, T0 + 2 * MIN)
    assert alert.level is Level.TIER_2
    assert notified(effects)[0] == ("c", NotifyReason.ESCALATED, Priority.ESCALATION)
    assert wakes(effects) == [T0 + 12 * MIN]


def test_unreachable_tells_the_defender_and_counts_as_not_acknowledging():
    alert, _ = raise_(contacts=(ContactRef("a", 1), ContactRef("c", 2)))
    alert, effects = unreachable(alert, "a", POLICY, T0 + MIN)
    assert told_defender(effects) == [TellDefender("al1", DefenderNotice.UNREACHABLE, ("a",))]
    assert notified(effects)[0] == ("c", NotifyReason.ESCALATED, Priority.ESCALATION)
    assert unreachable(alert, "a", POLICY, T0 + 2 * MIN) == (alert, [])


def test_a_queued_contact_found_unreachable_is_skipped_later():
    alert, _ = raise_(contacts=(ContactRef("a", 1), ContactRef("c", 2)))
    alert, _ = unreachable(alert, "c", POLICY, T0 + MIN)
    alert, effects = on_deadline(alert, POLICY, T0 + 10 * MIN)
    assert alert.level is Level.COORDINATORS
    assert [rid for rid, _, _ in notified(effects)] == [COORDINATORS, "a"]


def test_when_everyone_is_unreachable_the_defender_is_told_nobody_is_left():
    alert, _ = raise_(contacts=(ContactRef("a", 1),), coordinators=False)
    alert, effects = unreachable(alert, "a", POLICY, T0 + MIN)
    assert told_defender(effects) == [
        TellDefender("al1", DefenderNotice.UNREACHABLE, ("a",)),
        TellDefender("al1", DefenderNotice.NOBODY_LEFT),
    ]
    assert alert.level_deadline is None
    assert wakes(effects) == []


def test_at_the_last_level_those_who_cant_help_are_asked_again_rather_than_nobody():
    alert, _ = raise_(contacts=(ContactRef("a", 1),), coordinators=False)
    alert, effects = cant_help(alert, "a", POLICY, T0 + MIN)
    assert notified(effects) == []
    assert wakes(effects) == [T0 + 10 * MIN]
    alert, effects = on_deadline(alert, POLICY, T0 + 10 * MIN)
    assert notified(effects) == [("a", NotifyReason.REMINDER, Priority.REMINDER)]


def test_the_acknowledger_is_not_demoted_by_later_answers():
    alert, _ = raise_()
    alert, _ = acknowledge(alert, "a", T0 + MIN)
    assert cant_help(alert, "a", POLICY, T0 + 2 * MIN) == (alert, [])
    assert unreachable(alert, "a", POLICY, T0 + 2 * MIN) == (alert, [])


# --- Resolution and false alarms ----------------------------------------------------------------


@pytest.mark.parametrize("by", [DEFENDER, COORDINATOR])
def test_resolution_tells_everyone_who_was_notified(by):
    alert, _ = raise_()
    alert, _ = on_deadline(alert, POLICY, T0 + 10 * MIN)
    alert, _ = unreachable(alert, "b", POLICY, T0 + 11 * MIN)
    alert, effects = resolve(alert, by, T0 + 12 * MIN)
    assert alert.state is AlertState.RESOLVED
    assert alert.resolved_at == T0 + 12 * MIN
    assert alert.resolution == by
    assert alert.level_deadline is None
    assert effects == [
        TellRecipients("al1", ("a", "c"), RecipientNotice.RESOLVED),
        TellDefender("al1", DefenderNotice.RESOLVED),
    ]


def test_the_coordinators_reason_is_kept_out_of_logs():
    assert "phone" not in repr(COORDINATOR)


@pytest.mark.parametrize(
    ("after", "cancelled"), [(MIN, True), (2 * MIN, True), (2 * MIN + timedelta(seconds=1), False)]
)
def test_false_alarm_only_within_the_window(after, cancelled):
    alert, _ = raise_()
    after_alert, effects = false_alarm(alert, T0 + after)
    if cancelled:
        assert after_alert.state is AlertState.CANCELLED
        assert effects == [
            TellRecipients("al1", ("a", "b"), RecipientNotice.FALSE_ALARM),
            TellDefender("al1", DefenderNotice.CANCELLED),
        ]
        assert on_deadline(after_alert, POLICY, T0 + 10 * MIN) == (after_alert, [])
    else:
        assert after_alert == alert
        assert effects == [TellDefender("al1", DefenderNotice.FALSE_ALARM_WINDOW_PASSED)]


# --- Duress -------------------------------------------------------------------------------------


def test_duress_reaches_the_coordinators_at_once_and_still_escalates_through_tier_two():
    alert, effects = raise_(AlertKind.DURESS)
    assert notified(effects) == [
        ("a", NotifyReason.NEW_ALERT, Priority.DISTRESS),
        ("b", NotifyReason.NEW_ALERT, Priority.DISTRESS),
        (COORDINATORS, NotifyReason.NEW_ALERT, Priority.DISTRESS),
    ]
    assert alert.level is Level.TIER_1
    _, effects = on_deadline(alert, POLICY, T0 + 10 * MIN)
    assert notified(effects)[0] == ("c", NotifyReason.ESCALATED, Priority.ESCALATION)


def test_duress_says_what_it_is_to_those_who_act():
    assert kind_shown_to_recipients(AlertKind.DURESS) is AlertKind.DURESS
    assert kind_shown_to_recipients(AlertKind.MISSED_CHECKIN) is AlertKind.MISSED_CHECKIN
    alert, effects = raise_(AlertKind.DURESS)
    assert {e.shown_kind for e in effects if isinstance(e, Notify)} == {AlertKind.DURESS}
    _, effects = on_deadline(alert, POLICY, T0 + 10 * MIN)
    assert {e.shown_kind for e in effects if isinstance(e, Notify)} == {AlertKind.DURESS}


def test_duress_never_tells_the_defender_anything_true():
    alert, effects = raise_(AlertKind.DURESS, contacts=(ContactRef("a", 1), ContactRef("b", 1)))
    assert alert.false_alarm_until is None
    assert told_defender(effects) == []
    alert, effects = unreachable(alert, "a", POLICY, T0 + MIN)
    assert told_defender(effects) == []
    alert, effects = on_deadline(alert, POLICY, T0 + 10 * MIN)
    assert told_defender(effects) == []
    alert, effects = acknowledge(alert, COORDINATORS, T0 + 11 * MIN)
    assert effects == [TellRecipients("al1", ("b",), RecipientNotice.HANDLED_BY, COORDINATORS)]
    alert, effects = resolve(alert, COORDINATOR, T0 + 12 * MIN)
    assert alert.state is AlertState.RESOLVED
    assert effects == [TellRecipients("al1", ("b", COORDINATORS), RecipientNotice.RESOLVED)]


def test_duress_with_nobody_to_alert_stays_silent_to_the_defender():
    _, effects = raise_(AlertKind.DURESS, contacts=(), coordinators=False)
    assert effects == []


def test_the_defender_cannot_resolve_a_duress_alert_and_their_chat_shows_nothing_of_it():
    alert, _ = raise_(AlertKind.DURESS)
    still, effects = resolve(alert, DEFENDER, T0 + MIN)
    assert told_defender(effects) == []
    assert still.state is AlertState.OPEN
    assert still.possible_coercion
    # Tier 1 and, under duress, the coordinators at once.
    notified = (*(r.id for r in alert.recipients if r.level is Level.TIER_1), COORDINATORS)
    assert TellRecipients("al1", notified, RecipientNotice.POSSIBLY_COERCED) in effects
    assert wakes(effects) == [T0 + 10 * MIN]
    escalated, effects = on_deadline(still, POLICY, T0 + 10 * MIN)
    assert escalated.level is Level.TIER_2


def test_a_resolution_forced_with_the_duress_word_looks_real_but_keeps_the_alert_open():
    alert, _ = raise_()
    _, genuine = resolve(alert, DEFENDER, T0 + MIN)
    still, effects = resolve_under_coercion(alert, T0 + MIN)
    assert told_defender(effects) == told_defender(genuine)
    assert still.state is AlertState.OPEN
    assert still.possible_coercion
    assert any(
        isinstance(e, TellRecipients) and e.what is RecipientNotice.POSSIBLY_COERCED
        for e in effects
    )


def test_a_coordinator_cannot_decline_an_alert_that_has_not_reached_them():
    alert, _ = raise_(contacts=(ContactRef("a", 1),))
    unchanged, effects = cant_help(alert, COORDINATORS, POLICY, T0 + MIN)
    assert (unchanged, effects) == (alert, [])
    gone, effects = unreachable(alert, "a", POLICY, T0 + 2 * MIN)
    assert gone.level is Level.COORDINATORS
    assert any(isinstance(e, Notify) and e.recipient_id == COORDINATORS for e in effects)


def test_someone_unreachable_cannot_then_decline():
    alert, _ = raise_(contacts=(ContactRef("a", 1), ContactRef("b", 1)))
    alert, _ = unreachable(alert, "a", POLICY, T0 + MIN)
    assert cant_help(alert, "a", POLICY, T0 + 2 * MIN) == (alert, [])


def test_the_defender_cannot_cancel_a_duress_alert():
    alert, _ = raise_(AlertKind.DURESS)
    assert false_alarm(alert, T0 + MIN) == (alert, [])


def test_missed_checkin_alerts_can_be_cancelled_and_resolved_by_the_defender():
    alert, _ = raise_(AlertKind.MISSED_CHECKIN)
    resolved, effects = resolve(alert, DEFENDER, T0 + 5 * MIN)
    assert resolved.state is AlertState.RESOLVED
    assert TellDefender("al1", DefenderNotice.RESOLVED) in effects


def test_a_location_goes_to_those_told_and_is_kept_for_those_told_later():
    from bot.domain.alerts import Location, ShareLocation, share_location

    alert, _ = raise_()
    here = Location(13.75, 100.5, T0 + MIN, live_until=T0 + 60 * MIN)
    alert, effects = share_location(alert, here, T0 + MIN, live_update=False)
    assert alert.location == here
    assert effects == [ShareLocation("al1", ("a", "b"), live_update=False)]
    moved = Location(13.76, 100.5, T0 + 2 * MIN, live_until=here.live_until)
    alert, effects = share_location(alert, moved, T0 + 2 * MIN, live_update=True)
    assert effects == [ShareLocation("al1", ("a", "b"), live_update=True)]
    closed, _ = resolve(alert, DEFENDER, T0 + 3 * MIN)
    assert share_location(closed, here, T0 + 4 * MIN, live_update=False) == (closed, [])


def test_references_are_short_stable_and_differ_between_alerts():
    from bot.domain.alerts import alert_reference

    assert alert_reference("al1") == alert_reference("al1")
    assert len(alert_reference("al1")) == 6
    assert alert_reference("al1") != alert_reference("al2")
