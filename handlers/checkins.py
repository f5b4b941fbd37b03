"""Check-ins: /checkin (and "I'm safe", and the button under a reminder), the duress word,
and the safety-PIN prompt that guards closing an alert that has gone out.

A check-in with the duress word must look exactly like a check-in: both go through
`_checked_in`, and nothing in it depends on which word was used.
"""

from __future__ import annotations

from datetime import datetime

from telegram import Update
from telegram.ext import CommandHandler, MessageHandler, filters

from bot.context import BotApplication, BotContext
from bot.domain.interaction import Conversation
from bot.domain.settings import local_text
from bot.domain.users import User
from bot.i18n import Translator
from bot.services.checkins import CHECKIN_ROUTE, CheckIn
from bot.services.interaction import Press
from handlers.alerts import known_user
from handlers.routing import button_route, free_text_route, step_route
from handlers.typed import TypedText
from handlers.ui import delete_their_message, main_keyboard, say, send
from storage.safety_words import SafetyWord

PIN_FLOW = "safe-pin"


def local(user: User, moment: datetime) -> str:
    return local_text(moment, user.settings.timezone)


async def on_checkin_command(update: Update, context: BotContext) -> None:
    user = await known_user(update, context)
    if user is None:
        return
    words = " ".join(context.args or [])
    duress = False
    if words:
        # Whatever the words, they leave the chat: the duress word must not stay on the
        # phone, and a /checkin with other words must look the same.
        await delete_their_message(context, user, update.effective_message)
        duress = await context.services.checkins.is_safety_word(user, words) is SafetyWord.DURESS
    await check_in(context, user, duress=duress)


async def on_safe(update: Update, context: BotContext) -> None:
    """The keyboard's "I'm safe": a check-in."""
    user = await known_user(update, context)
    if user is not None:
        await check_in(context, user, duress=False)


@button_route(CHECKIN_ROUTE)
async def on_checkin_button(update: Update, context: BotContext, press: Press) -> None:
    await check_in(context, press.user, duress=False)


@free_text_route
async def on_free_text(update: Update, context: BotContext, user: User, text: str) -> bool:
    """The duress word sent as a plain message checks in, silently raising the alert."""
    which = await context.services.checkins.is_safety_word(user, text)
    if which is None:
        return False
    await delete_their_message(context, user, update.effective_message)
    if which is SafetyWord.DURESS:
        await check_in(context, user, duress=True)
        return True
    await send(context, user, say(context, user, "not-understood"))  # the PIN, out of place
    return True


async def check_in(context: BotContext, user: User, *, duress: bool) -> None:
    """Record the check-in; with the duress word, raise the silent alert too. What the
    defender sees next is the same either way."""
    done = await context.services.checkins.check_in(user, duress=duress)
    await _checked_in(context, user, done)


async def _checked_in(context: BotContext, user: User, done: CheckIn) -> None:
    alerts = context.services.alerts
    open_alerts = [a for a in await alerts.open_alerts_of(user) if not a.hidden_from_defender]
    now = context.services.clock.now()
    lines = [say(context, user, "checkin-done", time=local(user, now))]
    if done.schedule.due_at is not None:
        lines.append(say(context, user, "checkin-next", due=local(user, done.schedule.due_at)))
    if done.effect is not None and done.effect.ended_deadline is not None:
        ended = local(user, done.effect.ended_deadline)
        lines.append(say(context, user, "checkin-deadline-ended", deadline=ended))
    pin_set = SafetyWord.PIN in await context.services.checkins.words.which_are_set(user.id)
    if open_alerts and pin_set:
        lines.append(say(context, user, "checkin-pin-ask"))
        await context.services.conversations.start(user, PIN_FLOW, "pin")
    elif open_alerts:
        # Without a PIN: closed, and the people told hear it is not verified. Alerts hidden
        # from the defender (duress) are left to the coordinators.
        await alerts.defender_is_safe(user)
    await send(context, user, "\n".join(lines), markup=main_keyboard(context, user))


@step_route(PIN_FLOW)
async def on_pin(
    update: Update, context: BotContext, user: User, step: Conversation, text: str
) -> None:
    await delete_their_message(
        context, user, update.effective_message
    )  # the PIN must not stay in the chat
    which = await context.services.checkins.is_safety_word(user, text)
    alerts = context.services.alerts
    visible = [a for a in await alerts.open_alerts_of(user) if not a.hidden_from_defender]
    if not visible:
        # Closed meanwhile (by a coordinator, say): the prompt is over; the duress word
        # still works as it does anywhere else.
        await context.services.conversations.end(user)
        if which is SafetyWord.DURESS:
            await check_in(context, user, duress=True)
        else:
            await send(context, user, say(context, user, "not-understood"))
        return
    if which is None:
        await send(context, user, say(context, user, "checkin-pin-wrong"))
        return
    await context.services.conversations.end(user)
    if which is SafetyWord.PIN:
        await alerts.defender_is_safe(user, verified=True)
    else:
        await alerts.defender_coerced(user)
    # Either way the outbox tells the defender their alert is closed, word for word the same.


def register(application: BotApplication, translate: Translator) -> None:
    private = filters.ChatType.PRIVATE
    application.add_handler(CommandHandler("checkin", on_checkin_command, filters=private))
    safe_words = TypedText(translate.every_wording("keyboard-safe"))
    application.add_handler(
        MessageHandler(private & safe_words & ~filters.UpdateType.EDITED, on_safe)
    )
