"""Reading the YAML of front matter, citations and the directory, with line numbers.

Everything is read with PyYAML's BaseLoader, so every value stays the text the volunteer wrote.
Values must still be quoted: the same file read by any other YAML tool would turn `no` into
false, `2026-11-23` into a date and `+66 2 123 4567` into a number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from bot.content.model import Problem

TYPE_NAMES = {
    "tag:yaml.org,2002:bool": "true/false",
    "tag:yaml.org,2002:int": "a number",
    "tag:yaml.org,2002:float": "a number",
    "tag:yaml.org,2002:null": "nothing (null)",
    "tag:yaml.org,2002:timestamp": "a date",
}
_RESOLVER = yaml.resolver.Resolver()
DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass
class Reader:
    """Collects the problems of one file while its values are read."""

    path: Path
    line_offset: int = 0  # front matter starts below the file's first line
    problems: list[Problem] | None = None

    def __post_init__(self) -> None:
        if self.problems is None:
            self.problems = []

    def problem(self, line: int, message: str) -> None:
        assert self.problems is not None
        self.problems.append(Problem(self.path, line, message))

    def line_of(self, node: Node) -> int:
        return self.line_offset + node.start_mark.line + 1

    def parse(self, text: str) -> MappingNode | None:
        try:
            node = yaml.compose(text, Loader=yaml.BaseLoader)
        except yaml.YAMLError as error:
            mark = getattr(error, "problem_mark", None)
            line = self.line_offset + (mark.line + 1 if mark is not None else 1)
            reason = getattr(error, "problem", None) or "not valid YAML"
            colon = _unquoted_colon(text, mark.line if mark is not None else None)
            if "mapping values are not allowed" in reason and colon is not None:
                name, value = colon
                self.problem(
                    line,
                    f"the {name} has a colon in it: put the {name} in double quotes, "
                    f'{name}: "{value}"',
                )
            else:
                self.problem(line, f"cannot be read: {reason}")
            return None
        if not isinstance(node, MappingNode):
            self.problem(self.line_offset + 1, 'expected `name: "value"` lines')
            return None
        return node

    def fields(self, node: MappingNode, known: set[str]) -> dict[str, Node]:
        found: dict[str, Node] = {}
        for key, value in node.value:
            name = key.value if isinstance(key, ScalarNode) else "?"
            if name not in known:
                self.problem(self.line_of(key), f"unknown field `{name}`")
            elif name in found:
                self.problem(self.line_of(key), f"`{name}` is given twice")
            else:
                found[name] = value
        return found

    def text(
        self, fields: dict[str, Node], name: str, where: int, *, required: bool = True
    ) -> str | None:
        node = fields.get(name)
        if node is None:
            if required:
                self.problem(where, f"`{name}` is missing")
            return None
        return self.scalar(node, name)

    def scalar(self, node: Node, name: str) -> str | None:
        if not isinstance(node, ScalarNode):
            self.problem(self.line_of(node), f"`{name}` should be one quoted value")
            return None
        if node.style is None:  # plain, unquoted
            implied = _RESOLVER.resolve(ScalarNode, node.value, (True, False))  # type: ignore[no-untyped-call]
            if implied in TYPE_NAMES:
                self.problem(
                    self.line_of(node),
                    f"`{name}` is not quoted, and YAML tools read {node.value} as "
                    f'{TYPE_NAMES[implied]}: write it as "{node.value}"',
                )
            else:
                self.problem(
                    self.line_of(node), f'`{name}` is not quoted: write it as "{node.value}"'
                )
        value = str(node.value)
        if not value.strip():
            self.problem(self.line_of(node), f"`{name}` is empty")
            return None
        return value

    def texts(self, fields: dict[str, Node], name: str, where: int) -> list[tuple[str, int]]:
        node = fields.get(name)
        if node is None:
            return []
        if not isinstance(node, SequenceNode):
            self.problem(self.line_of(node), f'`{name}` should be a list of `- "value"` lines')
            return []
        values = []
        for item in node.value:
            value = self.scalar(item, name)
            if value is not None:
                values.append((value, self.line_of(item)))
        return values

    def day(self, fields: dict[str, Node], name: str, where: int) -> date | None:
        value = self.text(fields, name, where)
        if value is None:
            return None
        line = self.line_of(fields[name])
        if not DATE.fullmatch(value):
            self.problem(line, f'`{name}` should be a date written "YYYY-MM-DD", not {value}')
            return None
        try:
            return date.fromisoformat(value)
        except ValueError:
            self.problem(line, f"`{name}` is not a real date: {value}")
            return None


def _unquoted_colon(text: str, line_index: int | None) -> tuple[str, str] | None:
    """`title: SOS: help` (the name and its value) when that is the line YAML stopped at."""
    lines = text.split("\n")
    if line_index is None or not 0 <= line_index < len(lines):
        return None
    found = re.fullmatch(r"\s*([A-Za-z_]+):\s+([^\"'].*:.*)", lines[line_index])
    return (found[1], found[2].strip()) if found else None
