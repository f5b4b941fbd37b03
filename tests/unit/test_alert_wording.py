"""Lists of names and the words that agree with them, per language, from the real catalogues
(issue 11: "Bobby have been told", "the network's coordinators is on it")."""

import html

import pytest

from bot.domain.alerts import COORDINATORS
from bot.i18n import Translator
from bot.services.alert_messages import AlertMessages, Reader

TRANSLATE = Translator.load()
MESSAGES = AlertMessages(TRANSLATE)
NAMES = ["Bobby", "Carol", "Dave"]


def told(language: str, names: list[str]) -> str:
    reader = Reader(language)
    return TRANSLATE(
        language,
        "sos-already-open",
        ref="Q7XK2M",
        names=MESSAGES.join_names(reader, names),
        count=len(names),
    ).split("\n")[0]


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", ["Bobby", "Bobby and Carol", "Bobby, Carol and Dave"]),
        ("fr", ["Bobby", "Bobby et Carol", "Bobby, Carol et Dave"]),
        ("es", ["Bobby", "Bobby y Carol", "Bobby, Carol y Dave"]),
    ],
)
def test_names_are_joined_in_each_language(language, expected):
    reader = Reader(language)
    assert [MESSAGES.join_names(reader, NAMES[:n]) for n in (1, 2, 3)] == expected


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "en",
            [
                "It has not reached anyone yet.",
                "Bobby has been told.",
                "Bobby and Carol have been told.",
                "Bobby, Carol and Dave have been told.",
            ],
        ),
        (
            "fr",
            [
                "Elle n'a encore atteint personne.",
                "Bobby est au courant.",
                "Bobby et Carol sont au courant.",
                "Bobby, Carol et Dave sont au courant.",
            ],
        ),
    ],
)
def test_who_has_been_told_agrees_with_one_two_and_three_names(language, expected):
    assert [told(language, NAMES[:n]).split("). ")[-1] for n in range(4)] == expected


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "🙋 the network's coordinators are on it."),
        ("fr", "🙋 la coordination du réseau s'en occupe."),
    ],
)
def test_the_coordinators_agree_as_their_name_does_in_each_language(language, expected):
    reader = Reader(language)
    name = TRANSLATE(language, "alert-name-coordinators")
    count = MESSAGES.people_count(reader, [COORDINATORS])
    text = TRANSLATE(language, "alert-you-acknowledged-by", names=name, count=count)
    assert html.unescape(text) == expected  # as Telegram shows it
    assert MESSAGES.people_count(reader, ["contact-1"]) == 1


def test_a_name_is_escaped_once_however_it_is_joined():
    names = MESSAGES.join_names(Reader("en"), ["A <b>", "B & C", "D"])
    text = TRANSLATE("en", "sos-already-open", ref="X", names=names, count=3)
    assert "A &lt;b&gt;, B &amp; C and D have been told" in text


@pytest.mark.parametrize("language", TRANSLATE.languages)
def test_every_language_joins_three_names_keeping_every_name(language):
    joined = MESSAGES.join_names(Reader(language), NAMES)
    positions = [joined.find(name) for name in NAMES]
    assert -1 not in positions
    assert positions == sorted(positions)
    assert "\ue000" not in joined
    assert "\ue001" not in joined
