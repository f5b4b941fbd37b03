"""Running the Application by hand (not `run_polling`), so the demo can run it beside the
emulator in one event loop, and start-up failures become clear messages instead of tracebacks.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import signal
import threading
from collections.abc import Coroutine
from datetime import timedelta
from typing import Any

from telegram import Update
from telegram.error import InvalidToken, NetworkError, TelegramError

from bot.app import POLL_TIMEOUT_SECONDS
from bot.backlog import BACKLOG_WAIT_SECONDS, pending_updates
from bot.content.store import ContentStore
from bot.context import BotApplication
from bot.domain.readiness import Outage, outage_since
from bot.errors import StartupError
from bot.health.server import RunningHealthServer, start_health_server
from bot.logs import where_it_failed
from bot.scheduler import catch_up_on_deadlines
from bot.services.container import Services
from bot.webhook import (
    RunningWebhook,
    check_our_webhook,
    path_of,
    set_our_webhook,
    start_webhook_server,
    webhook_secret,
)
from handlers.menus import publish_command_menus
from storage.liveness import LivenessRepository

log = logging.getLogger(__name__)

# Each step of a shutdown gets this long; five steps bound the whole of it (see `serve`).
SHUTDOWN_STAGE_SECONDS = 5.0
# After SIGTERM the process ends within this long, even if the event loop itself is stuck.
HARD_EXIT_SECONDS = 6 * SHUTDOWN_STAGE_SECONDS
HARD_EXIT_CODE = 1
WEBHOOK_CHECK_EVERY = timedelta(minutes=1)

REVOKED_MESSAGE = (
    "Telegram stopped accepting the bot token while the bot was running: it was revoked in "
    "@BotFather (perhaps because it was stolen; see the README's operations section). Put "
    "the current token in TELEGRAM_BOT_TOKEN (or its _FILE) and start the bot again."
)


def public_url(api_url: str) -> str:
    """The API URL as it may be shown to a person: never with a token in it."""
    return api_url.split("/bot", 1)[0]


async def serve(
    application: BotApplication,
    api_url: str,
    stop: asyncio.Event,
    *,
    stage_seconds: float = SHUTDOWN_STAGE_SECONDS,
) -> None:
    """Open storage, connect to Telegram, poll until `stop` is set, then shut down.

    Once `stop` is set, each step of the shutdown gets at most `stage_seconds`: a Bot API that
    no longer answers or a handler that hangs delays the end of the process, never blocks it.
    """
    if application.post_init is None or application.post_shutdown is None:
        raise RuntimeError("the application was not built by bot.app.build_application")
    # Storage first: a wrong key or a damaged database is reported before any network traffic.
    await application.post_init(application)
    services = application.bot_data.services
    if services is not None:
        # Read now, so that a problem in the content files shows in the log at start.
        services.rights.store.load_at_start()
        reload_content_on_hangup(services.rights.store)
        # Before any deadline is processed: the catch-up tells who was alerted late.
        services.checkins.outage = await detect_outage(services)
    health: RunningHealthServer | None = None
    try:
        health = await _start_health_server(application)
        await _connect(application, api_url)
        if application.bot_data.health is not None:
            application.bot_data.health.telegram_answered()  # getMe; then every poll
        services = application.bot_data.services
        if services is not None:
            await publish_command_menus(application.bot, services.translate)
        if application.updater is None:
            raise RuntimeError("the application was built without an updater")
        pending = await pending_updates(application.bot)
        webhook: RunningWebhook | None = None
        try:
            if application.bot_data.webhook_config is None:
                watch = application.bot_data.polling
                await application.updater.start_polling(
                    timeout=POLL_TIMEOUT_SECONDS,
                    allowed_updates=Update.ALL_TYPES,
                    error_callback=watch.on_error if watch is not None else None,
                )
                await application.start()
            else:
                await application.start()
                webhook = await _receive_by_webhook(application)
            await _handle_waiting_updates(application, pending)
            # Every deadline that passed while the bot was down, at once (the sweep's first
            # run would come only after its interval).
            await catch_up_on_deadlines(application)
            delivery = application.bot_data.delivery
            if delivery is not None:
                delivery.start()
            log.info("bot running")
            application.bot_data.running.set()
            await _until_stopped(stop, application.bot_data.token_refused)
        finally:
            if webhook is not None:  # no new update comes in while the rest stops
                await _bounded("stopping the webhook endpoint", webhook.stop(), stage_seconds)
            await _stop_serving(application, stage_seconds)
    finally:
        if health is not None:
            await _bounded("stopping the health endpoint", health.stop(), stage_seconds)
        await _bounded("closing storage", application.post_shutdown(application), stage_seconds)
        log.info("bot stopped")
    if application.bot_data.token_refused.is_set():
        raise StartupError(REVOKED_MESSAGE)


def webhook_secret_of(services: Services) -> str:
    """The same in every process of a deployment: it comes from the master key."""
    return webhook_secret(
        services.database.crypto.blind_index("webhook", "secret_token", b"telegram")
    )


async def _receive_by_webhook(application: BotApplication) -> RunningWebhook:
    """Listen locally, then tell Telegram where to send updates (with the secret token), and
    look every minute that nobody else changed it."""
    config = application.bot_data.webhook_config
    services = application.bot_data.services
    if config is None or services is None or application.job_queue is None:
        raise RuntimeError("webhook mode needs its configuration, open storage and the jobs")
    secret = webhook_secret_of(services)
    running = await start_webhook_server(
        application, config.host, config.port, path_of(config.url), secret
    )
    application.bot_data.webhook_server = running
    await set_our_webhook(application, config.url, secret)
    log.info("receiving updates by webhook on %s:%d", config.host, running.port)

    async def check(context: object) -> None:
        try:
            await check_our_webhook(application, config.url, secret)
        except Exception as error:  # the next minute tries again; polling has no such loop
            log.warning("checking the webhook failed: %s", type(error).__name__)

    application.job_queue.run_repeating(
        check, interval=WEBHOOK_CHECK_EVERY, first=WEBHOOK_CHECK_EVERY, name="webhook-check"
    )
    return running


async def _handle_waiting_updates(application: BotApplication, pending: int) -> None:
    """Check-ins sent while the bot was down count before the catch-up looks for missed ones."""
    if pending == 0:
        return
    done = await application.bot_data.backlog.handled(
        pending, application.update_queue.join, within=BACKLOG_WAIT_SECONDS
    )
    if done:
        log.info("handled %d updates that waited while the bot was down", pending)
    else:
        log.warning(
            "%d updates waited while the bot was down; going on with the deadlines before "
            "all were handled",
            pending,
        )


async def detect_outage(services: Services) -> Outage | None:
    """The time the bot was down, from its last sign of life to now (only counts and times are
    logged: nobody's name)."""
    now = services.clock.now()
    try:
        outage = outage_since(await LivenessRepository(services.database).last_alive(), now)
    except Exception as error:  # no notice is better than no start
        log.warning("could not read the last sign of life: %s", type(error).__name__)
        return None
    if outage is not None:
        minutes = int((outage.end - outage.start).total_seconds() // 60)
        log.warning(
            "the bot was down for about %d minutes (since %s UTC); check-ins missed in that "
            "time are processed now, and their defenders are told their contacts heard late",
            minutes,
            f"{outage.start:%Y-%m-%d %H:%M}",
        )
    return outage


async def _start_health_server(application: BotApplication) -> RunningHealthServer | None:
    config = application.bot_data.health_config
    monitor = application.bot_data.health
    if config.port is None or monitor is None:
        return None
    server = await start_health_server(monitor, config.host, config.port)
    application.bot_data.health_server = server
    log.info("health endpoint on %s:%d (/healthz, /readyz)", config.host, server.port)
    return server


async def _until_stopped(stop: asyncio.Event, token_refused: asyncio.Event) -> None:
    """Until `stop`, or until Telegram refuses the token: python-telegram-bot's polling then
    ends for good, and a bot that answers nobody must not look as if it were running."""
    waits = [asyncio.create_task(stop.wait()), asyncio.create_task(token_refused.wait())]
    try:
        await asyncio.wait(waits, return_when=asyncio.FIRST_COMPLETED)
    finally:
        for wait in waits:
            wait.cancel()
    if token_refused.is_set():
        log.error("Telegram refused the bot token while running; stopping")


async def _stop_serving(application: BotApplication, seconds: float) -> None:
    delivery = application.bot_data.delivery
    if delivery is not None:
        await _bounded("stopping delivery", delivery.stop(), seconds)
    if application.updater is not None and application.updater.running:
        await _bounded("stopping polling", application.updater.stop(), seconds)
    if application.running:
        await _bounded("finishing the updates in hand", application.stop(), seconds)
    await _bounded("shutting down", application.shutdown(), seconds)


async def _bounded(stage: str, work: Coroutine[Any, Any, None], seconds: float) -> None:
    """One step of the shutdown, given up after `seconds` (what it had saved stays saved:
    every change is a transaction)."""
    try:
        async with asyncio.timeout(seconds):
            await work
    except TimeoutError:
        log.error("shutdown: %s took longer than %.0f s; going on without it", stage, seconds)
    except Exception as error:
        log.error(
            "shutdown: %s failed (%s at %s); going on",
            stage,
            type(error).__name__,
            where_it_failed(error),
        )


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


def stop_on_signals(stop: asyncio.Event, hard_exit_after: float = HARD_EXIT_SECONDS) -> None:
    """SIGINT and SIGTERM set `stop`; the first also starts a clock that ends the process
    `hard_exit_after` seconds later whatever is still running, so a stop always stops."""
    loop = asyncio.get_running_loop()

    def on_signal() -> None:
        if not stop.is_set():
            _exit_later(hard_exit_after)
        stop.set()

    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError, RuntimeError):
            loop.add_signal_handler(sig, on_signal)


def _exit_later(seconds: float) -> None:
    def hard_exit() -> None:
        os.write(2, b"defender-bot: the shutdown took too long; ending the process now\n")
        os._exit(HARD_EXIT_CODE)

    timer = threading.Timer(seconds, hard_exit)
    timer.daemon = True  # a clean exit before then does not wait for it
    timer.start()
