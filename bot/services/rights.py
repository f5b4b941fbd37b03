"""What /rights, search and /directory show, in the reader's language: text and buttons,
independent of Telegram. The handlers only turn a `View` into a message."""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial

from babel import Locale, UnknownLocaleError

from bot.content.directory_view import country_pages
from bot.content.model import GLOBAL, Article, Library
from bot.content.navigation import (
    AllCountries,
    ArticlePage,
    Countries,
    CountryEntries,
    CountryPicker,
    Place,
    ToggleCountry,
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
        best = [article_id for article_id, _ in self.store.search(language, query)]
        if not best:
            intro = say("rights-search-none", disguise=disguise, query=query)
            return self.topics(language, disguise=disguise, intro=intro)
        rows: list[list[Button]] = [
            [(self._label(language, i, disguise=disguise), ArticlePage(i, 1))] for i in best
        ]
        rows.append([(say("rights-to-topics"), Topics())])
        # In disguise the words searched are not repeated: they leave with auto-delete.
        return View(say("rights-search-results", disguise=disguise, query=query), rows)

    def countries(
        self,
        language: str | None,
        picked: tuple[str, ...] = (),
        *,
        disguise: bool = False,
        every: bool = False,
    ) -> View:
        """International first, then the countries the reader picked (all of them when
        `every`, or when none is picked), then a way to pick."""
        language = self._translate.resolve_language(language)
        say = partial(self._translate, language)
        name = self._country_namer(language)
        known = self.store.library.countries
        mine = [code for code in picked if code in known and code != GLOBAL]
        others = sorted((c for c in known if c != GLOBAL and c not in mine), key=name)
        buttons: list[Button] = [(f"⭐ {name(code)}", CountryEntries(code)) for code in mine]
        if every or not mine:
            buttons += [(name(code), CountryEntries(code)) for code in others]
        rows: list[list[Button]] = []
        if GLOBAL in known:
            rows.append([(f"🌐 {name(GLOBAL)}", CountryEntries(GLOBAL))])
        rows += [buttons[i : i + 2] for i in range(0, len(buttons), 2)]
        if mine and others and not every:
            rows.append([(say("directory-all-countries"), AllCountries())])
        rows.append([(say("directory-pick"), CountryPicker())])
        rows.append([(say("rights-to-topics"), Topics())])
        text = say("directory-countries", disguise=disguise)
        if not mine:
            text += "\n" + say("directory-none-picked")
        return View(text, rows)

    def picker(self, language: str | None, picked: tuple[str, ...]) -> View:
        """Every country, the picked ones marked: a press picks or drops one."""
        language = self._translate.resolve_language(language)
        say = partial(self._translate, language)
        name = self._country_namer(language)
        codes = sorted((c for c in self.store.library.countries if c != GLOBAL), key=name)
        buttons: list[Button] = [
            (f"{'✅' if code in picked else '▫️'} {name(code)}", ToggleCountry(code))
            for code in codes
        ]
        rows = [buttons[i : i + 2] for i in range(0, len(buttons), 2)]
        rows.append([(say("directory-pick-done"), Countries())])
        return View(say("directory-pick-intro"), rows)

    def country(
        self, language: str | None, code: str, page: int = 1, *, disguise: bool = False
    ) -> View:
        language = self._translate.resolve_language(language)
        say = partial(self._translate, language, disguise=disguise)
        country = self.store.library.countries.get(code)
        name = self._country_namer(language)(code)
        pages = country_pages(country, name, language, say)
        number = min(max(page, 1), len(pages))
        navigation: list[Button] = []
        if number > 1:
            navigation.append((say("rights-previous"), CountryEntries(code, number - 1)))
        if number < len(pages):
            navigation.append((say("rights-next"), CountryEntries(code, number + 1)))
        rows: list[list[Button]] = [navigation] if navigation else []
        rows.append(
            [(say("directory-to-countries"), Countries()), (say("rights-to-topics"), Topics())]
        )
        return View(pages[number - 1], rows)

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
