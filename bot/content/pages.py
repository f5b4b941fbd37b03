"""An article as Telegram messages: split between paragraphs into pages a phone shows whole,
each well under Telegram's 4096 UTF-16 units, with the notes a reader needs."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from bot.content.markup import (
    PRACTICAL_NOTE,
    RIGHT_TO_LEFT,
    escape_text,
    plain,
    right_to_left_lines,
    utf16_length,
)
from bot.content.model import GLOBAL, Article

MESSAGE_LIMIT = 4096
HEADING_ONLY = re.compile(r"<b>[^\n]*</b>")
# About two phone screens of text; longer articles get Next/Back.
PAGE_BUDGET = 1500

Say = Callable[..., str]  # (message id, **args) -> UI text in the reader's language


@dataclass(frozen=True)
class Notes:
    """What the reader is told about the text they get."""

    in_english: bool = False  # no translation in their language
    stale: bool = False  # the English has changed since the translation
    machine_draft: bool = False


def _units(blocks: tuple[str, ...]) -> list[str]:
    """Blocks as they must stay together: a heading with the paragraph it introduces."""
    units: list[str] = []
    heading = ""
    for block in blocks:
        if HEADING_ONLY.fullmatch(block):
            heading = f"{heading}\n\n{block}" if heading else block
            continue
        units.append(f"{heading}\n\n{block}" if heading else block)
        heading = ""
    if heading:
        units.append(heading)
    return units


def page_blocks(article: Article, budget: int = PAGE_BUDGET) -> list[list[str]]:
    pages: list[list[str]] = [[]]
    used = 0
    for block in _units(article.blocks):
        size = utf16_length(plain(block)) + 2
        if pages[-1] and used + size > budget:
            pages.append([])
            used = 0
        pages[-1].append(block)
        used += size
    return pages


def render_page(
    article: Article, number: int, say: Say, notes: Notes, country_name: Callable[[str], str]
) -> tuple[str, int]:
    """Page `number` (from 1, clamped) of the article, and how many pages there are."""
    pages = page_blocks(article)
    count = len(pages)
    number = min(max(number, 1), count)
    head = [f"<b>{escape_text(article.title)}</b>"]
    if number == 1:
        head.append(framing(article, say, country_name))
    if notes.in_english:
        head.append(say("rights-in-english"))
    if notes.machine_draft:
        head.append(say("rights-machine-draft"))
    if notes.stale:
        head.append(say("rights-stale"))
    if count > 1:
        head.append(say("rights-page-count", page=number, pages=count))
    body = "\n\n".join(pages[number - 1]).replace(PRACTICAL_NOTE, say("rights-practical"))
    if article.language in RIGHT_TO_LEFT:
        body = right_to_left_lines(body)
    parts = ["\n".join(head), body]
    if number == count:
        parts.append(_footer(article, say, country_name))
    return "\n\n".join(parts), count


def framing(article: Article, say: Say, country_name: Callable[[str], str]) -> str:
    """The line on every article's first page that says what it is: standards and
    recommendations (or one country's law), information and not legal advice."""
    if article.jurisdiction == GLOBAL:
        return say("rights-framing")
    return say("rights-framing-country", country=country_name(article.jurisdiction))


def _footer(article: Article, say: Say, country_name: Callable[[str], str]) -> str:
    where = (
        say("rights-applies-everywhere")
        if article.jurisdiction == GLOBAL
        else country_name(article.jurisdiction)
    )
    lines = [say("rights-sources")]
    documents = dict.fromkeys(citation.document.title for citation in article.sources)
    lines += [f"• {escape_text(title)}" for title in documents]
    lines.append(say("rights-applies", where=where))
    lines.append(say("rights-reviewed", date=article.reviewed.isoformat()))
    lines.append(say("rights-not-advice"))
    return "\n".join(lines)


def visible_length(text: str) -> int:
    return utf16_length(plain(text))


def notes_for(article: Article, english: Article | None, reader_language: str) -> Notes:
    if article.language != reader_language:
        return Notes(in_english=True)
    if article.language == "en":
        return Notes()
    stale = english is not None and article.translation_of != english.revision
    return Notes(stale=stale, machine_draft=article.machine_draft)
