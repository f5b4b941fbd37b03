"""The bot's UI strings (`locales/<lang>/*.ftl`), checked as `content check` checks articles.

Every translation is read against the English: Fluent syntax, the same messages and the same
variables, every message rendered with sample values (long names too) and held to Telegram's
HTML rules and length limits with the renderer the articles use, right-to-left languages laid
out right-to-left, a disguised wording wherever English has one, and the same /commands as
the English. Each problem is reported as `file:line: what to do`.

`broken_messages` and `culprits` serve the bot at run time too: when Telegram refuses a
message for its markup, they name the catalogue message and language that caused it.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from fluent.syntax import FluentParser, ast
from fluent.syntax.visitor import Visitor

from bot.content.markup import (
    RIGHT_TO_LEFT,
    markers_of,
    plain,
    telegram_html_problems,
    utf16_length,
)
from bot.content.model import Problem
from bot.text import BIDI_CONTROLS

if TYPE_CHECKING:
    from bot.i18n import Translator

SOURCE_LANGUAGE = "en"
DISGUISED = "--disguised"
MESSAGE_LIMIT = 4096
# Telegram's limit for a command's description in the command menu (setMyCommands).
COMMAND_DESCRIPTION_LIMIT = 256
COMMAND_MENU = "command-"
# Variables that hold numbers: plural forms are chosen on them.
NUMERIC = frozenset({"count", "minutes", "hours", "days", "number", "total", "page", "pages"})
NUMBERS = (0, 1, 2, 3, 5, 11, 21, 101)
SHORT_NAME = "Amal"
# Telegram allows 64 characters each for a first and a last name.
LONG_NAME = "Wwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwww " * 2
TRANSLATION_OF = re.compile(r"translation_of:\s*([0-9a-f]{12})")
# Stand-ins for variables' values, from Unicode's private use area: text of no language.
MARK, MARK_END = "\ue000", "\ue001"
MARKER = re.compile(f"{MARK}\\d+{MARK_END}")
MARKER_NUMBER = re.compile(f"{MARK}(\\d+){MARK_END}")
# Isolation marks: what lies between them does not set the direction of the text around.
FSI_LIKE = "\u2066\u2067\u2068"
PDI = "\u2069"


@dataclass(frozen=True)
class Entry:
    """One message of one catalogue file, where it is, and the variables it uses."""

    id: str
    path: Path
    line: int
    node: ast.Message = field(repr=False, compare=False)
    variables: dict[str, int] = field(default_factory=dict)  # name: line of first use
    selectors: frozenset[str] = frozenset()  # variables that choose a plural form
    revision: str = ""  # names this wording: a translation records the English one it follows
    translation_of: str | None = None  # from a `# translation_of: …` comment above it
    lines: tuple[str, ...] = field(default=(), repr=False)  # its source, from `line` on


@dataclass
class Catalogue:
    language: str
    folder: Path
    entries: dict[str, Entry] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)


class _Variables(Visitor):
    def __init__(self, source: str) -> None:
        super().__init__()
        self.source = source
        self.found: dict[str, int] = {}
        self.selectors: set[str] = set()

    def visit_VariableReference(self, node: ast.VariableReference) -> None:
        line = _line_at(self.source, node.span.start) if node.span else 1
        self.found.setdefault(node.id.name, line)

    def visit_SelectExpression(self, node: ast.SelectExpression) -> None:
        if isinstance(node.selector, ast.VariableReference):
            self.selectors.add(node.selector.id.name)
        self.generic_visit(node)


def _line_at(source: str, offset: int) -> int:
    return source.count("\n", 0, offset) + 1


def read_catalogue(folder: Path) -> Catalogue:
    """Every *.ftl of one language folder, with Fluent syntax errors as problems."""
    catalogue = Catalogue(folder.name, folder)
    for path in sorted(folder.glob("*.ftl")):
        try:
            source = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            catalogue.problems.append(Problem(path, 1, "is not UTF-8 text: save it as UTF-8"))
            continue
        resource = FluentParser(with_spans=True).parse(source)
        for item in resource.body:
            if isinstance(item, ast.Junk):
                catalogue.problems.append(_syntax_problem(path, source, item))
            elif isinstance(item, ast.Message):
                _add_entry(catalogue, path, source, item)
    return catalogue


def _syntax_problem(path: Path, source: str, junk: ast.Junk) -> Problem:
    annotation = junk.annotations[0] if junk.annotations else None
    span = annotation.span if annotation is not None and annotation.span else junk.span
    line = _line_at(source, span.start if span is not None else 0)
    reason = annotation.message if annotation is not None else "not valid Fluent"
    if annotation is not None and annotation.code == "E0003" and annotation.arguments == ["="]:
        return Problem(
            path,
            line,
            "a message is written `id = text` and this line has no `=`: add it, or indent the "
            "line if it continues the message above",
        )
    return Problem(path, line, f"cannot be read ({reason}): compare it with the English file")


def _add_entry(catalogue: Catalogue, path: Path, source: str, message: ast.Message) -> None:
    line = _line_at(source, message.span.start) if message.span else 1
    name = message.id.name
    if name in catalogue.entries:
        first = catalogue.entries[name]
        catalogue.problems.append(
            Problem(path, line, f"{name} is given twice (first at {first.path.name}:{first.line})")
        )
        return
    if message.value is None:
        catalogue.problems.append(Problem(path, line, f"{name} has no text"))
        return
    variables = _Variables(source)
    variables.visit(message.value)
    comment = message.comment.content if message.comment is not None else ""
    recorded = TRANSLATION_OF.search(comment or "")
    catalogue.entries[name] = Entry(
        name,
        path,
        line,
        message,
        variables.found,
        frozenset(variables.selectors),
        revision_of_message(source, message),
        recorded[1] if recorded else None,
        tuple(source[message.span.start : message.span.end].split("\n")) if message.span else (),
    )


def revision_of_message(source: str, message: ast.Message) -> str:
    """The revision of one message's wording (its text, not the comment above it)."""
    start = message.id.span.start if message.id.span else 0
    end = message.span.end if message.span else len(source)
    wording = unicodedata.normalize("NFC", source[start:end].strip())
    return hashlib.sha256(wording.encode()).hexdigest()[:12]


def sample_arguments(
    variables: Iterable[str], selectors: frozenset[str], *, long: bool
) -> Iterator[dict[str, Any]]:
    """Arguments to render a message with: every plural form, and long names if `long`."""
    names = list(variables)
    numeric = [name for name in names if name in NUMERIC or name in selectors]
    text = LONG_NAME if long else SHORT_NAME
    base: dict[str, Any] = {name: text for name in names if name not in numeric}
    for number in NUMBERS if numeric else (1,):
        yield {**base, **dict.fromkeys(numeric, number)}


def first_strong_direction(text: str) -> str | None:
    """The direction a reader's app gives `text`: its first letter that has one, skipping
    what lies between isolation marks and symbols such as emoji (🆘 is "L" to Unicode)."""
    depth = 0
    for index, char in enumerate(text):
        if char in FSI_LIKE:
            depth += 1
        elif char == PDI:
            depth = max(depth - 1, 0)
        elif depth == 0 and not _symbol(char, text[index + 1 : index + 2]):
            kind = unicodedata.bidirectional(char)
            if kind in ("R", "AL"):
                return "R"
            if kind == "L":
                return "L"
    return None


def _symbol(char: str, after: str) -> bool:
    """An emoji or a symbol, which a reader does not take for a word: 🆘 and the
    information sign are left-to-right letters to Unicode."""
    code = ord(char)
    return (
        unicodedata.category(char) in ("So", "Sk")
        or after == "\ufe0f"  # shown as an emoji
        or 0x2100 <= code <= 0x214F  # letterlike symbols: the information sign, numero, trade mark
        or 0x1F000 <= code <= 0x1FAFF  # enclosed letters and emoji: 🆘, 🅰
    )


def check_ui_strings(root: Path, translate: Translator | None = None) -> list[Problem]:
    """Every problem in the UI strings under `root` (the locales/ directory); `translate`:
    those strings as the bot loaded them, if at hand."""
    from bot.i18n import Translator  # the catalogue as the bot formats it

    folders = sorted(p for p in root.iterdir() if p.is_dir() and any(p.glob("*.ftl")))
    catalogues = {folder.name: read_catalogue(folder) for folder in folders}
    english = catalogues.get(SOURCE_LANGUAGE)
    if english is None:
        return [Problem(root / SOURCE_LANGUAGE, 1, "there are no English UI strings (*.ftl)")]
    translate = translate or Translator.load(root)
    problems: list[Problem] = []
    for language, catalogue in catalogues.items():
        problems += catalogue.problems
        if language != SOURCE_LANGUAGE:
            problems += _against_english(catalogue, english)
            problems += _mirrored_arrows(catalogue, english)
        problems += _rendered(catalogue, english, translate)
    return problems


def _against_english(catalogue: Catalogue, english: Catalogue) -> list[Problem]:
    problems = []
    mine, theirs = catalogue.entries, english.entries
    for name, source in theirs.items():
        if name in mine:
            continue
        where = catalogue.folder / source.path.name
        shown_english = f"{SOURCE_LANGUAGE}/{source.path.name}:{source.line}"
        if name.endswith(DISGUISED) and name.removesuffix(DISGUISED) in mine:
            problems.append(
                Problem(
                    where,
                    mine[name.removesuffix(DISGUISED)].line,
                    f"{name} is missing: the English has a disguised wording "
                    f"({shown_english}), so in disguise this message would be shown in English",
                )
            )
        else:
            problems.append(
                Problem(
                    where,
                    1,
                    f"{name} is missing: translate it from {shown_english}, with "
                    f"`# translation_of: {source.revision}` on the line above it",
                )
            )
    for name, entry in mine.items():
        known = theirs.get(name)
        if known is None:
            problems.append(
                Problem(
                    entry.path,
                    entry.line,
                    f"{name} is not in the English: check its spelling, or remove it",
                )
            )
            continue
        wanted = ", ".join(f"{{ ${v} }}" for v in known.variables) or "none"
        for variable, line in entry.variables.items():
            if variable not in known.variables:
                problems.append(
                    Problem(
                        entry.path,
                        line,
                        f"{name} uses {{ ${variable} }}, which the bot does not pass; "
                        f"the English uses {wanted}",
                    )
                )
        for variable in known.variables:
            if variable not in entry.variables:
                problems.append(
                    Problem(
                        entry.path,
                        entry.line,
                        f"{name} leaves out {{ ${variable} }}, which the English shows",
                    )
                )
    return problems


MIRRORED = {"◀": "▶", "▶": "◀", "←": "→", "→": "←", "↩": "↪", "↪": "↩"}
ARROWS = re.compile("[◀▶←→↩↪](?!\ufe0f)")  # with U+FE0F it is an emoji (▶️ play), not a way


BUTTON = 32  # a label this short that opens or ends with an arrow is a way to go


def _ends(entry: Entry) -> str:
    """The first and last characters of a button label, where its arrows point the way."""
    first = entry.lines[0] if entry.lines else ""
    text = first.split(" = ", 1)[1].strip() if " = " in first else ""
    return f"{text[:2]} {text[-1:]}" if 0 < len(text) <= BUTTON else ""


def _mirrored_arrows(catalogue: Catalogue, english: Catalogue) -> list[Problem]:
    """In a right-to-left language, Next points left and Back points right: an arrow that
    opens or ends an English button label is mirrored (an arrow inside a sentence, or an
    emoji such as ▶️, is left alone)."""
    problems: list[Problem] = []
    if catalogue.language not in RIGHT_TO_LEFT:
        return problems
    for name, entry in catalogue.entries.items():
        known = english.entries.get(name)
        if known is None:
            continue
        wanted = [MIRRORED[a] for a in ARROWS.findall(_ends(known))]
        have = ARROWS.findall(" ".join(entry.lines[:1]))
        if wanted and sorted(have) != sorted(wanted):
            problems.append(
                Problem(
                    entry.path,
                    entry.line,
                    f"{name}: in a right-to-left language the arrow points the other way: "
                    f"use {' '.join(wanted)} where the English has "
                    f"{' '.join(ARROWS.findall(_ends(known)))}",
                )
            )
    return problems


def _rendered(catalogue: Catalogue, english: Catalogue, translate: Translator) -> list[Problem]:
    """Each message as the bot would send it, with short and long sample values."""
    problems: list[Problem] = []
    language = catalogue.language
    for name, entry in catalogue.entries.items():
        found: dict[str, None] = {}  # problems of this message, each once, in order
        commands: set[str] = set()
        for long in (False, True):
            for args in sample_arguments(entry.variables, entry.selectors, long=long):
                text, errors = translate.format_exact(language, name, args)
                for error in errors:
                    found[f"{name} cannot be shown: {error}"] = None
                for problem in telegram_html_problems(text):
                    found[f"{name}: {problem}"] = None
                size = utf16_length(plain(text))
                limit = COMMAND_DESCRIPTION_LIMIT if name.startswith(COMMAND_MENU) else None
                if limit is not None and size > limit:
                    found[
                        f"{name} is {size} characters; a command menu entry takes at most {limit}"
                    ] = None
                elif size > MESSAGE_LIMIT:
                    found[
                        f"{name} is {size} characters with long names; Telegram's limit is "
                        f"{MESSAGE_LIMIT}"
                    ] = None
                if not long:
                    commands |= markers_of(text)[1]
                    written = translate.format_exact(language, name, args, as_sent=False)[0]
                    if language in RIGHT_TO_LEFT and first_strong_direction(plain(written)) == "L":
                        found[
                            f"{name} starts with a left-to-right character: begin it with a "
                            "word in the language of the translation"
                        ] = None
        source = english.entries.get(name)
        if language != SOURCE_LANGUAGE and source is not None:
            theirs: set[str] = set()
            for args in sample_arguments(source.variables, source.selectors, long=False):
                theirs |= markers_of(translate.format_exact(SOURCE_LANGUAGE, name, args)[0])[1]
            if commands != theirs:
                detail = ", ".join(sorted(theirs - commands)) or ", ".join(
                    sorted(commands - theirs)
                )
                found[f"{name}: the commands differ from the English ({detail})"] = None
        problems += [Problem(entry.path, _line_of(entry, message), message) for message in found]
    return problems


# What a problem is about: a tag (`<i> is never closed`) or a command (`… (/sos)`).
_TAG_IN_PROBLEM = re.compile(r"(</?)([a-z][a-z-]*)>")
_COMMAND_IN_PROBLEM = re.compile(r"\((/[a-z_]+)")


def _line_of(entry: Entry, problem: str) -> int:
    """The line of a multi-line message that a problem is about, where it can be told."""
    tag = _TAG_IN_PROBLEM.search(problem)
    command = _COMMAND_IN_PROBLEM.search(problem)
    if tag is not None:
        wanted = re.compile(re.escape(tag[1] + tag[2]) + r"[\s>]")
    elif command is not None:
        wanted = re.compile(re.escape(command[1]) + r"\b")
    else:
        return entry.line
    for offset, text in enumerate(entry.lines):
        if wanted.search(text):
            return entry.line + offset
    return entry.line


@dataclass
class UiStatus:
    """One language's UI strings against the English: what `content status` lists."""

    language: str
    translated: int = 0
    missing: list[str] = field(default_factory=list)
    stale: list[tuple[str, str]] = field(default_factory=list)  # id, the English revision now
    unrecorded: int = 0  # translated without a `# translation_of:` to tell if it is stale


def ui_status(root: Path) -> list[UiStatus]:
    folders = sorted(p for p in root.iterdir() if p.is_dir() and any(p.glob("*.ftl")))
    catalogues = {folder.name: read_catalogue(folder) for folder in folders}
    english = catalogues.get(SOURCE_LANGUAGE)
    if english is None:
        return []
    table = []
    for language in sorted(set(catalogues) - {SOURCE_LANGUAGE}):
        mine = catalogues[language].entries
        row = UiStatus(language)
        for name, source in english.entries.items():
            entry = mine.get(name)
            if entry is None:
                row.missing.append(name)
                continue
            row.translated += 1
            if entry.translation_of is None:
                row.unrecorded += 1
            elif entry.translation_of != source.revision:
                row.stale.append((name, source.revision))
        table.append(row)
    return table


@dataclass(frozen=True)
class BrokenMessage:
    """A catalogue message Telegram would refuse, and the text around its variables."""

    language: str
    message_id: str
    fragments: tuple[tuple[str, ...], ...]  # per sample rendering, its literal pieces
    # Per sample rendering: the text as sent with each string variable replaced by a marker,
    # and the variables' names in the markers' order (to read the values back out of a text).
    templates: tuple[tuple[str, tuple[str, ...]], ...] = ()


def broken_messages(translate: Translator) -> list[BrokenMessage]:
    """Every message, in every language, whose markup Telegram would refuse."""
    broken = []
    for language in translate.languages:
        for name in translate.message_ids(language):
            node = translate.source_of(language, name)
            if node is None or node.value is None:
                continue
            variables = _Variables("")
            variables.visit(node.value)
            selectors = frozenset(variables.selectors)
            renderings = []
            templates = []
            refused = False
            for args in sample_arguments(variables.found, selectors, long=False):
                names = tuple(k for k, v in args.items() if not isinstance(v, int))
                marked = {**args, **{k: f"{MARK}{i}{MARK_END}" for i, k in enumerate(names)}}
                text, _ = translate.format_exact(language, name, marked)
                refused = refused or bool(telegram_html_problems(text))
                pieces = MARKER.split(BIDI_CONTROLS.sub("", text))
                renderings.append(tuple(p for p in pieces if len(p.strip()) >= 3))
                templates.append((text, names))
            if refused:
                broken.append(BrokenMessage(language, name, tuple(renderings), tuple(templates)))
    return broken


def values_in(text: str, template: tuple[str, tuple[str, ...]]) -> tuple[slice, dict[str, str]]:
    """Where a rendering of `template` sits in `text`, and the variables' values it shows
    there (as sent: already escaped); raises LookupError if it is not there."""
    marked, names = template
    parts, seen = [], set()
    for index, piece in enumerate(MARKER_NUMBER.split(marked)):
        if index % 2 == 0:
            parts.append(re.escape(piece))
        elif piece in seen:  # the same variable again: the same value
            parts.append(f"(?P=v{piece})")
        else:
            seen.add(piece)
            parts.append(f"(?P<v{piece}>.+?)")
    pattern = "".join(parts)
    found = re.search(pattern, text, re.DOTALL)
    if found is None:
        raise LookupError("the message is not in this text")
    values = {name: found[f"v{i}"] for i, name in enumerate(names)}
    return slice(found.start(), found.end()), values


def culprits(text: str, broken: list[BrokenMessage]) -> list[BrokenMessage]:
    """The broken messages that `text` (refused by Telegram) was made from."""
    seen = BIDI_CONTROLS.sub("", text)
    return [
        message
        for message in broken
        if any(pieces and all(p in seen for p in pieces) for pieces in message.fragments)
    ]
