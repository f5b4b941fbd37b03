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

# Content already read and checked in this process, by folder, translator and the files'
# sizes and times: reading and checking every article in every language takes seconds, and a
# process that starts the bot many times (the tests) would otherwise pay it each time. Any
# changed, added or removed file changes the key, so a reload always sees what is on disk.
_READ: dict[tuple[object, ...], tuple[Translator, Loaded, dict[str, SearchIndex]]] = {}
_READ_KEPT = 4


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
        key = (self.root.resolve(), id(self._translate), _fingerprint(self.root))
        found = _READ.get(key)
        if found is not None:
            return found[1]
        loaded = load_content(self.root, None, self._translate)
        if len(_READ) >= _READ_KEPT:
            _READ.pop(next(iter(_READ)))
        # The translator is kept with it, so its id in the key cannot be reused meanwhile.
        _READ[key] = (self._translate, loaded, _indexes_of(loaded.library))
        return loaded

    def _use(self, loaded: Loaded) -> None:
        library = loaded.library
        cached = next((v for v in _READ.values() if v[1] is loaded), None)
        self._indexes = cached[2] if cached is not None else _indexes_of(library)
        self._library = library


def _indexes_of(library: Library) -> dict[str, SearchIndex]:
    return {
        language: SearchIndex(
            (a for a in library.articles.values() if a.language == language),
            library.synonyms.get(language, Synonyms()),
        )
        for language in library.languages
    }


def _fingerprint(root: Path) -> tuple[tuple[str, int, int], ...]:
    """Every file below `root`, with its size and modification time."""
    found = []
    for path in sorted(root.rglob("*")):
        if path.is_file():
            stat = path.stat()
            found.append((str(path.relative_to(root)), stat.st_size, stat.st_mtime_ns))
    return tuple(found)
