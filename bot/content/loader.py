"""Reading all the content under `locales/` and checking it as a whole: what `python -m bot
content check` reports, and what the bot loads at start and on /reload."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import partial
from pathlib import Path

from bot.content.articles import read_article
from bot.content.catalogue import read_citations, read_topics
from bot.content.directory import read_country
from bot.content.directory_view import country_pages
from bot.content.markup import markers_of, plain, telegram_html_problems, utf16_length
from bot.content.model import Article, Country, Library, Problem
from bot.content.navigation import ArticlePage, TopicList, data_for, fits, place_of
from bot.content.pages import (
    MESSAGE_LIMIT,
    PAGE_BUDGET,
    Notes,
    framing,
    page_blocks,
    render_page,
)
from bot.content.synonyms import Synonyms, read_synonyms
from bot.i18n import SOURCE_LANGUAGE, Translator

RIGHTS = "rights"
DIRECTORY = "directory"
SYNONYMS = "search.yaml"


@dataclass(frozen=True)
class Loaded:
    library: Library
    problems: list[Problem]


def load_content(root: Path, today: date | None, translate: Translator) -> Loaded:
    """`today`: to refuse review dates in the future (the checker); None in the bot, whose
    clock may be a test's."""
    problems: list[Problem] = []
    topics, found = read_topics(root / "content.yaml")
    problems += found
    citations, found = read_citations(root / "citations.yaml")
    problems += found
    articles: dict[tuple[str, str], Article] = {}
    for folder in sorted(root.glob(f"*/{RIGHTS}")):
        language = folder.parent.name
        for path in sorted(folder.glob("*.md")):
            article, found = read_article(path, language, topics, citations, today)
            problems += found
            if article is not None:
                articles[(language, article.id)] = article
    synonyms: dict[str, Synonyms] = {}
    for path in sorted(root.glob(f"*/{SYNONYMS}")):
        synonyms[path.parent.name], found = read_synonyms(path)
        problems += found
    problems += _translations(articles)
    problems += _pages(articles, translate)
    for topic in topics:
        if not fits(TopicList(topic)):
            problems.append(Problem(root / "content.yaml", 1, f"topic {topic} is too long"))
    countries: dict[str, Country] = {}
    for path in sorted((root / DIRECTORY).glob("*.yaml")):
        country, found = read_country(path, today, translate.languages)
        problems += found
        if country is not None:
            countries[country.code] = country
    if not any(language == SOURCE_LANGUAGE for language, _ in articles):
        problems.append(Problem(root / SOURCE_LANGUAGE / RIGHTS, 1, "no English articles"))
    problems += _directory_pages(countries, translate, root / DIRECTORY)
    return Loaded(Library(topics, articles, countries, citations, synonyms), problems)


def _directory_pages(
    countries: dict[str, Country], translate: Translator, folder: Path
) -> list[Problem]:
    """Each country's pages, in every language, must be messages Telegram accepts: a page
    holds one entry at least, so an entry too long for a message is refused."""
    problems = []
    for code, country in countries.items():
        for language in translate.languages:
            say = partial(translate, language)
            for text in country_pages(country, code, language, say):
                size = utf16_length(plain(text))
                if size > MESSAGE_LIMIT:
                    problems.append(
                        Problem(
                            folder / f"{code}.yaml",
                            1,
                            f"a page in {language} is {size} characters; Telegram's limit is "
                            f"{MESSAGE_LIMIT}: shorten the entry",
                        )
                    )
                problems += [
                    Problem(folder / f"{code}.yaml", 1, f"a page in {language}: {problem}")
                    for problem in telegram_html_problems(text)
                ]
    return problems


def _translations(articles: dict[tuple[str, str], Article]) -> list[Problem]:
    problems = []
    for (language, article_id), article in articles.items():
        if language == SOURCE_LANGUAGE:
            continue
        english = articles.get((SOURCE_LANGUAGE, article_id))
        if english is None:
            problems.append(
                Problem(article.path, 2, f"there is no English article {article_id}.md")
            )
            continue
        if article.translation_of is None:
            problems.append(
                Problem(
                    article.path,
                    2,
                    f'translation_of is missing; the English revision is "{english.revision}"',
                )
            )
        for name in ("topic", "jurisdiction", "sources"):
            if getattr(article, name) != getattr(english, name):
                problems.append(Problem(article.path, 2, f"`{name}` differs from the English"))
        mine = markers_of("\n".join(article.blocks))
        theirs = markers_of("\n".join(english.blocks))
        for index, (kind, have, want) in enumerate(
            zip(("links", "commands", "phone numbers"), mine, theirs, strict=True)
        ):
            if have != want:
                shown = sorted(want - have) or sorted(have - want)
                problems.append(
                    Problem(
                        article.path,
                        _line_of_marker(article, english, index, shown[0]),
                        f"the {kind} differ from the English ({', '.join(shown)})",
                    )
                )
    return problems


def _line_of_marker(article: Article, english: Article, kind: int, marker: str) -> int:
    """The line a link, command or phone number problem is on: where the translation has
    it, else the paragraph that stands where the English has it."""
    for block, line in zip(article.blocks, article.block_lines, strict=True):
        if marker in markers_of(block)[kind]:
            return _line_within(article, line, marker)
    for index, block in enumerate(english.blocks):
        if marker in markers_of(block)[kind] and index < len(article.block_lines):
            return article.block_lines[index]
    return article.block_lines[0]


def _line_within(article: Article, first: int, marker: str) -> int:
    """The line of a paragraph (starting at `first`) that names `marker`."""
    try:
        lines = article.path.read_text(encoding="utf-8").split("\n")
    except (OSError, UnicodeDecodeError):
        return first
    wanted = marker.replace(" ", "")
    for number in range(first, len(lines) + 1):
        text = lines[number - 1]
        if not text.strip():
            break
        if marker in text or wanted in text.replace(" ", ""):
            return number
    return first


def _framing_problems(article: Article, first_page: str, say: Callable[..., str]) -> list[Problem]:
    """The first page must say, in one line, what the article is: international standards and
    recommendations (or one country's law), information and not legal advice."""
    line = plain(framing(article, say, lambda code: code)).strip()
    if not line or "\n" in line:
        return [Problem(article.path, 1, "the framing line (rights-framing) must be one line")]
    if line not in plain(first_page).split("\n"):
        return [
            Problem(
                article.path,
                1,
                "the first page does not show the framing line: what the article is "
                "(standards and recommendations, not legal advice)",
            )
        ]
    return []


def _pages(articles: dict[tuple[str, str], Article], translate: Translator) -> list[Problem]:
    """Every page, with every note it could carry, must be a message Telegram accepts."""
    problems = []
    worst = Notes(stale=True, machine_draft=True)
    for (language, _), article in articles.items():
        for block, line in zip(article.blocks, article.block_lines, strict=True):
            if utf16_length(plain(block)) > 2 * PAGE_BUDGET:
                problems.append(
                    Problem(article.path, line, "this paragraph is too long: split it in two")
                )
        say = partial(translate, language)
        count = len(page_blocks(article))
        for number in range(1, count + 1):
            text, _ = render_page(article, number, say, worst, lambda code: code)
            size = utf16_length(plain(text))
            if size > MESSAGE_LIMIT:
                problems.append(
                    Problem(
                        article.path,
                        1,
                        f"page {number} is {size} characters; Telegram's limit is {MESSAGE_LIMIT}",
                    )
                )
            problems += [
                Problem(article.path, 1, f"page {number}: {problem}")
                for problem in telegram_html_problems(text)
            ]
            if number == 1:
                problems += _framing_problems(article, text, say)
        for place in (ArticlePage(article.id, count, language), TopicList(article.topic)):
            if not fits(place) or place_of(data_for(place)) != place:
                problems.append(
                    Problem(article.path, 2, "the id cannot be carried by a button: shorten it")
                )
    return problems
