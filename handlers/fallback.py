"""Anything in a private chat that no other handler took: point to /help rather than stay silent.

Registered last in its group, so every feature handler added before it wins.
"""

from __future__ import annotations

from telegram import Update

from bot.context import BotContext
from handlers.common import reply_with


async def on_unrecognised_message(update: Update, context: BotContext) -> None:
    await reply_with(update, context, "not-understood")
