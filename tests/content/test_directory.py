"""The directory's checker rules: no entry without the public page it was read from, no phone
that is not in international form, what it does in every language, and the shipped country
files themselves."""

from datetime import date
from functools import partial
from pathlib import Path

import pytest

from bot.content.directory import SERVICES
from bot.content.directory_view import country_pages, render_country
from bot.content.loader import load_content
from bot.content.markup import plain, utf16_length
from bot.content.pages import MESSAGE_LIMIT
from bot.i18n import Translator
from tests.content.tree import edit, write_tree

TODAY = date(2026, 6, 1)
LOCALES = Path(__file__).resolve().parents[2] / "locales"
TH = "directory/TH.yaml"
SOURCE = """    source:
      url: "https://example.org/legal-aid"
      title: "Example Legal Aid: who we are"
      read: "2026-01-10"
"""
# The region's main countries of destination and origin, each with a file of its own.
REGION = {"HK", "SG", "MY", "TH", "ID", "PH", "JP", "KR", "TW"}
REGION |= {"AU", "NP", "BD", "LK", "MM", "KH", "VN", "IN", "PK"}


def problems_in(locales: Path) -> list[str]:
    loaded = load_content(locales, TODAY, Translator.load(locales))
    return [p.show(locales.parent) for p in loaded.problems]


BROKEN = [
    # No entry without its source: the page's address, its title and the day it was read.
    (SOURCE, "", "locales/directory/TH.yaml:3: `source` is missing: the public page"),
    (SOURCE, '    source: "a friend"\n', "locales/directory/TH.yaml:15: `source` should give"),
    (
        '      url: "https://example.org/legal-aid"\n',
        "",
        "locales/directory/TH.yaml:16: `url` is missing",
    ),
    (
        '      title: "Example Legal Aid: who we are"\n',
        "",
        "locales/directory/TH.yaml:16: `title` is missing",
    ),
    ('      read: "2026-01-10"\n', "", "locales/directory/TH.yaml:16: `read` is missing"),
    (
        'url: "https://example.org/legal-aid"',
        'url: "example.org/legal-aid"',
        "locales/directory/TH.yaml:16: the source `url` is not a web address",
    ),
    (
        'read: "2026-01-10"',
        'read: "10/01/2026"',
        'locales/directory/TH.yaml:18: `read` should be a date written "YYYY-MM-DD"',
    ),
    (
        'read: "2026-01-10"',
        'read: "2026-07-01"',
        "locales/directory/TH.yaml:18: the source was `read` in the future",
    ),
    # A phone is dialled from anywhere: +country code; a short number goes in local_numbers.
    (
        '"+66 2 000 0000"',
        '"66 2 000 0000"',
        'locales/directory/TH.yaml:5: 66 2 000 0000 is not an international number like "+66',
    ),
    (
        '"+66 2 000 0000"',
        '"1300"',
        'locales/directory/TH.yaml:5: 1300 is not an international number like "+66',
    ),
    (
        '    area: "Bangkok"\n',
        '    local_numbers:\n      - "+66 1300"\n',
        "locales/directory/TH.yaml:15: +66 1300 is not a number dialled inside the country",
    ),
    # What it does, in every UI language of the tree (here en and ar).
    (
        '      ar: "مشورة قانونية مجانية للعمال المهاجرين."\n',
        "",
        "locales/directory/TH.yaml:7: `what` is missing in ar",
    ),
    (
        '    what:\n      en: "Free legal advice for migrant workers."\n'
        '      ar: "مشورة قانونية مجانية للعمال المهاجرين."\n',
        '    what: "Free legal advice for migrant workers."\n',
        "locales/directory/TH.yaml:6: `what` should give each language on its own line",
    ),
    (
        '      ar: "مشورة',
        '      xx: "مشورة',
        "locales/directory/TH.yaml:8: `what` has xx, not a UI language",
    ),
    (
        '      - "legal-aid"',
        '      - "lawyers"',
        "locales/directory/TH.yaml:10: `services` can be emergency-line, emergency-grants",
    ),
    (
        '    services:\n      - "legal-aid"\n',
        "",
        "locales/directory/TH.yaml:3: `services` is missing: one or more of",
    ),
    (
        'verified_by_person: "false"',
        'verified_by_person: "yes"',
        'locales/directory/TH.yaml:19: `verified_by_person` is "false", or the day a person',
    ),
    (
        '    verified_by_person: "false"\n',
        "",
        "locales/directory/TH.yaml:3: `verified_by_person` is missing",
    ),
    (
        'verified_by_person: "false"',
        'verified_by_person: "2026-07-01"',
        "locales/directory/TH.yaml:19: `verified_by_person` is in the future",
    ),
    (
        '    area: "Bangkok"\n',
        '    email: "nobody"\n',
        "locales/directory/TH.yaml:14: `email` is not an address: nobody",
    ),
    (
        '  - "ar"\n',
        '  - "en"\n',
        "locales/directory/TH.yaml:21: `machine_drafted` names en, not a translated UI language",
    ),
]


@pytest.mark.parametrize(("old", "new", "expected"), BROKEN)
def test_each_directory_problem_is_reported_with_its_line(tmp_path, old, new, expected):
    locales = write_tree(tmp_path)
    edit(locales / TH, old, new)
    found = problems_in(locales)
    assert any(line.startswith(expected) for line in found), found


def test_an_entry_with_a_problem_is_not_shown(tmp_path):
    locales = write_tree(tmp_path)
    edit(locales / TH, SOURCE, "")
    loaded = load_content(locales, TODAY, Translator.load(locales))
    assert "TH" not in loaded.library.countries


def test_a_page_too_long_for_telegram_is_refused(tmp_path):
    locales = write_tree(tmp_path)
    edit(
        locales / TH,
        'en: "Free legal advice for migrant workers."',
        'en: "' + "Free legal advice. " * 250 + '"',
    )
    found = problems_in(locales)
    assert any(
        line.startswith("locales/directory/TH.yaml:1: a page in en is ")
        and f"Telegram's limit is {MESSAGE_LIMIT}" in line
        for line in found
    ), found


def test_a_reviewers_check_is_shown_with_its_day(tmp_path):
    locales = write_tree(tmp_path)
    translate = Translator.load(locales)
    loaded = load_content(locales, TODAY, translate)
    say = partial(translate, "en")
    page = render_country(loaded.library.countries["TH"], "Thailand", "en", say)
    assert "Not yet verified by a person." in page
    assert "Source: Example Legal Aid: who we are — https://example.org/legal-aid" in page
    assert "(read 2026-01-10)" in page
    edit(locales / TH, 'verified_by_person: "false"', 'verified_by_person: "2026-05-30"')
    loaded = load_content(locales, TODAY, translate)
    page = render_country(loaded.library.countries["TH"], "Thailand", "en", say)
    assert "Checked by a person on 2026-05-30." in page
    assert "Not yet verified" not in page


def test_the_machine_drafted_note_shows_in_the_drafted_languages_only(tmp_path):
    locales = write_tree(tmp_path)
    translate = Translator.load(locales)
    country = load_content(locales, TODAY, translate).library.countries["TH"]
    note = translate("ar", "directory-machine-drafted")
    assert note in render_country(country, "تايلاند", "ar", partial(translate, "ar"))
    english = render_country(country, "Thailand", "en", partial(translate, "en"))
    assert translate("en", "directory-machine-drafted") not in english
    assert "مشورة قانونية مجانية" in render_country(
        country, "تايلاند", "ar", partial(translate, "ar")
    )


def test_the_shipped_directory_covers_the_region_and_every_entry_has_its_source():
    translate = Translator.load(LOCALES)
    loaded = load_content(LOCALES, date(2026, 12, 6), translate)
    assert [p.show(LOCALES.parent) for p in loaded.problems] == []
    countries = loaded.library.countries
    assert set(countries) >= REGION, sorted(REGION - set(countries))
    assert "GLOBAL" in countries
    for code, country in countries.items():
        assert country.entries, code
        for entry in country.entries:
            assert entry.source.url.startswith(("https://", "http://")), entry.name
            assert entry.source.title, entry.name
            assert entry.source.read, entry.name
            assert set(entry.what) == set(translate.languages), entry.name
            assert set(entry.services) <= set(SERVICES), entry.name
            for language in translate.languages:
                if language != "en":
                    assert entry.what[language] != entry.what["en"], (entry.name, language)


def test_every_shipped_page_fits_one_message_in_every_language():
    translate = Translator.load(LOCALES)
    countries = load_content(LOCALES, None, translate).library.countries
    for code, country in countries.items():
        for language in translate.languages:
            for text in country_pages(country, code, language, partial(translate, language)):
                assert utf16_length(plain(text)) <= MESSAGE_LIMIT, (code, language)


def test_a_long_country_is_split_into_pages_each_entry_once_in_order(tmp_path):
    locales = write_tree(tmp_path)
    entries = (locales / TH).read_text("utf-8").split("entries:\n")[1]
    entry = entries.split("machine_drafted:")[0]
    many = "".join(entry.replace("Example Legal Aid", f"Legal Aid {n:02}") for n in range(12))
    edit(locales / TH, entry, many)
    translate = Translator.load(locales)
    country = load_content(locales, TODAY, translate).library.countries["TH"]
    say = partial(translate, "en")
    assert len(country_pages(country, "Thailand", "en", say)) == 1  # well within PAGE_LIMIT
    pages = country_pages(country, "Thailand", "en", say, limit=1000)
    assert len(pages) > 3
    assert all(utf16_length(plain(page)) <= 1000 for page in pages)
    assert all(page.startswith("📇 <b>Thailand</b>") for page in pages)
    names = [line for page in pages for line in page.split("\n") if "<b>Legal Aid" in line]
    assert names == [f"<b>Legal Aid {n:02}</b>" for n in range(12)]
    # An entry longer than the limit still has a page of its own, which the checker measures.
    assert len(country_pages(country, "Thailand", "en", say, limit=10)) == 12
