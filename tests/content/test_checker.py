"""`python -m bot content check`: silent on good content, one precise line per problem."""

from datetime import date
from pathlib import Path

import pytest

from bot.__main__ import main
from bot.clock import SystemClock
from bot.content.loader import load_content
from bot.i18n import Translator
from tests.content.tree import edit, write_tree

TODAY = date(2026, 6, 1)
LOCALES = Path(__file__).resolve().parents[2] / "locales"


def problems_in(locales: Path) -> list[str]:
    loaded = load_content(locales, TODAY, Translator.load(locales))
    return [p.show(locales.parent) for p in loaded.problems]


def test_the_shipped_content_passes():
    today = SystemClock().now().date()
    loaded = load_content(LOCALES, today, Translator.load(LOCALES))
    assert [p.show(LOCALES.parent) for p in loaded.problems] == []
    assert len([a for (lang, _), a in loaded.library.articles.items() if lang == "en"]) >= 14


def test_the_small_tree_passes(tmp_path):
    assert problems_in(write_tree(tmp_path)) == []


EN = "en/rights/held.md"
AR = "ar/rights/held.md"
TH = "directory/TH.yaml"

BROKEN = [
    (
        EN,
        'reviewed: "2026-01-10"',
        "reviewed: 2026-01-10",
        "locales/en/rights/held.md:8: `reviewed` is not quoted, and YAML tools read "
        '2026-01-10 as a date: write it as "2026-01-10"',
    ),
    (
        EN,
        'title: "If you are held"',
        "title: If you are held",
        'locales/en/rights/held.md:3: `title` is not quoted: write it as "If you are held"',
    ),
    (
        EN,
        '  - "pg-8"',
        '  - "pg-99"',
        "locales/en/rights/held.md:7: unknown source pg-99: did you mean pg-8 or pg-3? If not, "
        "add it to locales/citations.yaml",
    ),
    (
        EN,
        'topic: "detention"',
        'topic: "prisons"',
        "locales/en/rights/held.md:2: unknown topic prisons; the topics are: detention, legal-aid",
    ),
    (
        EN,
        'id: "held"',
        'id: "kept"',
        "locales/en/rights/held.md:2: `id` is kept but the file is named held.md",
    ),
    (
        EN,
        'reviewed: "2026-01-10"',
        'reviewed: "2026-02-30"',
        "locales/en/rights/held.md:8: `reviewed` is not a real date: 2026-02-30",
    ),
    (
        EN,
        'reviewed: "2026-01-10"',
        'reviewed: "2027-01-10"',
        "locales/en/rights/held.md:2: `reviewed` is in the future: 2027-01-10",
    ),
    (
        EN,
        "You can ask for a lawyer.",
        "You can ask for a <b>lawyer</b>.",
        "locales/en/rights/held.md:14: HTML tags are not allowed: use **bold**, _italic_, "
        "[text](link)",
    ),
    (
        EN,
        "You can ask for a lawyer.",
        "You can ask for a **lawyer.",
        "locales/en/rights/held.md:14: a ** is not closed on this line",
    ),
    (
        EN,
        "(https://example.org/guide)",
        "(javascript:alert)",
        "locales/en/rights/held.md:14: the link javascript:alert must start with https://, "
        "tel: or mailto:",
    ),
    (
        EN,
        "You should be told",
        "Cafe\u0301: you should be told",  # e + combining acute: NFC has é
        "locales/en/rights/held.md:10: is not in Unicode NFC form",
    ),
    (
        EN,
        'jurisdiction: "GLOBAL"',
        'jurisdiction: "XX"',
        'locales/en/rights/held.md:2: `jurisdiction` must be "GLOBAL" or a country code',
    ),
    (
        EN,
        "sources:",
        "sources: [",
        "locales/en/rights/held.md:7: cannot be read:",
    ),
    (
        AR,
        "يجب أن تُبلَّغ",
        "Note: يجب أن تُبلَّغ",
        "locales/ar/rights/held.md:12: this line starts with a left-to-right character",
    ),
    (
        AR,
        'title: "إذا احتُجزت"',
        'title: "SOS: إذا احتُجزت"',
        "locales/ar/rights/held.md:2: the title starts with a left-to-right character",
    ),
    (
        AR,
        "(https://example.org/guide)",
        "(https://example.org/other)",
        "locales/ar/rights/held.md:16: the links differ from the English "
        "(https://example.org/guide)",
    ),
    (
        AR,
        "واستخدم /card",
        "واستخدم البطاقة",
        "locales/ar/rights/held.md:16: the commands differ from the English (/card)",
    ),
    (
        AR,
        'machine_draft: "true"',
        'machine_draft: "yes"',
        'locales/ar/rights/held.md:2: `machine_draft` must be "true" or "false", not yes',
    ),
    (
        AR,
        'machine_draft: "true"',
        "machine_draft: no",
        "locales/ar/rights/held.md:10: `machine_draft` is not quoted, and YAML tools read no "
        'as true/false: write it as "no"',
    ),
    (
        AR,
        'topic: "detention"',
        'topic: "legal-aid"',
        "locales/ar/rights/held.md:2: `topic` differs from the English",
    ),
    (
        TH,
        '      - "+66 2 000 0000"',
        "      - +6620000000",
        "locales/directory/TH.yaml:5: `phones` is not quoted, and YAML tools read +6620000000 as "
        'a number: write it as "+6620000000"',
    ),
    (
        TH,
        '"+66 2 000 0000"',
        '"02 000 0000"',
        'locales/directory/TH.yaml:5: 02 000 0000 is not an international number like "+66 2 123',
    ),
    (
        TH,
        'country: "TH"',
        'country: "Thailand"',
        "locales/directory/TH.yaml:1: `country` is Thailand but the file is named TH.yaml",
    ),
]


# What each paragraph rests on: [src: …] or [practical], and citations that exist.
BROKEN += [
    (
        EN,
        "and use /card. [practical]",
        "and use /card.",
        "locales/en/rights/held.md:14: this paragraph does not say what it rests on: end it "
        "with [src: <citation>] (from locales/citations.yaml) or [practical]",
    ),
    (
        EN,
        "You should be told the reasons in a language you understand. [src: pg-8]",
        "- You should be told the reasons in a language you understand.",
        "locales/en/rights/held.md:10: this list item does not say what it rests on",
    ),
    (
        EN,
        "understand. [src: pg-8]",
        "understand. [src: pg-9]",
        "locales/en/rights/held.md:10: pg-9 is not a citation in locales/citations.yaml; "
        "did you mean pg-8 or pg-3?",
    ),
    (
        EN,
        "understand. [src: pg-8]",
        "understand. [src: ]",
        "locales/en/rights/held.md:10: this paragraph has an empty [src: ]",
    ),
    (
        EN,
        "understand. [src: pg-8]",
        "understand. [practical] And more. [src: pg-8]",
        "locales/en/rights/held.md:10: this paragraph has a second [src: …] or [practical]",
    ),
    (
        EN,
        "## A lawyer",
        "## A lawyer [practical]",
        "locales/en/rights/held.md:12: a heading needs no [src: …] or [practical]",
    ),
    (
        # The front matter's list, where given, says what the paragraphs cite.
        EN,
        '  - "pg-8"',
        '  - "pg-8"\n  - "pg-3"',
        "locales/en/rights/held.md:8: `sources` lists pg-3, but no paragraph cites it",
    ),
    (
        EN,
        "and use /card. [practical]",
        "and use /card. [src: pg-3]",
        "locales/en/rights/held.md:2: `sources` does not list pg-3, which paragraphs cite",
    ),
    (
        # A translation rests on what the English rests on.
        AR,
        "واستخدم /card. [practical]",
        "واستخدم /card. [src: pg-3]",
        "locales/ar/rights/held.md:2: `sources` differs from the English",
    ),
]


@pytest.mark.parametrize(("file", "old", "new", "expected"), BROKEN)
def test_each_problem_is_reported_with_its_file_and_line(tmp_path, file, old, new, expected):
    locales = write_tree(tmp_path)
    edit(locales / file, old, new)
    found = problems_in(locales)
    assert any(line.startswith(expected) for line in found), found


def test_a_translation_without_its_revision_is_told_the_one_to_write(tmp_path):
    locales = write_tree(tmp_path)
    path = locales / AR
    lines = [line for line in path.read_text("utf-8").split("\n") if "translation_of" not in line]
    path.write_text("\n".join(lines), "utf-8")
    (found,) = problems_in(locales)
    assert found.startswith("locales/ar/rights/held.md:2: translation_of is missing; the English")
    assert '"' in found  # the revision, ready to paste


def test_a_translation_of_no_english_article(tmp_path):
    locales = write_tree(tmp_path)
    (locales / AR).rename(locales / "ar" / "rights" / "gone.md")
    edit(locales / "ar" / "rights" / "gone.md", 'id: "held"', 'id: "gone"')
    assert "locales/ar/rights/gone.md:2: there is no English article gone.md" in problems_in(
        locales
    )


def test_a_paragraph_too_long_for_a_page(tmp_path):
    locales = write_tree(tmp_path)
    edit(locales / EN, "You should be told", "word " * 700 + "You should be told")
    assert "locales/en/rights/held.md:10: this paragraph is too long: split it in two" in (
        problems_in(locales)
    )


def test_an_id_too_long_for_a_button(tmp_path):
    locales = write_tree(tmp_path)
    long_id = "a" * 40
    for language in ("en", "ar"):
        old = locales / language / "rights" / "held.md"
        edit(old, 'id: "held"', f'id: "{long_id}"')
        old.rename(old.with_name(f"{long_id}.md"))
    found = problems_in(locales)
    assert any("`id` must be lowercase letters, digits and -, at most 32" in p for p in found)


def test_the_command_prints_one_line_per_problem_and_fails(tmp_path, capsys, monkeypatch):
    locales = write_tree(tmp_path)
    edit(locales / EN, 'reviewed: "2026-01-10"', "reviewed: 2026-01-10")
    edit(locales / TH, '"+66 2 000 0000"', '"02 000 0000"')
    monkeypatch.chdir(tmp_path)
    assert main(["content", "check", "--locales", str(locales)]) == 1
    lines = capsys.readouterr().out.strip().split("\n")
    assert len(lines) == 2
    assert lines[0].startswith("locales/directory/TH.yaml:5: ")
    assert lines[1].startswith("locales/en/rights/held.md:8: ")


def test_the_command_says_ok_on_good_content(tmp_path, capsys):
    locales = write_tree(tmp_path)
    assert main(["content", "check", "--locales", str(locales)]) == 0
    assert capsys.readouterr().out.startswith("OK: 2 articles in 2 languages, 1 directory entries")


def test_status_counts_missing_stale_and_machine_drafted(tmp_path, capsys):
    locales = write_tree(tmp_path)
    edit(locales / EN, "You should be told", "You must be told")
    assert main(["content", "status", "--locales", str(locales)]) == 0
    out = capsys.readouterr().out
    assert "ar stale: held" in out
    rows = {line.split()[0]: line.split()[1:] for line in out.split("\n")[1:3]}
    assert rows["en"] == ["1", "0", "0", "0", "0"]
    assert rows["ar"] == ["0", "0", "1", "0", "0"]


def test_without_sources_in_the_front_matter_the_paragraphs_say_them(tmp_path):
    locales = write_tree(tmp_path)
    for language in ("en", "ar"):
        edit(locales / language / "rights" / "held.md", 'sources:\n  - "pg-8"\n', "")
    loaded = load_content(locales, TODAY, Translator.load(locales))
    assert [p.show(locales.parent) for p in loaded.problems] == []
    held = loaded.library.article("en", "held")
    assert held is not None
    assert [citation.id for citation in held.sources] == ["pg-8"]


def test_the_framing_line_must_be_one_line_on_the_first_page(tmp_path):
    locales = write_tree(tmp_path)
    edit(
        locales / "ar" / "rights.ftl",
        "rights-framing = ",
        "rights-framing =\n    ⚖️ سطر أول\n    ",
    )
    assert "locales/ar/rights/held.md:1: the framing line (rights-framing) must be one line" in (
        problems_in(locales)
    )


def test_a_synonyms_file_is_checked(tmp_path):
    locales = write_tree(tmp_path)
    (locales / "en" / "search.yaml").write_text(
        '"detention":\n  - "arrest"\n"Bad Name":\n  - "x"\n"empty": []\n', "utf-8"
    )
    found = problems_in(locales)
    assert (
        "locales/en/search.yaml:3: a group is named in lowercase letters, digits and -, not "
        in (found[0])
    )
    assert "locales/en/search.yaml:5: the group empty has no words" in found
