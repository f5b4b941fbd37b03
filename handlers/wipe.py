"""/wipe: erase everything about the user, after they type the confirmation word."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.ext import CommandHandler, filters

from bot.context import BotApplication, BotContext
from bot.domain.interaction import Conversation
from bot.domain.users import User
from bot.services.interaction import Press
from bot.text import typed
from handlers.common import registered_user
from handlers.maintenance import delete_due_messages
from handlers.routing import button_route, step_route
from handlers.ui import say, send

log = logging.getLogger(__name__)


async def ask_for_confirmation(context: BotContext, user: User) -> None:
    await context.services.conversations.start(user, "wipe", "confirm")
    word = say(context, user, "wipe-word")
    await send(context, user, say(context, user, "wipe-ask", word=word))


async def on_wipe_command(update: Update, context: BotContext) -> None:
    user = await registered_user(update, context)
    if user is not None:
        await ask_for_confirmation(context, user)


@button_route("wipe-start")
async def on_wipe_button(update: Update, context: BotContext, press: Press) -> None:
    await ask_for_confirmation(context, press.user)


@step_route("wipe")
async def on_wipe_confirmation(
    update: Update, context: BotContext, user: User, step: Conversation, text: str
) -> None:
    word = say(context, user, "wipe-word")
    if typed(text).strip().casefold() not in {typed(word).casefold(), "delete"}:
        await send(context, user, say(context, user, "wipe-not-confirmed", word=word))
        return
    # An open alert must not vanish with the account: its people are told first.
    await context.services.alerts.defender_leaving(user)
    erasure = await context.services.erasure.erase(user)
    log.info("user %s erased", user.id)
    for defender in erasure.defenders_to_tell:
        await context.services.notices.tell(defender, say(context, defender, "wipe-contact-left"))
    await delete_due_messages(context)
    await context.bot.send_message(user.chat_id, say(context, user, "wipe-done"))


def register(application: BotApplication) -> None:
    application.add_handler(
        CommandHandler("wipe", on_wipe_command, filters=filters.ChatType.PRIVATE)
    )
