"""What each paragraph of an article rests on: the checker's rules for the ` [src: …]` and
` [practical]` marks, and the visible notes they become."""

from __future__ import annotations

import difflib
from collections.abc import Callable

from bot.content.fields import Reader
from bot.content.markup import (
    CITATION_ID,
    PRACTICAL_NOTE,
    Grounds,
    SourceBlock,
    escape_text,
    grounds_of,
    units_of,
)
from bot.content.model import Citation

MARK_INSIDE = ("[src:", "[practical]")


def check_grounds(reader: Reader, block: SourceBlock, citations: dict[str, Citation]) -> list[str]:
    """Report every paragraph and list item of `block` that does not say what it rests on,
    or names a citation `citations.yaml` does not have; return the citations named."""
    cited: list[str] = []
    for kind, text, line in units_of(block):
        if kind == "heading":
            if any(mark in text for mark in MARK_INSIDE):
                reader.problem(line, "a heading needs no [src: …] or [practical]: remove it")
            continue
        grounds = grounds_of(text)
        what = "this list item" if kind == "item" else "this paragraph"
        if not grounds.marked:
            reader.problem(
                line,
                f"{what} does not say what it rests on: end it with [src: <citation>] "
                "(from locales/citations.yaml) or [practical]",
            )
            continue
        if any(mark in grounds.text for mark in MARK_INSIDE):
            reader.problem(
                line, f"{what} has a second [src: …] or [practical]: keep one, at the end"
            )
        for citation in grounds.citations:
            if not CITATION_ID.fullmatch(citation) or citation not in citations:
                nearest = difflib.get_close_matches(citation, list(citations), n=3, cutoff=0.5)
                offer = f"; did you mean {' or '.join(nearest)}?" if nearest else ""
                reader.problem(
                    line, f"{citation} is not a citation in locales/citations.yaml{offer}"
                )
            else:
                cited.append(citation)
        if not grounds.practical and not grounds.citations:
            reader.problem(line, f"{what} has an empty [src: ]: name the citations")
    return cited


def noter(citations: dict[str, Citation]) -> Callable[[Grounds], str]:
    """The note shown after a paragraph: "— OHCHR …, Principle 8, para. 52; para. 53", or the
    place of the "practical advice" note in the reader's language."""

    def note(grounds: Grounds) -> str:
        if grounds.practical:
            return f" <i>— {PRACTICAL_NOTE}</i>"
        by_document: dict[str, list[str]] = {}
        for name in grounds.citations:
            citation = citations.get(name)
            if citation is not None:
                wheres = by_document.setdefault(citation.document.short, [])
                if citation.where not in wheres:
                    wheres.append(citation.where)
        if not by_document:
            return ""
        shown = "; ".join(f"{short}, {', '.join(wheres)}" for short, wheres in by_document.items())
        return f" <i>— {escape_text(shown)}</i>"

    return note
