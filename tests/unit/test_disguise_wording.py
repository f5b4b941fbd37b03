"""Disguise mode: nothing a person in disguise mode sees may say what the bot is for.

English only, and over the whole catalogue; tests/unit/test_disguise_walk.py walks what the
code can show, in every language."""

import re
from pathlib import Path

from fluent.syntax import ast, parse
from fluent.syntax.serializer import serialize_message

LOCALES = Path(__file__).resolve().parents[2] / "locales"
GIVEAWAYS = re.compile(
    r"\b(sos|alerts?|alerted|emergency|detention|detained|danger|police|disguise|duress)\b", re.I
)
# Shown only in the coordinators' group, never in a person's private chat.
GROUP_ONLY = {"coordinators-set", "coordinators-not-admin", "coordinators-in-private"}
# /alerts and /resolve: for the network's coordinators, in their chat or privately.
COORDINATORS_ONLY = "alerts-"
# Shown only while disguise mode is off: the way to turn it on.
DISGUISE_OFF_ONLY = {"settings-disguise-on", "disguise-off"}
# Never shown: the words for help that raise an SOS when typed alone.
NEVER_SHOWN = {"sos-typed-words"}
# The lines only an article's page shows: the article is shown as written, in disguise too
# (and deleted with auto-delete). Its topic's name, in lists, has a neutral wording.
ARTICLE_PAGE = {"rights-not-advice"}


def messages(language: str) -> dict[str, str]:
    found = {}
    for path in sorted((LOCALES / language).glob("*.ftl")):
        for entry in parse(path.read_text(encoding="utf-8")).body:
            if isinstance(entry, ast.Message):
                found[entry.id.name] = serialize_message(entry)
    return found


def test_every_message_that_gives_the_bot_away_has_neutral_wording():
    english = messages("en")
    missing = [
        name
        for name, text in english.items()
        if not name.endswith("--disguised")
        and name not in GROUP_ONLY | DISGUISE_OFF_ONLY | NEVER_SHOWN | ARTICLE_PAGE
        and not name.startswith(COORDINATORS_ONLY)
        and GIVEAWAYS.search(text.split("=", 1)[1])
        and f"{name}--disguised" not in english
    ]
    assert missing == []


def test_neutral_wording_is_neutral():
    english = messages("en")
    leaks = {
        name: GIVEAWAYS.findall(text.split("=", 1)[1])
        for name, text in english.items()
        if name.endswith("--disguised") and GIVEAWAYS.search(text.split("=", 1)[1])
    }
    assert leaks == {}
