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
from bot.domain.settings import local_text
from bot.domain.users import User
from bot.i18n import Translator
from bot.services.checkins import CHECKIN_ROUTE, CheckIn
from bot.services.interaction import Press
from handlers.alerts import known_user
from handlers.pin_gate import ask_pin, guarded_action
from handlers.routing import button_route, free_text_route
from handlers.typed import TypedText
from handlers.ui import delete_their_message, main_keyboard, say, send
from storage.safety_words import SafetyWord

CLOSE_ALERTS = "close-alerts"


def local(user: User, moment: datetime) -> str:
    return local_text(moment, user.settings.timezone)


async def on_checkin_command(update: Update, context: BotContext) -> None:
    user = await known_user(update, context)
    if user is None:
        return
    words = " ".join(context.args or [])
    which = None
    if words:
        # Whatever the words, they leave the chat: the duress word and the PIN must not stay
        # on the phone, and a /checkin with other words must look the same.
        await delete_their_message(context, user, update.effective_message)
        which = await context.services.checkins.is_safety_word(user, words)
    await check_in(
        context,
        user,
        duress=which is SafetyWord.DURESS,
        pin=which is SafetyWord.PIN,
        sent_at=sent_at(update),
    )


def sent_at(update: Update) -> datetime | None:
    """When Telegram says the message was sent (a check-in that waited counts from then)."""
    message = update.effective_message
    return message.date if message is not None else None


async def on_safe(update: Update, context: BotContext) -> None:
    """The keyboard's "I'm safe": a check-in."""
    user = await known_user(update, context)
    if user is not None:
        await check_in(context, user, duress=False, sent_at=sent_at(update))


@button_route(CHECKIN_ROUTE)
async def on_checkin_button(update: Update, context: BotContext, press: Press) -> None:
    await check_in(context, press.user, duress=False)


@free_text_route
async def on_free_text(update: Update, context: BotContext, user: User, text: str) -> bool:
    """The duress word sent as a plain message checks in, silently raising the alert; the PIN
    sent as a plain message checks in and closes every open alert, as `/checkin PIN` does."""
    which = await context.services.checkins.is_safety_word(user, text)
    if which is None:
        return False
    await delete_their_message(context, user, update.effective_message)
    await check_in(
        context,
        user,
        duress=which is SafetyWord.DURESS,
        pin=which is SafetyWord.PIN,
        sent_at=sent_at(update),
    )
    return True


async def check_in(
    context: BotContext,
    user: User,
    *,
    duress: bool,
    pin: bool = False,
    sent_at: datetime | None = None,
) -> None:
    """Record the check-in; with the duress word, raise the silent alert too. What the
    defender sees next is the same either way.

    `pin`: the safety PIN came with it (`/checkin PIN`): every open alert closes, verified,
    those the defender's chat never shows included (a duress alert they raised earlier), and
    the screen shows exactly what any other check-in shows."""
    done = await context.services.checkins.check_in(user, duress=duress, sent_at=sent_at)
    if pin:
        await context.services.alerts.defender_is_safe(user, verified=True, including_hidden=True)
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
    keyboard = main_keyboard(context, user)
    if open_alerts and await context.services.pins.is_set(user):
        lines.append(say(context, user, "checkin-pin-ask"))
        await ask_pin(context, user, CLOSE_ALERTS, prompt="\n".join(lines), markup=keyboard)
        return
    if open_alerts:
        # Without a PIN: closed, and the people told hear it is not verified. Alerts hidden
        # from the defender (duress) are left to the people on them.
        await alerts.defender_is_safe(user)
    await send(context, user, "\n".join(lines), markup=keyboard)


async def _close_with_pin(context: BotContext, user: User, data: dict[str, str]) -> None:
    if not await context.services.alerts.defender_is_safe(user, verified=True):
        # Closed meanwhile (by a coordinator, say): nothing is left to close.
        await send(context, user, say(context, user, "sos-already-closed"))
    # Otherwise the outbox tells the defender their alert is closed.


async def _close_under_duress(context: BotContext, user: User, data: dict[str, str]) -> None:
    alerts = context.services.alerts
    if [a for a in await alerts.open_alerts_of(user) if not a.hidden_from_defender]:
        # Shown closed, word for word as with the PIN; it stays open for everyone on it.
        await alerts.defender_coerced(user)
    else:
        await check_in(context, user, duress=True)


guarded_action(CLOSE_ALERTS, under_duress=_close_under_duress, wrong_pin_key="checkin-pin-wrong")(
    _close_with_pin
)


def register(application: BotApplication, translate: Translator) -> None:
    private = filters.ChatType.PRIVATE
    application.add_handler(CommandHandler("checkin", on_checkin_command, filters=private))
    safe_words = TypedText(translate.every_wording("keyboard-safe"))
    application.add_handler(
        MessageHandler(private & safe_words & ~filters.UpdateType.EDITED, on_safe)
    )
