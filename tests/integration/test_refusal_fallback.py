"""Messages Telegram refuses for what is in them go again in a form it accepts; refusals that
lie with the recipient do not. Against the emulated Bot API, which refuses what Telegram does."""

import shutil
from pathlib import Path

import pytest
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup
from telegram.constants import ParseMode
from telegram.error import Forbidden

from bot.clock import FakeClock
from bot.delivery.fallback import MESSAGE_LIMIT, Fallback, Refusal, RefusalFallbackRequest
from bot.delivery.worker import LEASE
from bot.emulator.core import BotApiEmulator
from bot.emulator.inprocess import EmulatorRequest
from bot.i18n import Translator
from bot.services.refusals import REFUSAL_REPORT, RefusalReports
from storage.outbox import OutboxRepository

LOCALES = Path(__file__).resolve().parents[2] / "locales"


@pytest.fixture
def emulator() -> BotApiEmulator:
    return BotApiEmulator(now=FakeClock().now)


@pytest.fixture
async def wrapped(emulator):
    request = RefusalFallbackRequest(EmulatorRequest(emulator))
    told: list[Fallback] = []

    async def listen(fallback: Fallback) -> None:
        told.append(fallback)

    request.on_fallback = listen
    telegram_bot = Bot(emulator.token, request=request)
    await telegram_bot.initialize()
    yield telegram_bot, request, told
    await telegram_bot.shutdown()


async def someone(emulator, name="dana"):
    person = emulator.user(name, first_name=name.title())
    await person.send("/start")
    return person


async def test_a_message_with_broken_markup_arrives_as_plain_text(wrapped, emulator):
    bot, _, told = wrapped
    dana = await someone(emulator)
    await bot.send_message(dana.id, "<b>SOS: <i>Alice &amp; Co</b>", parse_mode=ParseMode.HTML)
    assert dana.last.text == "SOS: Alice & Co"
    assert dana.last.parse_mode is None
    assert [(f.refusal, f.sent_as) for f in told] == [(Refusal.MARKUP, "plain text")]
    assert told[0].text == "<b>SOS: <i>Alice &amp; Co</b>"


async def test_a_message_too_long_arrives_cut_to_telegrams_limit(wrapped, emulator):
    bot, _, told = wrapped
    dana = await someone(emulator)
    await bot.send_message(dana.id, "<b>SOS</b> " + "word " * 1000, parse_mode=ParseMode.HTML)
    assert dana.last.text.startswith("SOS word")
    assert len(dana.last.text) == MESSAGE_LIMIT
    assert dana.last.text.endswith("…")
    assert [f.refusal for f in told] == [Refusal.TOO_LONG]


async def test_an_edit_with_broken_markup_is_made_as_plain_text(wrapped, emulator):
    bot, _, told = wrapped
    dana = await someone(emulator)
    sent = await bot.send_message(dana.id, "<b>ok</b>", parse_mode=ParseMode.HTML)
    await bot.edit_message_text(
        "<b>now <i>broken</b>", dana.id, sent.message_id, parse_mode=ParseMode.HTML
    )
    assert dana.last.text == "now broken"
    assert [f.method for f in told] == ["editMessageText"]


async def test_bad_buttons_go_english_first_then_without_the_buttons(wrapped, emulator):
    bot, request, told = wrapped
    request.english = lambda text: "<b>SOS: Alice needs help now.</b>"
    dana = await someone(emulator)
    bad = InlineKeyboardMarkup([[InlineKeyboardButton("🙋", callback_data="x" * 65)]])
    await bot.send_message(
        dana.id, "<b>SOS : Alice</b>", parse_mode=ParseMode.HTML, reply_markup=bad
    )
    assert dana.last.text == "SOS: Alice needs help now."
    assert dana.last.inline_keyboard == []
    assert [(f.refusal, f.sent_as) for f in told] == [(Refusal.BUTTONS, "plain text, no buttons")]


async def test_a_recipient_who_blocked_the_bot_is_not_retried_in_other_forms(wrapped, emulator):
    bot, _, told = wrapped
    dana = await someone(emulator)
    dana.block_bot()
    with pytest.raises(Forbidden):
        await bot.send_message(dana.id, "<b>SOS: <i>Alice</b>", parse_mode=ParseMode.HTML)
    assert told == []


def french_slip(tmp_path: Path) -> Translator:
    locales = tmp_path / "locales"
    shutil.copytree(LOCALES, locales, ignore=shutil.ignore_patterns("rights", "directory"))
    path = locales / "fr" / "alerts.ftl"
    text = path.read_text("utf-8")
    path.write_text(text.replace("<b>SOS : { $who }", "<b>SOS : <i>{ $who }"), "utf-8")
    return Translator.load(locales)


async def test_the_refused_message_alone_is_put_in_english_with_its_values(tmp_path, db):
    translate = french_slip(tmp_path)
    reports = RefusalReports(translate, OutboxRepository(db), frozenset({42}), FakeClock())
    guidance = translate("fr", "alert-guidance")
    refused = translate("fr", "alert-title-sos", who="Alice &lt;3") + "\n\n" + guidance
    english = translate("en", "alert-title-sos", who="Alice &lt;3")
    assert reports.english(refused) == english + "\n\n" + guidance
    assert reports.english(guidance) is None  # nothing broken in it


async def test_the_admins_are_told_the_message_id_and_language_once(tmp_path, db):
    translate = french_slip(tmp_path)
    outbox = OutboxRepository(db)
    kicked = []
    reports = RefusalReports(translate, outbox, frozenset({42, 43}), FakeClock())
    reports.wire(on_enqueued=lambda: kicked.append(True))
    refused = translate("fr", "alert-title-sos", who="Alice")
    fallback = Fallback("sendMessage", Refusal.MARKUP, "plain text", refused)
    await reports.report(fallback)
    await reports.report(fallback)
    claimed = await outbox.claim(FakeClock().now(), LEASE, 10)
    assert sorted(item.chat_id for item in claimed) == [42, 43]
    assert {item.purpose for item in claimed} == {REFUSAL_REPORT}
    text = claimed[0].message.text
    assert "<code>alert-title-sos</code> in <b>fr</b>" in text
    assert "Alice" not in text
    assert kicked == [True]
