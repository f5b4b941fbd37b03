"""Typed panic: is a message only a word for help, in any of the bot's languages?

Only a whole message counts, so "legal help" or "ayuda legal" stays a search of the rights
information. Before comparing, both sides lose what a phone or a copied label may add or leave
out: the invisible direction and isolation marks (U+200E/U+200F, U+061C, U+2066 to U+2069,
which Fluent and our right-to-left handling put around text), joiners, the emoji variation
selector, letter case, punctuation and spaces around the word ("Help!", "¡Socorro!", "کمک؟"),
and the two spellings of two letters that Arabic and Persian keyboards type differently.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

_INVISIBLE = dict.fromkeys(
    map(
        ord,
        "\u200b\u200c\u200d\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e"
        "\u2066\u2067\u2068\u2069\ufeff\ufe0e\ufe0f",
    )
)
# Arabic yeh and kaf, as an Arabic keyboard types them in a Persian word (and back).
_SAME_LETTER = str.maketrans({"\u064a": "\u06cc", "\u0643": "\u06a9", "\u0649": "\u06cc"})
_SPACES = re.compile(r"\s+")
# Separators between the words of one language's list ("help, help me"; Arabic comma too).
_LIST_SEPARATORS = re.compile(r"[,\u060c\n]")


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFC", text).translate(_INVISIBLE).translate(_SAME_LETTER)
    text = _SPACES.sub(" ", text.casefold())
    return _strip_punctuation(text.strip())


def _strip_punctuation(text: str) -> str:
    start, end = 0, len(text)
    while start < end and _is_edge(text[start]):
        start += 1
    while end > start and _is_edge(text[end - 1]):
        end -= 1
    return text[start:end]


def _is_edge(char: str) -> bool:
    return char.isspace() or unicodedata.category(char).startswith("P")


def sos_words(word_lists: Iterable[str], labels: Iterable[str]) -> frozenset[str]:
    """The words that raise an SOS: every language's list of words for help, and the SOS
    keyboard labels, whole and word by word ("🆘 SOS" gives "🆘 sos", "🆘" and "sos")."""
    words: set[str] = set()
    for word_list in word_lists:
        words.update(normalise(word) for word in _LIST_SEPARATORS.split(word_list))
    for label in labels:
        whole = normalise(label)
        words.add(whole)
        words.update(part for part in whole.split(" "))
    words.discard("")
    return frozenset(words)


def is_sos_word(text: str, words: frozenset[str]) -> bool:
    return normalise(text) in words
