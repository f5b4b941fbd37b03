"""Callback data of the rights and directory buttons.

These buttons carry what they show (an article and a page), not a stored reference: the content
is public, so a forged press can only open a page anyone may read, and an old message's
buttons keep working. Telegram limits callback data to 64 bytes; the checker makes sure every
article id, topic and language fits.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

CALLBACK_LIMIT = 64
PATTERN = r"^(r|d):"  # never the start of a stored button's reference (URL-safe base64 + ".")
_PAGE = re.compile(r"r:p:([a-z0-9-]{1,32}):(\d{1,3})(?::([a-z]{2,3}))?")
_TOPIC = re.compile(r"r:t:([a-z0-9-]{1,24})")
_COUNTRY = re.compile(r"d:c:([A-Z]{2}|GLOBAL)(?::([2-9]|[1-9]\d))?")  # page 1 has no suffix
_TOGGLE = re.compile(r"d:t:([A-Z]{2})")
TOPICS = "r:T"
COUNTRIES = "d:l"
ALL_COUNTRIES = "d:a"
PICKER = "d:p"


@dataclass(frozen=True)
class Topics:
    pass


@dataclass(frozen=True)
class TopicList:
    topic: str


@dataclass(frozen=True)
class ArticlePage:
    article_id: str
    number: int  # from 1
    language: str | None = None  # None: the reader's own


@dataclass(frozen=True)
class Countries:
    pass


@dataclass(frozen=True)
class CountryEntries:
    code: str
    page: int = 1  # from 1


@dataclass(frozen=True)
class AllCountries:
    """Every country, not only the ones the reader picked."""


@dataclass(frozen=True)
class CountryPicker:
    """The reader picks the countries /directory shows first."""


@dataclass(frozen=True)
class ToggleCountry:
    """Pick a country, or drop it if it was picked (a setting of the reader's own)."""

    code: str


Place = (
    Topics
    | TopicList
    | ArticlePage
    | Countries
    | CountryEntries
    | AllCountries
    | CountryPicker
    | ToggleCountry
)


def data_for(place: Place) -> str:
    match place:
        case Topics():
            return TOPICS
        case TopicList(topic):
            return f"r:t:{topic}"
        case ArticlePage(article_id, number, language):
            suffix = f":{language}" if language else ""
            return f"r:p:{article_id}:{number}{suffix}"
        case Countries():
            return COUNTRIES
        case CountryEntries(code, page):
            return f"d:c:{code}" if page == 1 else f"d:c:{code}:{page}"
        case AllCountries():
            return ALL_COUNTRIES
        case CountryPicker():
            return PICKER
        case ToggleCountry(code):
            return f"d:t:{code}"


def place_of(data: str) -> Place | None:
    """What a press asks for; None for data we never made."""
    if data == TOPICS:
        return Topics()
    if data == COUNTRIES:
        return Countries()
    if data == ALL_COUNTRIES:
        return AllCountries()
    if data == PICKER:
        return CountryPicker()
    if match := _TOGGLE.fullmatch(data):
        return ToggleCountry(match[1])
    if match := _PAGE.fullmatch(data):
        return ArticlePage(match[1], int(match[2]), match[3])
    if match := _TOPIC.fullmatch(data):
        return TopicList(match[1])
    if match := _COUNTRY.fullmatch(data):
        return CountryEntries(match[1], int(match[2] or 1))
    return None


def fits(place: Place) -> bool:
    return len(data_for(place).encode()) <= CALLBACK_LIMIT
