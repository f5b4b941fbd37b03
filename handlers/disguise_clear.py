"""Turning disguise on: the offer to delete the earlier messages of this chat that Telegram
still lets the bot delete (those recorded in the last 48 hours), and what pressing it does.
They go the way auto-delete and /wipe delete: made due now, removed by the deletion job."""

from __future__ import annotations

import logging

from telegram import Update

from bot.context import BotContext
from bot.domain.interaction import ButtonAction
from bot.domain.users import User
from bot.services.interaction import Press
from handlers.maintenance import delete_due_messages
from handlers.routing import button_route
from handlers.ui import inline_buttons, main_keyboard, say, send

log = logging.getLogger(__name__)


async def offer_to_clear(context: BotContext, user: User) -> None:
    """After disguise is switched on: offer to delete what is still deletable, if anything."""
    earlier = await context.services.messages.earlier_in_chat(user)
    if not earlier:
        return
    button = (say(context, user, "disguise-clear-button"), ButtonAction("disguise-clear"))
    await send(
        context,
        user,
        say(context, user, "disguise-clear-offer", count=len(earlier)),
        markup=await inline_buttons(context, user, [[button]]),
    )


@button_route("disguise-clear")
async def on_clear_pressed(update: Update, context: BotContext, press: Press) -> None:
    query = update.callback_query
    offer = query.message.message_id if query is not None and query.message else None
    messages = context.services.messages
    user = press.user
    earlier = await messages.earlier_in_chat(user, keep=offer)
    # The offer goes too; the report comes as a new message that brings the keyboard back.
    await messages.delete_soon(earlier + await messages.offer_of(user, offer))
    await delete_due_messages(context)
    left = await messages.still_recorded(earlier)  # network trouble: the job tries again
    deleted = len(earlier) - left
    log.info("cleared %d earlier messages on disguise, %d to retry", deleted, left)
    text = say(context, user, "disguise-clear-done", count=deleted)
    await send(context, user, text, markup=main_keyboard(context, user))
