"""Finding articles from a few typed words, in any script.

Words are folded (case, accents, Arabic vowel marks; see normalise.py). Scripts written without
spaces between words (Thai, Lao, Burmese, Khmer, Chinese, Japanese) are cut into overlapping
pairs of letters, so a word typed alone still finds the text it sits in. The words people use
for one thing ("arrested", "detained", ถูกจับ) are grouped in each language's synonyms, and a
query and an article that name the same group meet, whatever their language. An article's
`keywords` count as its title. Terms found in most articles ("the", "you") say nothing and are
ignored; an article matches when it holds most of what the query means.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from bot.content.model import Article
from bot.content.normalise import UNSPACED, fold, terms
from bot.content.synonyms import CONCEPT, Synonyms

__all__ = ["SearchIndex", "fold", "terms"]

TITLE_WEIGHT = 3.0
COMMON = 0.8  # a term in nearly every article ("the", "you") is ignored...
SMALL = 5  # ...unless there are too few articles to tell
ENOUGH = 0.4  # share of the query's weight an article must hold
MAX_RESULTS = 5
NO_SYNONYMS = Synonyms()


@dataclass(frozen=True)
class _Document:
    article: Article
    title: frozenset[str]
    body: Counter[str]


def _document(article: Article, synonyms: Synonyms) -> _Document:
    head = "\n".join([article.title, *article.keywords])
    named_in_head, _ = synonyms.find(head)
    named_in_body, _ = synonyms.find(article.plain_text)
    body = Counter(terms(article.plain_text)) + named_in_body
    return _Document(article, frozenset(terms(head)) | frozenset(named_in_head), body)


class SearchIndex:
    """One language's articles, with that language's synonyms. Built once per content load."""

    def __init__(self, articles: Iterable[Article], synonyms: Synonyms = NO_SYNONYMS) -> None:
        self._documents = [_document(a, synonyms) for a in articles]
        self.synonyms = synonyms
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
        if UNSPACED.search(term) or len(term) < 4 or term.startswith(CONCEPT):
            return [term]
        return [t for t in self._vocabulary if t.startswith(term)] or [term]

    def search(self, query: str, synonyms: Synonyms | None = None) -> list[tuple[Article, float]]:
        """`synonyms`: the groups to read the query with (the reader's language and English);
        by default this index's own."""
        named, left = (synonyms or self.synonyms).find(query)
        count = len(self._documents)
        wanted = []
        # A group the query names always counts, however many articles it is in: the reader
        # meant it, and the ranking says which article names it most.
        for group in named:
            wanted.append(([group], 2 * self._weight(group)))
        for term in dict.fromkeys(terms(left)):
            forms = self._expand(term)
            spread = max(self._frequency.get(form, 0) for form in forms)
            # A word no article has cannot tell them apart ("my friend was picked up": the
            # friend); one nearly all have says nothing either.
            if spread == 0 or (count >= SMALL and spread / count > COMMON):
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
