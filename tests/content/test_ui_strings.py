"""The UI strings (`locales/<lang>/*.ftl`) are checked like the articles: one precise
`file:line: message` per problem, and `content check` (so `make content`) fails on any."""

import shutil
from pathlib import Path

from bot.__main__ import main
from bot.content.ui_strings import broken_messages, check_ui_strings, culprits
from bot.i18n import Translator

LOCALES = Path(__file__).resolve().parents[2] / "locales"
BROKEN = Path(__file__).resolve().parent / "broken_ui"
FRENCH_SLIP = (
    "alert-title-sos = 🆘 <b>SOS : { $who } a besoin d'aide maintenant.</b>",
    "alert-title-sos = 🆘 <b>SOS : <i>{ $who } a besoin d'aide maintenant.</b>",
)

# One folder per rule; each gives exactly these lines (and the English none).
EXPECTED = [
    "broken_ui/ar/ui.ftl:3: alert-title-sos starts with a left-to-right character: begin it "
    "with a word in the language of the translation",
    "broken_ui/de/ui.ftl:3: alert-title-sos uses { $wer }, which the bot does not pass; the "
    "English uses { $who }",
    "broken_ui/de/ui.ftl:3: alert-title-sos leaves out { $who }, which the English shows",
    "broken_ui/es/ui.ftl:1: command-sos is missing: translate it from en/ui.ftl:14, with "
    "`# translation_of: 816c68978b84` on the line above it",
    "broken_ui/es/ui.ftl:13: a message is written `id = text` and this line has no `=`: add "
    "it, or indent the line if it continues the message above",
    "broken_ui/fr/ui.ftl:3: alert-title-sos: <i> is never closed",
    "broken_ui/id/ui.ftl:1: greeting cannot be shown: Unknown message: welcome",
    "broken_ui/it/ui.ftl:1: contacts is missing: translate it from en/ui.ftl:9, with "
    "`# translation_of: c91bd6378015` on the line above it",
    "broken_ui/nl/ui.ftl:1: greeting--disguised is missing: the English has a disguised "
    "wording (en/ui.ftl:3), so in disguise this message would be shown in English",
    "broken_ui/pl/ui.ftl:1: greeting is 5247 characters with long names; Telegram's limit is 4096",
    "broken_ui/pt/ui.ftl:8: contact is not in the English: check its spelling, or remove it",
    "broken_ui/sv/ui.ftl:4: help: the commands differ from the English (/sos)",
    "broken_ui/tr/ui.ftl:12: command-sos is 287 characters; a command menu entry takes at most 256",
]


def test_each_broken_catalogue_gives_its_exact_line():
    found = sorted(check_ui_strings(BROKEN), key=lambda p: (str(p.path), p.line))
    assert [p.show(BROKEN.parent) for p in found] == EXPECTED


def test_the_shipped_ui_strings_pass():
    assert [p.show(LOCALES.parent) for p in check_ui_strings(LOCALES)] == []


def with_the_french_slip(tmp_path: Path) -> Path:
    locales = tmp_path / "locales"
    shutil.copytree(LOCALES, locales)
    path = locales / "fr" / "alerts.ftl"
    text = path.read_text("utf-8")
    assert FRENCH_SLIP[0] in text
    path.write_text(text.replace(*FRENCH_SLIP), "utf-8")
    return locales


def test_content_check_fails_on_the_unbalanced_italic_in_the_french_sos_title(
    tmp_path, capsys, monkeypatch
):
    locales = with_the_french_slip(tmp_path)
    monkeypatch.chdir(tmp_path)
    assert main(["content", "check", "--locales", str(locales)]) == 1
    captured = capsys.readouterr()
    lines = (locales / "fr" / "alerts.ftl").read_text("utf-8").splitlines()
    line = 1 + next(n for n, text in enumerate(lines) if text.startswith("alert-title-sos ="))
    assert captured.out.strip().split("\n") == [
        f"locales/fr/alerts.ftl:{line}: alert-title-sos: <i> is never closed"
    ]
    assert captured.err.strip() == "1 problem"


def test_a_refused_text_is_traced_to_the_message_and_language_that_broke_it(tmp_path):
    translate = Translator.load(with_the_french_slip(tmp_path))
    broken = broken_messages(translate)
    assert [(b.language, b.message_id) for b in broken] == [("fr", "alert-title-sos")]
    refused = "\n\n".join(
        [translate("fr", "alert-title-sos", who="Alice"), translate("fr", "alert-guidance")]
    )
    assert [(b.language, b.message_id) for b in culprits(refused, broken)] == [
        ("fr", "alert-title-sos")
    ]
    assert culprits(translate("fr", "alert-guidance"), broken) == []


def test_a_slip_inside_a_long_message_is_reported_at_its_own_line(tmp_path):
    shutil.copytree(BROKEN / "en", tmp_path / "en")
    shutil.copytree(BROKEN / "sv", tmp_path / "sv")
    path = tmp_path / "sv" / "ui.ftl"
    text = path.read_text("utf-8").replace("/larm – larma", "/sos – <b>larma")
    path.write_text(text, "utf-8")
    assert [p.show(tmp_path) for p in check_ui_strings(tmp_path)] == [
        "sv/ui.ftl:6: help: <b> is never closed"
    ]


def test_in_a_right_to_left_language_the_way_arrows_are_mirrored(tmp_path):
    for language in ("en", "fa"):
        shutil.copytree(
            LOCALES / language, tmp_path / language, ignore=shutil.ignore_patterns("rights")
        )
    rights = tmp_path / "fa" / "rights.ftl"
    text = rights.read_text("utf-8")
    assert "rights-next = بعدی ◀" in text
    rights.write_text(text.replace("rights-next = بعدی ◀", "rights-next = بعدی ▶"), "utf-8")
    number = 1 + text[: text.index("rights-next = ")].count("\n")
    found = [p.show(tmp_path) for p in check_ui_strings(tmp_path)]
    assert [line for line in found if "arrow" in line] == [
        f"fa/rights.ftl:{number}: rights-next: in a right-to-left language the arrow points "
        "the other way: use ◀ where the English has ▶"
    ]
