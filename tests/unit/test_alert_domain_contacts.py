"""The engine's rules for contacts acting together (issue 11, part C): notes between the people
on an alert, the contact who took it on closing it, and what the defender sends while it is
open. Kept apart from test_alert_domain.py only to keep parallel work easy to merge."""

from datetime import UTC, datetime, timedelta

from bot.domain.alerts import (
    COORDINATORS,
    Alert,
    AlertKind,
    AlertState,
    ContactRef,
    DefenderNotice,
    Effect,
    PassOn,
    Policy,
    RecipientNotice,
    Resolution,
    ResolvedBy,
    TellDefender,
    TellRecipients,
    acknowledge,
    add_contact_note,
    cant_help,
    close_by_contact,
    defender_sent,
    defender_wrote,
    on_deadline,
    raise_alert,
    resolve,
    resolve_under_coercion,
    share_location,
)
from bot.domain.alerts.engine import NOTES_KEPT
from bot.domain.alerts.model import Location

T0 = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
POLICY = Policy()
MIN = timedelta(minutes=1)
TWO_TIERS = (ContactRef("a", 1), ContactRef("b", 1), ContactRef("c", 2))


def raise_(kind: AlertKind = AlertKind.SOS, coordinators: bool = True) -> Alert:
    alert, _ = raise_alert("al1", "def1", kind, TWO_TIERS, coordinators, POLICY, T0)
    return alert


def told(effects: list[Effect]) -> dict[RecipientNotice, tuple[str, ...]]:
    return {e.what: e.recipient_ids for e in effects if isinstance(e, TellRecipients)}


def told_defender(effects: list[Effect]) -> list[TellDefender]:
    return [e for e in effects if isinstance(e, TellDefender)]


# --- Notes ------------------------------------------------------------------------------------


def test_a_note_goes_to_everyone_else_who_knows_of_the_alert_and_to_the_defender():
    alert, _ = on_deadline(raise_(), POLICY, T0 + 10 * MIN)  # tier 2 told too
    alert, effects = add_contact_note(alert, "a", "I called her sister", T0 + 11 * MIN)
    assert told(effects) == {RecipientNotice.CONTACT_NOTE: ("b", "c")}
    assert [(e.what, e.recipient_ids) for e in told_defender(effects)] == [
        (DefenderNotice.CONTACT_NOTE, ("a",))
    ]
    (note,) = alert.contact_notes
    assert (note.author_id, note.at, note.text) == ("a", T0 + 11 * MIN, "I called her sister")


def test_a_note_reaches_the_coordinators_once_they_know_of_the_alert():
    alert = raise_(AlertKind.DURESS)  # coordinators hear of a duress alert at once
    _, effects = add_contact_note(alert, "b", "going there now", T0 + MIN)
    assert told(effects) == {RecipientNotice.CONTACT_NOTE: ("a", COORDINATORS)}


def test_a_note_on_a_duress_alert_never_reaches_the_defender():
    alert = raise_(AlertKind.DURESS)
    _, effects = add_contact_note(alert, "a", "do not call her", T0 + MIN)
    assert told_defender(effects) == []


def test_a_note_on_an_alert_shown_closed_under_coercion_never_reaches_the_defender():
    alert, _ = resolve_under_coercion(raise_(), T0 + MIN)
    _, effects = add_contact_note(alert, "a", "she did not sound right", T0 + 2 * MIN)
    assert told_defender(effects) == []
    assert told(effects) == {RecipientNotice.CONTACT_NOTE: ("b",)}


def test_the_author_s_last_note_time_records_that_they_are_acting_on_it():
    alert, _ = acknowledge(raise_(), "a", T0 + MIN)
    alert, _ = add_contact_note(alert, "a", "at the station", T0 + 25 * MIN)
    author = alert.recipient("a")
    assert author is not None
    assert author.last_note_at == T0 + 25 * MIN
    other = alert.recipient("b")
    assert other is not None
    assert other.last_note_at is None


def test_only_a_contact_the_alert_reached_can_write_a_note():
    alert = raise_()  # tier 2 ("c") has not been told yet
    for author in ("c", "nobody", COORDINATORS):
        after, effects = add_contact_note(alert, author, "hello", T0 + MIN)
        assert (after, effects) == (alert, [])


def test_a_contact_who_cannot_help_may_still_leave_a_note():
    alert, _ = cant_help(raise_(), "a", POLICY, T0 + MIN)
    _, effects = add_contact_note(alert, "a", "try her cousin", T0 + 2 * MIN)
    assert RecipientNotice.CONTACT_NOTE in told(effects)


def test_an_empty_note_or_a_note_on_a_closed_alert_does_nothing():
    alert = raise_()
    assert add_contact_note(alert, "a", "", T0 + MIN) == (alert, [])
    closed, _ = resolve(alert, Resolution(ResolvedBy.DEFENDER), T0 + MIN)
    assert add_contact_note(closed, "a", "late", T0 + 2 * MIN) == (closed, [])


def test_only_the_newest_notes_are_kept_and_closing_forgets_them():
    alert = raise_()
    for minute in range(NOTES_KEPT + 3):
        alert, _ = add_contact_note(alert, "a", f"note {minute}", T0 + minute * MIN)
    assert len(alert.contact_notes) == NOTES_KEPT
    assert alert.contact_notes[-1].text == f"note {NOTES_KEPT + 2}"
    closed, _ = resolve(alert, Resolution(ResolvedBy.DEFENDER), T0 + 30 * MIN)
    assert closed.contact_notes == ()


# --- The contact who took it on closes it -----------------------------------------------------


def test_the_contact_on_it_closes_the_alert_and_everyone_else_is_told_with_their_words():
    alert, _ = on_deadline(raise_(), POLICY, T0 + 10 * MIN)
    alert, _ = acknowledge(alert, "b", T0 + 11 * MIN)
    closed, effects = close_by_contact(alert, "b", "she is with her lawyer", T0 + 40 * MIN)
    assert closed.state is AlertState.RESOLVED
    assert closed.resolved_at == T0 + 40 * MIN
    assert closed.resolution == Resolution(
        ResolvedBy.CONTACT, "she is with her lawyer", closed_by="b"
    )
    assert closed.level_deadline is None
    assert told(effects) == {RecipientNotice.CLOSED_BY_CONTACT: ("a", "c")}
    assert [(e.what, e.recipient_ids) for e in told_defender(effects)] == [
        (DefenderNotice.CLOSED_BY_CONTACT, ("b",))
    ]


def test_a_duress_alert_is_closed_by_the_contact_on_it_without_a_word_to_the_defender():
    alert, _ = acknowledge(raise_(AlertKind.DURESS), "a", T0 + MIN)
    closed, effects = close_by_contact(alert, "a", "he is out of danger", T0 + 30 * MIN)
    assert closed.state is AlertState.RESOLVED
    assert told_defender(effects) == []
    assert told(effects) == {RecipientNotice.CLOSED_BY_CONTACT: ("b", COORDINATORS)}


def test_nobody_but_the_contact_on_it_can_close_it_that_way():
    alert = raise_()
    assert close_by_contact(alert, "a", "fine", T0 + MIN) == (alert, [])  # nobody on it yet
    alert, _ = acknowledge(alert, "a", T0 + MIN)
    for other in ("b", "c", COORDINATORS):
        assert close_by_contact(alert, other, "fine", T0 + 2 * MIN) == (alert, [])
    assert close_by_contact(alert, "a", "", T0 + 2 * MIN) == (alert, [])  # words are needed
    closed, _ = close_by_contact(alert, "a", "fine", T0 + 2 * MIN)
    assert close_by_contact(closed, "a", "again", T0 + 3 * MIN) == (closed, [])


def test_coordinators_taking_it_on_keep_contacts_from_closing_it():
    alert, _ = acknowledge(raise_(), COORDINATORS, T0 + MIN)
    assert close_by_contact(alert, "a", "fine", T0 + 2 * MIN) == (alert, [])


def test_closing_forgets_what_the_defender_wrote_and_where_they_were():
    alert, _ = defender_wrote(raise_(), "they took my passport", T0 + MIN)
    alert, _ = share_location(alert, Location(13.7, 100.5, T0 + MIN), T0 + MIN, live_update=False)
    alert, _ = acknowledge(alert, "a", T0 + 2 * MIN)
    closed, _ = close_by_contact(alert, "a", "safe at home", T0 + 3 * MIN)
    assert (closed.note, closed.location) == ("", None)


# --- What the defender sends during the alert --------------------------------------------------


def test_typed_words_are_kept_with_the_alert_and_passed_to_everyone_told():
    alert, effects = defender_wrote(raise_(), "taking me to the detention centre", T0 + MIN)
    assert alert.note == "taking me to the detention centre"
    assert told(effects) == {RecipientNotice.NEW_WORDS: ("a", "b")}
    alert, _ = defender_wrote(alert, "blue van", T0 + 2 * MIN)
    assert alert.note == "taking me to the detention centre\nblue van"


def test_words_and_media_skip_people_who_had_them_through_another_alert():
    alert = raise_()
    _, effects = defender_wrote(alert, "help", T0 + MIN, already_told=frozenset({"a"}))
    assert told(effects) == {RecipientNotice.NEW_WORDS: ("b",)}
    _, effects = defender_sent(alert, 77, T0 + MIN, already_told=frozenset({"a", "b"}))
    assert effects == []


def test_a_photo_or_a_voice_note_is_copied_to_everyone_who_knows_of_the_alert():
    alert, _ = on_deadline(raise_(), POLICY, T0 + 10 * MIN)
    after, effects = defender_sent(alert, 42, T0 + 11 * MIN)
    assert after == alert  # nothing of it is stored
    assert effects == [PassOn("al1", ("a", "b", "c"), 42)]


def test_on_a_duress_alert_media_still_go_to_the_people_on_it():
    _, effects = defender_sent(raise_(AlertKind.DURESS), 9, T0 + MIN)
    assert effects == [PassOn("al1", ("a", "b", COORDINATORS), 9)]


def test_nothing_is_passed_on_from_a_closed_alert():
    closed, _ = resolve(raise_(), Resolution(ResolvedBy.DEFENDER), T0 + MIN)
    assert defender_sent(closed, 1, T0 + 2 * MIN) == (closed, [])
    assert defender_wrote(closed, "words", T0 + 2 * MIN) == (closed, [])
