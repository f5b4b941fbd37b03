"""/rights, search, /directory and /reload, end to end over the emulated Bot API."""

import shutil
from pathlib import Path

import pytest

from bot.content.loader import load_content
from bot.content.markup import utf16_length
from bot.i18n import Translator
from tests.e2e.harness import BotHarness

LOCALES = Path(__file__).resolve().parents[2] / "locales"
_TRANSLATE = Translator.load(LOCALES)
LIBRARY = load_content(LOCALES, None, _TRANSLATE).library


def title(language: str, article_id: str) -> str:
    article = LIBRARY.article(language, article_id)
    assert article is not None, f"{language}/{article_id} is not shipped"
    return article.title


def say(language: str, message_id: str, **args) -> str:
    return _TRANSLATE(language, message_id, **args)


def first_line(text: str | None) -> str:
    assert text is not None
    return text.split("\n")[0]


async def test_browse_a_topic_and_page_through_a_long_article(bot):
    alice = bot.user("alice", first_name="Alice")
    await alice.send("/rights")
    assert alice.last_text.startswith("⚖️ Your rights")
    await alice.press("Immigration detention")
    assert alice.last_text.startswith("Immigration detention")
    await alice.press(title("en", "detained-rights"))
    pages = [alice.last_text]
    assert "Page 1 of " in pages[0]
    count = int(pages[0].split("Page 1 of ")[1].split("\n")[0])
    assert count >= 2
    for _ in range(count - 1):
        await alice.press("Next ▶")
        pages.append(alice.last_text)
    assert [f"Page {n} of {count}" in page for n, page in enumerate(pages, 1)] == [True] * count
    assert all(utf16_length(page) <= 4096 for page in pages)
    assert all(page.startswith(title("en", "detained-rights")) for page in pages)
    last = pages[-1]
    assert "Sources:" in last
    assert "OHCHR" in last
    assert "Scope: international standards and recommendations; what applies to you depends" in last
    assert "Last reviewed: 2026-" in last
    assert "not legal advice" in last
    assert "Sources:" not in pages[0]
    # The first page alone says what the article is; each paragraph says what it rests on.
    framing = "International standards and recommendations, not the law of every country."
    assert framing in pages[0].split("\n")[1]
    assert all(framing not in page for page in pages[1:])
    assert (
        "— OHCHR draft guidelines on migrants in vulnerable situations (2017), Principle 8"
        in (pages[0])
    )
    assert "[src:" not in "".join(pages)
    assert next(b for row in alice.last.buttons for b in row) == "◀ Back"
    await alice.press("◀ Back")
    assert alice.last_text == pages[-2]
    assert len(alice.inbox) == 1  # one message, edited in place


async def test_the_rights_button_on_the_keyboard_opens_the_topics(bot):
    alice = bot.user("alice", first_name="Alice")
    await alice.send("/start")
    await alice.send("⚖️ Rights")
    assert alice.last_text.startswith("⚖️ Your rights")
    assert ["Immigration detention"] in alice.last.buttons


@pytest.mark.parametrize(
    ("language", "query"),
    [("en", "passport"), ("en", "Passports!"), ("th", "หนังสือเดินทาง"), ("ar", "جواز السفر")],
)
async def test_search_finds_articles_in_the_readers_language(bot, language, query):
    alice = bot.user("alice", first_name="Alice", language_code=language)
    await alice.send("/start")
    await alice.send(query)
    assert first_line(alice.last_text) == first_line(
        say(language, "rights-search-results", query=query)
    )
    found = [row[0] for row in alice.last.buttons]
    assert title(language, "documents-are-yours") in found
    await alice.press(title(language, "documents-are-yours"))
    assert alice.last_text.startswith(title(language, "documents-are-yours"))


async def test_search_with_no_match_says_so_and_shows_the_topics(bot):
    alice = bot.user("alice", first_name="Alice")
    await alice.send("/start")
    await alice.send("qwxzv")
    assert alice.last_text.startswith("Nothing matches “qwxzv”.")
    assert ["Immigration detention"] in alice.last.buttons


async def test_switching_language_switches_the_articles_and_marks_machine_drafts(bot):
    alice = bot.user("alice", first_name="Alice")
    await alice.send("/start")
    await alice.send("/settings")
    await alice.press("🌐 Language")
    await alice.press("Español")
    await alice.send("/rights")
    await alice.press(say("es", "rights-topic-detention"))
    await alice.press(title("es", "detained-rights"))
    assert alice.last_text.startswith(title("es", "detained-rights"))
    assert say("es", "rights-machine-draft") in alice.last_text


async def copy_of_the_content(tmp_path: Path) -> Path:
    copy = tmp_path / "locales"
    shutil.copytree(LOCALES, copy)
    return copy


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text("utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), "utf-8")


@pytest.fixture
async def bot_on_a_copy(tmp_path, monkeypatch):
    copy = await copy_of_the_content(tmp_path)
    monkeypatch.setenv("BOT_LOCALES_DIR", str(copy))
    harness = BotHarness(tmp_path / "data", BOT_ADMINS="111000001")
    await harness.start()
    yield harness, copy
    await harness.stop()


async def test_an_untranslated_article_falls_back_to_english_with_a_note(bot_on_a_copy):
    bot, copy = bot_on_a_copy
    (copy / "fr" / "rights" / "non-refoulement.md").unlink()  # every article is translated
    alice = bot.user("alice", first_name="Alice", language_code="fr")
    await alice.send("/rights")
    await alice.press(say("fr", "rights-topic-detention"))
    await alice.press(title("en", "non-refoulement"))  # listed in English: not translated
    text = alice.last_text
    assert text.startswith(title("en", "non-refoulement"))
    assert first_line(say("fr", "rights-in-english")) in text


async def test_a_stale_translation_says_so_and_offers_the_english(bot_on_a_copy):
    bot, copy = bot_on_a_copy
    english = copy / "en" / "rights" / "documents-are-yours.md"
    body_line = english.read_text("utf-8").split("---\n", 2)[2].split("\n")[0]
    edit(english, body_line, body_line + " (updated)")
    alice = bot.user("alice", first_name="Alice", language_code="es")
    await alice.send("/start")
    await alice.send("/rights")
    await alice.press(say("es", "rights-topic-status"))
    await alice.press(title("es", "documents-are-yours"))
    assert say("es", "rights-stale") in alice.last_text
    await alice.press(say("es", "rights-read-english"))
    assert alice.last_text.startswith(title("en", "documents-are-yours"))
    assert "(updated)" in alice.last_text


async def test_reload_with_a_broken_file_keeps_the_last_good_content(bot_on_a_copy):
    bot, copy = bot_on_a_copy
    admin = bot.user("admin", first_name="Ada")  # the first user made: 111000001
    alice = bot.user("alice", first_name="Alice")
    article = copy / "en" / "rights" / "non-refoulement.md"
    old_title = title("en", "non-refoulement")
    edit(article, f'title: "{old_title}"', "title: Sent back")
    await alice.send("/rights")  # content is read on first use: here, the broken copy...
    await alice.send("/reload")
    assert alice.last_text == "Only an admin of this bot can reload the rights information."
    await admin.send("/reload")
    assert "keeps showing the previous version" in admin.last_text
    assert "locales/en/rights/non-refoulement.md:3: `title` is not quoted" in admin.last_text
    edit(article, "title: Sent back", 'title: "Sent back to harm"')
    await admin.send("/reload")
    assert admin.last_text.startswith("Rights information reloaded: ")
    await alice.send("/rights")
    await alice.press("Immigration detention")
    assert ["Sent back to harm"] in alice.last.buttons
    edit(article, 'title: "Sent back to harm"', "title: [broken")
    await admin.send("/reload")
    assert "keeps showing the previous version" in admin.last_text
    await alice.send("/rights")
    await alice.press("Immigration detention")
    assert ["Sent back to harm"] in alice.last.buttons  # the last good content stays live


async def test_a_forged_or_stale_button_gets_a_clear_answer(bot):
    alice = bot.user("alice", first_name="Alice")
    await alice.send("/rights")
    await alice.press_data("r:p:no-such-article:1")
    assert alice.answers[-1] == "That page is no longer available."
    await alice.press_data("r:p:../../etc:1")
    assert alice.answers[-1] == "That page is no longer available."
    await alice.press_data("r:p:detained-rights:99")  # past the end: the last page
    assert "Sources:" in alice.last_text


async def test_the_directory_shows_the_international_lines_first_not_yet_verified(bot):
    alice = bot.user("alice", first_name="Alice")
    await alice.send("/directory")
    assert alice.last_text.startswith("📇 Legal aid, hotlines and emergency lines")
    labels = [button.text for button in alice.last.flat_buttons]
    assert labels[0] == "🌐 International"
    assert {"Thailand", "Malaysia", "Hong Kong SAR China", "⭐ Pick my countries"} <= set(labels)
    await alice.press("🌐 International")
    text = alice.last_text
    assert "Front Line Defenders" in text
    assert "Not yet verified by a person." in text
    assert "Source: " in text
    assert "(read 2026-12-06)" in text


async def test_a_country_page_gives_numbers_services_and_where_they_were_read(bot):
    alice = bot.user("alice", first_name="Alice")
    await alice.send("/directory")
    await alice.press("Philippines")
    text = alice.last_text
    assert "Inside the country: 1348" in text
    assert "Offers: hotline · legal aid · detention visits" in text
    assert "https://www.sunstar.com.ph/manila/dmw-assures-readiness-to-aid-detained-ofws" in text


async def test_the_directory_speaks_the_readers_language(bot):
    alice = bot.user("alice", first_name="Alice", language_code="th")
    await alice.send("/start")
    await alice.send("/directory")
    assert alice.last_text.startswith("📇 ความช่วยเหลือทางกฎหมาย สายด่วน และสายฉุกเฉิน")
    await alice.press("🌐 " + say("th", "directory-international"))
    assert say("th", "directory-machine-drafted") in alice.last_text
    assert "คุ้มครองนักปกป้องสิทธิมนุษยชน" in alice.last_text  # Front Line Defenders, in Thai


async def test_a_long_directory_page_goes_on_with_next(bot):
    alice = bot.user("alice", first_name="Alice", language_code="my")
    await alice.send("/start")
    await alice.send("/directory")
    await alice.press("🌐 " + say("my", "directory-international"))
    first = alice.last_text
    assert "Front Line Defenders" in first
    assert "Lifeline Embattled CSO Assistance Fund" not in first
    await alice.press(say("my", "rights-next"))
    second = alice.last_text
    assert "Lifeline Embattled CSO Assistance Fund" in second
    assert "Front Line Defenders" not in second.split("\n")[3:]
    labels = [button.text for button in alice.last.flat_buttons]
    assert say("my", "rights-previous") in labels
    assert say("my", "rights-next") not in labels


async def test_a_defender_picks_countries_and_they_come_first_after_a_restart(bot):
    from storage.db import database_files

    alice = bot.user("alice", first_name="Alice")
    await alice.send("/directory")
    await alice.press("⭐ Pick my countries")
    assert alice.last_text.startswith("⭐ Your countries")
    await alice.press("▫️ Thailand")
    await alice.press("▫️ Malaysia")
    labels = [button.text for button in alice.last.flat_buttons]
    assert {"✅ Thailand", "✅ Malaysia", "▫️ Japan"} <= set(labels)
    await alice.press("✔ Done")
    labels = [button.text for button in alice.last.flat_buttons]
    assert labels[:3] == ["🌐 International", "⭐ Thailand", "⭐ Malaysia"]
    assert "Japan" not in labels
    assert "🗺 All countries" in labels

    await bot.restart()
    await alice.send("/directory")
    labels = [button.text for button in alice.last.flat_buttons]
    assert labels[:3] == ["🌐 International", "⭐ Thailand", "⭐ Malaysia"]
    await alice.press("🗺 All countries")
    assert "Japan" in [button.text for button in alice.last.flat_buttons]

    await alice.press("⭐ Pick my countries")
    await alice.press("✅ Thailand")
    await alice.press("✔ Done")
    labels = [button.text for button in alice.last.flat_buttons]
    assert labels[:2] == ["🌐 International", "⭐ Malaysia"]
    assert "⭐ Thailand" not in labels

    await bot.database.checkpoint()
    stored = b"".join(f.read_bytes() for f in database_files(bot.database.path) if f.exists())
    assert b"countries" not in stored
    assert b'"MY"' not in stored


async def test_the_directory_is_neutral_in_disguise(bot):
    alice = bot.user("alice", first_name="Alice")
    await alice.send("/settings")
    await alice.press("🎭 Disguise: turn on")
    await alice.send("/rights")
    await alice.press(say("en", "rights-topic-legal-aid", disguise=True))
    assert "📇 Addresses" in [button.text for button in alice.last.flat_buttons]
    await alice.send("/directory")
    assert alice.last_text.startswith("📇 Addresses")
    await alice.press("Philippines")
    offers = next(line for line in alice.last_text.split("\n") if line.startswith("Offers:"))
    for word in ("legal", "hotline", "detention"):
        assert word not in offers
