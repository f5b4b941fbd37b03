"""When a contact's copy of an alert expires, and what is done to it (issue 12)."""

from datetime import UTC, datetime, timedelta

from bot.domain.alerts import (
    AlertKind,
    ContactRef,
    Policy,
    Resolution,
    ResolvedBy,
    raise_alert,
    resolve,
)
from bot.domain.copies import CopyKind, due_at, kind_of, redaction_of
from bot.domain.outbound import CopiedMessage, OutboundMessage, RedactAction, SharedLocation

T0 = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
GRACE = timedelta(hours=24)


def open_alert():
    alert, _ = raise_alert("al1", "def1", AlertKind.SOS, [ContactRef("a", 1)], True, Policy(), T0)
    return alert


def test_a_copy_of_an_open_alert_does_not_expire():
    assert due_at(open_alert(), recipient_left=False, grace=GRACE, now=T0) is None


def test_a_copy_of_a_closed_alert_expires_the_grace_after_the_close_even_if_sent_later():
    closed, _ = resolve(open_alert(), Resolution(ResolvedBy.DEFENDER), T0 + timedelta(hours=1))
    later = T0 + timedelta(hours=2)
    expected = T0 + timedelta(hours=1) + GRACE
    assert due_at(closed, recipient_left=False, grace=GRACE, now=later) == expected


def test_a_copy_sent_to_someone_who_left_or_about_an_erased_alert_expires_now():
    assert due_at(open_alert(), recipient_left=True, grace=GRACE, now=T0) == T0
    assert due_at(None, recipient_left=False, grace=GRACE, now=T0) == T0


def test_the_notice_of_an_erasure_stays_readable_for_the_grace_period():
    purpose = "recipient:account_erased"
    assert due_at(None, recipient_left=False, grace=GRACE, now=T0, purpose=purpose) == T0 + GRACE


def test_texts_become_a_stub_locations_and_media_are_deleted():
    assert kind_of(OutboundMessage("SOS")) is CopyKind.TEXT
    assert kind_of(OutboundMessage(location=SharedLocation(1.0, 2.0))) is CopyKind.LOCATION
    assert kind_of(OutboundMessage(location=SharedLocation(1.0, 2.0, 600))) is CopyKind.LIVE
    assert kind_of(OutboundMessage(copy_of=CopiedMessage(1, 2))) is CopyKind.MEDIA
    assert redaction_of(CopyKind.TEXT) is RedactAction.STUB
    for kind in (CopyKind.LOCATION, CopyKind.LIVE, CopyKind.MEDIA):
        assert redaction_of(kind) is RedactAction.DELETE


def test_the_stub_has_its_reference_and_its_own_words_in_every_language():
    from bot.i18n import Translator

    translate = Translator.load()
    english = translate("en", "copy-redacted", ref="Q7XK2M")
    for language in translate.languages:
        stub = translate(language, "copy-redacted", ref="Q7XK2M")
        assert "Q7XK2M" in stub, language
        assert language == "en" or stub != english, language  # translated, not copied
        for giveaway in ("SOS", "🆘", "DURESS", "alert", "help", "location", "📍"):
            assert giveaway.casefold() not in stub.casefold(), (language, giveaway)
