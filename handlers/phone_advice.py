"""/settings → "Your phone": what a phone that is taken or checked can still show of this chat
(the chat in the list, the bot's name and photo, notifications on the lock screen, anything the
bot could not delete) and what to do about it. Its strings (locales/*/phone.ftl) also hold
the 48-hour limit on the bot's deletions that the auto-delete screen shows.

Kept apart from `handlers.settings`: this is advice, and changes nothing."""

from __future__ import annotations

from telegram import Update

from bot.context import BotContext
from bot.services.interaction import Press
from handlers.routing import button_route
from handlers.settings import show_submenu


@button_route("settings-phone")
async def on_phone_advice(update: Update, context: BotContext, press: Press) -> None:
    await show_submenu(update, context, press.user, "phone-advice", [])
