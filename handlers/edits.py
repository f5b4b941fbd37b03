"""An edited message is never a command. Telegram sends an edit of any old message as an
update: without this, editing last week's "hello" into /sos or /wipe would run it, since
python-telegram-bot's CommandHandler answers edited messages too. Only a live location moving
(which Telegram sends as an edit of the location message) goes on to the handlers."""

from __future__ import annotations

from telegram import Update
from telegram.ext import ApplicationHandlerStop, TypeHandler

from bot.context import BotApplication, BotContext

# Before every feature handler (they are in group 0).
GROUP = -10


async def on_any_update(update: Update, context: BotContext) -> None:
    edited = update.edited_message or update.edited_channel_post or update.edited_business_message
    if edited is not None and edited.location is None:
        raise ApplicationHandlerStop


def register(application: BotApplication) -> None:
    application.add_handler(TypeHandler(Update, on_any_update), group=GROUP)
