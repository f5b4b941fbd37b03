"""Turning disguise on: the offer to delete the earlier messages of this chat that Telegram
still lets the bot delete (those recorded in the last 48 hours), and what pressing it does.
They go the way auto-delete and /wipe delete them: made due now, removed by the deletion job
(which retries what the network lost). The offer comes before "disguise is on", so what it
deletes is what came before it, and the keyboard's message stays."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.error import BadRequest

from bot.context import BotContext
from bot.domain.interaction import ButtonAction, SentMessage
from bot.domain.users import User
from bot.services.interaction import Press
from handlers.maintenance import delete_due_messages
from handlers.routing import button_route
from handlers.ui import inline_buttons, say, send

log = logging.getLogger(__name__)


def _left_out(earlier: list[SentMessage], keep: int | None) -> list[SentMessage]:
    return [m for m in earlier if m.message_id != keep]


async def offer_to_clear(context: BotContext, user: User, *, keep: int | None) -> None:
    """After disguise is switched on: offer to delete what is still deletable, if anything,
    but `keep` (the settings screen it was switched on from, which now reads neutrally)."""
    earlier = _left_out(await context.services.messages.earlier_in_chat(user), keep)
    if not earlier:
        return
    action = ButtonAction("disguise-clear", "" if keep is None else str(keep))
    button = (say(context, user, "disguise-clear-button"), action)
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
    keep = int(press.action.arg) if press.action.arg.isdigit() else None
    earlier = _left_out(await messages.earlier_in_chat(user, before=offer), keep)
    await messages.delete_soon(earlier)
    await delete_due_messages(context)
    left = await messages.still_recorded(earlier)  # network trouble: the job tries again
    deleted = len(earlier) - left
    log.info("cleared %d earlier messages on disguise, %d to retry", deleted, left)
    text = say(context, user, "disguise-clear-done", count=deleted)
    if query is not None:
        try:
            await query.edit_message_text(text)  # the offer becomes the report
            return
        except BadRequest:
            pass  # too old or gone: the report comes as a new message
    await send(context, user, text)
