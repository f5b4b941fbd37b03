"""Finding articles from a few typed words, in any script.

Words are folded (case, accents, Arabic vowel marks). Scripts written without spaces between
words (Thai, Lao, Burmese, Khmer, Chinese, Japanese) are cut into overlapping pairs of
letters, so a word typed alone still finds the text it sits in. Terms found in most articles
("the", "you") say nothing and are ignored; an article matches when it holds most of what the
query means.
"""

from __future__ import annotations

import itertools
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from bot.content.model import Article

WORD = re.compile(r"\w+")
UNSPACED_LETTERS = (
    "\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uaa60-\uaa7f"
)
UNSPACED = re.compile(f"[{UNSPACED_LETTERS}]")
UNSPACED_RUN = re.compile(f"([{UNSPACED_LETTERS}]+)")
TITLE_WEIGHT = 3.0
COMMON = 0.8  # a term in nearly every article ("the", "you") is ignored...
SMALL = 5  # ...unless there are too few articles to tell
ENOUGH = 0.4  # share of the query's weight an article must hold
MAX_RESULTS = 5


# Arabic and Farsi spellings of the same letter, and the tatweel that only stretches a word.
ARABIC_LETTERS = str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک", "ة": "\u0647", "\u0640": None})
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


@dataclass(frozen=True)
class _Document:
    article: Article
    title: frozenset[str]
    body: Counter[str]


class SearchIndex:
    """One language's articles. Built once per content load."""

    def __init__(self, articles: Iterable[Article]) -> None:
        self._documents = [
            _Document(a, frozenset(terms(a.title)), Counter(terms(a.plain_text))) for a in articles
        ]
        frequency: Counter[str] = Counter()
        for document in self._documents:
            frequency.update(set(document.body) | document.title)
        self._frequency = frequency
        self._vocabulary = sorted(frequency)

    def _weight(self, term: str) -> float:
        count = len(self._documents) or 1
        return math.log(1 + count / (1 + self._frequency.get(term, 0)))

    def _expand(self, term: str) -> list[str]:
        """The indexed forms a typed word stands for: itself and longer words it begins
        ("passport" finds "passports"), for words of four letters or more."""
        if UNSPACED.search(term) or len(term) < 4:
            return [term]
        return [t for t in self._vocabulary if t.startswith(term)] or [term]

    def search(self, query: str) -> list[tuple[Article, float]]:
        count = len(self._documents)
        wanted = []
        for term in dict.fromkeys(terms(query)):
            forms = self._expand(term)
            spread = max(self._frequency.get(form, 0) for form in forms)
            if count >= SMALL and spread / count > COMMON:
                continue
            wanted.append((forms, self._weight(term if term in self._frequency else forms[0])))
        total = sum(weight for _, weight in wanted)
        if not wanted or total == 0:
            return []
        found = []
        for document in self._documents:
            held = score = 0.0
            for forms, weight in wanted:
                in_title = any(form in document.title for form in forms)
                hits = sum(document.body[form] for form in forms)
                if in_title or hits:
                    held += weight
                    score += (
                        weight * (TITLE_WEIGHT if in_title else 1.0) * (1 + math.log(hits or 1))
                    )
            if held >= ENOUGH * total:
                found.append((document.article, score))
        found.sort(key=lambda pair: -pair[1])
        return found[:MAX_RESULTS]
