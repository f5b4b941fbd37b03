"""The emergency card's rules: what a typed value must look like, and how a card is shown."""

import re
from datetime import date

import pytest

from bot.domain.card import (
    CARD_FIELDS,
    Accepted,
    CardField,
    EmergencyCard,
    Problem,
    Rejected,
    field_named,
    max_length,
    render_card,
    validate,
)
from bot.i18n import Translator

TODAY = date(2026, 1, 15)


@pytest.mark.parametrize(
    ("card_field", "typed", "expected"),
    [
        # Names: trimmed, one line, at least one letter, in any script.
        (CardField.FULL_NAME, "  Nur Aisyah binti Rahman ", Accepted("Nur Aisyah binti Rahman")),
        (CardField.FULL_NAME, "Carlos\n  Mendoza-Quispe", Accepted("Carlos Mendoza-Quispe")),
        (CardField.FULL_NAME, "مريم الحسيني", Accepted("مريم الحسيني")),
        (CardField.FULL_NAME, "سارا\u200cمحمدی", Accepted("سارا\u200cمحمدی")),  # ZWNJ kept
        (CardField.FULL_NAME, "Ana\x00 Lima\x07", Accepted("Ana Lima")),
        (CardField.FULL_NAME, "12345", Rejected(Problem.NO_LETTERS)),
        (CardField.LAWYER_NAME, "-- --", Rejected(Problem.NO_LETTERS)),
        (CardField.FULL_NAME, "   ", Rejected(Problem.EMPTY)),
        (CardField.INSTRUCTIONS, "\n\t \n", Rejected(Problem.EMPTY)),
        (CardField.NATIONALITY, "\x00", Rejected(Problem.EMPTY)),
        # Lengths: 200 characters for most fields, more for free text.
        (CardField.FULL_NAME, "a" * 200, Accepted("a" * 200)),
        (CardField.FULL_NAME, "a" * 201, Rejected(Problem.TOO_LONG, 200)),
        (CardField.MEDICAL_NEEDS, "m" * 500, Accepted("m" * 500)),
        (CardField.MEDICAL_NEEDS, "m" * 501, Rejected(Problem.TOO_LONG, 500)),
        (CardField.INSTRUCTIONS, "i" * 1000, Accepted("i" * 1000)),
        (CardField.INSTRUCTIONS, "i" * 1001, Rejected(Problem.TOO_LONG, 1000)),
        # Free text keeps its lines, without runs of blank ones.
        (
            CardField.INSTRUCTIONS,
            "Call my lawyer first.  \r\n\n\n\nPassport:   held by employer ",
            Accepted("Call my lawyer first.\n\nPassport: held by employer"),
        ),
        (
            CardField.PERMIT,
            "Work permit, expires 31.12.2026",
            Accepted("Work permit, expires 31.12.2026"),
        ),
        (CardField.DOCUMENT_NUMBER, "Passport MA1234567", Accepted("Passport MA1234567")),
        # Phones: digits, spaces, dashes, brackets and a leading +; 6 to 20 digits.
        (CardField.LAWYER_PHONE, "+60 12-345 6789", Accepted("+60 12-345 6789")),
        (CardField.LAWYER_PHONE, "(02) 123 4567", Accepted("(02) 123 4567")),
        # Arabic-Indic digits become ASCII, so any phone can dial the number.
        (
            CardField.LAWYER_PHONE,
            "+\u0669\u0666\u0666 \u0665\u0660 \u0661\u0662\u0663 \u0664\u0665\u0666\u0667",
            Accepted("+966 50 123 4567"),
        ),
        (CardField.LAWYER_PHONE, "123456", Accepted("123456")),
        (CardField.LAWYER_PHONE, "12345", Rejected(Problem.PHONE_DIGITS)),
        (CardField.LAWYER_PHONE, "1" * 21, Rejected(Problem.PHONE_DIGITS)),
        (CardField.LAWYER_PHONE, "+-() ", Rejected(Problem.PHONE_DIGITS)),
        (CardField.LAWYER_PHONE, "call 0123456789", Rejected(Problem.PHONE_CHARACTERS)),
        (CardField.LAWYER_PHONE, "012 345 678 ext. 9", Rejected(Problem.PHONE_CHARACTERS)),
        (CardField.LAWYER_PHONE, "60+123456789", Rejected(Problem.PHONE_CHARACTERS)),
        (CardField.LAWYER_PHONE, "0123/456789", Rejected(Problem.PHONE_CHARACTERS)),
        # Dates of birth: three spellings, a real day in the past, stored as ISO.
        (CardField.DATE_OF_BIRTH, "1990-05-31", Accepted("1990-05-31")),
        (CardField.DATE_OF_BIRTH, "31.05.1990", Accepted("1990-05-31")),
        (CardField.DATE_OF_BIRTH, "31/05/1990", Accepted("1990-05-31")),
        (CardField.DATE_OF_BIRTH, "1.5.1990", Accepted("1990-05-01")),
        (CardField.DATE_OF_BIRTH, "29.02.2000", Accepted("2000-02-29")),
        (CardField.DATE_OF_BIRTH, "2026-01-14", Accepted("2026-01-14")),
        (CardField.DATE_OF_BIRTH, "31.02.2000", Rejected(Problem.DATE_NOT_REAL)),
        (CardField.DATE_OF_BIRTH, "29.02.2001", Rejected(Problem.DATE_NOT_REAL)),
        (CardField.DATE_OF_BIRTH, "1990-13-01", Rejected(Problem.DATE_NOT_REAL)),
        (CardField.DATE_OF_BIRTH, "00.01.1990", Rejected(Problem.DATE_NOT_REAL)),
        (CardField.DATE_OF_BIRTH, "2026-01-15", Rejected(Problem.DATE_NOT_PAST)),
        (CardField.DATE_OF_BIRTH, "01.01.2030", Rejected(Problem.DATE_NOT_PAST)),
        (CardField.DATE_OF_BIRTH, "31.12.1899", Rejected(Problem.DATE_TOO_EARLY)),
        (CardField.DATE_OF_BIRTH, "31.05.90", Rejected(Problem.DATE_FORMAT)),
        (CardField.DATE_OF_BIRTH, "31-05-1990", Rejected(Problem.DATE_FORMAT)),
        (CardField.DATE_OF_BIRTH, "31.05/1990", Rejected(Problem.DATE_FORMAT)),
        (CardField.DATE_OF_BIRTH, "May 31, 1990", Rejected(Problem.DATE_FORMAT)),
    ],
)
def test_typed_values_are_checked_and_normalised(card_field, typed, expected):
    assert validate(card_field, typed, TODAY) == expected


def test_every_field_has_a_limit_and_a_stable_name():
    assert [f.value for f in CARD_FIELDS] == [
        "full_name",
        "date_of_birth",
        "nationality",
        "document_number",
        "permit",
        "employer",
        "medical_needs",
        "lawyer_name",
        "lawyer_phone",
        "instructions",
    ]
    assert all(max_length(f) >= 200 for f in CARD_FIELDS)
    assert field_named("lawyer_phone") is CardField.LAWYER_PHONE
    assert field_named("password") is None


def test_a_card_keeps_display_order_whatever_order_it_was_filled_in():
    card = EmergencyCard().with_value(CardField.INSTRUCTIONS, "Call Ana")
    card = card.with_value(CardField.FULL_NAME, "Maria")
    assert list(card) == [CardField.FULL_NAME, CardField.INSTRUCTIONS]
    assert card[CardField.FULL_NAME] == "Maria"
    assert len(card) == 2
    assert CardField.NATIONALITY not in card


def test_changing_and_clearing_a_field_make_new_cards():
    card = EmergencyCard.of({CardField.FULL_NAME: "Maria", CardField.NATIONALITY: "PH"})
    changed = card.with_value(CardField.FULL_NAME, "Maria Santos")
    assert changed[CardField.FULL_NAME] == "Maria Santos"
    assert card[CardField.FULL_NAME] == "Maria"
    assert dict(changed.without(CardField.FULL_NAME)) == {CardField.NATIONALITY: "PH"}
    assert not card.without(CardField.FULL_NAME).without(CardField.NATIONALITY)
    assert card.without(CardField.EMPLOYER) == card


def test_a_card_in_a_log_line_shows_which_fields_are_filled_but_no_value():
    card = EmergencyCard.of({CardField.FULL_NAME: "Nur Aisyah", CardField.LAWYER_PHONE: "+6012"})
    assert "Nur" not in repr(card)
    assert "+6012" not in repr(card)
    assert "full_name" in repr(card)


def label_of(card_field: CardField) -> str:
    return card_field.value.replace("_", " ").capitalize()


def test_a_card_renders_filled_fields_in_order_with_values_escaped():
    card = EmergencyCard.of(
        {
            CardField.INSTRUCTIONS: "Call <b>Ana</b> & Co first\nthen the union",
            CardField.FULL_NAME: "Maria",
        }
    )
    assert render_card(card, label_of) == (
        "<b>Full name</b>\nMaria\n\n"
        "<b>Instructions</b>\nCall &lt;b&gt;Ana&lt;/b&gt; &amp; Co first\nthen the union"
    )


def test_an_empty_card_renders_as_nothing():
    assert render_card(EmergencyCard(), label_of) == ""


def test_a_card_filled_to_every_limit_fits_in_one_telegram_message():
    card = EmergencyCard.of({f: "x" * max_length(f) for f in CARD_FIELDS})
    labels_and_heading = 400
    assert len(render_card(card, label_of)) + labels_and_heading <= 4096


def test_every_field_and_refusal_has_english_wording_with_only_bold_and_italic():
    translate = Translator.load()
    names = [f.value.replace("_", "-") for f in CARD_FIELDS]
    keys = [f"card-field-{n}" for n in names] + [f"card-ask-{n}" for n in names]
    keys += [f"card-problem-{p.value}" for p in Problem]
    keys += ["card-intro", "card-heading", "card-saved", "card-field-cleared"]
    args = {"limit": 200, "min": 6, "max": 20, "year": 1900, "field": "X", "filled": 1, "total": 10}
    for key in keys:
        for disguise in (False, True):
            text = translate("en", key, disguise=disguise, **args)
            assert "{" not in text, key
            assert set(re.findall(r"</?([a-z-]+)", text)) <= {"b", "i"}, key


def test_length_limits_count_utf16_units_as_telegram_does():
    from datetime import date

    from bot.domain.card import validate

    limit = max_length(CardField.INSTRUCTIONS)
    emoji = "🆘" * (limit // 2)  # each emoji is two UTF-16 units
    assert not isinstance(validate(CardField.INSTRUCTIONS, emoji, date(2026, 1, 1)), Rejected)
    too_many = emoji + "🆘"
    refused = validate(CardField.INSTRUCTIONS, too_many, date(2026, 1, 1))
    assert isinstance(refused, Rejected)
    assert refused.problem is Problem.TOO_LONG
