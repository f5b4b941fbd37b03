"""The directory of legal aid and emergency contacts: one YAML file per country."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from yaml.nodes import MappingNode, SequenceNode

from bot.content.articles import COUNTRIES
from bot.content.fields import Reader
from bot.content.model import GLOBAL, Country, DirectoryEntry, Problem

PHONE = re.compile(r"\+[1-9]\d{0,3}( ?\d){4,14}")
LANGUAGE = re.compile(r"[a-z]{2,3}")
ENTRY_FIELDS = {"name", "what", "phones", "web", "languages", "area", "verified", "source"}


def read_country(path: Path, today: date | None) -> tuple[Country | None, list[Problem]]:
    reader = Reader(path)
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        reader.problem(1, "is not UTF-8 text: save it as UTF-8")
        return None, reader.problems or []
    node = reader.parse(text)
    if node is None:
        return None, reader.problems or []
    fields = reader.fields(node, {"country", "entries"})
    code = reader.text(fields, "country", 1)
    if code is not None and code != path.stem:
        reader.problem(1, f"`country` is {code} but the file is named {path.name}")
    if code is not None and code != GLOBAL and code not in COUNTRIES:
        reader.problem(1, f'`country` must be a country code like "TH", or "GLOBAL", not {code}')
    entries_node = fields.get("entries")
    if not isinstance(entries_node, SequenceNode):
        reader.problem(1, '`entries:` should be a list of `- name: "…"` entries')
        return None, reader.problems or []
    entries = []
    for item in entries_node.value:
        if not isinstance(item, MappingNode):
            reader.problem(reader.line_of(item), 'each entry starts with `- name: "…"`')
            continue
        entry = _entry(reader, item, today)
        if entry is not None:
            entries.append(entry)
    if code is None or reader.problems:
        return None, reader.problems or []
    return Country(code, tuple(entries)), []


def _entry(reader: Reader, node: MappingNode, today: date | None) -> DirectoryEntry | None:
    line = reader.line_of(node)
    fields = reader.fields(node, ENTRY_FIELDS)
    name = reader.text(fields, "name", line)
    what = reader.text(fields, "what", line)
    source = reader.text(fields, "source", line)
    web = reader.text(fields, "web", line, required=False)
    if web is not None and not web.startswith("https://") and not web.startswith("http://"):
        reader.problem(reader.line_of(fields["web"]), f"`web` must start with https://: {web}")
    area = reader.text(fields, "area", line, required=False)
    phones = []
    for phone, at in reader.texts(fields, "phones", line):
        if PHONE.fullmatch(phone):
            phones.append(phone)
        else:
            reader.problem(at, f'{phone} is not an international number like "+66 2 123 4567"')
    languages = []
    for language, at in reader.texts(fields, "languages", line):
        if LANGUAGE.fullmatch(language):
            languages.append(language)
        else:
            reader.problem(at, f'a language is a code like "en" or "th", not {language}')
    verified = reader.day(fields, "verified", line)
    if verified is not None and today is not None and verified > today:
        reader.problem(reader.line_of(fields["verified"]), "`verified` is in the future")
    if name is None or what is None or source is None or verified is None:
        return None
    return DirectoryEntry(name, what, tuple(phones), web, tuple(languages), area, verified, source)
