"""The shared lists every article refers to: topics (`content.yaml`) and citations
(`citations.yaml`)."""

from __future__ import annotations

import re
from pathlib import Path

from yaml.nodes import MappingNode, ScalarNode

from bot.content.fields import Reader
from bot.content.model import Citation, Document, Problem

TOPIC = re.compile(r"[a-z][a-z0-9-]{0,23}")


def read_topics(path: Path) -> tuple[tuple[str, ...], list[Problem]]:
    reader = Reader(path)
    node = _mapping(reader, path)
    if node is None:
        return (), reader.problems or []
    fields = reader.fields(node, {"topics"})
    topics = []
    for topic, line in reader.texts(fields, "topics", 1):
        if not TOPIC.fullmatch(topic):
            reader.problem(line, f"a topic is lowercase letters, digits and -, not {topic}")
        elif topic in topics:
            reader.problem(line, f"the topic {topic} is listed twice")
        else:
            topics.append(topic)
    if not topics:
        reader.problem(1, "no topics are listed")
    return tuple(topics), reader.problems or []


def read_citations(path: Path) -> tuple[dict[str, Citation], list[Problem]]:
    reader = Reader(path)
    node = _mapping(reader, path)
    if node is None:
        return {}, reader.problems or []
    sections = reader.fields(node, {"documents", "citations"})
    documents: dict[str, Document] = {}
    for name, value, line in _entries(reader, sections.get("documents"), "documents"):
        fields = reader.fields(value, {"title", "short", "file", "url"})
        title = reader.text(fields, "title", line)
        short = reader.text(fields, "short", line)
        if title is not None and short is not None:
            documents[name] = Document(name, title, short)
    citations: dict[str, Citation] = {}
    for name, value, line in _entries(reader, sections.get("citations"), "citations"):
        fields = reader.fields(value, {"document", "where"})
        document = reader.text(fields, "document", line)
        where = reader.text(fields, "where", line)
        if document is not None and document not in documents:
            reader.problem(line, f"unknown document {document}: list it under documents")
        elif document is not None and where is not None:
            citations[name] = Citation(name, documents[document], where)
    return citations, reader.problems or []


def _mapping(reader: Reader, path: Path) -> MappingNode | None:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        reader.problem(1, "is missing")
        return None
    except UnicodeDecodeError:
        reader.problem(1, "is not UTF-8 text: save it as UTF-8")
        return None
    return reader.parse(text)


def _entries(reader: Reader, node: object, section: str) -> list[tuple[str, MappingNode, int]]:
    if node is None:
        reader.problem(1, f"the `{section}:` section is missing")
        return []
    if not isinstance(node, MappingNode):
        reader.problem(1, f'`{section}:` should hold `"id":` entries')
        return []
    found = []
    seen: set[str] = set()
    for key, value in node.value:
        line = reader.line_of(key)
        name = key.value if isinstance(key, ScalarNode) else ""
        if name in seen:
            reader.problem(line, f"{name} is given twice")
        elif not isinstance(value, MappingNode):
            reader.problem(line, f'{name} should hold `field: "value"` lines')
        else:
            seen.add(name)
            found.append((name, value, line))
    return found
