"""The words people type, grouped by what they mean, one file per language
(`locales/<language>/search.yaml`): "arrested", "picked up", "detained" all stand for the
same thing. A query and an article that both name a group meet there, across languages: a
Thai query for ถูกจับ finds the English articles about detention too.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from pathlib import Path

from yaml.nodes import MappingNode, ScalarNode

from bot.content.fields import Reader
from bot.content.model import Problem
from bot.content.normalise import UNSPACED, fold

GROUP = re.compile(r"[a-z][a-z0-9-]{0,31}")
CONCEPT = "§"  # marks a group among indexed terms; `\w` never matches it
# An Arabic or Farsi word may carry a prefix: the article (al-), "and", "with", "for".
_PREFIXES = (
    "\u0648\u0627\u0644",
    "\u0628\u0627\u0644",
    "\u0644\u0644",
    "\u0627\u0644",
    "\u0648",
    "\u0628",
    "\u0644",
)
CLITIC = "(?<!\\w)(?:" + "|".join(_PREFIXES) + ")?"


def flatten(text: str) -> str:
    """Folded text with punctuation as spaces and single spaces, as phrases are matched."""
    kept = (" " if unicodedata.category(char)[0] in "PS" else char for char in fold(text))
    return " ".join("".join(kept).split())


def _pattern(phrase: str) -> re.Pattern[str]:
    """A phrase matches at the start of a word, and takes the whole word (so "arrest" finds
    "arrested"); in scripts written without spaces, anywhere."""
    escaped = re.escape(phrase)
    return re.compile(escaped if UNSPACED.search(phrase[:1]) else CLITIC + escaped + r"\w*")


class Synonyms:
    """One language's groups: name -> phrases (kept folded and flattened)."""

    def __init__(self, groups: dict[str, tuple[str, ...]] | None = None) -> None:
        self.groups = {
            name: tuple(dict.fromkeys(flat for flat in map(flatten, phrases) if flat))
            for name, phrases in (groups or {}).items()
        }
        # The longest first, so "visa cancelled" is taken before "visa".
        ordered = sorted(
            ((name, phrase) for name, phrases in self.groups.items() for phrase in phrases),
            key=lambda pair: -len(pair[1]),
        )
        self._patterns = [(name, _pattern(phrase)) for name, phrase in ordered]

    def merged(self, other: Synonyms) -> Synonyms:
        names = dict.fromkeys([*self.groups, *other.groups])
        return Synonyms(
            {
                name: tuple(
                    dict.fromkeys((*self.groups.get(name, ()), *other.groups.get(name, ())))
                )
                for name in names
            }
        )

    def find(self, text: str) -> tuple[Counter[str], str]:
        """The groups `text` names (as `§name` terms, with how often), and the text left
        once their phrases are taken out."""
        flat = flatten(text)
        found: Counter[str] = Counter()
        taken = [False] * len(flat)
        for name, pattern in self._patterns:
            for match in pattern.finditer(flat):
                if any(taken[match.start() : match.end()]):
                    continue
                found[CONCEPT + name] += 1
                taken[match.start() : match.end()] = [True] * (match.end() - match.start())
        left = "".join(" " if used else char for char, used in zip(flat, taken, strict=True))
        return found, left


def read_synonyms(path: Path) -> tuple[Synonyms, list[Problem]]:
    """`locales/<language>/search.yaml`; a language without one has no synonyms."""
    if not path.exists():
        return Synonyms(), []
    reader = Reader(path)
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        reader.problem(1, "is not UTF-8 text: save it as UTF-8")
        return Synonyms(), reader.problems or []
    node = reader.parse(text)
    if node is None:
        return Synonyms(), reader.problems or []
    groups: dict[str, tuple[str, ...]] = {}
    assert isinstance(node, MappingNode)
    for key, value in node.value:
        name = key.value if isinstance(key, ScalarNode) else ""
        line = reader.line_of(key)
        if not GROUP.fullmatch(name):
            reader.problem(line, f"a group is named in lowercase letters, digits and -, not {name}")
            continue
        if name in groups:
            reader.problem(line, f"the group {name} is given twice")
            continue
        phrases = reader.texts({name: value}, name, line)
        flat = tuple(dict.fromkeys(f for f in (flatten(p) for p, _ in phrases) if f))
        if not flat:
            reader.problem(line, f"the group {name} has no words")
        groups[name] = flat
    return Synonyms(groups), reader.problems or []
