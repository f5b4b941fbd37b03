"""The small Markdown volunteers write, turned into Telegram HTML, and what Telegram counts.

Blocks are separated by blank lines. Within a block, `## ` lines are headings (bold), `- `
lines are list items, other lines join into one paragraph. Inline: `**bold**`, `_italic_`,
`[text](url)`. Everything else is text, escaped; raw HTML is refused by the checker.

Every paragraph and list item ends with what it rests on: ` [src: id, id]` (citations in
`citations.yaml`) or ` [practical]` (advice not from the sources). Readers see it as a short
note after the text.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from html.parser import HTMLParser

INLINE = re.compile(
    r"\*\*(?P<bold>[^*\n]+?)\*\*"
    r"|(?<![\w/])_(?P<italic>[^_\n]+?)_(?![\w])"
    r"|\[(?P<label>[^\]\n]+)\]\((?P<url>[^)\s]+)\)"
)
RAW_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9-]*(\s[^<>]*)?/?>")
LINK_SCHEMES = ("https://", "http://", "tel:", "mailto:")
URL = re.compile(r"https?://[^\s)\]]+|tel:[+\d]+|mailto:[^\s)\]]+")
# A /command, not the end of a tag someone typed (`</b>`) nor a path in a web address.
COMMAND = re.compile(r"(?<![\w/<])/[a-z][a-z_]*\b")
PHONE = re.compile(r"\+\d[\d ]{5,}\d")
RLM = "\u200f"
# What a paragraph or list item rests on, at its very end.
GROUNDS = re.compile(r"\s*\[(?:src:(?P<ids>[^\]]*)|(?P<practical>practical))\]\s*$")
CITATION_ID = re.compile(r"[a-z0-9][a-z0-9.-]*")
# Stands in the rendered text for the "practical advice" note, which is in the reader's
# language: pages.py replaces it with the UI string.
PRACTICAL_NOTE = "\u2063practical\u2063"
RIGHT_TO_LEFT = frozenset({"ar", "fa", "he", "ur", "ps", "ckb"})
# Tags Telegram's HTML parse mode accepts, with the attributes it reads.
TELEGRAM_TAGS = {
    "b": set(),
    "strong": set(),
    "i": set(),
    "em": set(),
    "u": set(),
    "ins": set(),
    "s": set(),
    "strike": set(),
    "del": set(),
    "a": {"href"},
    "code": {"class"},
    "pre": set(),
    "blockquote": {"expandable"},
    "tg-spoiler": set(),
    "span": {"class"},
}


@dataclass(frozen=True)
class SourceBlock:
    line: int  # 1-based, in the file
    lines: tuple[str, ...]


def split_blocks(body: str, first_line: int) -> list[SourceBlock]:
    blocks: list[SourceBlock] = []
    current: list[str] = []
    start = first_line
    for offset, raw in enumerate(body.split("\n")):
        line = raw.rstrip()
        if line.strip():
            if not current:
                start = first_line + offset
            current.append(line.strip())
        elif current:
            blocks.append(SourceBlock(start, tuple(current)))
            current = []
    if current:
        blocks.append(SourceBlock(start, tuple(current)))
    return blocks


@dataclass(frozen=True)
class Grounds:
    """What one paragraph or list item rests on, as written: citation ids, or `practical`."""

    text: str  # the paragraph or item without its mark
    citations: tuple[str, ...]
    practical: bool
    marked: bool  # it ends with a mark at all (an empty `[src: ]` is one, wrongly)


def grounds_of(text: str) -> Grounds:
    found = GROUNDS.search(text)
    if found is None:
        return Grounds(text, (), False, False)
    ids = tuple(i.strip() for i in (found["ids"] or "").split(",") if i.strip())
    return Grounds(text[: found.start()].rstrip(), ids, found["practical"] is not None, True)


def units_of(block: SourceBlock) -> list[tuple[str, str, int]]:
    """The headings, items and paragraphs of a block: (kind, text, line), kind being
    "heading", "item" or "paragraph"; a paragraph's lines are joined."""
    found: list[tuple[str, str, int]] = []
    paragraph: list[str] = []
    start = block.line

    def flush() -> None:
        if paragraph:
            found.append(("paragraph", " ".join(paragraph), start))
            paragraph.clear()

    for offset, line in enumerate(block.lines):
        if line.startswith("## "):
            flush()
            found.append(("heading", line[3:].strip(), block.line + offset))
        elif line.startswith("- "):
            flush()
            found.append(("item", line[2:].strip(), block.line + offset))
        else:
            if not paragraph:
                start = block.line + offset
            paragraph.append(line)
    flush()
    return found


def inline(text: str) -> str:
    out: list[str] = []
    position = 0
    for match in INLINE.finditer(text):
        out.append(html.escape(text[position : match.start()], quote=False))
        if match["bold"] is not None:
            out.append(f"<b>{html.escape(match['bold'], quote=False)}</b>")
        elif match["italic"] is not None:
            out.append(f"<i>{html.escape(match['italic'], quote=False)}</i>")
        else:
            url = html.escape(match["url"], quote=True)
            out.append(f'<a href="{url}">{html.escape(match["label"], quote=False)}</a>')
        position = match.end()
    out.append(html.escape(text[position:], quote=False))
    return "".join(out)


Note = Callable[[Grounds], str]  # the visible note for a paragraph's grounds ("" for none)


def no_note(grounds: Grounds) -> str:
    return ""


def render_block(block: SourceBlock, note: Note = no_note) -> str:
    """The block as Telegram HTML; each paragraph and item followed by `note` of its grounds
    (the mark itself is never shown as typed)."""
    rendered: list[str] = []
    for kind, text, _ in units_of(block):
        if kind == "heading":
            rendered.append(f"<b>{inline(text)}</b>")
            continue
        grounds = grounds_of(text)
        shown = inline(grounds.text) + note(grounds)
        rendered.append(f"• {shown}" if kind == "item" else shown)
    return "\n".join(rendered)


def escape_text(text: str) -> str:
    """Text for Telegram HTML, between tags."""
    return html.escape(text, quote=False)


def plain(html_text: str) -> str:
    """What the reader sees of some Telegram HTML: the text without tags, entities decoded."""
    return html.unescape(re.sub(r"<[^>]+>", "", html_text))


def utf16_length(text: str) -> int:
    """Telegram's limits count UTF-16 code units: an emoji outside the BMP counts two."""
    return len(text.encode("utf-16-le")) // 2


def first_strong_direction(text: str) -> str | None:
    """ "R" if the first letter that sets a direction is right-to-left, "L" if left-to-right."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return "R"
        if kind == "L":
            return "L"
    return None


def right_to_left_lines(html_text: str) -> str:
    """Begin every line that would start left-to-right with a right-to-left mark, so that
    Telegram lays out a right-to-left message as one (numbers, links and names stay)."""
    lines = []
    for line in html_text.split("\n"):
        visible = plain(line)
        if visible.strip() and first_strong_direction(visible) != "R":
            line = RLM + line
        lines.append(line)
    return "\n".join(lines)


class _TelegramHTMLCheck(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.open: list[str] = []
        self.problems: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in TELEGRAM_TAGS:
            self.problems.append(f"Telegram does not accept the tag <{tag}>")
            return
        for name, _ in attrs:
            if name not in TELEGRAM_TAGS[tag]:
                self.problems.append(f"Telegram does not accept {name}= on <{tag}>")
        if tag == "a" and not dict(attrs).get("href"):
            self.problems.append("a link <a> without href")
        self.open.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag not in self.open:
            self.problems.append(f"</{tag}> closes nothing: no <{tag}> is open before it")
            return
        # `<b><i>text</b>`: the slip is the <i> left open, not the </b> that follows it.
        while self.open[-1] != tag:
            self.problems.append(f"<{self.open.pop()}> is never closed")
        self.open.pop()


def telegram_html_problems(html_text: str) -> list[str]:
    """Why Telegram would refuse this text in HTML parse mode (empty if it would not)."""
    checker = _TelegramHTMLCheck()
    checker.feed(html_text)
    checker.close()
    problems = checker.problems
    problems += [f"<{tag}> is never closed" for tag in checker.open]
    if re.search(r"&(?!(amp|lt|gt|quot|#\d+|#x[0-9a-fA-F]+);)", html_text):
        problems.append("a bare & that Telegram would read as the start of an entity")
    return problems


def markers_of(html_text: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Links, commands and phone numbers in some Telegram HTML: what a translation must keep
    as the English has it."""
    visible = plain(html_text)
    urls = frozenset(re.findall(r'href="([^"]*)"', html_text)) | frozenset(URL.findall(visible))
    without_urls = URL.sub(" ", visible)
    return (
        urls,
        frozenset(COMMAND.findall(without_urls)),
        frozenset(p.replace(" ", "") for p in PHONE.findall(without_urls)),
    )
