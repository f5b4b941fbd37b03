"""The coordinators' side: /alerts lists open alerts with buttons to take one on or resolve
it; /resolve closes one with the coordinator's own words. Every action goes to the audit log
(in the alert service), and the coordinators' chat hears who did what."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from telegram import InlineKeyboardMarkup, Update
from telegram.ext import CommandHandler

from bot.context import BotApplication, BotContext
from bot.domain.alerts import Alert, AlertKind, alert_reference
from bot.domain.interaction import ButtonAction
from bot.domain.users import User
from bot.services.alert_messages import Audience
from bot.services.alerts import Coordinator
from bot.text import typed
from handlers.common import acting_coordinator
from handlers.contact_alerts import resolve_as_contact, show_alerts_of_contact
from handlers.routing import coordinator_route
from handlers.ui import Row, coordinator_buttons, delete_their_message_later

# Preset reasons offered by the Resolve button; /resolve takes any words.
REASONS = ("safe", "false-alarm", "handled")
REASON_MAX_CHARS = 300


def _say(context: BotContext, update: Update, message_id: str, /, **args: Any) -> str:
    """Coordinators' messages follow the acting person's Telegram language."""
    user = update.effective_user
    return context.services.translate(user.language_code if user else None, message_id, **args)


async def _reply(
    update: Update, context: BotContext, text: str, markup: InlineKeyboardMarkup | None = None
) -> None:
    chat = update.effective_chat
    if chat is not None:
        await context.bot.send_message(chat.id, text, reply_markup=markup, protect_content=True)


async def _contact(update: Update, context: BotContext) -> User | None:
    """Someone who is not a coordinator, writing privately: they act as a contact (issue 11)."""
    chat, sender = update.effective_chat, update.effective_user
    if chat is None or sender is None or chat.type != chat.PRIVATE:
        return None
    return await context.services.users.find(sender.id)


async def on_alerts_command(update: Update, context: BotContext) -> None:
    coordinator = await acting_coordinator(update, context)
    if coordinator is None:
        contact = await _contact(update, context)
        if contact is not None:
            await show_alerts_of_contact(context, contact)
            return
        await _reply(update, context, _say(context, update, "alerts-not-coordinator"))
        return
    listed = await context.services.alerts.open_alerts()
    if not listed:
        await _reply(update, context, _say(context, update, "alerts-none"))
        return
    now = context.services.clock.now()
    lines = [_say(context, update, "alerts-header", count=len(listed))]
    rows: list[Row] = []
    for alert, audience in listed:
        lines.append(_line(context, update, alert, audience, now))
        ref = alert_reference(alert.id)
        rows.append(
            [
                (_say(context, update, "alerts-button-on-it", ref=ref), _act("coord-on-it", alert)),
                (
                    _say(context, update, "alerts-button-resolve", ref=ref),
                    _act("coord-resolve", alert),
                ),
            ]
        )
    markup = await coordinator_buttons(context, rows)
    await _reply(update, context, "\n\n".join(lines), markup)


def _act(route: str, alert: Alert) -> ButtonAction:
    return ButtonAction(route, alert.id)


_KIND_KEYS = {AlertKind.MISSED_CHECKIN: "missed", AlertKind.DURESS: "duress"}


def _line(
    context: BotContext, update: Update, alert: Alert, audience: Audience, now: datetime
) -> str:
    kind = alert.kind_shown_to_recipients
    minutes = int((now - alert.raised_at).total_seconds() // 60)
    age = f"{minutes // 60} h {minutes % 60:02d} min" if minutes >= 60 else f"{minutes} min"
    helper = (
        context.services.alerts.helper_name(alert, audience)
        if alert.acknowledged_by
        else _say(context, update, "alerts-nobody-yet")
    )
    line = _say(
        context,
        update,
        "alerts-line",
        ref=alert_reference(alert.id),
        kind=_say(context, update, f"alerts-kind-{_KIND_KEYS.get(kind, 'sos')}"),
        who=audience.defender.display_name,
        age=age,
        level=_say(context, update, f"alerts-level-{int(alert.level)}"),
        helper=helper,
    )
    if alert.possible_coercion:
        line += "\n" + _say(context, update, "alerts-coerced")
    return line


@coordinator_route("coord-on-it")
async def on_coordinator_on_it(
    update: Update, context: BotContext, coordinator: Coordinator, action: ButtonAction
) -> None:
    alerts = context.services.alerts
    if await _closed(update, context, action.arg):
        return
    await alerts.coordinator_acknowledges(coordinator, action.arg)
    await _report(update, context, action.arg, "alerts-acknowledged", coordinator)


@coordinator_route("coord-resolve")
async def on_coordinator_resolve(
    update: Update, context: BotContext, coordinator: Coordinator, action: ButtonAction
) -> None:
    alert = await context.services.alerts.get(action.arg)
    if alert is None or await _closed(update, context, action.arg):
        return
    rows: list[Row] = [
        [
            (
                _say(context, update, f"alerts-reason-{reason}"),
                ButtonAction("coord-resolve-with", f"{reason}:{alert.id}"),
            )
        ]
        for reason in REASONS
    ]
    markup = await coordinator_buttons(context, rows)
    ref = alert_reference(alert.id)
    await _reply(update, context, _say(context, update, "alerts-resolve-ask", ref=ref), markup)


@coordinator_route("coord-resolve-with")
async def on_coordinator_resolve_with(
    update: Update, context: BotContext, coordinator: Coordinator, action: ButtonAction
) -> None:
    reason, _, alert_id = action.arg.partition(":")
    if reason not in REASONS:
        return
    if await _closed(update, context, alert_id):
        return
    words = _say(context, update, f"alerts-reason-{reason}")
    await context.services.alerts.coordinator_resolves(coordinator, alert_id, words)
    await _report(update, context, alert_id, "alerts-resolved", coordinator, reason=words)


async def on_resolve_command(update: Update, context: BotContext) -> None:
    """/resolve <reference> <what happened>"""
    coordinator = await acting_coordinator(update, context)
    if coordinator is None:
        contact = await _contact(update, context)
        if contact is not None:
            # What happened, in their words: as sensitive as a note, so it goes as notes do.
            await delete_their_message_later(context, contact, update.effective_message)
            await resolve_as_contact(context, contact, context.args or [])
            return
        await _reply(update, context, _say(context, update, "alerts-not-coordinator"))
        return
    args = context.args or []
    if len(args) < 2:
        await _reply(update, context, _say(context, update, "alerts-resolve-usage"))
        return
    ref, words = typed(args[0]).upper(), " ".join(args[1:])[:REASON_MAX_CHARS]
    alerts = context.services.alerts
    found = [alert for alert, _ in await alerts.open_alerts() if alert_reference(alert.id) == ref]
    if not found:
        await _reply(update, context, _say(context, update, "alerts-unknown-ref", ref=ref))
        return
    await alerts.coordinator_resolves(coordinator, found[0].id, words)
    await _report(update, context, found[0].id, "alerts-resolved", coordinator, reason=words)


async def _closed(update: Update, context: BotContext, alert_id: str) -> bool:
    """Already closed (or gone): say so, True."""
    alert = await context.services.alerts.get(alert_id)
    if alert is not None and alert.is_open:
        return False
    ref = alert_reference(alert_id)
    await _reply(update, context, _say(context, update, "alerts-closed", ref=ref))
    return True


async def _report(
    update: Update,
    context: BotContext,
    alert_id: str,
    key: str,
    coordinator: Coordinator,
    **args: object,
) -> None:
    """Tell the chat who did what, so coordinators do not duplicate the work."""
    ref = alert_reference(alert_id)
    text = _say(context, update, key, ref=ref, name=coordinator.display_name, **args)
    await _reply(update, context, text)


def register(application: BotApplication) -> None:
    application.add_handler(CommandHandler("alerts", on_alerts_command))
    application.add_handler(CommandHandler("resolve", on_resolve_command))
