"""The one place that builds the python-telegram-bot Application and wires everything in."""

from __future__ import annotations

from typing import Any

from telegram.constants import ParseMode
from telegram.ext import Application, ApplicationBuilder, ContextTypes, Defaults
from telegram.request import BaseRequest, HTTPXRequest

from bot.clock import Clock
from bot.config import Config
from bot.context import AppState, BotApplication, BotContext
from bot.delivery.fallback import RefusalFallbackRequest
from bot.delivery.paced_request import PacedRequest
from bot.delivery.scheduler import SendScheduler
from bot.health.heartbeat import Heartbeat
from bot.health.monitor import HealthMonitor
from bot.i18n import Translator
from bot.polling import PollingWatch
from bot.scheduler import schedule_maintenance, wire_alerts
from bot.services.container import Services
from bot.services.token_watch import TokenWatch
from bot.transport import UpdateSanitizingRequest
from bot.update_order import PerPersonUpdates
from handlers import register_handlers
from storage.liveness import LivenessRepository
from storage.open import open_storage
from storage.outbox import OutboxRepository

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

    async def post_init(application: AnyApplication) -> None:
        ours = _ours(application)
        database = await open_storage(config.storage)
        ours.bot_data.services = Services.build(
            database,
            clock,
            translator,
            config.admin_ids,
            invite_lifetime=config.invite_lifetime,
            max_contacts=config.max_contacts,
            alert_config=config.alerts,
        )
        liveness = LivenessRepository(database)
        monitor = HealthMonitor(liveness, OutboxRepository(database), clock)
        ours.bot_data.health = monitor
        ours.bot_data.heartbeat = Heartbeat(monitor, liveness, clock, config.health.heartbeat_url)
        schedule_maintenance(ours)
        wire_alerts(ours)
        ours.bot_data.polling = PollingWatch(
            TokenWatch(
                OutboxRepository(database),
                ours.bot_data.services.users,
                translator,
                config.admin_ids,
                clock,
                on_enqueued=lambda: _kick_delivery(ours),
            ),
            ours.bot,
        )

    async def post_shutdown(application: AnyApplication) -> None:
        ours = _ours(application)
        services = ours.bot_data.services
        if services is not None:
            ours.bot_data.services = None
            await services.close()

    context_types: ContextTypes[BotContext, dict[Any, Any], dict[Any, Any], AppState] = (
        ContextTypes(context=BotContext, bot_data=AppState)
    )
    builder = (
        ApplicationBuilder()
        .application_class(BotApplication)
        .token(config.token)
        .base_url(config.api_url)
        .base_file_url(config.api_file_url)
        .defaults(Defaults(parse_mode=ParseMode.HTML))
        .context_types(context_types)
        # People at once, each person's updates in order (see bot/update_order.py).
        .concurrent_updates(PerPersonUpdates())
        .post_init(post_init)
        .post_shutdown(post_shutdown)
    )
    # The pacer sits under the fallback: its second tries wait their turn like any send.
    pacer = SendScheduler(clock, config.send_limits)
    builder = builder.request(
        RefusalFallbackRequest(PacedRequest(request or HTTPXRequest(connection_pool_size=8), pacer))
    )
    polling = UpdateSanitizingRequest(
        updates_request or HTTPXRequest(read_timeout=POLL_TIMEOUT_SECONDS + 10)
    )
    builder = builder.get_updates_request(polling)
    application = _ours(builder.build())
    application.bot_data.health_config = config.health
    application.bot_data.webhook_config = config.webhook
    application.bot_data.pacer = pacer
    polling.before_polling = application.update_queue.join

    async def after_polling() -> None:
        if application.bot_data.health is not None:
            application.bot_data.health.telegram_answered()
        if application.bot_data.polling is not None:
            await application.bot_data.polling.after_poll()

    polling.after_polling = after_polling
    polling.token_refused = application.bot_data.token_refused.set
    polling.on_batch = application.bot_data.backlog.on_batch
    register_handlers(application, translator)
    return application


AnyApplication = Application[Any, Any, Any, Any, Any, Any]


def _kick_delivery(application: BotApplication) -> None:
    if application.bot_data.delivery is not None:
        application.bot_data.delivery.kick()


def _ours(application: AnyApplication) -> BotApplication:
    if not isinstance(application, BotApplication):
        raise TypeError("the application was not built by build_application")
    return application
