"""The one place that builds the python-telegram-bot Application and wires everything in."""

from __future__ import annotations

from typing import Any

from telegram.constants import ParseMode
from telegram.ext import ApplicationBuilder, ContextTypes, Defaults
from telegram.request import BaseRequest, HTTPXRequest

from bot.clock import Clock
from bot.config import Config
from bot.context import AppState, BotApplication, BotContext
from bot.i18n import Translator
from bot.scheduler import schedule_maintenance
from bot.services.container import Services
from bot.transport import UpdateSanitizingRequest
from handlers import register_handlers
from storage.open import open_storage

# Long polling holds a request open this long; the read timeout must outlast it.
POLL_TIMEOUT_SECONDS = 30


def build_application(
    config: Config,
    clock: Clock,
    *,
    translate: Translator | None = None,
    request: BaseRequest | None = None,
    updates_request: BaseRequest | None = None,
) -> BotApplication:
    """The bot, ready to start; storage opens in post_init and closes in post_shutdown.

    Tests pass `request`/`updates_request` to talk to the in-process Bot API emulator.
    """
    translator = translate or Translator.load()

    async def post_init(application: BotApplication) -> None:
        database = await open_storage(config.storage)
        application.bot_data.services = Services.build(database, clock, translator)
        schedule_maintenance(application)

    async def post_shutdown(application: BotApplication) -> None:
        services = application.bot_data.services
        if services is not None:
            application.bot_data.services = None
            await services.database.close()

    context_types: ContextTypes[BotContext, dict[Any, Any], dict[Any, Any], AppState] = (
        ContextTypes(context=BotContext, bot_data=AppState)
    )
    builder = (
        ApplicationBuilder()
        .token(config.token)
        .base_url(config.api_url)
        .base_file_url(config.api_file_url)
        .defaults(Defaults(parse_mode=ParseMode.HTML))
        .context_types(context_types)
        # Conversations and per-user order need updates one at a time (see DESIGN.md).
        .concurrent_updates(False)
        .post_init(post_init)
        .post_shutdown(post_shutdown)
    )
    builder = builder.request(request or HTTPXRequest(connection_pool_size=8))
    builder = builder.get_updates_request(
        UpdateSanitizingRequest(
            updates_request or HTTPXRequest(read_timeout=POLL_TIMEOUT_SECONDS + 10)
        )
    )
    application: BotApplication = builder.build()
    register_handlers(application)
    return application
