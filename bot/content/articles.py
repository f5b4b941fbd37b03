"""One article file: front matter and body, read and checked on its own."""

from __future__ import annotations

import difflib
import hashlib
import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from babel import Locale
from yaml.nodes import Node

from bot.content.fields import Reader
from bot.content.grounds import check_grounds, noter
from bot.content.markup import (
    LINK_SCHEMES,
    RAW_TAG,
    RIGHT_TO_LEFT,
    SourceBlock,
    first_strong_direction,
    inline,
    plain,
    render_block,
    split_blocks,
    telegram_html_problems,
)
from bot.content.model import GLOBAL, Article, Citation, Problem

ARTICLE_ID = re.compile(r"[a-z0-9][a-z0-9-]{0,31}")
REVISION = re.compile(r"[0-9a-f]{12}")
ENGLISH_FIELDS = {
    "id",
    "title",
    "topic",
    "jurisdiction",
    "sources",
    "reviewed",
    "order",
    "keywords",
}
TRANSLATION_FIELDS = ENGLISH_FIELDS | {"translation_of", "machine_draft"}
COUNTRIES = frozenset(
    code for code in Locale("en").territories if re.fullmatch("[A-Z]{2}", str(code))
)


def revision_of(title: str, body: str) -> str:
    """Names one wording of an article: a translation records the English one it follows."""
    text = unicodedata.normalize("NFC", f"{title.strip()}\n{body.strip()}")
    return hashlib.sha256(text.encode()).hexdigest()[:12]


@dataclass(frozen=True)
class Split:
    front: str
    body: str
    body_line: int  # the body's first line in the file


def split_front_matter(text: str, reader: Reader) -> Split | None:
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        reader.problem(1, "the file must start with a `---` line, then the front matter")
        return None
    for index in range(1, len(lines)):
        if lines[index].strip() == "---":
            return Split("\n".join(lines[1:index]), "\n".join(lines[index + 1 :]), index + 2)
    reader.problem(1, "the front matter is not closed by a second `---` line")
    return None


def read_article(
    path: Path,
    language: str,
    topics: tuple[str, ...],
    citations: dict[str, Citation],
    today: date | None,
) -> tuple[Article | None, list[Problem]]:
    reader = Reader(path, line_offset=1)
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        reader.problem(1, "is not UTF-8 text: save it as UTF-8")
        return None, reader.problems or []
    text = text.removeprefix("\ufeff").replace("\r\n", "\n")
    for number, line in enumerate(text.split("\n"), start=1):
        if unicodedata.normalize("NFC", line) != line:
            reader.problem(number, "is not in Unicode NFC form: retype the accented letters")
    split = split_front_matter(text, reader)
    node = reader.parse(split.front) if split else None
    if split is None or node is None:
        return None, reader.problems or []
    english = language == "en"
    fields = reader.fields(node, ENGLISH_FIELDS if english else TRANSLATION_FIELDS)
    article = _article(reader, fields, path, language, topics, citations, today, split)
    return article, reader.problems or []


def _article(
    reader: Reader,
    nodes: dict[str, Node],
    path: Path,
    language: str,
    topics: tuple[str, ...],
    citations: dict[str, Citation],
    today: date | None,
    split: Split,
) -> Article | None:
    top = 2
    article_id = reader.text(nodes, "id", top)
    if article_id is not None:
        if not ARTICLE_ID.fullmatch(article_id):
            reader.problem(
                top, "`id` must be lowercase letters, digits and -, at most 32 characters"
            )
        if article_id != path.stem:
            reader.problem(top, f"`id` is {article_id} but the file is named {path.name}")
    title = reader.text(nodes, "title", top)
    topic = reader.text(nodes, "topic", top)
    if topic is not None and topic not in topics:
        reader.problem(top, f"unknown topic {topic}; the topics are: {', '.join(topics)}")
    jurisdiction = reader.text(nodes, "jurisdiction", top)
    if jurisdiction is not None and jurisdiction != GLOBAL and jurisdiction not in COUNTRIES:
        reader.problem(top, '`jurisdiction` must be "GLOBAL" or a country code like "TH"')
    listed = _listed_sources(reader, nodes, citations)
    reviewed = reader.day(nodes, "reviewed", top)
    if reviewed is not None and today is not None and reviewed > today:
        reader.problem(top, f"`reviewed` is in the future: {reviewed.isoformat()}")
    order = _order(reader, nodes)
    translation_of, machine_draft = _translation(reader, nodes, language)
    body = _body(reader, split, language, citations)
    blocks = body[0] if body else None
    sources = _sources(reader, listed, body[1] if body else (), citations, top)
    if title is not None and language in RIGHT_TO_LEFT and first_strong_direction(title) != "R":
        reader.problem(top, "the title starts with a left-to-right character")
    if (
        article_id is None
        or title is None
        or topic is None
        or jurisdiction is None
        or reviewed is None
        or blocks is None
    ):
        return None
    return Article(
        id=article_id,
        language=language,
        title=title,
        topic=topic,
        jurisdiction=jurisdiction,
        sources=tuple(sources),
        reviewed=reviewed,
        order=order,
        blocks=tuple(html_text for html_text, _ in blocks),
        block_lines=tuple(line for _, line in blocks),
        revision=revision_of(title, split.body),
        translation_of=translation_of,
        machine_draft=machine_draft,
        path=path,
        plain_text=plain("\n".join([title, *body[2]])) if body else "",
        keywords=tuple(word for word, _ in reader.texts(nodes, "keywords", top)),
    )


def _order(reader: Reader, nodes: dict[str, Node]) -> int:
    value = reader.text(nodes, "order", 2, required=False)
    if value is None:
        return 1000
    if not value.isdecimal():
        reader.problem(2, f'`order` must be a number in quotes like "3", not {value}')
        return 1000
    return int(value)


def _translation(reader: Reader, nodes: dict[str, Node], language: str) -> tuple[str | None, bool]:
    if language == "en":
        return None, False
    revision = reader.text(nodes, "translation_of", 2, required=False)
    if revision is not None and not REVISION.fullmatch(revision):
        reader.problem(2, "`translation_of` should be 12 characters from 0-9 and a-f")
        revision = None
    draft = reader.text(nodes, "machine_draft", 2)
    if draft is not None and draft not in ("true", "false"):
        reader.problem(2, f'`machine_draft` must be "true" or "false", not {draft}')
    return revision, draft != "false"


def _listed_sources(
    reader: Reader, nodes: dict[str, Node], citations: dict[str, Citation]
) -> list[tuple[str, int]] | None:
    """The front matter's `sources:` (optional: without it, the paragraphs' marks say them)."""
    if "sources" not in nodes:
        return None
    listed = []
    for source, line in reader.texts(nodes, "sources", 2):
        if source in citations:
            listed.append((source, line))
        else:
            nearest = difflib.get_close_matches(source, list(citations), n=3, cutoff=0.5)
            offer = f"did you mean {' or '.join(nearest)}? If not, " if nearest else ""
            reader.problem(
                line, f"unknown source {source}: {offer}add it to locales/citations.yaml"
            )
    return listed


def _sources(
    reader: Reader,
    listed: list[tuple[str, int]] | None,
    cited: tuple[str, ...],
    citations: dict[str, Citation],
    top: int,
) -> tuple[Citation, ...]:
    """What the article rests on: the citations its paragraphs name, in the order they first
    appear. A `sources:` list, where given, must name the same ones."""
    known = [c for c in dict.fromkeys(cited) if c in citations]
    if listed is not None:
        names = {name for name, _ in listed}
        for name, line in listed:
            if name not in known:
                reader.problem(line, f"`sources` lists {name}, but no paragraph cites it")
        missing = [c for c in known if c not in names]
        if missing:
            reader.problem(
                top, f"`sources` does not list {', '.join(missing)}, which paragraphs cite"
            )
    return tuple(citations[c] for c in known)


def _body(
    reader: Reader, split: Split, language: str, citations: dict[str, Citation]
) -> tuple[list[tuple[str, int]], tuple[str, ...], list[str]] | None:
    """The rendered blocks with their lines, the citations named, and the blocks' text
    without the notes (what search reads)."""
    blocks = split_blocks(split.body, split.body_line)
    if not blocks:
        reader.problem(split.body_line, "the article has no text below the front matter")
        return None
    rendered = []
    cited: list[str] = []
    searched = []
    note = noter(citations)
    for block in blocks:
        _check_block(reader, block, language)
        cited += check_grounds(reader, block, citations)
        html_text = render_block(block, note)
        for problem in telegram_html_problems(html_text):
            reader.problem(block.line, problem)
        rendered.append((html_text, block.line))
        searched.append(render_block(block))
    return rendered, tuple(cited), searched


def _check_block(reader: Reader, block: SourceBlock, language: str) -> None:
    paragraph_starts = True
    for offset, line in enumerate(block.lines):
        number = block.line + offset
        if RAW_TAG.search(line):
            reader.problem(
                number, "HTML tags are not allowed: use **bold**, _italic_, [text](link)"
            )
        leftover = RAW_TAG.sub("", inline(line))
        if "**" in leftover:
            reader.problem(number, "a ** is not closed on this line")
        if "](" in leftover:
            reader.problem(number, "a link is not written [text](https://…)")
        for url in re.findall(r"\]\(([^)\s]*)\)", line):
            if not url.startswith(LINK_SCHEMES):
                reader.problem(number, f"the link {url} must start with https://, tel: or mailto:")
        starts_line = line.startswith(("## ", "- ")) or paragraph_starts
        paragraph_starts = line.startswith(("## ", "- "))
        if language in RIGHT_TO_LEFT and starts_line:
            text = line[3:] if line.startswith("## ") else line[2:] if line[:2] == "- " else line
            if first_strong_direction(plain(inline(text))) != "R":
                reader.problem(
                    number,
                    "this line starts with a left-to-right character: begin it with a word "
                    "in the language of the translation",
                )
