"""Runs before every other handler: an update seen before is dropped, not processed again."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.ext import ApplicationHandlerStop

from bot.context import BotContext

log = logging.getLogger(__name__)


async def on_any_update(update: Update, context: BotContext) -> None:
    if not await context.services.updates.first_sight(update.update_id):
        log.info("update %s was already processed; skipped", update.update_id)
        raise ApplicationHandlerStop
