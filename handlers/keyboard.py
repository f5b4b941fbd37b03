"""The persistent keyboard's buttons arrive as text in the user's language (or disguise).

SOS and "I'm safe" are handled in `handlers.alerts`, Rights in `handlers.rights`; the Menu
button is answered here.
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import Any

from telegram import Update
from telegram.ext import MessageHandler, filters

from bot.context import BotApplication, BotContext
from bot.i18n import Translator
from handlers.common import registered_user
from handlers.typed import TypedText
from handlers.ui import main_keyboard, say, send


def answer_with(message_id: str) -> Callable[[Update, BotContext], Coroutine[Any, Any, None]]:
    async def answer(update: Update, context: BotContext) -> None:
        user = await registered_user(update, context)
        if user is None:
            return
        await send(
            context, user, say(context, user, message_id), markup=main_keyboard(context, user)
        )

    return answer


def register(application: BotApplication, translate: Translator) -> None:
    answers = {
        "keyboard-menu": "menu",
    }
    for label, reply in answers.items():
        wordings = TypedText(translate.every_wording(label))
        application.add_handler(
            MessageHandler(filters.ChatType.PRIVATE & wordings, answer_with(reply))
        )
