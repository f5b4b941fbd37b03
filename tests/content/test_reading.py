"""Search, pages, right-to-left layout and button data, on small articles."""

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
