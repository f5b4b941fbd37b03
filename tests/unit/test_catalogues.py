"""Translations must fit the English catalogue they translate (a first check; the content
checker of the rights-information work will do more)."""

import re
from pathlib import Path

import pytest
from fluent.syntax import ast, parse
from fluent.syntax.serializer import serialize_message

LOCALES = Path(__file__).resolve().parents[2] / "locales"
VARIABLE = re.compile(r"\{\s*\$([a-z_]+)")


def catalogue(language: str) -> dict[str, str]:
    found: dict[str, str] = {}
    for path in sorted((LOCALES / language).glob("*.ftl")):
        resource = parse(path.read_text(encoding="utf-8"))
        junk = [entry for entry in resource.body if isinstance(entry, ast.Junk)]
        assert not junk, f"{path}: Fluent syntax error near {junk[0].content[:60]!r}"
        for entry in resource.body:
            if isinstance(entry, ast.Message):
                found[entry.id.name] = serialize_message(entry)
    return found


TRANSLATIONS = sorted(
    p.name for p in LOCALES.iterdir() if p.is_dir() and p.name != "en" and any(p.glob("*.ftl"))
)


@pytest.mark.parametrize("language", TRANSLATIONS)
def test_translations_use_only_known_messages_and_the_same_variables(language):
    english = catalogue("en")
    for name, text in catalogue(language).items():
        assert name in english, f"{language}: {name} is not an English message"
        assert set(VARIABLE.findall(text)) == set(VARIABLE.findall(english[name])), name


@pytest.mark.parametrize("language", ["en", *TRANSLATIONS])
def test_every_catalogue_names_its_language(language):
    assert "language-name" in catalogue(language)
