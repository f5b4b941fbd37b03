"""A slip in one translation never stops an alert: Telegram refuses the French SOS for its
unbalanced <i>, and the bot sends it again as plain text, keeps the contact reachable, and
tells the admins which message in which language to fix (naming nobody)."""

import shutil
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.i18n import Translator
from tests.e2e.alerting import ADMIN_ID, link, refs
from tests.e2e.harness import BotHarness

LOCALES = Path(__file__).resolve().parents[2] / "locales"
SLIP = (
    "alert-title-sos = 🆘 <b>SOS : { $who } a besoin d'aide maintenant.</b>",
    "alert-title-sos = 🆘 <b>SOS : <i>{ $who } a besoin d'aide maintenant.</b>",
)


def locales_with_the_french_slip(root: Path) -> Path:
    """The shipped UI strings with the slip `make content` would have caught."""
    locales = root / "locales"
    shutil.copytree(LOCALES, locales, ignore=shutil.ignore_patterns("rights", "directory"))
    path = locales / "fr" / "alerts.ftl"
    text = path.read_text("utf-8")
    assert SLIP[0] in text
    path.write_text(text.replace(*SLIP), "utf-8")
    menu = locales / "fr" / "bot.ftl"  # and one in a direct reply: the menu
    menu.write_text(
        menu.read_text("utf-8").replace("menu =\n    <b>Menu</b>", "menu =\n    <b>Menu")
    )
    return locales


@pytest.fixture
async def bot(tmp_path) -> AsyncIterator[BotHarness]:
    translate = Translator.load(locales_with_the_french_slip(tmp_path))
    harness = BotHarness(tmp_path / "data", translate=translate, BOT_ADMINS=ADMIN_ID)
    await harness.start()
    yield harness
    await harness.stop()


async def test_an_sos_refused_for_a_french_slip_reaches_the_contact_as_plain_text(bot):
    admin = bot.user("coordinator", first_name="Cora")  # the admin: made first
    alice = bot.user("alice", first_name="Alice")
    marie = bot.user("marie", first_name="Marie", language_code="fr")
    await admin.send("/start")  # a bot may write only to people who have started it
    await alice.send("/start")
    await link(alice, marie, "Marie", accept=1)
    await alice.send("/sos")
    alert = marie.last
    assert "SOS : Alice a besoin d'aide maintenant." in alert.text
    assert alert.parse_mode is None  # as plain text
    assert alert.entities == []
    assert alert.buttons[0] == ["🙋 Je m'en occupe", "✋ Je ne peux pas aider"]
    assert refs([alert.text]) == refs([alice.last_text])
    # Delivered, so not unreachable: the defender hears nothing of the kind, and the
    # contact's answer still works.
    assert not any("could not be reached" in text for text in alice.texts())
    await marie.press("🙋 Je m'en occupe")
    assert "Marie is on it" in alice.last_text
    # The admins learn which message, in which language; nobody is named.
    (told,) = [text for text in admin.texts() if "Telegram refused" in text]
    assert "alert-title-sos in fr" in told
    assert "plain text" in told
    for name in ("Alice", "Marie", "Cora"):
        assert name not in told


async def test_the_admins_are_told_of_a_slip_once_not_at_every_alert(bot):
    admin = bot.user("coordinator", first_name="Cora")
    alice = bot.user("alice", first_name="Alice")
    marie = bot.user("marie", first_name="Marie", language_code="fr")
    await admin.send("/start")
    await alice.send("/start")
    await link(alice, marie, "Marie", accept=1)
    await alice.send("/sos")
    await alice.press("↩️ False alarm: cancel")
    await alice.send("/sos")
    assert len(refs(marie.texts())) == 2
    assert sum("Telegram refused" in text for text in admin.texts()) == 1


async def test_a_direct_reply_refused_for_a_slip_arrives_as_plain_text(bot):
    admin = bot.user("coordinator", first_name="Cora")
    marie = bot.user("marie", first_name="Marie", language_code="fr")
    await admin.send("/start")
    await marie.send("/start")
    await marie.send("☰ Menu")
    assert marie.last_text.startswith("Menu\n")
    assert "/contacts" in marie.last_text
    assert marie.last.parse_mode is None
    assert any("refused menu in fr" in text for text in admin.texts())
