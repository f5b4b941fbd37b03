"""Thin Telegram adapters: read the update, call one service, send one localized reply."""

from __future__ import annotations

from telegram.ext import CommandHandler, MessageHandler, filters

from bot.context import BotApplication
from handlers.errors import on_error
from handlers.fallback import on_unrecognised_message
from handlers.start import on_help_command, on_start_command, on_start_in_group


def register_handlers(application: BotApplication) -> None:
    private = filters.ChatType.PRIVATE
    application.add_handler(CommandHandler("start", on_start_command, filters=private))
    application.add_handler(CommandHandler("help", on_help_command, filters=private))
    application.add_handler(
        CommandHandler(["start", "help"], on_start_in_group, filters=filters.ChatType.GROUPS)
    )
    # Keep this last: feature handlers must be registered above it.
    application.add_handler(
        MessageHandler(private & ~filters.UpdateType.EDITED, on_unrecognised_message)
    )
    application.add_error_handler(on_error)
