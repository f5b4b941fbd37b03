"""Stand-downs guarded by the safety PIN: closing or cancelling an alert, changing the PIN or
the duress word, pausing or switching off check-ins, removing or demoting a contact.

A feature registers what it does with `@guarded_action(name)` and calls `with_pin(...)`:
without a PIN the action happens at once; with one, the bot asks for it and does the action
only when it is given. What the person types is deleted from the chat at once, as all
typed answers to a flow are (`handlers.routing`).

The duress word at the prompt shows exactly what the action shows, while the alarm goes out
silently. By default the action then happens too (a captor who checks sees it done; the
contacts and coordinators have the duress alert instead); an action registers its own
`under_duress` where doing it would end protection (closing an alert) or hand the captor a
way in (a new PIN).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime

from telegram import ReplyKeyboardMarkup, Update

from bot.context import BotContext
from bot.domain.alerts import AlertKind
from bot.domain.interaction import Conversation
from bot.domain.panic import is_sos_word
from bot.domain.settings import local_text
from bot.domain.users import User
from bot.services.safety_pin import PinAnswer
from handlers.routing import step_route
from handlers.ui import say, send

GATE_FLOW = "pin-gate"

Perform = Callable[[BotContext, User, dict[str, str]], Awaitable[None]]


@dataclass(frozen=True)
class GuardedAction:
    perform: Perform
    under_duress: Perform
    wrong_pin_key: str


_ACTIONS: dict[str, GuardedAction] = {}


def guarded_action(
    name: str, *, under_duress: Perform | None = None, wrong_pin_key: str = "pin-gate-wrong"
) -> Callable[[Perform], Perform]:
    def register(perform: Perform) -> Perform:
        if name in _ACTIONS:
            raise ValueError(f"guarded action {name} registered twice")
        _ACTIONS[name] = GuardedAction(
            perform, under_duress or _done_with_alarm(perform), wrong_pin_key
        )
        return perform

    return register


def _done_with_alarm(perform: Perform) -> Perform:
    async def under_duress(context: BotContext, user: User, data: dict[str, str]) -> None:
        await raise_silent_alarm(context, user)
        await perform(context, user, data)

    return under_duress


async def raise_silent_alarm(context: BotContext, user: User) -> None:
    """A duress alert, shown nowhere in the defender's chat (one is enough while it is open)."""
    alerts = context.services.alerts
    if not any(a.is_duress for a in await alerts.open_alerts_of(user)):
        await alerts.raise_alert(user, AlertKind.DURESS)


async def with_pin(
    context: BotContext, user: User, action: str, data: dict[str, str] | None = None
) -> None:
    """Do `action` (with `data`) now if `user` has no safety PIN; otherwise ask for it and
    do it once it is given."""
    if not await context.services.pins.is_set(user):
        await _ACTIONS[action].perform(context, user, data or {})
        return
    await ask_pin(context, user, action, data)


async def ask_pin(
    context: BotContext,
    user: User,
    action: str,
    data: dict[str, str] | None = None,
    *,
    prompt: str | None = None,
    markup: ReplyKeyboardMarkup | None = None,
) -> None:
    """Ask for the PIN (with `prompt`, or the plain question) before doing `action`."""
    if action not in _ACTIONS:
        raise KeyError(action)
    locked = await context.services.pins.locked_until(user)
    if locked is not None:
        text = say(context, user, "pin-gate-locked", time=_local(user, locked))
        lines = [prompt, text] if prompt else [text]
        await send(context, user, "\n".join(lines), markup=markup)
        return
    await context.services.conversations.start(user, GATE_FLOW, action, **(data or {}))
    await send(context, user, prompt or say(context, user, "pin-gate-ask"), markup=markup)


@step_route(GATE_FLOW)
async def on_pin_typed(
    update: Update, context: BotContext, user: User, step: Conversation, text: str
) -> None:
    # Already deleted from the chat, as everything typed into a flow (`handlers.routing`).
    guarded = _ACTIONS.get(step.step)
    if guarded is None:
        await context.services.conversations.end(user)
        await send(context, user, say(context, user, "not-understood"))
        return
    if await _raised_an_sos(update, context, user, text):
        return
    check = await context.services.pins.check(user, text)
    if check.answer is PinAnswer.WRONG:
        await send(context, user, say(context, user, guarded.wrong_pin_key))
        return  # the prompt stays: they may try again, or /cancel
    await context.services.conversations.end(user)
    if check.answer is PinAnswer.LOCKED and check.locked_until is not None:
        locked = say(context, user, "pin-gate-locked", time=_local(user, check.locked_until))
        await send(context, user, locked)
    elif check.answer is PinAnswer.RIGHT:
        await guarded.perform(context, user, step.data)
    elif check.answer is PinAnswer.DURESS:
        await guarded.under_duress(context, user, step.data)


async def _raised_an_sos(update: Update, context: BotContext, user: User, text: str) -> bool:
    """A word for help typed at the prompt ("sos", "help", 🆘) is the SOS, not a wrong PIN."""
    # Imported here: typed panic raises the SOS through handlers.alerts, which uses this gate.
    from handlers.alerts import on_sos
    from handlers.typed_panic import words_that_raise_an_sos

    if not is_sos_word(text, words_that_raise_an_sos(context.services.translate)):
        return False
    await context.services.conversations.end(user)
    await on_sos(update, context)
    return True


def _local(user: User, moment: datetime) -> str:
    return local_text(moment, user.settings.timezone)
