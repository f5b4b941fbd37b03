"""Anything in a private chat that no other handler took: point to /help rather than stay silent.

Registered last in its group, so every feature handler added before it wins.
"""

from __future__ import annotations

from telegram import Update

from bot.context import BotContext
from handlers.common import identity_of


async def on_unrecognised_message(update: Update, context: BotContext) -> None:
    identity = identity_of(update)
    message = update.effective_message
    if identity is None or message is None:
        return
    language = await context.services.users.language_of(identity)
    await message.reply_text(context.services.translate(language, "not-understood"))
