"""/settings → safety PIN and duress word: explained plainly, typed twice, deleted from the
chat at once, and kept only as salted hashes.

Once a PIN is set, neither word can be changed or removed without it (`handlers.pin_gate`).
If the duress word is given at that prompt, the screens look the same, but nothing weakens:
a "new PIN" or "new duress word" typed then becomes one more word that alerts like the duress
word (so a captor who set it and uses it later raises the alarm), and "remove" removes
nothing.
"""

from __future__ import annotations

from telegram import Update

from bot.context import BotApplication, BotContext
from bot.domain.interaction import ButtonAction, Conversation
from bot.domain.setup import SetupStep
from bot.domain.users import User
from bot.services.checkins import MAX_WORD_CHARS, MIN_WORD_CHARS
from bot.services.interaction import Press
from handlers.pin_gate import guarded_action, raise_silent_alarm, with_pin
from handlers.routing import button_route, step_route
from handlers.setup_progress import step_done
from handlers.ui import inline_buttons, say, send
from storage.safety_words import SafetyWord

FLOW = "safety-word"
OPEN = "safety-word-open"
MIN_CHARS = MIN_WORD_CHARS
MAX_CHARS = MAX_WORD_CHARS
COERCED = "coerced"  # in the flow's data: opened with the duress word at the PIN prompt
FIRST = "first"  # in the flow's data: the hash of the first entry, until the second


@button_route("safety-word")
async def on_safety_word_button(update: Update, context: BotContext, press: Press) -> None:
    which = SafetyWord(press.action.arg)
    await with_pin(context, press.user, OPEN, {"which": which.value})


async def _open(context: BotContext, user: User, data: dict[str, str]) -> None:
    which = SafetyWord(data["which"])
    is_set = which in await context.services.pins.words.which_are_set(user.id)
    coerced = data.get(COERCED, "")
    rows = []
    if is_set:
        label = say(context, user, "safety-word-clear")
        rows.append([(label, ButtonAction("safety-word-clear", which.value))])
    text = (
        say(context, user, f"safety-{which.value}-explain")
        + "\n\n"
        + say(context, user, "safety-word-is-set" if is_set else "safety-word-not-set")
    )
    await context.services.conversations.start(user, FLOW, which.value, **{COERCED: coerced})
    markup = await inline_buttons(context, user, rows) if rows else None
    await send(context, user, text, markup=markup, sensitive=True)


async def _open_coerced(context: BotContext, user: User, data: dict[str, str]) -> None:
    await raise_silent_alarm(context, user)
    await _open(context, user, {**data, COERCED: "1"})


guarded_action(OPEN, under_duress=_open_coerced)(_open)


@button_route("safety-word-clear")
async def on_clear(update: Update, context: BotContext, press: Press) -> None:
    """Works only from the screen just opened (with the PIN, once one is set): an old button
    pressed later by someone else does nothing."""
    which = SafetyWord(press.action.arg)
    user = press.user
    step = (await context.services.conversations.current(user)).current
    if step is None or step.flow != FLOW or step.step != which.value:
        await send(context, user, say(context, user, "safety-word-open-again"))
        return
    await context.services.conversations.end(user)
    if not step.data.get(COERCED):
        await context.services.pins.words.clear(user.id, which)
    await send(context, user, say(context, user, f"safety-{which.value}-cleared"))


@step_route(FLOW)
async def on_typed(
    update: Update, context: BotContext, user: User, step: Conversation, text: str
) -> None:
    # The word is already out of the chat, as everything typed into a flow (handlers.routing).
    which = SafetyWord(step.step)
    pins = context.services.pins
    if not MIN_CHARS <= len(text) <= MAX_CHARS:
        await send(context, user, say(context, user, "safety-word-length"))
        return
    problem = pins.problem_with_new_pin(text) if which is SafetyWord.PIN else None
    if problem is not None:
        await send(context, user, say(context, user, f"safety-pin-{problem.value}"))
        return
    first = step.data.get(FIRST)
    coerced = step.data.get(COERCED, "")
    if first is None:
        other = SafetyWord.PIN if which is SafetyWord.DURESS else SafetyWord.DURESS
        if await pins.words.matches(user.id, text) is other:
            await send(context, user, say(context, user, "safety-word-same"))
            return
        hashed = await pins.hash_first_entry(text)
        await context.services.conversations.start(
            user, FLOW, which.value, **{COERCED: coerced, FIRST: hashed}
        )
        await send(context, user, say(context, user, "safety-word-again"))
        return
    if not await pins.second_entry_matches(first, text):
        await context.services.conversations.start(user, FLOW, which.value, **{COERCED: coerced})
        await send(context, user, say(context, user, "safety-word-mismatch"))
        return
    await context.services.conversations.end(user)
    if coerced:
        # Never the defender's own PIN or duress word: that would turn their PIN into an alarm.
        if await pins.words.matches(user.id, text) is None:
            await pins.words.add_decoy(user.id, first)
    else:
        await pins.words.store_hash(user.id, which, first)
    await send(context, user, say(context, user, f"safety-{which.value}-saved"))
    if which is SafetyWord.PIN:
        await step_done(context, user, SetupStep.PIN)


def register(application: BotApplication) -> None:
    """Nothing to add: reached from /settings, through `handlers.routing`'s buttons and steps."""
    del application
