"""Running the Application by hand (not `run_polling`), so the demo can run it beside the
emulator in one event loop, and start-up failures become clear messages instead of tracebacks.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal

from telegram import Update
from telegram.error import InvalidToken, NetworkError, TelegramError

from bot.app import POLL_TIMEOUT_SECONDS
from bot.content.store import ContentStore
from bot.context import BotApplication
from bot.errors import StartupError
from bot.scheduler import catch_up_on_deadlines
from handlers.menus import publish_command_menus

log = logging.getLogger(__name__)


def public_url(api_url: str) -> str:
    """The API URL as it may be shown to a person: never with a token in it."""
    return api_url.split("/bot", 1)[0]


async def serve(application: BotApplication, api_url: str, stop: asyncio.Event) -> None:
    """Open storage, connect to Telegram, poll until `stop` is set, then shut down cleanly."""
    if application.post_init is None or application.post_shutdown is None:
        raise RuntimeError("the application was not built by bot.app.build_application")
    # Storage first: a wrong key or a damaged database is reported before any network traffic.
    await application.post_init(application)
    services = application.bot_data.services
    if services is not None:
        # Read now, so that a problem in the content files shows in the log at start.
        services.rights.store.load_at_start()
        reload_content_on_hangup(services.rights.store)
    try:
        await _connect(application, api_url)
        services = application.bot_data.services
        if services is not None:
            await publish_command_menus(application.bot, services.translate)
        if application.updater is None:
            raise RuntimeError("the application was built without an updater")
        try:
            await application.updater.start_polling(
                timeout=POLL_TIMEOUT_SECONDS, allowed_updates=Update.ALL_TYPES
            )
            await application.start()
            # Every deadline that passed while the bot was down, at once (the sweep's first
            # run would come only after its interval).
            await catch_up_on_deadlines(application)
            delivery = application.bot_data.delivery
            if delivery is not None:
                delivery.start()
            log.info("bot running")
            await stop.wait()
        finally:
            if application.bot_data.delivery is not None:
                await application.bot_data.delivery.stop()
            if application.updater is not None and application.updater.running:
                await application.updater.stop()
            if application.running:
                await application.stop()
            await application.shutdown()
    finally:
        await application.post_shutdown(application)
        log.info("bot stopped")


async def _connect(application: BotApplication, api_url: str) -> None:
    try:
        await application.initialize()
    except InvalidToken:
        raise StartupError(
            "Telegram refused the bot token. It may have been revoked or mistyped: get the "
            "current one from @BotFather (/mybots, API Token) and set TELEGRAM_BOT_TOKEN again."
        ) from None
    except NetworkError as exc:
        raise StartupError(
            f"Could not reach the Telegram Bot API at {public_url(api_url)} "
            f"({type(exc).__name__}). Check the network connection and TELEGRAM_API_URL, then "
            "start again. Nothing was changed."
        ) from None
    except TelegramError as exc:
        raise StartupError(
            f"The Telegram Bot API at {public_url(api_url)} answered with an error while the "
            f"bot was starting ({type(exc).__name__}). Check TELEGRAM_API_URL and the token."
        ) from None


def reload_content_on_hangup(store: ContentStore) -> None:
    """SIGHUP reloads the rights information, as an admin's /reload does; the outcome is
    logged (file and line of each problem, never anything about a person)."""

    def reload() -> None:
        result = store.reload()
        for problem in result.problems:
            log.warning("content: %s", problem.show())

    with contextlib.suppress(NotImplementedError, RuntimeError, AttributeError):
        asyncio.get_running_loop().add_signal_handler(signal.SIGHUP, reload)


def stop_on_signals(stop: asyncio.Event) -> None:
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError, RuntimeError):
            loop.add_signal_handler(sig, stop.set)
