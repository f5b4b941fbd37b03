"""What the content files hold once read and checked."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.content.synonyms import Synonyms

GLOBAL = "GLOBAL"


@dataclass(frozen=True)
class Problem:
    """One thing wrong in one file, as a volunteer reads it: `path:line: message`."""

    path: Path
    line: int
    message: str

    def show(self, base: Path | None = None) -> str:
        """`base`: the directory paths are shown from (a volunteer's working directory)."""
        shown = os.path.relpath(self.path, base) if base is not None else str(self.path)
        return f"{shown}:{self.line}: {self.message}"


@dataclass(frozen=True)
class Document:
    id: str
    title: str
    short: str


@dataclass(frozen=True)
class Citation:
    id: str
    document: Document
    where: str

    def show(self) -> str:
        return f"{self.document.short}, {self.where}"


@dataclass(frozen=True)
class Article:
    id: str
    language: str
    title: str
    topic: str
    jurisdiction: str
    sources: tuple[Citation, ...]
    reviewed: date
    order: int
    blocks: tuple[str, ...]  # Telegram HTML, one per paragraph, list or heading group
    block_lines: tuple[int, ...]  # where each block starts in the file
    revision: str  # of this text; a translation names the English one it was made from
    translation_of: str | None = None
    machine_draft: bool = False
    path: Path = field(default=Path(), compare=False)
    plain_text: str = field(default="", compare=False)  # for search
    keywords: tuple[str, ...] = ()  # words people search for it by, in its language


@dataclass(frozen=True)
class Source:
    """The public page an entry was read from: its address, title and the day it was read."""

    url: str
    title: str
    read: date


@dataclass(frozen=True)
class DirectoryEntry:
    name: str  # as the organisation publishes it, never translated
    what: dict[str, str]  # language: what it does, in every UI language
    services: tuple[str, ...]  # SERVICES in bot.content.directory
    phones: tuple[str, ...]  # international form, +CC ...
    local_numbers: tuple[str, ...]  # short or national numbers, dialled inside the country
    web: str | None
    email: str | None
    messaging: str | None
    languages: tuple[str, ...]
    area: str | None
    source: Source
    checked_by_person: date | None  # None: not yet verified by a person

    def what_in(self, language: str) -> str:
        return self.what.get(language) or self.what["en"]


@dataclass(frozen=True)
class Country:
    code: str  # ISO 3166 alpha-2, or GLOBAL
    entries: tuple[DirectoryEntry, ...]
    machine_drafted: frozenset[str] = frozenset()  # languages whose descriptions a machine drafted


@dataclass(frozen=True)
class Library:
    """Everything /rights and /directory show, as loaded at one moment."""

    topics: tuple[str, ...]
    articles: dict[tuple[str, str], Article]  # (language, id)
    countries: dict[str, Country]
    citations: dict[str, Citation] = field(default_factory=dict)
    synonyms: dict[str, Synonyms] = field(default_factory=dict)  # by language

    def article(self, language: str, article_id: str) -> Article | None:
        return self.articles.get((language, article_id))

    def ids_in(self, topic: str) -> list[str]:
        english = [a for (lang, _), a in self.articles.items() if lang == "en" and a.topic == topic]
        return [a.id for a in sorted(english, key=lambda a: (a.order, a.title))]

    @property
    def languages(self) -> set[str]:
        return {language for language, _ in self.articles}

    @classmethod
    def empty(cls) -> Library:
        return cls((), {}, {})
