"""What every handler needs: who is speaking, in which language, and a way to answer."""

from __future__ import annotations

from telegram import Update

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
