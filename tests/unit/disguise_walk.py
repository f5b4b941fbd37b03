"""The disguise walk: every message a defender in disguise mode can be shown, in every
language, rendered as the bot renders it, searched for words that give the bot away.

Which messages: every catalogue id the code of bot/ and handlers/ names, found by reading
that code (a string that is a message id, or the fixed start of an f-string such as
f"card-field-{...}" or a key such as "card-ask" joined to a field's name, which stand for
every id beginning so). No list of ids is kept by hand: a new message a handler sends is
walked as soon as it is written, and so are the new topics and articles of the rights content.

The boundary (what is left out, and why) is the one decision kept here by hand:
- messages to the network's coordinators: their group's (`coordinators-`) and their /alerts
  and /resolve (`alerts-`). Coordinators act for the network, in its chat; they are not in
  disguise mode.
- messages for the deployment's admins (`admin-`, `reload-`).
- messages shown only while disguise is off (the way to turn it on; "disguise is off").
- `sos-typed-words`: never shown, the words that raise an SOS when typed alone.
- `language-name`: each language's own name ("Français"), which names nothing else.
Messages to a trusted contact are walked: a contact may be a defender in disguise too, and
the bot words an alert in its reader's disguise. So is the invitation as the invited person
opens it, and as its own owner does.
Rights article bodies and directory entries are content the person chose to open: disguise
shows them as written (a neutral article about one's rights cannot be written), sent
protected from forwarding and deleted with auto-delete, so they are outside the walk, with
the lines only the page renderer adds to them (sources, dates, "not legal advice"). What
lists them (topics, article titles in lists, search results, the directory's buttons) is
walked through `RightsService` views in disguise (tests/unit/test_disguise_walk.py).
"""

from __future__ import annotations

import ast as python_ast
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from fluent.syntax import ast

from bot.i18n import Translator

ROOT = Path(__file__).resolve().parents[2]
CODE = [ROOT / "bot", ROOT / "handlers"]
DISGUISED = "--disguised"

TO_COORDINATORS = ("alerts-", "coordinators-")
ADMINS = ("admin-", "reload-")
DISGUISE_OFF_ONLY = {"settings-disguise-on", "disguise-off"}
NEVER_SHOWN = {"sos-typed-words"}
OWN_NAME = {"language-name"}
# What only the page renderer names is part of an article's text (its sources, its date, the
# "not legal advice" line): shown as written, like the article (see the module's comment).
ARTICLE_PAGE = {"bot/content/pages.py"}


def outside_the_walk(message_id: str) -> bool:
    if message_id in DISGUISE_OFF_ONLY | NEVER_SHOWN | OWN_NAME or message_id.startswith(ADMINS):
        return True
    return message_id.startswith(TO_COORDINATORS)


@cache
def _strings_in_code() -> tuple[tuple[str, str, bool], ...]:
    """(file, string, whether it starts an f-string) for every string the code holds."""
    found: list[tuple[str, str, bool]] = []
    for folder in CODE:
        for path in sorted(folder.rglob("*.py")):
            if "emulator" in path.parts:
                continue
            where = str(path.relative_to(ROOT))
            for node in python_ast.walk(python_ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, python_ast.JoinedStr) and node.values:
                    head = node.values[0]
                    if isinstance(head, python_ast.Constant) and isinstance(head.value, str):
                        found.append((where, head.value, True))
                elif isinstance(node, python_ast.Constant) and isinstance(node.value, str):
                    found.append((where, node.value, False))
    return tuple(found)


def named_in_code(catalogue: set[str]) -> dict[str, set[str]]:
    """Every catalogue id the code names, literally or as the fixed start of an f-string,
    with the files (relative to the project) that name it."""
    found: dict[str, set[str]] = {}
    for where, text, starts_f_string in _strings_in_code():
        if starts_f_string:
            named = set()
            if len(text) > 3 and text.endswith("-"):
                named = {m for m in catalogue if m.startswith(text)}
        else:
            named = _named_by(text, catalogue)
        for message_id in named:
            found.setdefault(message_id.removesuffix(DISGUISED), set()).add(where)
    return found


def _named_by(text: str, catalogue: set[str]) -> set[str]:
    """The id itself, or every id a key such as "card-ask" or "card-ask-footer-" begins."""
    named = {text} & catalogue
    if "-" in text.strip("-") and " " not in text:
        prefix = text if text.endswith("-") else f"{text}-"
        named |= {m for m in catalogue if m.startswith(prefix)}
    return named


def reachable(translate: Translator) -> list[str]:
    catalogue = set(translate.message_ids("en"))
    return sorted(
        m
        for m, files in named_in_code(catalogue).items()
        if not outside_the_walk(m) and not files <= ARTICLE_PAGE
    )


def _variables(node: object) -> Iterator[tuple[str, list[object]]]:
    """(variable, the keys of the selections made on it) for every variable of a pattern."""
    if isinstance(node, ast.SelectExpression):
        keys = [
            v.key.value if isinstance(v.key, ast.NumberLiteral) else v.key.name
            for v in node.variants
        ]
        if isinstance(node.selector, ast.VariableReference):
            yield node.selector.id.name, keys
    if isinstance(node, ast.VariableReference):
        yield node.id.name, []
    if isinstance(node, ast.BaseNode):
        for value in vars(node).values():
            children = value if isinstance(value, list) else [value]
            for child in children:
                if isinstance(child, ast.BaseNode):
                    yield from _variables(child)


PLURAL = {"zero", "one", "two", "few", "many", "other"}


def argument_sets(translate: Translator, message_id: str) -> list[dict[str, object]]:
    """Representative arguments: names, then numbers (plural forms), then each keyed choice."""
    variables: dict[str, set[object]] = {}
    for language in translate.languages:
        for name in (message_id, f"{message_id}{DISGUISED}"):
            source = translate.source_of(language, name)
            if source is None:
                continue
            for variable, keys in _variables(source):
                variables.setdefault(variable, set()).update(keys)
    base: dict[str, object] = {name: "Sam" for name in variables}
    sets: list[dict[str, object]] = [base]
    for number in (1, 2, 5, 21):
        sets.append({name: number for name in variables})
    for name, keys in variables.items():
        for key in keys:
            if key in PLURAL:
                continue
            value: object = int(key) if isinstance(key, str) and key.isdigit() else key
            sets.append({**base, name: value})
    return sets


@dataclass(frozen=True)
class Leak:
    language: str
    message_id: str
    word: str

    def __str__(self) -> str:
        return f"{self.language} {self.message_id}: “{self.word}”"


def leaks_in(text: str, giveaways: re.Pattern[str]) -> list[str]:
    # Telegram's formatting tags are not words.
    plain = re.sub(r"<[^>]+>", " ", text)
    return [m.group(0) for m in giveaways.finditer(plain)]
