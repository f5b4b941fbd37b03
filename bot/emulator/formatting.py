"""Telegram's HTML parse mode, strict enough to catch what the real server rejects.

Telegram accepts only a handful of tags and refuses the whole message when a tag is unknown
(``<br>``, ``<p>``, a stray ``<``) or unbalanced. A bot that passes user input into HTML
without escaping it fails in production exactly this way, so the emulator fails the same way.
Offsets in the resulting entities, and the 4096 limit on message length, count UTF-16 code
units, as the Bot API does. MarkdownV2 is passed through unchecked.
"""

import re
from dataclasses import dataclass, field
from typing import Any

from bot.emulator.models import bad_request

MAX_TEXT_UTF16 = 4096

_SIMPLE_TAGS: dict[str, str] = {
    "b": "bold",
    "strong": "bold",
    "i": "italic",
    "em": "italic",
    "u": "underline",
    "ins": "underline",
    "s": "strikethrough",
    "strike": "strikethrough",
    "del": "strikethrough",
    "tg-spoiler": "spoiler",
    "code": "code",
    "pre": "pre",
    "blockquote": "blockquote",
}
_KNOWN_TAGS: frozenset[str] = frozenset({*_SIMPLE_TAGS, "a", "span", "tg-emoji"})
_TAG_NAME = re.compile(r"[^\s>/]*")
_NAMED_ENTITIES: dict[str, str] = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}
_ENTITY = re.compile(r"&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]+));")
_NAME_TOKEN = re.compile(r"[A-Za-z0-9.-]+")
_ATTRIBUTE = re.compile(r"""([a-zA-Z][\w-]*)\s*(?:=\s*("[^"]*"|'[^']*'|[^\s"'>]+))?""")


class HtmlParseError(ValueError):
    """The text is not valid Telegram HTML; the message is Telegram's own wording."""


def utf16_length(text: str) -> int:
    """Length as Telegram counts it: UTF-16 code units, so an emoji counts as two."""
    return len(text.encode("utf-16-le")) // 2


@dataclass
class _OpenTag:
    name: str
    entity: dict[str, Any] | None
    start: int


@dataclass
class _Builder:
    source: str
    parts: list[str] = field(default_factory=list)
    length: int = 0
    stack: list[_OpenTag] = field(default_factory=list)
    entities: list[dict[str, Any]] = field(default_factory=list)

    def emit(self, text: str) -> None:
        self.parts.append(text)
        self.length += utf16_length(text)

    def byte_offset(self, index: int) -> int:
        return len(self.source[:index].encode("utf-8"))


def parse_html(text: str) -> tuple[str, list[dict[str, Any]]]:
    """Return the visible text and its entities, or raise ``HtmlParseError``."""
    builder = _Builder(text)
    index = 0
    while index < len(text):
        char = text[index]
        if char == "<":
            index = _consume_tag(builder, index)
        elif char == "&":
            index = _consume_entity(builder, index)
        else:
            next_special = _next_special(text, index)
            builder.emit(text[index:next_special])
            index = next_special
    if builder.stack:
        raise HtmlParseError(
            f'Can\'t find end tag corresponding to start tag "{builder.stack[-1].name}"'
        )
    builder.entities.sort(key=lambda entity: (entity["offset"], -entity["length"]))
    return "".join(builder.parts), builder.entities


def _next_special(text: str, start: int) -> int:
    positions = [pos for pos in (text.find("<", start), text.find("&", start)) if pos != -1]
    return min(positions) if positions else len(text)


def _consume_entity(builder: _Builder, index: int) -> int:
    match = _ENTITY.match(builder.source, index)
    if match is None:
        builder.emit("&")
        return index + 1
    decimal, hexadecimal, name = match.groups()
    if decimal is not None or hexadecimal is not None:
        code_point = int(decimal) if decimal is not None else int(hexadecimal, 16)
        builder.emit(chr(code_point) if 0 < code_point <= 0x10FFFF else "")
    elif name in _NAMED_ENTITIES:
        builder.emit(_NAMED_ENTITIES[name])
    else:
        builder.emit(match.group(0))
    return match.end()


def _consume_tag(builder: _Builder, index: int) -> int:
    closing = builder.source.startswith("</", index)
    name_start = index + (2 if closing else 1)
    match = _TAG_NAME.match(builder.source, name_start)
    name = match.group(0).lower() if match else ""
    if not closing and name not in _KNOWN_TAGS:
        raise HtmlParseError(
            f'Unsupported start tag "{name}" at byte offset {builder.byte_offset(index)}'
        )
    close = builder.source.find(">", index)
    if close == -1:
        kind = "end" if closing else "start"
        raise HtmlParseError(f"Unclosed {kind} tag at byte offset {builder.byte_offset(index)}")
    if closing:
        _close_tag(builder, builder.source[name_start:close].strip().lower(), index)
    else:
        _open_tag(builder, name, name_start + len(name), close, index)
    return close + 1


def _open_tag(builder: _Builder, name: str, rest_start: int, close: int, index: int) -> None:
    attributes: dict[str, str] = {}
    for match in _ATTRIBUTE.finditer(builder.source, rest_start, close):
        key, value = match.group(1), match.group(2) or ""
        if value and value[0] not in "\"'":
            # Unquoted, Telegram takes only a name token: letters, digits, "." and "-".
            token = _NAME_TOKEN.match(value)
            if token is None or token.end() != len(value):
                offset = builder.byte_offset(match.start(2))
                raise HtmlParseError(f"Unexpected end of name token at byte offset {offset}")
            value = value.lower()
        attributes[key.lower()] = value.strip("\"'")
    if name == "span" and attributes.get("class") != "tg-spoiler":
        raise HtmlParseError(
            f'Unsupported start tag "{name}" at byte offset {builder.byte_offset(index)}'
        )
    builder.stack.append(_OpenTag(name, _entity_for(name, attributes, builder), builder.length))


def _entity_for(name: str, attributes: dict[str, str], builder: _Builder) -> dict[str, Any] | None:
    if name in _SIMPLE_TAGS:
        entity_type = _SIMPLE_TAGS[name]
        if name == "blockquote" and "expandable" in attributes:
            entity_type = "expandable_blockquote"
        if name == "code" and builder.stack and builder.stack[-1].name == "pre":
            parent = builder.stack[-1].entity
            language = attributes.get("class", "").removeprefix("language-")
            if parent is not None and language:
                parent["language"] = language
            return None if parent is not None else {"type": "code"}
        return {"type": entity_type}
    if name == "span":
        return {"type": "spoiler"}
    if name == "a":
        href = attributes.get("href")
        return {"type": "text_link", "url": href} if href else None
    emoji_id = attributes.get("emoji-id")
    return {"type": "custom_emoji", "custom_emoji_id": emoji_id} if emoji_id else None


def _close_tag(builder: _Builder, name: str, index: int) -> None:
    if not builder.stack or builder.stack[-1].name != name:
        expected = f'expected "</{builder.stack[-1].name}>", ' if builder.stack else ""
        raise HtmlParseError(
            f"Unmatched end tag at byte offset {builder.byte_offset(index)}, "
            f'{expected}found "</{name}>"'
        )
    opened = builder.stack.pop()
    length = builder.length - opened.start
    if opened.entity is not None and length > 0:
        builder.entities.append({**opened.entity, "offset": opened.start, "length": length})


def render_text(
    text: str | None, parse_mode: str | None, entities: list[dict[str, Any]] | None
) -> tuple[str, list[dict[str, Any]]]:
    """Check a message text as sendMessage does; return what the user sees and its entities."""
    if not text or not text.strip():
        raise bad_request("message text is empty")
    mode = (parse_mode or "").lower()
    found = list(entities or [])
    if mode == "html":
        try:
            text, found = parse_html(text)
        except HtmlParseError as error:
            raise bad_request(f"can't parse entities: {error}") from error
    elif mode not in ("", "markdown", "markdownv2"):
        raise bad_request(f"unsupported parse_mode {parse_mode!r}")
    if not text.strip():
        raise bad_request("message text is empty")
    if utf16_length(text) > MAX_TEXT_UTF16:
        raise bad_request("message is too long")
    return text, found
