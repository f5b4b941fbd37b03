"""Contacts acting together on an alert (issue 11): a note for everyone else on it (by replying
to any message about the alert, or with the "Add a note" button under it), /alerts listing the
alerts a contact is on, and the contact who took an alert on closing it with what happened
(a button, or /resolve REF words). The alert service decides who may do what and tells the
others through the outbox; only the contact's own answer is sent from here."""

from __future__ import annotations

from telegram import InlineKeyboardMarkup, Update
from telegram.ext import MessageHandler, filters

from bot.context import BotApplication, BotContext
from bot.domain.alerts import ResolvedBy, alert_reference
from bot.domain.interaction import ButtonAction, Conversation
from bot.domain.settings import local_text
from bot.domain.users import User
from bot.services.alert_outbox import NOTE_ROUTE
from bot.services.alerts import ContactAct, ContactView
from bot.services.interaction import Press
from handlers.routing import button_route, on_text, step_route
from handlers.ui import Row, delete_their_message_later, inline_buttons, say, send

NOTE_FLOW = "alert-note"
CLOSE_FLOW = "alert-close"
CLOSE_ROUTE = "alert-close"
NOTE_MAX_CHARS = 1000
REASON_MAX_CHARS = 300  # as a coordinator's /resolve


# ------------------------------------------------------------------ notes


@button_route(NOTE_ROUTE)
async def on_note_button(update: Update, context: BotContext, press: Press) -> None:
    await _ask(context, press.user, press.action.arg, NOTE_FLOW)


@step_route(NOTE_FLOW)
async def on_note_words(
    update: Update, context: BotContext, user: User, step: Conversation, text: str
) -> None:
    await context.services.conversations.end(user)
    await write_note(context, user, step.data.get("alert", ""), text)


async def on_reply(update: Update, context: BotContext) -> None:
    """A reply to a message about an alert the sender is on is a note for everyone on it;
    any other reply is ordinary text."""
    message = update.effective_message
    replied = message.reply_to_message if message is not None else None
    user = None
    if update.effective_user is not None and replied is not None:
        user = await context.services.users.find(update.effective_user.id)
    alert_id = None
    if message is not None and replied is not None and user is not None:
        alert_id = await _alert_quoted(context, user, replied.text or replied.caption or "")
    if message is None or user is None or alert_id is None or not message.text:
        await on_text(update, context)
        return
    await delete_their_message_later(context, user, message)
    await write_note(context, user, alert_id, message.text.strip())


async def _alert_quoted(context: BotContext, user: User, quoted: str) -> str | None:
    """The open alert, among those the person is on, whose reference the message carries;
    None when it carries none of them, or several (their /alerts list)."""
    views = await context.services.alerts.alerts_of_contact(user)
    found = [v.alert.id for v in views if alert_reference(v.alert.id) in quoted]
    return found[0] if len(found) == 1 else None


async def write_note(context: BotContext, user: User, alert_id: str, text: str) -> None:
    act = await context.services.alerts.contact_note(user, alert_id, text[:NOTE_MAX_CHARS])
    if act is None or not act.alert.is_open:
        await _gone_or_closed(context, user, act)
        return
    if act.told:
        reply = say(context, user, "contact-note-sent", names=", ".join(act.told))
    else:
        reply = say(context, user, "contact-note-kept")
    await send(context, user, reply, sensitive=True)


# ------------------------------------------------------------------ closing


@button_route(CLOSE_ROUTE)
async def on_close_button(update: Update, context: BotContext, press: Press) -> None:
    await _ask(context, press.user, press.action.arg, CLOSE_FLOW)


@step_route(CLOSE_FLOW)
async def on_close_words(
    update: Update, context: BotContext, user: User, step: Conversation, text: str
) -> None:
    await context.services.conversations.end(user)
    await close(context, user, step.data.get("alert", ""), text)


async def close(context: BotContext, user: User, alert_id: str, words: str) -> None:
    act = await context.services.alerts.contact_closes(user, alert_id, words[:REASON_MAX_CHARS])
    resolution = act.alert.resolution if act is not None else None
    if act is not None and act.alert.is_open:
        await send(context, user, say(context, user, "contact-close-not-yours"))
        return
    if (
        act is None
        or resolution is None
        or resolution.by is not ResolvedBy.CONTACT
        or resolution.closed_by != act.recipient_id
    ):
        await _gone_or_closed(context, user, act)  # closed by someone else meanwhile
        return
    ref = alert_reference(alert_id)
    reply = say(context, user, "contact-closed", ref=ref, reason=resolution.reason)
    await send(context, user, reply, sensitive=True)


async def resolve_as_contact(context: BotContext, user: User, args: list[str]) -> None:
    """/resolve REF words, from someone who is not a coordinator."""
    if len(args) < 2:
        await send(context, user, say(context, user, "contact-resolve-usage"))
        return
    ref, words = args[0].upper(), " ".join(args[1:])
    views = await context.services.alerts.alerts_of_contact(user)
    found = [v for v in views if alert_reference(v.alert.id) == ref]
    if not found:
        await send(context, user, say(context, user, "contact-resolve-unknown", ref=ref))
        return
    await close(context, user, found[0].alert.id, words)


# ------------------------------------------------------------------ /alerts


async def show_alerts_of_contact(context: BotContext, user: User) -> None:
    """/alerts from someone who is not a coordinator: the open alerts they are on."""
    views = await context.services.alerts.alerts_of_contact(user)
    if not views:
        await send(context, user, say(context, user, "contact-alerts-none"))
        return
    lines = [say(context, user, "contact-alerts-header", count=len(views))]
    rows: list[Row] = []
    for view in views:
        lines.append(_line(context, user, view))
        ref = alert_reference(view.alert.id)
        row = [
            (
                say(context, user, "contact-alerts-button-note", ref=ref),
                ButtonAction(NOTE_ROUTE, view.alert.id),
            )
        ]
        if view.theirs:
            row.append(
                (
                    say(context, user, "contact-alerts-button-close", ref=ref),
                    ButtonAction(CLOSE_ROUTE, view.alert.id),
                )
            )
        rows.append(row)
    markup = await inline_buttons(context, user, rows, single_use=False)
    await send(context, user, "\n\n".join(lines), markup=markup, sensitive=True)


def _line(context: BotContext, user: User, view: ContactView) -> str:
    helper = view.helper or say(context, user, "contact-alerts-nobody-yet")
    line = say(
        context,
        user,
        "contact-alerts-line",
        ref=alert_reference(view.alert.id),
        who=view.who,
        when=local_text(view.alert.raised_at, user.settings.timezone),
        helper=helper,
    )
    if view.newest_note is not None:
        author, note = view.newest_note
        line += "\n" + say(context, user, "contact-alerts-newest-note", author=author, note=note)
    return line


async def actions_for_the_one_on_it(
    context: BotContext, user: User, alert_id: str
) -> InlineKeyboardMarkup:
    """Under "Thank you, you are on it": write to everyone, or close it with what happened."""
    rows: list[Row] = [
        [
            (say(context, user, "alert-button-note"), ButtonAction(NOTE_ROUTE, alert_id)),
            (say(context, user, "contact-button-close"), ButtonAction(CLOSE_ROUTE, alert_id)),
        ]
    ]
    return await inline_buttons(context, user, rows, single_use=False)


# ------------------------------------------------------------------ plumbing


async def _ask(context: BotContext, user: User, alert_id: str, flow: str) -> None:
    """Start the note or closing flow, if the alert is open and theirs to act on."""
    views = {v.alert.id: v for v in await context.services.alerts.alerts_of_contact(user)}
    view = views.get(alert_id)
    if view is None:
        alert = await context.services.alerts.get(alert_id)
        key = (
            "alert-answer-closed"
            if alert is not None and not alert.is_open
            else "alert-answer-gone"
        )
        await send(context, user, say(context, user, key))
        return
    if flow == CLOSE_FLOW and not view.theirs:
        await send(context, user, say(context, user, "contact-close-not-yours"))
        return
    await context.services.conversations.start(user, flow, "words", alert=alert_id)
    key = "contact-close-ask" if flow == CLOSE_FLOW else "contact-note-ask"
    text = say(context, user, key, who=view.who, ref=alert_reference(alert_id))
    await send(context, user, text, sensitive=True)


async def _gone_or_closed(context: BotContext, user: User, act: ContactAct | None) -> None:
    key = "alert-answer-gone" if act is None else "alert-answer-closed"
    await send(context, user, say(context, user, key))


def register(application: BotApplication) -> None:
    """Before the text handler: a reply about an alert is a note even during another flow."""
    replies = filters.ChatType.PRIVATE & filters.REPLY & filters.TEXT & ~filters.COMMAND
    application.add_handler(MessageHandler(replies & ~filters.UpdateType.EDITED, on_reply))
