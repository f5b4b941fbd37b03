"""A typed callback context, so handlers reach the services without untyped dict lookups."""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Any, Protocol

from telegram import Update
from telegram.ext import Application, CallbackContext, ExtBot

from bot.delivery.loop import DeliveryLoop
from bot.delivery.worker import DeliveryWorker
from bot.services.container import Services


class Alarm(Protocol):
    def arm(self, when: datetime) -> None: ...

    def rearm(self, when: datetime | None) -> None: ...


log = logging.getLogger(__name__)


class AppState:
    """python-telegram-bot's `bot_data`: holds the services once `post_init` has built them."""

    def __init__(self) -> None:
        self.services: Services | None = None
        self.delivery: DeliveryLoop | None = None  # started only when the bot serves for real
        self.worker: DeliveryWorker | None = None
        self.alarm: Alarm | None = None
        # The alarm and the sweep share one job: a long catch-up is not run twice at once.
        self.processing_deadlines = False


class BotContext(CallbackContext[ExtBot[None], dict[Any, Any], dict[Any, Any], AppState]):
    @property
    def services(self) -> Services:
        services = self.bot_data.services
        if services is None:
            raise RuntimeError("storage is not open yet: post_init has not run")
        return services


class BotApplication(
    Application[ExtBot[None], BotContext, dict[Any, Any], dict[Any, Any], AppState, Any]
):
    """python-telegram-bot's Application, processing each Telegram update at most once.

    An update already acted on (Telegram re-sends unconfirmed updates after a restart) is
    dropped; otherwise every transaction its handlers commit also records it as processed,
    atomically (storage/updates.py).
    """

    async def process_update(self, update: object) -> None:
        services = self.bot_data.services
        if not isinstance(update, Update) or services is None:
            await super().process_update(update)
            return
        if await services.updates.already_processed(update.update_id):
            log.info("update %s was already processed; skipped", update.update_id)
            return
        with services.updates.handling(update.update_id):
            await super().process_update(update)
