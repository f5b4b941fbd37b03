"""/start and /help."""

from __future__ import annotations

from telegram import Update
from telegram.ext import CommandHandler, filters

from bot.context import BotApplication, BotContext
from handlers.common import identity_of, reply_with


async def on_start_command(update: Update, context: BotContext) -> None:
    identity = identity_of(update)
    message = update.effective_message
    if identity is None or message is None:
        return
    registration = await context.services.users.register(identity)
    key = "start-welcome" if registration.is_new else "start-welcome-back"
    user = registration.user
    await message.reply_text(context.services.translate(user.language, key, name=user.display_name))


async def on_help_command(update: Update, context: BotContext) -> None:
    await reply_with(update, context, "help")


async def on_start_in_group(update: Update, context: BotContext) -> None:
    """Nothing personal happens in a group, where everyone reads along."""
    message = update.effective_message
    if message is None:
        return
    language = update.effective_user.language_code if update.effective_user else None
    await message.reply_text(context.services.translate(language, "start-in-group"))


def register(application: BotApplication) -> None:
    private = filters.ChatType.PRIVATE
    application.add_handler(CommandHandler("start", on_start_command, filters=private))
    application.add_handler(CommandHandler("help", on_help_command, filters=private))
    application.add_handler(
        CommandHandler(["start", "help"], on_start_in_group, filters=filters.ChatType.GROUPS)
    )
