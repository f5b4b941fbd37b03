"""`bot.text.typed`: the one normalisation applied to both sides of a typed-versus-shown test."""

import pytest

from bot.domain.timezones import zone_named
from bot.text import typed


@pytest.mark.parametrize(
    "mark",
    [*"\u200e\u200f\u061c", *(chr(c) for c in range(0x202A, 0x202F)), *"\u2066\u2067\u2068\u2069"],
)
def test_every_bidirectional_control_is_removed(mark):
    assert typed(f"{mark}Ref {mark}Q7XK2M{mark}") == "Ref Q7XK2M"


def test_joiners_stay_because_persian_and_indic_words_need_them():
    persian = (
        "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645"  # "I want", with a zero-width non-joiner
    )
    bengali = "ক্\u200dষ"  # a conjunct held by a zero-width joiner
    assert typed(persian) == persian
    assert typed(bengali) == bengali


def test_accents_are_compared_in_one_unicode_form():
    assert typed("Cafe\u0301") == "Caf\u00e9"


def test_a_time_zone_named_with_direction_marks_around_it_is_found():
    assert zone_named("\u200eBangkok\u200f") == "Asia/Bangkok"
    assert zone_named("\u2068Bangkok\u2069 (UTC+07:00)") == "Asia/Bangkok"
