"""What every handler needs: who is speaking, in which language, and a way to answer."""

from __future__ import annotations

from telegram import Update

from bot.context import BotContext
from bot.domain.users import TelegramIdentity, display_name_of


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
    await message.reply_text(text)
