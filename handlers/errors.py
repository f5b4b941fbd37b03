"""The last line of defence: log what failed without what anyone wrote, and tell the user."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.error import TelegramError

from bot.context import BotContext
from bot.errors import StorageFullError
from bot.logs import where_it_failed

log = logging.getLogger(__name__)


async def on_error(update: object, context: BotContext) -> None:
    error = context.error
    if error is None:
        return
    update_id = update.update_id if isinstance(update, Update) else None
    log.error("update %s failed: %s at %s", update_id, type(error).__name__, where_it_failed(error))
    if not isinstance(update, Update) or update.effective_chat is None:
        return
    if context.bot_data.services is None:
        return
    key = "error-storage-full" if isinstance(error, StorageFullError) else "error-generic"
    language = update.effective_user.language_code if update.effective_user else None
    try:
        await context.bot.send_message(
            update.effective_chat.id, context.services.translate(language, key)
        )
    except TelegramError as send_error:
        log.warning("could not tell the user about the failure: %s", type(send_error).__name__)
