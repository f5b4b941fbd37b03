"""/settings → safety PIN and duress word: explained plainly, typed once, deleted from the
chat at once, and kept only as salted hashes."""

from __future__ import annotations

from telegram import Update

from bot.context import BotApplication, BotContext
from bot.domain.interaction import ButtonAction, Conversation
from bot.domain.users import User
from bot.services.checkins import MAX_WORD_CHARS, MIN_WORD_CHARS
from bot.services.interaction import Press
from handlers.routing import button_route, step_route
from handlers.ui import delete_their_message, inline_buttons, say, send
from storage.safety_words import SafetyWord

FLOW = "safety-word"
MIN_CHARS = MIN_WORD_CHARS
MAX_CHARS = MAX_WORD_CHARS


@button_route("safety-word")
async def on_safety_word_button(update: Update, context: BotContext, press: Press) -> None:
    which = SafetyWord(press.action.arg)
    user = press.user
    is_set = which in await context.services.checkins.words.which_are_set(user.id)
    rows = []
    if is_set:
        label = say(context, user, "safety-word-clear")
        rows.append([(label, ButtonAction("safety-word-clear", which.value))])
    text = (
        say(context, user, f"safety-{which.value}-explain")
        + "\n\n"
        + say(context, user, "safety-word-is-set" if is_set else "safety-word-not-set")
    )
    await context.services.conversations.start(user, FLOW, which.value)
    markup = await inline_buttons(context, user, rows) if rows else None
    await send(context, user, text, markup=markup, sensitive=True)


@button_route("safety-word-clear")
async def on_clear(update: Update, context: BotContext, press: Press) -> None:
    which = SafetyWord(press.action.arg)
    await context.services.checkins.words.clear(press.user.id, which)
    await context.services.conversations.end(press.user)
    await send(context, press.user, say(context, press.user, f"safety-{which.value}-cleared"))


@step_route(FLOW)
async def on_typed(
    update: Update, context: BotContext, user: User, step: Conversation, text: str
) -> None:
    # The word must not stay on a phone that may be seized.
    await delete_their_message(context, user, update.effective_message)
    which = SafetyWord(step.step)
    if not MIN_CHARS <= len(text) <= MAX_CHARS:
        await send(context, user, say(context, user, "safety-word-length"))
        return
    words = context.services.checkins.words
    other = SafetyWord.PIN if which is SafetyWord.DURESS else SafetyWord.DURESS
    if await words.matches(user.id, text) is other:
        await send(context, user, say(context, user, "safety-word-same"))
        return
    await words.store(user.id, which, text)
    await context.services.conversations.end(user)
    await send(context, user, say(context, user, f"safety-{which.value}-saved"))


def register(application: BotApplication) -> None:
    """Nothing to add: reached from /settings, through `handlers.routing`'s buttons and steps."""
    del application
