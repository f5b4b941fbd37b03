"""The words people really type find the right articles, in every language shipped: the
queries and what they must find are in search_queries.yaml."""

from pathlib import Path

import pytest
import yaml

from bot.content.store import ContentStore
from bot.i18n import Translator

LOCALES = Path(__file__).resolve().parents[2] / "locales"
QUERIES = yaml.safe_load((Path(__file__).parent / "search_queries.yaml").read_text("utf-8"))
STORE = ContentStore(LOCALES, Translator.load(LOCALES))
CASES = [
    (language, query, tuple(expected))
    for language, queries in QUERIES.items()
    for query, expected in queries.items()
]


def test_every_language_shipped_has_real_queries():
    assert set(QUERIES) == STORE.library.languages


@pytest.mark.parametrize(("language", "query", "expected"), CASES)
def test_a_query_finds_its_articles(language, query, expected):
    found = [article_id for article_id, _ in STORE.search(language, query)]
    assert set(expected) <= set(found), found
    assert found[0] in expected, found
