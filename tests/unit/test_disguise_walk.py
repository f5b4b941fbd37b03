"""The disguise walk (see tests/unit/disguise_walk.py for what is walked and what is not)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.content.navigation import ArticlePage
from bot.content.store import ContentStore
from bot.i18n import Translator, default_locales_dir
from bot.services.rights import RightsService, View
from tests.unit.disguise_giveaways import GIVEAWAYS, IDEAS, LANGUAGES, giveaways, pattern
from tests.unit.disguise_walk import Leak, argument_sets, leaks_in, reachable


def walk(translate: Translator) -> list[Leak]:
    found: list[Leak] = []
    for message_id in reachable(translate):
        sets = argument_sets(translate, message_id)
        for language in translate.languages:
            words = giveaways(language)
            for args in sets:
                text = translate(language, message_id, disguise=True, **args)
                found += [Leak(language, message_id, w) for w in leaks_in(text, words)]
    return sorted(set(found), key=str)


def rights_views(rights: RightsService, language: str) -> list[tuple[str, View]]:
    """What lists the rights information in disguise: topics, each topic's articles, a search."""
    views = [("topics", rights.topics(language, disguise=True))]
    for topic in rights.store.library.topics:
        view = rights.topic(language, topic, disguise=True)
        if view is not None:
            views.append((f"topic {topic}", view))
            for article_id in rights.store.library.ids_in(topic):
                page = rights.page(language, ArticlePage(article_id, 1), disguise=True)
                assert page is not None
                # The page itself is the article the person chose; its buttons are walked.
                views.append((f"buttons of {article_id}", View("", page.rows)))
    for query in ("lawyer", "detention", "passport", "asylum"):
        views.append((f"search {query}", rights.search(language, query, disguise=True)))
    views.append(("directory", rights.countries(language, disguise=True)))
    return views


def rights_leaks(translate: Translator, locales: Path) -> list[Leak]:
    store = ContentStore(locales, translate)
    store.load_at_start()
    rights = RightsService(store, translate)
    found: list[Leak] = []
    for language in translate.languages:
        words = giveaways(language)
        for name, view in rights_views(rights, language):
            shown = [view.text, *(label for row in view.rows for label, _ in row)]
            for text in shown:
                found += [Leak(language, name, w) for w in leaks_in(text, words)]
    return sorted(set(found), key=str)


@pytest.fixture(scope="module")
def translate() -> Translator:
    return Translator.load()


def test_every_language_has_its_giveaways(translate):
    assert translate.languages == LANGUAGES


def test_the_walk_finds_the_messages_handlers_send(translate):
    walked = reachable(translate)
    # Found in the code, not listed: a few every flow shows, and ones named through f-strings.
    for message_id in ("safety-pin-saved", "card-field-lawyer-name", "wipe-ask", "help"):
        assert message_id in walked
    assert "rights-topic-detention" in walked
    assert not any(m.startswith(("alerts-", "coordinators-")) for m in walked)
    assert "alert-title-sos" in walked  # a contact may be in disguise too
    assert "alert-you-resolved" in walked


def test_nothing_a_defender_in_disguise_sees_gives_the_bot_away(translate):
    leaks = walk(translate)
    assert [str(leak) for leak in leaks] == []


def test_rights_lists_in_disguise_are_neutral(translate):
    leaks = rights_leaks(translate, default_locales_dir())
    assert [str(leak) for leak in leaks] == []


@pytest.fixture
def patched_locales(tmp_path: Path) -> Path:
    copy = tmp_path / "locales"
    shutil.copytree(default_locales_dir(), copy)
    return copy


def test_the_walk_fails_when_a_giveaway_is_put_back_into_one_translation(patched_locales):
    catalogue = patched_locales / "fr" / "pin.ftl"
    text = catalogue.read_text(encoding="utf-8")
    wording = next(line for line in text.splitlines() if line.startswith("pin-gate-ask--disguised"))
    catalogue.write_text(
        text.replace(wording, "pin-gate-ask--disguised = Tapez votre code PIN d'alerte."),
        encoding="utf-8",
    )
    leaks = [str(leak) for leak in walk(Translator.load(patched_locales))]
    assert leaks == ["fr pin-gate-ask: “PIN”", "fr pin-gate-ask: “alerte”"]


def test_the_rights_walk_fails_when_a_topic_label_gives_it_away(patched_locales):
    catalogue = patched_locales / "th" / "rights.ftl"
    text = catalogue.read_text(encoding="utf-8")
    wording = "rights-topic-detention--disguised = 📗 ส่วนที่ 1"
    assert wording in text
    catalogue.write_text(
        text.replace(wording, "rights-topic-detention--disguised = 📗 สิทธิ"), encoding="utf-8"
    )
    leaks = rights_leaks(Translator.load(patched_locales), patched_locales)
    assert "th topics: “สิทธิ”" in [str(leak) for leak in leaks]


# Plain (not disguised) messages that name each idea: in every language, the list of
# giveaways must catch that idea's word in them, or the walk would miss it in that language.
NAMED_PLAINLY = {
    "SOS": ("sos-raised", {"names": "Sam"}),
    "alert": ("checkin-pin-ask", {}),
    "PIN": ("pin-gate-ask", {}),
    "duress": ("settings-duress", {}),
    "trusted contact": ("contacts-removed", {"label": "Sam"}),
    "coordinator": ("alert-name-coordinators", {}),
    "lawyer": ("card-field-lawyer-name", {}),
    "rights": ("rights-unavailable", {}),
    "detention": ("rights-topic-detention", {}),
    "legal aid": ("rights-directory-button", {}),
    "passport": ("card-field-document-number", {}),
    "migrant": ("rights-topic-detention", {}),
    "emergency": ("card-heading", {}),
    "police": ("help", {}),
}


@pytest.mark.parametrize("idea", sorted(NAMED_PLAINLY))
def test_the_giveaways_know_every_languages_word(translate, idea):
    message_id, args = NAMED_PLAINLY[idea]
    missed = [
        language
        for language in translate.languages
        if not leaks_in(translate(language, message_id, **args), pattern(language, [idea]))
    ]
    assert missed == []


def test_every_language_lists_every_idea():
    assert all(sorted(GIVEAWAYS[language]) == sorted(IDEAS) for language in LANGUAGES)
