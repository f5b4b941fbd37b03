"""The defender's side of an alert: SOS (one tap, no confirmation), false alarm, "I'm safe",
locations; and a contact's answer to an alert: "I'm on it" or "I can't help".

What others must be told goes through the alert service's outbox; only the defender's
immediate answer is sent from here.
"""

from __future__ import annotations

import contextlib
from datetime import timedelta

from telegram import Update
from telegram.error import TelegramError
from telegram.ext import CommandHandler, MessageHandler, filters

from bot.context import BotApplication, BotContext
from bot.delivery.lanes import Lane, sending_in
from bot.domain.alerts import Alert, AlertKind, Location, alert_reference
from bot.domain.interaction import ButtonAction
from bot.domain.users import User
from bot.i18n import Translator
from bot.services.interaction import Press
from handlers.common import registered_user
from handlers.contact_alerts import actions_for_the_one_on_it
from handlers.pin_gate import ask_pin, guarded_action
from handlers.routing import button_route
from handlers.typed import TypedText
from handlers.ui import delete_their_message_later, inline_buttons, main_keyboard, say, send

NOTE_MAX_CHARS = 1000
FALSE_ALARM = "false-alarm"


async def on_sos(update: Update, context: BotContext) -> None:
    """/sos [words] or the SOS button: raise at once; then offer to cancel a false alarm.

    Its answers wait in the distress lane of the pacer, not behind everyone else's replies:
    the defender sees at once that the SOS went out, even in a raid."""
    with sending_in(Lane.DISTRESS):
        await _sos(update, context)


async def _sos(update: Update, context: BotContext) -> None:
    user = await known_user(update, context)
    message = update.effective_message
    if user is None or message is None:
        return
    note = " ".join(context.args or [])[:NOTE_MAX_CHARS] if message.text else ""
    alerts = context.services.alerts
    # An open SOS takes the words; a missed check-in or a hidden duress alert does not stop
    # the defender from raising an SOS of their own.
    already = [
        a
        for a in await alerts.open_alerts_of(user)
        if a.kind is AlertKind.SOS and not a.hidden_from_defender
    ]
    if already:
        if note:
            await alerts.add_words(user, already[0].id, note)
        await delete_their_message_later(context, user, message)
        await _still_open(context, user, already[0], with_words=bool(note))
        return
    raised = await alerts.raise_alert(user, AlertKind.SOS, note=note, answered_directly=True)
    await delete_their_message_later(context, user, message)
    keyboard = main_keyboard(context, user)
    if not raised.told:
        text = say(context, user, "sos-raised-nobody")
        await send(context, user, text, markup=keyboard, sensitive=True)
        return
    text = say(context, user, "sos-raised", names=raised.told_text, count=raised.told_count)
    await send(context, user, text, markup=keyboard, sensitive=True)
    await _offer_false_alarm(context, user, raised.alert)


async def known_user(update: Update, context: BotContext) -> User | None:
    """The sender, without writing anything if they are already registered.

    An update counts as handled once its first transaction commits (a replay after a crash is
    skipped), so a safety action's first write must be the action itself.
    """
    if update.effective_user is None:
        return None
    found = await context.services.users.find(update.effective_user.id)
    return found if found is not None else await registered_user(update, context)


async def _offer_false_alarm(context: BotContext, user: User, alert: Alert) -> None:
    button = say(context, user, "sos-button-false-alarm")
    # Pressable more than once: if a crash cut the first press short, a second one works.
    markup = await inline_buttons(
        context, user, [[(button, ButtonAction("sos-false-alarm", alert.id))]], single_use=False
    )
    reference = say(context, user, "alert-reference", ref=alert_reference(alert.id))
    await send(context, user, reference, markup=markup)


async def _still_open(context: BotContext, user: User, alert: Alert, *, with_words: bool) -> None:
    names, count = await context.services.alerts.names_told(alert)
    ref = alert_reference(alert.id)
    text = say(context, user, "sos-already-open", ref=ref, names=names, count=count)
    if with_words:
        text += "\n\n" + say(context, user, "sos-words-passed-on")
    await send(context, user, text, markup=main_keyboard(context, user), sensitive=True)


@button_route("sos-false-alarm")
async def on_false_alarm(update: Update, context: BotContext, press: Press) -> None:
    before = await context.services.alerts.get(press.action.arg)
    if before is None or not before.is_open:
        await send(context, press.user, say(context, press.user, "sos-already-closed"))
    elif await context.services.pins.is_set(press.user):
        # Nothing is cancelled until the PIN is given; the button stays for another try.
        await ask_pin(context, press.user, FALSE_ALARM, {"alert": press.action.arg})
        return
    else:
        await _cancel(context, press.user, {"alert": press.action.arg})
    query = update.callback_query
    if query is not None and query.message is not None:
        with contextlib.suppress(TelegramError):  # cosmetic: the button no longer works
            await query.edit_message_reply_markup(None)


async def _cancel_under_duress(context: BotContext, user: User, data: dict[str, str]) -> None:
    await context.services.alerts.false_alarm_coerced(user, data["alert"])


@guarded_action(FALSE_ALARM, under_duress=_cancel_under_duress)
async def _cancel(context: BotContext, user: User, data: dict[str, str]) -> None:
    # The outbox tells the defender: cancelled, or too late to cancel.
    verified = await context.services.pins.is_set(user)
    await context.services.alerts.false_alarm(user, data["alert"], verified=verified)


async def on_location(update: Update, context: BotContext) -> None:
    """A location, or a live location moving: passed on only while an alert is open."""
    message = update.effective_message
    if update.effective_user is None or message is None or message.location is None:
        return
    user = await context.services.users.find(update.effective_user.id)
    if user is None:
        return
    where = message.location
    live_until = None
    if where.live_period:
        period = where.live_period
        seconds = period.total_seconds() if isinstance(period, timedelta) else float(period)
        live_until = message.date + timedelta(seconds=seconds)
    moving = update.edited_message is not None
    location = Location(where.latitude, where.longitude, context.services.clock.now(), live_until)
    if not moving:
        await delete_their_message_later(context, user, message)
    shared = await context.services.alerts.share_location(user, location, live_update=moving)
    if moving:
        return
    visible = any(not alert.hidden_from_defender for alert in shared)
    key = "sos-location-shared" if visible else "sos-location-no-alert"
    await send(context, user, say(context, user, key))


@button_route("alert-on-it")
async def on_on_it(update: Update, context: BotContext, press: Press) -> None:
    await _answer(context, press, on_it=True)


@button_route("alert-cant-help")
async def on_cant_help(update: Update, context: BotContext, press: Press) -> None:
    await _answer(context, press, on_it=False)


async def _answer(context: BotContext, press: Press, *, on_it: bool) -> None:
    alerts = context.services.alerts
    answer = await alerts.contact_answers(press.user, press.action.arg, on_it=on_it)
    if answer is None:
        key = "alert-answer-gone"  # no longer their contact, or the alert is gone
    elif not answer.alert.is_open:
        key = "alert-answer-closed"
    elif not on_it:
        key = "alert-answer-cant-help"
    elif answer.alert.acknowledged_by != answer.recipient_id:
        key = "alert-answer-already"
    else:
        key = "alert-answer-on-it"
    markup = None
    if key == "alert-answer-on-it" and answer is not None:
        # The one on it can write to everyone, and close it with what happened (issue 11).
        markup = await actions_for_the_one_on_it(context, press.user, answer.alert.id)
    await send(context, press.user, say(context, press.user, key), markup=markup)


def register(application: BotApplication, translate: Translator) -> None:
    private = filters.ChatType.PRIVATE
    application.add_handler(CommandHandler("sos", on_sos, filters=private))
    sos_words = TypedText(translate.every_wording("keyboard-sos"))
    application.add_handler(
        MessageHandler(private & sos_words & ~filters.UpdateType.EDITED, on_sos)
    )
    application.add_handler(MessageHandler(private & filters.LOCATION, on_location))
