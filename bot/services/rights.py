"""What /rights, search and /directory show, in the reader's language: text and buttons,
independent of Telegram. The handlers only turn a `View` into a message."""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial

from babel import Locale, UnknownLocaleError

from bot.content.markup import escape_text
from bot.content.model import GLOBAL, Article, Library
from bot.content.navigation import (
    ArticlePage,
    Countries,
    CountryEntries,
    Place,
    TopicList,
    Topics,
)
from bot.content.pages import notes_for, render_page
from bot.content.store import ContentStore
from bot.i18n import SOURCE_LANGUAGE, Translator

Button = tuple[str, Place]


@dataclass(frozen=True)
class View:
    text: str
    rows: list[list[Button]]


class RightsService:
    def __init__(self, store: ContentStore, translate: Translator) -> None:
        self.store = store
        self._translate = translate

    def topics(
        self, language: str | None, *, disguise: bool = False, intro: str | None = None
    ) -> View:
        language = self._translate.resolve_language(language)
        say = partial(self._translate, language)
        library = self.store.library
        if not library.articles:
            return View(say("rights-unavailable", disguise=disguise), [])
        text = say("rights-topics", disguise=disguise)
        rows: list[list[Button]] = [
            [(say(f"rights-topic-{topic}", disguise=disguise), TopicList(topic))]
            for topic in library.topics
            if library.ids_in(topic)
        ]
        if library.countries:
            rows.append([(say("rights-directory-button", disguise=disguise), Countries())])
        return View(f"{intro}\n\n{text}" if intro else text, rows)

    def _label(self, language: str, article_id: str, *, disguise: bool) -> str:
        """An article's title on a button; in disguise, a neutral label with its number in
        the whole library (the same in a topic's list and in search results)."""
        library = self.store.library
        if disguise:
            every = [i for topic in library.topics for i in library.ids_in(topic)]
            number = every.index(article_id) + 1 if article_id in every else 0
            return self._translate(language, "rights-article-neutral", number=number)
        return self._best(library, language, article_id).title

    def topic(self, language: str | None, topic: str, *, disguise: bool = False) -> View | None:
        language = self._translate.resolve_language(language)
        library = self.store.library
        ids = library.ids_in(topic)
        if not ids:
            return None
        say = partial(self._translate, language)
        name = say(f"rights-topic-{topic}", disguise=disguise)
        rows: list[list[Button]] = [
            [(self._label(language, i, disguise=disguise), ArticlePage(i, 1))] for i in ids
        ]
        if topic == "legal-aid" and library.countries:
            rows.append([(say("rights-directory-button", disguise=disguise), Countries())])
        rows.append([(say("rights-to-topics"), Topics())])
        return View(say("rights-topic-articles", topic=name), rows)

    def page(
        self, language: str | None, place: ArticlePage, *, disguise: bool = False
    ) -> View | None:
        """The page as written, in disguise too (what the person chose to read); only its
        buttons back to the lists are neutral."""
        language = self._translate.resolve_language(language)
        library = self.store.library
        wanted = place.language or language
        article = library.article(wanted, place.article_id) or library.article(
            SOURCE_LANGUAGE, place.article_id
        )
        if article is None:
            return None
        english = library.article(SOURCE_LANGUAGE, article.id)
        say = partial(self._translate, language)
        notes = notes_for(article, english, wanted)
        text, count = render_page(article, place.number, say, notes, self._country_namer(language))
        number = min(max(place.number, 1), count)
        shown = place.language
        navigation: list[Button] = []
        if number > 1:
            navigation.append((say("rights-previous"), ArticlePage(article.id, number - 1, shown)))
        if number < count:
            navigation.append((say("rights-next"), ArticlePage(article.id, number + 1, shown)))
        rows = [navigation] if navigation else []
        if notes.stale:
            english_page = ArticlePage(article.id, 1, SOURCE_LANGUAGE)
            rows.append([(say("rights-read-english"), english_page)])
        topic_name = say(f"rights-topic-{article.topic}", disguise=disguise)
        rows.append(
            [
                (say("rights-to-topic", topic=topic_name), TopicList(article.topic)),
                (say("rights-to-topics"), Topics()),
            ]
        )
        return View(text, rows)

    def search(self, language: str | None, query: str, *, disguise: bool = False) -> View:
        language = self._translate.resolve_language(language)
        say = partial(self._translate, language)
        scores: dict[str, float] = {}
        for searched in dict.fromkeys((language, SOURCE_LANGUAGE)):
            for article, score in self.store.index(searched).search(query):
                scores[article.id] = max(scores.get(article.id, 0.0), score)
        if not scores:
            intro = say("rights-search-none", disguise=disguise, query=query)
            return self.topics(language, disguise=disguise, intro=intro)
        best = sorted(scores, key=lambda i: -scores[i])[:5]
        rows: list[list[Button]] = [
            [(self._label(language, i, disguise=disguise), ArticlePage(i, 1))] for i in best
        ]
        rows.append([(say("rights-to-topics"), Topics())])
        # In disguise the words searched are not repeated: they leave with auto-delete.
        return View(say("rights-search-results", disguise=disguise, query=query), rows)

    def countries(self, language: str | None, *, disguise: bool = False) -> View:
        language = self._translate.resolve_language(language)
        say = partial(self._translate, language)
        name = self._country_namer(language)
        codes = sorted(self.store.library.countries, key=lambda c: (c != GLOBAL, name(c)))
        rows: list[list[Button]] = [[(name(code), CountryEntries(code))] for code in codes]
        rows.append([(say("rights-to-topics"), Topics())])
        return View(say("directory-countries", disguise=disguise), rows)

    def country(self, language: str | None, code: str) -> View:
        language = self._translate.resolve_language(language)
        say = partial(self._translate, language)
        country = self.store.library.countries.get(code)
        lines = [say("directory-country", country=self._country_namer(language)(code))]
        if country is None or not country.entries:
            lines.append(say("directory-empty"))
        else:
            lines.append(say("directory-to-be-verified"))
            for entry in country.entries:
                lines.append("")
                lines.append(f"<b>{escape_text(entry.name)}</b>")
                lines.append(escape_text(entry.what))
                if entry.phones:
                    lines.append(say("directory-phones", phones=", ".join(entry.phones)))
                if entry.web:
                    lines.append(say("directory-web", web=entry.web))
                if entry.languages:
                    lines.append(say("directory-languages", languages=", ".join(entry.languages)))
                if entry.area:
                    lines.append(say("directory-area", area=entry.area))
                lines.append(say("directory-verified", date=entry.verified.isoformat()))
                lines.append(say("directory-source", source=self._source_name(entry.source)))
        rows: list[list[Button]] = [
            [(say("directory-to-countries"), Countries()), (say("rights-to-topics"), Topics())]
        ]
        return View("\n".join(lines), rows)

    def _source_name(self, source: str) -> str:
        citation = self.store.library.citations.get(source)
        return citation.show() if citation else source

    def _best(self, library: Library, language: str, article_id: str) -> Article:
        found = library.article(language, article_id) or library.article(
            SOURCE_LANGUAGE, article_id
        )
        assert found is not None  # ids come from the English articles
        return found

    def _country_namer(self, language: str) -> partial[str]:
        return partial(
            _country_name, language, self._translate(language, "directory-international")
        )


def _country_name(language: str, international: str, code: str) -> str:
    if code == GLOBAL:
        return international
    try:
        names = Locale.parse(language).territories
    except (UnknownLocaleError, ValueError):
        names = Locale("en").territories
    return str(names.get(code) or code)
