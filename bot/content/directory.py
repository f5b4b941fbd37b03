"""The directory of legal aid, hotlines and emergency lines: one YAML file per country.

Every entry names the public page it was read from (address, title, the day it was read), and
stays "not yet verified by a person" until a reviewer records the day they checked it. What an
entry does is written in every UI language; the organisation's name stays as it publishes it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from datetime import date
from pathlib import Path

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from bot.content.articles import COUNTRIES
from bot.content.fields import DATE, Reader
from bot.content.model import GLOBAL, Country, DirectoryEntry, Problem, Source
from bot.i18n import SOURCE_LANGUAGE

PHONE = re.compile(r"\+[1-9]\d{0,3}( ?\d){4,14}")
LOCAL_NUMBER = re.compile(r"\d[\d -]{1,14}\d")  # 1348, 1577-0071: no country code
LANGUAGE = re.compile(r"[a-z]{2,3}")
EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[a-z]{2,}")
SERVICES = (
    "emergency-line",
    "emergency-grants",
    "legal-aid",
    "hotline",
    "shelter",
    "detention-visits",
    "labour-complaints",
    "trafficking",
    "repatriation",
    "counselling",
    "information",
    "rights-complaints",
)
ENTRY_FIELDS = {
    "name",
    "what",
    "services",
    "phones",
    "local_numbers",
    "web",
    "email",
    "messaging",
    "languages",
    "area",
    "source",
    "verified_by_person",
}
SOURCE_FIELDS = {"url", "title", "read"}
NOT_VERIFIED = "false"


def read_country(
    path: Path, today: date | None, languages: Collection[str] = (SOURCE_LANGUAGE,)
) -> tuple[Country | None, list[Problem]]:
    """`languages`: the UI languages, each of which every entry's `what` must be written in."""
    reader = Reader(path)
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        reader.problem(1, "is not UTF-8 text: save it as UTF-8")
        return None, reader.problems or []
    node = reader.parse(text)
    if node is None:
        return None, reader.problems or []
    fields = reader.fields(node, {"country", "machine_drafted", "entries"})
    code = reader.text(fields, "country", 1)
    if code is not None and code != path.stem:
        reader.problem(1, f"`country` is {code} but the file is named {path.name}")
    if code is not None and code != GLOBAL and code not in COUNTRIES:
        reader.problem(1, f'`country` must be a country code like "TH", or "GLOBAL", not {code}')
    drafted = set()
    for language, at in reader.texts(fields, "machine_drafted", 1):
        if language not in languages or language == SOURCE_LANGUAGE:
            reader.problem(at, f"`machine_drafted` names {language}, not a translated UI language")
        drafted.add(language)
    entries_node = fields.get("entries")
    if not isinstance(entries_node, SequenceNode):
        reader.problem(1, '`entries:` should be a list of `- name: "…"` entries')
        return None, reader.problems or []
    entries = []
    for item in entries_node.value:
        if not isinstance(item, MappingNode):
            reader.problem(reader.line_of(item), 'each entry starts with `- name: "…"`')
            continue
        entry = _entry(reader, item, today, languages)
        if entry is not None:
            entries.append(entry)
    if code is None or reader.problems:
        return None, reader.problems or []
    return Country(code, tuple(entries), frozenset(drafted)), []


def _entry(
    reader: Reader, node: MappingNode, today: date | None, languages: Collection[str]
) -> DirectoryEntry | None:
    line = reader.line_of(node)
    fields = reader.fields(node, ENTRY_FIELDS)
    name = reader.text(fields, "name", line)
    what = _what(reader, fields, line, languages)
    source = _source(reader, fields, line, today)
    web = reader.text(fields, "web", line, required=False)
    if web is not None and not web.startswith("https://") and not web.startswith("http://"):
        reader.problem(reader.line_of(fields["web"]), f"`web` must start with https://: {web}")
    email = reader.text(fields, "email", line, required=False)
    if email is not None and not EMAIL.fullmatch(email):
        reader.problem(reader.line_of(fields["email"]), f"`email` is not an address: {email}")
    messaging = reader.text(fields, "messaging", line, required=False)
    area = reader.text(fields, "area", line, required=False)
    services = _checked(reader, fields, "services", line, SERVICES.__contains__, _service_hint)
    if "services" not in fields:
        reader.problem(line, f"`services` is missing: one or more of {', '.join(SERVICES)}")
    phones = _checked(
        reader,
        fields,
        "phones",
        line,
        PHONE.fullmatch,
        lambda v: f'{v} is not an international number like "+66 2 123 4567"',
    )
    local = _checked(
        reader,
        fields,
        "local_numbers",
        line,
        LOCAL_NUMBER.fullmatch,
        lambda v: f"{v} is not a number dialled inside the country, like 1348 or 1577-0071",
    )
    spoken = _checked(
        reader,
        fields,
        "languages",
        line,
        LANGUAGE.fullmatch,
        lambda v: f'a language is a code like "en" or "th", not {v}',
    )
    checked = _verified(reader, fields, line, today)
    if name is None or what is None or source is None or isinstance(checked, bool):
        return None
    return DirectoryEntry(
        name=name,
        what=what,
        services=tuple(services),
        phones=tuple(phones),
        local_numbers=tuple(local),
        web=web,
        email=email,
        messaging=messaging,
        languages=tuple(spoken),
        area=area,
        source=source,
        checked_by_person=checked,
    )


def _service_hint(value: str) -> str:
    return f"`services` can be {', '.join(SERVICES)}, not {value}"


def _checked(
    reader: Reader,
    fields: dict[str, Node],
    name: str,
    line: int,
    good: Callable[[str], object],
    why: Callable[[str], str],
) -> list[str]:
    kept = []
    for value, at in reader.texts(fields, name, line):
        if good(value):
            kept.append(value)
        else:
            reader.problem(at, why(value))
    return kept


def _what(
    reader: Reader, fields: dict[str, Node], line: int, languages: Collection[str]
) -> dict[str, str] | None:
    node = fields.get("what")
    if node is None:
        reader.problem(line, "`what` is missing: what the organisation does, in every language")
        return None
    if not isinstance(node, MappingNode):
        reader.problem(
            reader.line_of(node),
            '`what` should give each language on its own line: `en: "…"`, `th: "…"`',
        )
        return None
    texts: dict[str, str] = {}
    for key, value in node.value:
        language = key.value if isinstance(key, ScalarNode) else "?"
        if language not in languages:
            reader.problem(reader.line_of(key), f"`what` has {language}, not a UI language")
            continue
        text = reader.scalar(value, f"what {language}")
        if text is not None:
            texts[language] = text
    missing = [language for language in sorted(languages) if language not in texts]
    if missing:
        reader.problem(reader.line_of(node), f"`what` is missing in {', '.join(missing)}")
        return None
    return texts


def _source(
    reader: Reader, fields: dict[str, Node], line: int, today: date | None
) -> Source | None:
    node = fields.get("source")
    if node is None:
        reader.problem(
            line, "`source` is missing: the public page it was read from (url, title, read)"
        )
        return None
    if not isinstance(node, MappingNode):
        reader.problem(
            reader.line_of(node),
            "`source` should give the page's `url`, `title` and the day it was `read`",
        )
        return None
    at = reader.line_of(node)
    parts = reader.fields(node, SOURCE_FIELDS)
    url = reader.text(parts, "url", at)
    title = reader.text(parts, "title", at)
    read = reader.day(parts, "read", at)
    if url is not None and not url.startswith(("https://", "http://")):
        at = reader.line_of(parts["url"])
        reader.problem(at, f"the source `url` is not a web address: {url}")
        return None
    if read is not None and today is not None and read > today:
        reader.problem(reader.line_of(parts["read"]), "the source was `read` in the future")
        return None
    if url is None or title is None or read is None:
        return None
    return Source(url, title, read)


def _verified(
    reader: Reader, fields: dict[str, Node], line: int, today: date | None
) -> date | bool | None:
    """None: not yet verified by a person; the day a reviewer checked it; False: a problem."""
    value = reader.text(fields, "verified_by_person", line)
    if value is None:
        return False
    if value == NOT_VERIFIED:
        return None
    at = reader.line_of(fields["verified_by_person"])
    if not DATE.fullmatch(value):
        reader.problem(
            at, f'`verified_by_person` is "false", or the day a person checked it, not {value}'
        )
        return False
    try:
        day = date.fromisoformat(value)
    except ValueError:
        reader.problem(at, f"`verified_by_person` is not a real date: {value}")
        return False
    if today is not None and day > today:
        reader.problem(at, "`verified_by_person` is in the future")
        return False
    return day
