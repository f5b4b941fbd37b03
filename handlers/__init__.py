"""Thin Telegram adapters: read the update, call one service, send one localized reply.

Feature modules each expose `register(application)` and plug their buttons and multi-step
flows into `handlers.routing`. Within group 0 the first matching handler wins, so order
matters: deep-link /start before plain /start, and the generic text and fallback handlers last.
"""

from __future__ import annotations

from telegram.ext import CallbackQueryHandler, CommandHandler, MessageHandler, filters

from bot.context import BotApplication
from bot.i18n import Translator
from handlers import (
    alerts,
    card,
    checkins,
    contact_alerts,
    contacts,
    coordinator_alerts,
    coordinators,
    edits,
    keyboard,
    phone_advice,  # noqa: F401 - a settings screen: its button registers on import
    rights,
    safety_words,
    schedules,
    settings,
    setup,
    start,
    typed_panic,
    wipe,
)
from handlers.errors import on_error
from handlers.fallback import on_unrecognised_message
from handlers.routing import on_button_press, on_cancel_command, on_text


def register_handlers(application: BotApplication, translate: Translator) -> None:
    private = filters.ChatType.PRIVATE
    edits.register(application)  # first: an edited message never runs a command
    contacts.register(application)
    start.register(application)
    card.register(application)
    settings.register(application)
    setup.register(application)
    wipe.register(application)
    coordinators.register(application)
    coordinator_alerts.register(application)
    alerts.register(application, translate)
    typed_panic.register(application, translate)
    checkins.register(application, translate)
    schedules.register(application)
    safety_words.register(application)
    keyboard.register(application, translate)
    rights.register(application, translate)
    contact_alerts.register(application)  # after the keyboard's labels, before plain text
    application.add_handler(CallbackQueryHandler(on_button_press))
    application.add_handler(CommandHandler("cancel", on_cancel_command, filters=private))
    application.add_handler(
        MessageHandler(
            private & filters.TEXT & ~filters.COMMAND & ~filters.UpdateType.EDITED, on_text
        )
    )
    # Keep this last: feature handlers must be registered above it.
    application.add_handler(
        MessageHandler(private & ~filters.UpdateType.EDITED, on_unrecognised_message)
    )
    application.add_error_handler(on_error)
