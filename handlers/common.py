"""What every handler needs: who is speaking, in which language, and a way to answer."""

from __future__ import annotations

from telegram import Update

from bot.context import BotContext
from bot.domain.users import TelegramIdentity, User, display_name_of
from handlers.ui import send


def identity_of(update: Update) -> TelegramIdentity | None:
    """The sender of a private message; None for channels, anonymous admins and the like."""
    user = update.effective_user
    chat = update.effective_chat
    if user is None or chat is None or user.is_bot:
        return None
    return TelegramIdentity(
        telegram_user_id=user.id,
        chat_id=chat.id,
        display_name=display_name_of(user.first_name, user.last_name),
        language_code=user.language_code,
    )


async def registered_user(update: Update, context: BotContext) -> User | None:
    """The sender, registered (or refreshed) on the way: every private command starts here."""
    identity = identity_of(update)
    if identity is None:
        return None
    return (await context.services.users.register(identity)).user


async def reply_with(update: Update, context: BotContext, message_id: str) -> None:
    """Answer a private message with one catalogue message, in the sender's language and,
    when they use disguise mode, its neutral wording."""
    identity = identity_of(update)
    message = update.effective_message
    if identity is None or message is None:
        return
    translate = context.services.translate
    user = await context.services.users.find(identity.telegram_user_id)
    if user is None:
        await message.reply_text(translate(identity.language_code, message_id))
        return
    text = translate(user.language, message_id, disguise=user.settings.disguise)
    await send(context, user, text)  # recorded, so that /wipe can delete it from the chat too
