"""Text as search compares it: folded (case, accents, Arabic vowel marks and letter forms),
cut into terms. Scripts written without spaces between words (Thai, Lao, Burmese, Khmer,
Chinese, Japanese) are cut into overlapping pairs of letters."""

from __future__ import annotations

import itertools
import re
import unicodedata

WORD = re.compile(r"\w+")
UNSPACED_LETTERS = (
    "\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uaa60-\uaa7f"
)
UNSPACED = re.compile(f"[{UNSPACED_LETTERS}]")
UNSPACED_RUN = re.compile(f"([{UNSPACED_LETTERS}]+)")


# Arabic and Farsi spellings of the same letter, and the tatweel that only stretches a word;
# a Farsi zero-width non-joiner (می‌کنم) reads as the space many people type (می کنم).
ARABIC_LETTERS = str.maketrans(
    {"ي": "ی", "ى": "ی", "ك": "ک", "ة": "\u0647", "\u0640": None, "\u200c": " "}
)
ARABIC_ARTICLE = re.compile(r"^(و?ال)(?=\w{3})")


def fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    kept = "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")
    return unicodedata.normalize("NFKC", kept).translate(ARABIC_LETTERS)


def terms(text: str) -> list[str]:
    found: list[str] = []
    for piece in UNSPACED_RUN.split(fold(text)):
        if UNSPACED_RUN.fullmatch(piece):
            if len(piece) == 1:
                found.append(piece)
            found += [a + b for a, b in itertools.pairwise(piece)]
        else:
            words = (ARABIC_ARTICLE.sub("", word) for word in WORD.findall(piece))
            found += [word for word in words if len(word) >= 2]
    return found
