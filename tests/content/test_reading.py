"""Search, pages, right-to-left layout and button data, on small articles."""

from collections import Counter
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.content.markup import RLM, inline, right_to_left_lines, telegram_html_problems
from bot.content.model import Article
from bot.content.navigation import (
    AllCountries,
    ArticlePage,
    Countries,
    CountryEntries,
    CountryPicker,
    ToggleCountry,
    TopicList,
    Topics,
    data_for,
    place_of,
)
from bot.content.pages import Notes, page_blocks, render_page
from bot.content.search import SearchIndex
from bot.content.synonyms import Synonyms


def article(article_id: str, title: str, *blocks: str, language: str = "en") -> Article:
    return Article(
        id=article_id,
        language=language,
        title=title,
        topic="detention",
        jurisdiction="GLOBAL",
        sources=(),
        reviewed=date(2026, 1, 1),
        order=1,
        blocks=blocks,
        block_lines=tuple(range(len(blocks))),
        revision="0" * 12,
        path=Path(f"{article_id}.md"),
        plain_text="\n".join([title, *blocks]),
    )


THAI = [
    article("lawyer", "วิธีหาทนายความฟรี", "คุณมีสิทธิ์ขอความช่วยเหลือทางกฎหมาย", language="th"),
    article("passport", "หนังสือเดินทางเป็นของคุณ", "นายจ้างไม่มีสิทธิ์ยึดเอกสาร", language="th"),
    article("detained", "สิทธิของคุณเมื่อถูกควบคุมตัว", "ขอล่ามได้", language="th"),
]


def found(index: SearchIndex, query: str) -> list[str]:
    return [a.id for a, _ in index.search(query)]


def test_thai_words_are_found_inside_text_written_without_spaces():
    index = SearchIndex(THAI)
    assert found(index, "ทนายความ") == ["lawyer"]
    assert found(index, "หนังสือเดินทาง") == ["passport"]
    assert found(index, "ควบคุมตัว")[0] == "detained"


def test_burmese_is_searched_in_pairs_of_letters_too():
    index = SearchIndex(
        [
            article("lawyer", "ရှေ့နေ ရှာနည်း", "အခမဲ့ ဥပဒေ အကူအညီ", language="my"),
            article("passport", "နိုင်ငံကူးလက်မှတ်", "သင့်စာရွက်စာတမ်း", language="my"),
        ]
    )
    assert found(index, "ရှေ့နေ") == ["lawyer"]
    assert found(index, "နိုင်ငံကူးလက်မှတ်") == ["passport"]


def test_arabic_ignores_vowel_marks_and_the_article_al():
    index = SearchIndex(
        [
            article("lawyer", "كيف تجد مُحامياً", "المحامي يساعدك مجاناً", language="ar"),
            article("passport", "جواز سفرك ملكك", "لا يحق لصاحب العمل أخذه", language="ar"),
        ]
    )
    assert found(index, "محامي") == ["lawyer"]
    assert found(index, "الجواز") == ["passport"]


def test_english_folds_case_and_accents_and_finds_longer_forms():
    index = SearchIndex(
        [
            article("passport", "Your passport is yours", "Nobody may keep your passports."),
            article("lawyer", "Free legal help", "A lawyer can help you. Détente."),
        ]
    )
    assert found(index, "PASSPORT") == ["passport"]
    assert found(index, "lawyers?") == []  # "lawyers" is not in the text; "lawyer" is
    assert found(index, "lawy") == ["lawyer"]
    assert found(index, "detente") == ["lawyer"]
    assert found(index, "hello") == []


def test_a_title_match_ranks_first():
    index = SearchIndex(
        [
            article("body", "Other things", "Something about detention here."),
            article("title", "Detention", "Other words."),
        ]
    )
    assert found(index, "detention") == ["title", "body"]


def test_pages_split_between_paragraphs_and_keep_a_heading_with_its_text():
    paragraphs = [f"Paragraph {n}. " + "word " * 120 for n in range(6)]
    blocks = [paragraphs[0], "<b>Heading</b>", *paragraphs[1:]]
    pages = page_blocks(article("long", "Long", *blocks))
    assert len(pages) > 1
    flat = [block for page in pages for block in page]
    assert flat[1].startswith("<b>Heading</b>\n\nParagraph 1.")
    assert all(not block.endswith("</b>") for block in flat)


def test_every_page_has_the_title_and_the_last_has_the_sources_and_the_disclaimer():
    blocks = [f"Paragraph {n}. " + "word " * 120 for n in range(6)]
    long = article("long", "Long & winding", *blocks)

    def say(message_id: str, **args: object) -> str:
        return f"[{message_id}]"

    count = len(page_blocks(long))
    texts = [render_page(long, n, say, Notes(), str)[0] for n in range(1, count + 1)]
    assert all(t.startswith("<b>Long &amp; winding</b>") for t in texts)
    assert all("[rights-page-count]" in t for t in texts)
    assert "[rights-not-advice]" in texts[-1]
    assert all("[rights-not-advice]" not in t for t in texts[:-1])
    assert all(telegram_html_problems(t) == [] for t in texts)


def test_the_first_page_alone_says_what_the_article_is():
    blocks = [f"Paragraph {n}. " + "word " * 120 for n in range(6)]
    long = article("long", "Long", *blocks)

    def say(message_id: str, **args: object) -> str:
        return f"[{message_id}{args.get('country', '')}]"

    count = len(page_blocks(long))
    texts = [render_page(long, n, say, Notes(), str)[0] for n in range(1, count + 1)]
    assert texts[0].split("\n")[1] == "[rights-framing]"
    assert all("[rights-framing]" not in t for t in texts[1:])
    national = replace(long, jurisdiction="TH")
    assert "[rights-framing-countryTH]" in render_page(national, 1, say, Notes(), str)[0]


def test_each_paragraph_and_item_shows_what_it_rests_on(tmp_path):
    from bot.content.articles import read_article
    from bot.content.model import Citation, Document

    document = Document("pg", "OHCHR draft guidelines (A/HRC/34/CRP.1)", "OHCHR guidelines")
    citations = {
        "pg-8": Citation("pg-8", document, "Principle 8, para. 52"),
        "pg-9": Citation("pg-9", document, "Principle 8, para. 53"),
    }
    text = (
        '---\nid: "held"\ntitle: "Held"\ntopic: "detention"\njurisdiction: "GLOBAL"\n'
        'reviewed: "2026-01-10"\n---\nYou should be told why. [src: pg-8, pg-9]\n\n'
        "- Keep a lawyer's number. [practical]\n"
    )
    written = tmp_path / "held.md"
    written.write_text(text, "utf-8")
    held, problems = read_article(written, "en", ("detention",), citations, None)
    assert problems == []
    assert held is not None
    say = {"rights-practical": "practical advice, not from the sources"}

    def lookup(message_id: str, **args: object) -> str:
        return say.get(message_id, f"[{message_id}]")

    page, _ = render_page(held, 1, lookup, Notes(), str)
    assert "You should be told why. <i>— OHCHR guidelines, Principle 8, para. 52, " in page
    assert "Principle 8, para. 53</i>" in page
    assert "• Keep a lawyer's number. <i>— practical advice, not from the sources</i>" in page
    assert "[src:" not in page
    assert "[practical]" not in page
    assert "OHCHR draft guidelines (A/HRC/34/CRP.1)" in page  # the full title, in the footer
    assert "OHCHR" not in held.plain_text  # search reads the text, not the notes


def test_right_to_left_lines_start_with_a_mark_only_where_needed():
    text = "نص عربي\n/sos مثال\n+60 12 345\n<b>عنوان</b>"
    lines = right_to_left_lines(text).split("\n")
    assert lines == ["نص عربي", RLM + "/sos مثال", RLM + "+60 12 345", "<b>عنوان</b>"]


def test_inline_markup_is_escaped_and_balanced():
    html = inline("**Bold** & _it_ <script> [link](https://example.org/?a=1&b=2)")
    assert html == (
        "<b>Bold</b> &amp; <i>it</i> &lt;script&gt; "
        '<a href="https://example.org/?a=1&amp;b=2">link</a>'
    )
    assert telegram_html_problems(html) == []
    assert telegram_html_problems("<b>open") == ["<b> is never closed"]
    assert telegram_html_problems("<div>x</div>")[0] == "Telegram does not accept the tag <div>"


PLACES = [
    Topics(),
    TopicList("legal-aid"),
    ArticlePage("detained-rights", 3),
    ArticlePage("detained-rights", 1, "en"),
    Countries(),
    CountryEntries("TH"),
    CountryEntries("GLOBAL"),
    CountryEntries("GLOBAL", 2),
    CountryEntries("TH", 12),
    AllCountries(),
    CountryPicker(),
    ToggleCountry("MY"),
]


@pytest.mark.parametrize("place", PLACES)
def test_button_data_round_trips_within_telegrams_limit(place):
    data = data_for(place)
    assert len(data.encode()) <= 64
    assert place_of(data) == place


@given(st.text(max_size=80))
def test_any_other_button_data_is_refused_not_guessed(data):
    place = place_of(data)
    assert place is None or data_for(place) == data


def test_a_group_of_words_meets_across_languages_and_word_forms():
    english = Synonyms({"detention": ("arrest", "detain")})
    thai = Synonyms({"detention": ("ถูกจับ", "ควบคุมตัว")})
    index = SearchIndex(
        [
            article("held", "Your rights if you are detained", "Ask for a lawyer."),
            article("papers", "Your passport", "It is yours."),
        ],
        english,
    )
    assert found(index, "arrested") == ["held"]  # the word's longer form, then its group
    assert [a.id for a, _ in index.search("ถูกจับ", thai.merged(english))] == ["held"]
    assert found(index, "passport") == ["papers"]


def test_groups_take_the_longest_phrase_the_whole_word_and_an_arabic_prefix():
    groups = Synonyms({"visa-cancelled": ("visa cancel",), "passport": ("visa", "اعتقال")})
    named, left = groups.find("My VISA-cancelled; الاعتقال")
    assert named == Counter({"§visa-cancelled": 1, "§passport": 1})
    assert left.split() == ["my"]


def test_farsi_is_found_with_or_without_the_zero_width_non_joiner():
    index = SearchIndex([article("x", "چه کار می‌کنم", "متن", language="fa")])
    assert found(index, "می کنم") == ["x"]
    assert found(index, "می\u200cکنم") == ["x"]


def test_keywords_find_an_article_as_its_title_does():
    plain = article("visas", "Employer-tied visas", "Text.")
    tagged = replace(plain, id="tagged", keywords=("sponsor",))
    assert found(SearchIndex([plain, tagged]), "sponsor") == ["tagged"]
