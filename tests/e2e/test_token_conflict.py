"""A second reader of the token is an incident (issue 19, item 3): another program polling
with the bot's token, or a webhook someone set, is told to the admins at once, in their
language, and again while it lasts, at most every few minutes."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import timedelta

import pytest

from bot.app import build_application
from bot.emulator.inprocess import EmulatorRequest
from bot.errors import StartupError
from bot.runner import serve
from bot.services.token_watch import QUIET_AFTER, REPEAT_EVERY, SecondReader
from tests.e2e.alerting import ADMIN_ID
from tests.e2e.harness import BotHarness
from tests.e2e.serving import Serving, serving_bot

WARNING_FR = "Un autre programme utilise le jeton de ce bot"


@pytest.fixture
async def serving(tmp_path) -> AsyncIterator[Serving]:
    async with serving_bot(tmp_path / "data", admin_language="fr", BOT_ADMINS=ADMIN_ID) as bot:
        yield bot


def warnings_to(bot: Serving, name: str, words: str = WARNING_FR) -> list[str]:
    return [t for t in bot.harness.emulator.user(name).texts() if words in t]


async def test_another_program_polling_with_the_token_is_told_to_the_admin_at_once(serving):
    emulator = serving.harness.emulator
    await serving.net.alice.send("/sos")
    # The thief polls with the stolen token: Telegram ends the bot's long poll with a
    # Conflict (and hands the thief whatever the bot had not fetched yet).
    await emulator.call(emulator.token, "getUpdates", {"timeout": 0})
    await serving.until(lambda: len(warnings_to(serving, "coordinator")) == 1)
    warning = warnings_to(serving, "coordinator")[0]
    assert "@BotFather" in warning
    assert "/mybots" in warning
    assert "Revoke" in warning
    # Nobody but the admin hears of it, and the bot goes on serving.
    assert not warnings_to(serving, "alice")
    assert not warnings_to(serving, "bob")
    await serving.net.alice.send("/sos")
    await serving.until(lambda: len(serving.net.bob.texts()) > 2)


async def test_a_webhook_set_by_someone_else_is_told_and_removed(serving):
    emulator = serving.harness.emulator
    await emulator.call(emulator.token, "setWebhook", {"url": "https://thief.example/hook"})
    await serving.until(lambda: len(warnings_to(serving, "coordinator", "webhook")) == 1)
    assert emulator.webhook_url == ""  # the bot took its updates back
    await serving.net.alice.send("/sos at the border")
    await serving.settle()
    await serving.until(lambda: any("at the border" in t for t in serving.net.bob.texts()))


async def test_the_warning_repeats_while_the_conflicts_go_on_and_ends_with_a_note(tmp_path):
    bot = BotHarness(tmp_path / "data", BOT_ADMINS=ADMIN_ID)
    await bot.start()
    try:
        cora = bot.user("coordinator", first_name="Cora", language_code="fr")
        await cora.send("/start")
        polling = bot.app.bot_data.polling
        assert polling is not None
        watch = polling.watch
        assert await watch.second_reader_seen(SecondReader.POLLING)
        bot.clock.advance(timedelta(minutes=1))
        assert not await watch.second_reader_seen(SecondReader.POLLING)  # rate-limited
        bot.clock.advance(REPEAT_EVERY)
        assert await watch.second_reader_seen(SecondReader.POLLING)
        assert not await watch.polled_quietly()  # too soon to call it over
        bot.clock.advance(QUIET_AFTER)
        assert await watch.polled_quietly()
        assert not await watch.polled_quietly()  # said once
        await bot.deliver()
        assert len([t for t in cora.texts() if WARNING_FR in t]) == 2
        assert len([t for t in cora.texts() if "Aucun autre programme" in t]) == 1
    finally:
        await bot.stop()


async def test_without_admins_the_conflict_is_logged_as_an_incident(tmp_path, caplog):
    bot = BotHarness(tmp_path / "data")
    await bot.start()
    try:
        polling = bot.app.bot_data.polling
        assert polling is not None
        assert await polling.watch.second_reader_seen(SecondReader.POLLING)
        assert polling.watch.warnings_sent == 0
        assert any("set BOT_ADMINS" in r.getMessage() for r in caplog.records)
    finally:
        await bot.stop()


async def test_a_token_revoked_while_running_stops_the_bot_with_a_clear_message(tmp_path):
    """Polling ends for good on a refused token; the process must not look alive."""
    bot = BotHarness(tmp_path / "data")
    app = build_application(
        bot.config,
        bot.clock,
        request=EmulatorRequest(bot.emulator),
        updates_request=EmulatorRequest(bot.emulator),
    )
    stop = asyncio.Event()
    task = asyncio.create_task(serve(app, bot.config.api_url, stop))
    async with asyncio.timeout(10):
        await bot.emulator.wait_for_poll()
    bot.emulator.fail_next("getUpdates", 401, "Unauthorized", times=100)
    await bot.emulator.release_pollers()  # the poll in progress ends; the next is refused
    with pytest.raises(StartupError, match="revoked in @BotFather"):
        async with asyncio.timeout(30):
            await task
    assert not stop.is_set()
