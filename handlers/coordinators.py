"""/coordinators: an admin makes a group the network's coordinators' chat."""

from __future__ import annotations

from telegram import Update
from telegram.ext import CommandHandler

from bot.context import BotApplication, BotContext


async def on_coordinators_command(update: Update, context: BotContext) -> None:
    message, chat, user = update.effective_message, update.effective_chat, update.effective_user
    if message is None or chat is None or user is None:
        return
    translate = context.services.translate
    if chat.type not in (chat.GROUP, chat.SUPERGROUP):
        await message.reply_text(translate(user.language_code, "coordinators-in-private"))
        return
    designated = await context.services.coordinators.designate(user.id, chat.id, chat.title or "")
    key = "coordinators-set" if designated else "coordinators-not-admin"
    await message.reply_text(translate(user.language_code, key))


def register(application: BotApplication) -> None:
    application.add_handler(CommandHandler("coordinators", on_coordinators_command))
