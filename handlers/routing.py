"""Two dispatchers that feature modules plug into.

- Button presses: a feature registers a route name with `@button_route("name")`; buttons made
  with `handlers.ui.inline_buttons` carry `ButtonAction(route, arg)`. A press that is forged,
  replayed, stale or someone else's gets "this button has expired" and changes nothing.
- Typed text during a multi-step flow: a feature registers its flow with `@step_route("flow")`
  and starts it with `services.conversations.start(user, flow, step, **data)`. The typed
  message is deleted from the chat before the step sees it: routes never delete it themselves.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from telegram import Update

from bot.context import BotContext
from bot.domain.interaction import ButtonAction, Conversation
from bot.domain.users import User
from bot.services.alerts import Coordinator
from bot.services.interaction import Press
from handlers.answers import answer_quietly, answering
from handlers.common import acting_coordinator, reply_with
from handlers.ui import delete_their_message, say

ButtonRoute = Callable[[Update, BotContext, Press], Awaitable[None]]
CoordinatorRoute = Callable[[Update, BotContext, Coordinator, ButtonAction], Awaitable[None]]
StepRoute = Callable[[Update, BotContext, User, Conversation, str], Awaitable[None]]

_BUTTONS: dict[str, ButtonRoute] = {}
_COORDINATOR_BUTTONS: dict[str, CoordinatorRoute] = {}
_STEPS: dict[str, StepRoute] = {}
FreeTextRoute = Callable[[Update, BotContext, User, str], Awaitable[bool]]
_FREE_TEXT: list[FreeTextRoute] = []
_LATE_FREE_TEXT: list[FreeTextRoute] = []
_FALLBACK: list[FreeTextRoute] = []


def button_route(name: str) -> Callable[[ButtonRoute], ButtonRoute]:
    def register(route: ButtonRoute) -> ButtonRoute:
        if name in _BUTTONS:
            raise ValueError(f"button route {name} registered twice")
        _BUTTONS[name] = route
        return route

    return register


def coordinator_route(name: str) -> Callable[[CoordinatorRoute], CoordinatorRoute]:
    """Buttons made with `handlers.ui.coordinator_buttons`: pressable by any coordinator."""

    def register(route: CoordinatorRoute) -> CoordinatorRoute:
        if name in _COORDINATOR_BUTTONS:
            raise ValueError(f"coordinator route {name} registered twice")
        _COORDINATOR_BUTTONS[name] = route
        return route

    return register


def free_text_route(route: FreeTextRoute) -> FreeTextRoute:
    """Typed text outside any flow; the route returns True if it was for it."""
    _FREE_TEXT.append(route)
    return route


def late_free_text_route(route: FreeTextRoute) -> FreeTextRoute:
    """Typed text outside any flow that no free-text route took, tried before the fallback:
    the safety words (a free-text route) must be recognised before anything else."""
    _LATE_FREE_TEXT.append(route)
    return route


def plain_text_fallback(route: FreeTextRoute) -> FreeTextRoute:
    """Typed text that no flow and no free-text route took (the rights search)."""
    if _FALLBACK:
        raise ValueError("one plain-text fallback only")
    _FALLBACK.append(route)
    return route


def step_route(flow: str) -> Callable[[StepRoute], StepRoute]:
    def register(route: StepRoute) -> StepRoute:
        if flow in _STEPS:
            raise ValueError(f"step route {flow} registered twice")
        _STEPS[flow] = route
        return route

    return register


async def on_button_press(update: Update, context: BotContext) -> None:
    query = update.callback_query
    if query is None or update.effective_user is None:
        return
    press = await context.services.buttons.redeem(update.effective_user.id, query.data or "")
    route = _BUTTONS.get(press.action.route) if press else None
    if press is None and await _coordinators_press(update, context, query.data or ""):
        return
    if press is None or route is None:
        language = update.effective_user.language_code
        expired = context.services.translate(language, "button-expired")
        await answer_quietly(query, expired, show_alert=True)
        return
    async with answering(query):
        await route(update, context, press)


async def _coordinators_press(update: Update, context: BotContext, data: str) -> bool:
    """A coordinators' button, pressed by a coordinator: done here, True."""
    query = update.callback_query
    coordinator = await acting_coordinator(update, context)
    if query is None or coordinator is None:
        return False
    action = await context.services.buttons.redeem_for_coordinators(data)
    route = _COORDINATOR_BUTTONS.get(action.route) if action else None
    if action is None or route is None:
        return False
    async with answering(query):
        await route(update, context, coordinator, action)
    return True


async def on_text(update: Update, context: BotContext) -> None:
    """Typed text: the answer to the step the user is at, if any."""
    message = update.effective_message
    if update.effective_user is None or message is None or message.text is None:
        return
    user = await context.services.users.find(update.effective_user.id)
    if user is None:
        await reply_with(update, context, "not-understood")
        return
    lookup = await context.services.conversations.current(user)
    route = _STEPS.get(lookup.current.flow) if lookup.current else None
    if lookup.current is None or route is None:
        for free_text in [*_FREE_TEXT, *_LATE_FREE_TEXT]:
            if await free_text(update, context, user, message.text.strip()):
                return
        # Text meant for a step that expired (a name, a card field) is not searched for.
        for fallback in _FALLBACK if not lookup.expired else []:
            if await fallback(update, context, user, message.text.strip()):
                return
        if lookup.expired:  # meant for the step: it leaves the chat as an answer would
            await delete_their_message(context, user, message)
        key = "step-expired" if lookup.expired else "not-understood"
        await message.reply_text(say(context, user, key))
        return
    # What people type into a flow (a card field, an invitation label, a PIN, the wipe word, a
    # time zone) leaves the chat as soon as it is read: the bot keeps it, encrypted, or shows
    # it back in a message that auto-delete removes.
    await delete_their_message(context, user, message)
    await route(update, context, user, lookup.current, message.text.strip())


async def on_cancel_command(update: Update, context: BotContext) -> None:
    message = update.effective_message
    if update.effective_user is None or message is None:
        return
    user = await context.services.users.find(update.effective_user.id)
    ended = user is not None and await context.services.conversations.end(user)
    language = user.language if user else update.effective_user.language_code
    key = "cancelled" if ended else "nothing-to-cancel"
    await message.reply_text(context.services.translate(language, key))
