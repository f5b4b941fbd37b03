"""The emergency card: what a defender wants their contacts to know if they are detained.

Pure rules: which fields there are and in what order, how a typed value is checked and
normalised, and how a card is rendered as Telegram HTML. No I/O, no clock: callers pass `today`.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum


class CardField(StrEnum):
    """The card's fields, in display order. The values are stored: never rename them."""

    FULL_NAME = "full_name"
    DATE_OF_BIRTH = "date_of_birth"
    NATIONALITY = "nationality"
    DOCUMENT_NUMBER = "document_number"
    PERMIT = "permit"
    EMPLOYER = "employer"
    MEDICAL_NEEDS = "medical_needs"
    LAWYER_NAME = "lawyer_name"
    LAWYER_PHONE = "lawyer_phone"
    INSTRUCTIONS = "instructions"


CARD_FIELDS: tuple[CardField, ...] = tuple(CardField)

DEFAULT_MAX_LENGTH = 200
# A card filled to every limit still fits in one Telegram message (4096 characters).
MAX_LENGTH: Mapping[CardField, int] = {
    CardField.MEDICAL_NEEDS: 500,
    CardField.INSTRUCTIONS: 1000,
}
# Free text that may span several lines; every other field is one line.
MULTILINE: frozenset[CardField] = frozenset({CardField.MEDICAL_NEEDS, CardField.INSTRUCTIONS})
NAMES: frozenset[CardField] = frozenset({CardField.FULL_NAME, CardField.LAWYER_NAME})

PHONE_MIN_DIGITS = 6
PHONE_MAX_DIGITS = 20
EARLIEST_BIRTH_YEAR = 1900


def max_length(card_field: CardField) -> int:
    return MAX_LENGTH.get(card_field, DEFAULT_MAX_LENGTH)


def field_named(name: str) -> CardField | None:
    """The field a stored or button-carried name stands for, or None for anything else."""
    try:
        return CardField(name)
    except ValueError:
        return None


@dataclass(frozen=True, repr=False)
class EmergencyCard(Mapping[CardField, str]):
    """A defender's filled fields, in display order; an empty card has none.

    Its repr names only which fields are filled, so a card in a log line shows no value.
    """

    items_in_order: tuple[tuple[CardField, str], ...] = ()

    @classmethod
    def of(cls, values: Mapping[CardField, str]) -> EmergencyCard:
        return cls(tuple((f, values[f]) for f in CARD_FIELDS if values.get(f)))

    def __getitem__(self, key: CardField) -> str:
        for card_field, value in self.items_in_order:
            if card_field == key:
                return value
        raise KeyError(key)

    def __iter__(self) -> Iterator[CardField]:
        return (card_field for card_field, _ in self.items_in_order)

    def __len__(self) -> int:
        return len(self.items_in_order)

    def __repr__(self) -> str:
        return f"EmergencyCard(filled={[str(f) for f in self]})"

    def with_value(self, card_field: CardField, value: str) -> EmergencyCard:
        return EmergencyCard.of({**self, card_field: value})

    def without(self, card_field: CardField) -> EmergencyCard:
        return EmergencyCard.of({f: v for f, v in self.items() if f != card_field})


class Problem(StrEnum):
    """Why a typed value was refused; each has a `card-problem-<value>` message."""

    EMPTY = "empty"
    TOO_LONG = "too-long"
    NO_LETTERS = "no-letters"
    PHONE_CHARACTERS = "phone-characters"
    PHONE_DIGITS = "phone-digits"
    DATE_FORMAT = "date-format"
    DATE_NOT_REAL = "date-not-real"
    DATE_NOT_PAST = "date-not-past"
    DATE_TOO_EARLY = "date-too-early"


@dataclass(frozen=True)
class Accepted:
    value: str


@dataclass(frozen=True)
class Rejected:
    problem: Problem
    limit: int = 0


Validation = Accepted | Rejected

_ISO_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_DAY_FIRST_DATE = re.compile(r"^(\d{1,2})([./])(\d{1,2})\2(\d{4})$")
_PHONE_PUNCTUATION = frozenset(" -()")


def validate(card_field: CardField, text: str, today: date) -> Validation:
    """Check and normalise what the defender typed for `card_field`."""
    value = _clean(text, multiline=card_field in MULTILINE)
    if not value:
        return Rejected(Problem.EMPTY)
    # Telegram counts UTF-16 units: an emoji takes two, and the card must fit one message.
    if len(value.encode("utf-16-le")) // 2 > max_length(card_field):
        return Rejected(Problem.TOO_LONG, max_length(card_field))
    if card_field in NAMES and not any(c.isalpha() for c in value):
        return Rejected(Problem.NO_LETTERS)
    if card_field is CardField.LAWYER_PHONE:
        return validate_phone(value)
    if card_field is CardField.DATE_OF_BIRTH:
        return validate_birth_date(value, today)
    return Accepted(value)


def validate_phone(value: str) -> Validation:
    """Digits with spaces, dashes, brackets and one leading +; other scripts' digits become
    ASCII so the number can be dialled from any phone."""
    digits = 0
    normalised = []
    for index, char in enumerate(value):
        if (char == "+" and index == 0) or char in _PHONE_PUNCTUATION:
            normalised.append(char)
        elif unicodedata.category(char) == "Nd":
            normalised.append(str(unicodedata.digit(char)))
            digits += 1
        else:
            return Rejected(Problem.PHONE_CHARACTERS)
    if not PHONE_MIN_DIGITS <= digits <= PHONE_MAX_DIGITS:
        return Rejected(Problem.PHONE_DIGITS)
    return Accepted("".join(normalised))


def validate_birth_date(value: str, today: date) -> Validation:
    """YYYY-MM-DD, DD.MM.YYYY or DD/MM/YYYY; a real day before `today`; stored as ISO."""
    iso = _ISO_DATE.match(value)
    day_first = _DAY_FIRST_DATE.match(value)
    if iso:
        year, month, day = int(iso[1]), int(iso[2]), int(iso[3])
    elif day_first:
        day, month, year = int(day_first[1]), int(day_first[3]), int(day_first[4])
    else:
        return Rejected(Problem.DATE_FORMAT)
    try:
        born = date(year, month, day)
    except ValueError:
        return Rejected(Problem.DATE_NOT_REAL)
    if born >= today:
        return Rejected(Problem.DATE_NOT_PAST)
    if born.year < EARLIEST_BIRTH_YEAR:
        return Rejected(Problem.DATE_TOO_EARLY)
    return Accepted(born.isoformat())


def _clean(text: str, *, multiline: bool) -> str:
    """Trim and drop control characters; one line unless `multiline`.

    Format characters (zero-width joiners, direction marks) stay: Persian and Arabic names and
    emoji need them."""
    if multiline:
        lines = (_one_line(line) for line in text.replace("\r\n", "\n").split("\n"))
        return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    return _one_line(text)


def _one_line(text: str) -> str:
    kept = "".join(
        " " if char.isspace() else char
        for char in text
        if char.isspace() or unicodedata.category(char) != "Cc"
    )
    return " ".join(kept.split())


def render_card(card: EmergencyCard, label_of: Callable[[CardField], str]) -> str:
    """The filled fields as Telegram HTML: a bold label, then the value, escaped.

    `label_of` gives the field's name in the reader's language (catalogue text, already safe).
    """
    return "\n\n".join(
        f"<b>{label_of(card_field)}</b>\n{html.escape(value, quote=False)}"
        for card_field, value in card.items()
    )
