"""The statements a review found wrong or risky stay corrected, in every language they are
written in (issue 14): the articles as shipped, read as the reader gets them."""

from pathlib import Path

import pytest

from bot.content.loader import load_content
from bot.content.markup import plain
from bot.i18n import SOURCE_LANGUAGE, Translator

LOCALES = Path(__file__).resolve().parents[2] / "locales"
TRANSLATE = Translator.load(LOCALES)
LIBRARY = load_content(LOCALES, None, TRANSLATE).library


def text_of(article_id: str, language: str = SOURCE_LANGUAGE) -> str:
    article = LIBRARY.article(language, article_id)
    assert article is not None
    return plain("\n".join(article.blocks))


@pytest.mark.parametrize(
    ("article_id", "wrong"),
    [
        ("contacts-if-detained", "it really was them"),  # a PIN can be forced out of someone
        ("digital-safety", "so your contacts know it really was you"),
        ("contacts-if-detained", "Ask the authorities where they are held"),
        ("non-refoulement", "prohibits expelling asylum seekers"),  # CAT art. 3: any person
        ("detained-rights", "You have the right to challenge"),
        ("documents-are-yours", "have the right to keep their own identity documents"),
        ("digital-safety", "erases everything the bot keeps"),
        ("free-legal-help", "for legal aid and hotlines"),
    ],
)
def test_a_statement_found_wrong_is_not_made(article_id, wrong):
    assert wrong not in text_of(article_id)


def test_firewalls_are_caveated_on_the_first_page():
    article = LIBRARY.article(SOURCE_LANGUAGE, "complaints-and-firewalls")
    assert article is not None
    assert "Many countries have no such firewalls" in plain(article.blocks[0])


def test_the_consensus_on_ending_detention_is_not_said_to_be_of_states():
    assert "not an agreement of States" in text_of("alternatives-to-detention")


def test_the_ui_says_what_a_pin_shows_and_asks_through_a_lawyer():
    assert "proves nothing on its own" in TRANSLATE("en", "safety-pin-explain")
    assert "can be forced out of someone" in TRANSLATE("en", "alert-to-resolved", who="Alice")
    for message in ("alert-guidance", "alert-guidance-duress"):
        guidance = TRANSLATE("en", message)
        assert "through the lawyer or an organisation" in guidance
        assert "They have the right to a lawyer" not in guidance


@pytest.mark.parametrize(
    "article_id",
    ["contacts-if-detained", "detained-rights", "documents-are-yours", "free-legal-help"],
)
def test_every_translation_follows_the_corrected_english(article_id):
    english = LIBRARY.article(SOURCE_LANGUAGE, article_id)
    assert english is not None
    translations = [
        article
        for (language, found), article in LIBRARY.articles.items()
        if found == article_id and language != SOURCE_LANGUAGE
    ]
    assert len(translations) == 8
    assert {a.language for a in translations if a.translation_of != english.revision} == set()
    assert all(a.sources == english.sources for a in translations)
