"""The content the bot serves, swapped whole on reload: a reload that finds any problem
changes nothing, so readers keep the last content that passed every check."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from bot.content.loader import Loaded, load_content
from bot.content.model import Library, Problem
from bot.content.search import MAX_RESULTS, SearchIndex
from bot.content.synonyms import Synonyms
from bot.i18n import SOURCE_LANGUAGE, Translator

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Reloaded:
    """What a reload did: `problems` empty means the new content is live."""

    articles: int
    languages: int
    problems: list[Problem]


class ContentStore:
    def __init__(self, root: Path, translate: Translator) -> None:
        self.root = root
        self._translate = translate
        self._library: Library | None = None
        self._indexes: dict[str, SearchIndex] = {}

    @property
    def library(self) -> Library:
        if self._library is None:  # first use: tests that never read rights never load them
            self.load_at_start()
        assert self._library is not None
        return self._library

    def index(self, language: str) -> SearchIndex:
        if self._library is None:
            self.load_at_start()
        return self._indexes.get(language) or SearchIndex([])

    def search(self, language: str, query: str) -> list[tuple[str, float]]:
        """Article ids for a query typed by a reader of `language`, best first: their own
        language's articles and the English ones, the query read with both languages' words."""
        library = self.library
        empty = Synonyms()
        synonyms = library.synonyms.get(language, empty).merged(
            library.synonyms.get(SOURCE_LANGUAGE, empty)
        )
        scores: dict[str, float] = {}
        for searched in dict.fromkeys((language, SOURCE_LANGUAGE)):
            for article, score in self.index(searched).search(query, synonyms):
                scores[article.id] = max(scores.get(article.id, 0.0), score)
        return sorted(scores.items(), key=lambda pair: -pair[1])[:MAX_RESULTS]

    def load_at_start(self) -> list[Problem]:
        """At start there is nothing older to keep: serve every article that could be read,
        and report the rest (the bot's alerts matter more than a broken translation)."""
        try:
            loaded = self._load()
        except OSError as error:  # an unreadable folder: serve nothing rather than fail
            log.warning("content could not be read: %s", type(error).__name__)
            self._use(Loaded(Library.empty(), []))
            return []
        self._use(loaded)
        for problem in loaded.problems:
            log.warning("content: %s", problem.show())
        return loaded.problems

    def reload(self) -> Reloaded:
        try:
            loaded = self._load()
        except OSError as error:
            problem = Problem(self.root, 1, f"cannot be read ({type(error).__name__})")
            loaded = Loaded(Library.empty(), [problem])
        if not loaded.problems:
            self._use(loaded)
            log.info("content reloaded")
        else:
            log.warning("content reload refused: %d problems", len(loaded.problems))
        library = loaded.library
        return Reloaded(len(library.articles), len(library.languages), loaded.problems)

    def _load(self) -> Loaded:
        return load_content(self.root, None, self._translate)

    def _use(self, loaded: Loaded) -> None:
        library = loaded.library
        self._indexes = {
            language: SearchIndex(
                (a for a in library.articles.values() if a.language == language),
                library.synonyms.get(language, Synonyms()),
            )
            for language in library.languages
        }
        self._library = library
