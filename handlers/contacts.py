"""/invite, /contacts, and opening an invitation link (`/start <token>`).

Every button here is made with `handlers.ui.inline_buttons`, so only the person it was sent to
can press it, once; the service checks again that they own what the button changes.
"""

from __future__ import annotations

import contextlib
import html
import logging
from typing import Any

from telegram import Update
from telegram.error import TelegramError
from telegram.ext import CommandHandler, filters

from bot.context import BotApplication, BotContext
from bot.domain.contacts import ContactStatus, Invite, TrustedContact
from bot.domain.interaction import ButtonAction, Conversation
from bot.domain.settings import zone_of
from bot.domain.setup import SetupStep
from bot.domain.users import User
from bot.services.contacts import InviteAnswer, InviteOutcome, clean_label
from bot.services.interaction import Press
from handlers.common import identity_of, registered_user
from handlers.pin_gate import guarded_action, with_pin
from handlers.routing import button_route, step_route
from handlers.setup_progress import step_done
from handlers.start import language_picker, welcome
from handlers.ui import Row, inline_buttons, say, send
from handlers.verification import AcceptanceCheck, acceptance_check

log = logging.getLogger(__name__)

INVITE_FLOW = "invite"
# Stand-downs that take the safety PIN, once one is set.
DEMOTE = "contact-demote"
REMOVE = "contact-remove"
STEP_DOWN = "contact-step-down"
OUTCOME_MESSAGES = {
    InviteOutcome.ACCEPTED: "invite-accepted",
    InviteOutcome.DECLINED: "invite-declined",
    InviteOutcome.MALFORMED: "invite-malformed",
    InviteOutcome.UNKNOWN: "invite-unknown",
    InviteOutcome.EXPIRED: "invite-expired",
    InviteOutcome.USED: "invite-used",
    InviteOutcome.ALREADY_ACCEPTED: "invite-already-accepted",
    InviteOutcome.REVOKED: "invite-revoked",
    InviteOutcome.WAS_DECLINED: "invite-was-declined",
    InviteOutcome.OWN_INVITE: "invite-own",
    InviteOutcome.ALREADY_CONTACT: "invite-already-contact",
}


def button_text(context: BotContext, user: User, key: str, **args: Any) -> str:
    """Button labels are plain text, not HTML: undo the escaping of the names put in them."""
    return html.unescape(say(context, user, key, **args))


def lifetime_hours(context: BotContext) -> int:
    return int(context.services.contacts.invite_lifetime.total_seconds() // 3600)


async def tell(context: BotContext, user: User, text: str) -> None:
    """A message to someone other than the person acting: queued, so that a network failure
    delays it rather than losing it (and someone who blocked the bot is simply skipped)."""
    await context.services.notices.tell(user, text)


async def clear_pressed_buttons(update: Update) -> None:
    """Take the spent buttons off the pressed message (cosmetic: they no longer work)."""
    query = update.callback_query
    if query is not None and query.message is not None:
        with contextlib.suppress(TelegramError):
            await query.edit_message_reply_markup(None)


# ---------------------------------------------------------------------- inviting


async def on_invite_command(update: Update, context: BotContext) -> None:
    user = await registered_user(update, context)
    if user is not None:
        await begin_invite(context, user)


@button_route("contacts-invite")
async def on_invite_button(update: Update, context: BotContext, press: Press) -> None:
    await clear_pressed_buttons(update)
    await begin_invite(context, press.user)


async def begin_invite(context: BotContext, user: User) -> None:
    contacts = context.services.contacts
    if not await contacts.can_invite(user):
        await send(context, user, say(context, user, "invite-full", limit=contacts.max_contacts))
        return
    await context.services.conversations.start(user, INVITE_FLOW, "label")
    await send(context, user, say(context, user, "invite-ask-label"))


@step_route(INVITE_FLOW)
async def on_invite_answer(
    update: Update, context: BotContext, user: User, conversation: Conversation, text: str
) -> None:
    if conversation.step == "tier":
        await ask_tier(context, user, "invite-choose-tier")
        return
    if conversation.step == "name":
        shown_name = clean_label(text)
        if shown_name is None:
            await send(context, user, say(context, user, "invite-label-invalid"))
            return
        await finish_invite(context, user, conversation, shown_name)
        return
    label = clean_label(text)
    if label is None:
        await send(context, user, say(context, user, "invite-label-invalid"))
        return
    await context.services.conversations.start(user, INVITE_FLOW, "tier", label=label)
    await ask_tier(context, user, "invite-ask-tier", label=label)


async def ask_tier(context: BotContext, user: User, key: str, **args: Any) -> None:
    rows = [
        [
            (
                button_text(context, user, f"invite-tier-{tier}"),
                ButtonAction("invite-tier", str(tier)),
            )
        ]
        for tier in (1, 2)
    ]
    markup = await inline_buttons(context, user, rows)
    await send(context, user, say(context, user, key, **args), markup=markup, sensitive=True)


@button_route("invite-tier")
async def on_invite_tier(update: Update, context: BotContext, press: Press) -> None:
    user, services = press.user, context.services
    await clear_pressed_buttons(update)
    step = (await services.conversations.current(user)).current
    if step is None or step.flow != INVITE_FLOW or step.step != "tier":
        await send(context, user, say(context, user, "step-expired"))
        return
    label = step.data["label"]
    await services.conversations.start(
        user, INVITE_FLOW, "name", label=label, tier=press.action.arg
    )
    own = ButtonAction("invite-own-name")
    row: Row = [(button_text(context, user, "invite-use-own-name", name=user.display_name), own)]
    markup = await inline_buttons(context, user, [row])
    await send(
        context,
        user,
        say(context, user, "invite-ask-name", label=label),
        markup=markup,
        sensitive=True,
    )


@button_route("invite-own-name")
async def on_invite_own_name(update: Update, context: BotContext, press: Press) -> None:
    await clear_pressed_buttons(update)
    step = (await context.services.conversations.current(press.user)).current
    if step is None or step.flow != INVITE_FLOW or step.step != "name":
        await send(context, press.user, say(context, press.user, "step-expired"))
        return
    await finish_invite(context, press.user, step, press.user.display_name)


async def finish_invite(
    context: BotContext, user: User, step: Conversation, shown_name: str
) -> None:
    services = context.services
    await services.conversations.end(user)
    tier = int(step.data["tier"])
    created = await services.contacts.create_invite(user, step.data["label"], tier, shown_name)
    if created is None:
        limit = services.contacts.max_contacts
        await send(context, user, say(context, user, "invite-full", limit=limit))
        return
    link = f"https://t.me/{context.bot.username}?start={created.token}"
    args = {"label": created.invite.label, "name": created.invite.shown_name}
    text = say(context, user, "invite-link", link=link, hours=lifetime_hours(context), **args)
    # The defender has to copy or forward the link; auto-delete still removes it, because
    # whoever holds the phone could open it and become a trusted contact.
    await send(context, user, text, sensitive=True, shareable=True)
    await step_done(context, user, SetupStep.CONTACT)


# ---------------------------------------------------------------------- answering


async def on_start_with_token(update: Update, context: BotContext) -> None:
    identity = identity_of(update)
    if identity is None:
        return
    registration = await context.services.users.register(identity)
    opener = registration.user
    if registration.is_new:
        # Someone new arrives through a link: they get the welcome (what is kept, /wipe, the
        # keyboard) before the invitation.
        await welcome(context, opener)
    token = " ".join(context.args or ())
    opening = await context.services.contacts.open_invite(token, opener)
    if opening.outcome is not InviteOutcome.VALID or opening.invite_id is None:
        await reply_outcome(context, opener, opening.outcome, opening.shown_name)
        return
    invite_id, name = opening.invite_id, opening.shown_name or ""
    row: Row = [
        (button_text(context, opener, "invite-accept"), ButtonAction("invite-accept", invite_id)),
        (button_text(context, opener, "invite-decline"), ButtonAction("invite-decline", invite_id)),
    ]
    if registration.is_new:
        # Telegram's language is only a guess: a contact chooses theirs, as a defender does
        # (before the invitation, which stays the newest message to answer).
        picker = await language_picker(context, opener)
        await send(context, opener, say(context, opener, "start-choose-language"), markup=picker)
    markup = await inline_buttons(context, opener, [row])
    text = say(context, opener, "invite-offer", name=name)
    await send(context, opener, text, markup=markup, sensitive=True)


async def reply_outcome(
    context: BotContext,
    user: User,
    outcome: InviteOutcome,
    name: str | None,
    extra: str | None = None,
) -> None:
    key = OUTCOME_MESSAGES.get(outcome, "invite-used")
    text = say(context, user, key, name=name or "", hours=lifetime_hours(context))
    if extra:
        text = f"{text}\n\n{extra}"
    await send(context, user, text, sensitive=True)


@button_route("invite-accept")
async def on_invite_accept(update: Update, context: BotContext, press: Press) -> None:
    await clear_pressed_buttons(update)
    answer = await context.services.contacts.accept(press.action.arg, press.user)
    check = acceptance_check(update, press.action.arg, press.user)
    await report_answer(context, press.user, answer, "invite-defender-accepted", check)


@button_route("invite-decline")
async def on_invite_decline(update: Update, context: BotContext, press: Press) -> None:
    await clear_pressed_buttons(update)
    answer = await context.services.contacts.decline(press.action.arg, press.user)
    await report_answer(context, press.user, answer, "invite-defender-declined")


async def report_answer(
    context: BotContext,
    opener: User,
    answer: InviteAnswer,
    defender_key: str,
    check: AcceptanceCheck | None = None,
) -> None:
    """`check`, for an acceptance: the safety code both see, and the contact's @username."""
    if answer.outcome is not InviteOutcome.ACCEPTED:
        check = None
    extra = check.for_contact(context, opener, answer.shown_name or "") if check else None
    await reply_outcome(context, opener, answer.outcome, answer.shown_name, extra)
    if answer.defender is not None:
        defender = answer.defender
        args = {"label": answer.label or "", "contact": opener.display_name, "tier": answer.tier}
        text = say(context, defender, defender_key, **args)
        if check is not None:
            text = f"{text}\n\n{check.for_defender(context, defender)}"
        await tell(context, defender, text)


# ---------------------------------------------------------------------- /contacts


async def on_contacts_command(update: Update, context: BotContext) -> None:
    user = await registered_user(update, context)
    if user is not None:
        await show_contacts(context, user)


Section = tuple[list[str], list[Row]]


async def show_contacts(context: BotContext, user: User, note: str | None = None) -> None:
    """The user's contacts, open invitations and the people they protect, with buttons."""
    service = context.services.contacts
    mine = await service.list_for_defender(user)
    invite_button = (
        button_text(context, user, "contacts-button-invite"),
        ButtonAction("contacts-invite"),
    )
    sections: list[Section] = [
        contacts_section(context, user, mine.contacts),
        invites_section(context, user, mine.invites),
        ([], [[invite_button]]),
        protected_section(context, user, await service.list_protected(user)),
    ]
    texts = [note] if note else []
    texts += ["\n".join(lines) for lines, _ in sections if lines]
    markup = await inline_buttons(context, user, [row for _, rows in sections for row in rows])
    await send(context, user, "\n\n".join(texts), markup=markup, sensitive=True)


def contacts_section(context: BotContext, user: User, contacts: list[TrustedContact]) -> Section:
    lines = [say(context, user, "contacts-title")]
    rows: list[Row] = []
    for contact in contacts:
        active = contact.status is ContactStatus.ACTIVE
        status = say(context, user, f"contacts-status-{'active' if active else 'unreachable'}")
        args = {"label": contact.label, "tier": contact.tier, "status": status}
        lines.append(say(context, user, "contacts-entry", **args))
        other = 2 if contact.tier == 1 else 1
        tier_text = button_text(
            context, user, "contacts-button-tier", label=contact.label, tier=other
        )
        remove_text = button_text(context, user, "contacts-button-remove", label=contact.label)
        rows.append(
            [
                (tier_text, ButtonAction("contacts-tier", f"{contact.id}:{other}")),
                (remove_text, ButtonAction("contacts-remove", contact.id)),
            ]
        )
    lines.append(say(context, user, "contacts-tiers-note" if contacts else "contacts-none"))
    return lines, rows


def invites_section(context: BotContext, user: User, invites: list[Invite]) -> Section:
    if not invites:
        return [], []
    zone = zone_of(user.settings.timezone)
    lines = [say(context, user, "contacts-invites-title")]
    rows: list[Row] = []
    for invite in invites:
        until = invite.expires_at.astimezone(zone).strftime("%Y-%m-%d %H:%M")
        args = {"label": invite.label, "tier": invite.tier, "until": until}
        lines.append(say(context, user, "contacts-invite-entry", **args))
        revoke_text = button_text(context, user, "contacts-button-revoke", label=invite.label)
        rows.append([(revoke_text, ButtonAction("contacts-revoke", invite.id))])
    return lines, rows


def protected_section(context: BotContext, user: User, links: list[TrustedContact]) -> Section:
    if not links:
        return [], []
    lines = [say(context, user, "contacts-protected-title")]
    rows: list[Row] = []
    for link in links:
        lines.append(say(context, user, "contacts-protected-entry", name=link.shown_name))
        text = button_text(context, user, "contacts-button-step-down", name=link.shown_name)
        rows.append([(text, ButtonAction("contacts-step-down", link.id))])
    return lines, rows


@button_route("contacts-tier")
async def on_tier_button(update: Update, context: BotContext, press: Press) -> None:
    user = press.user
    await clear_pressed_buttons(update)
    contact_id, _, tier = press.action.arg.partition(":")
    contact = await context.services.contacts.contact_of(user, contact_id)
    data = {"contact": contact_id, "tier": tier}
    if contact is not None and int(tier) > contact.tier:
        await with_pin(context, user, DEMOTE, data)  # a later tier: weaker protection
    else:
        await _set_tier(context, user, data)


@guarded_action(DEMOTE)
async def _set_tier(context: BotContext, user: User, data: dict[str, str]) -> None:
    changed = await context.services.contacts.set_tier(user, data["contact"], int(data["tier"]))
    if changed is None:
        note = say(context, user, "contacts-gone")
    else:
        note = say(context, user, "contacts-tier-changed", label=changed.label, tier=changed.tier)
    await show_contacts(context, user, note)


@button_route("contacts-revoke")
async def on_revoke_button(update: Update, context: BotContext, press: Press) -> None:
    user = press.user
    await clear_pressed_buttons(update)
    revoked = await context.services.contacts.revoke(user, press.action.arg)
    if revoked is None:
        note = say(context, user, "contacts-gone")
    else:
        note = say(context, user, "contacts-revoked", label=revoked.label)
    await show_contacts(context, user, note)


@button_route("contacts-keep")
async def on_keep_button(update: Update, context: BotContext, press: Press) -> None:
    await clear_pressed_buttons(update)
    await show_contacts(context, press.user, say(context, press.user, "contacts-nothing-changed"))


async def confirm(
    context: BotContext, user: User, question: str, yes_key: str, yes: ButtonAction
) -> None:
    row: Row = [
        (button_text(context, user, yes_key), yes),
        (button_text(context, user, "contacts-button-keep"), ButtonAction("contacts-keep")),
    ]
    markup = await inline_buttons(context, user, [row])
    await send(context, user, question, markup=markup, sensitive=True)


@button_route("contacts-remove")
async def on_remove_button(update: Update, context: BotContext, press: Press) -> None:
    user = press.user
    await clear_pressed_buttons(update)
    contact = await context.services.contacts.contact_of(user, press.action.arg)
    if contact is None:
        await show_contacts(context, user, say(context, user, "contacts-gone"))
        return
    question = say(context, user, "contacts-remove-confirm", label=contact.label)
    yes = ButtonAction("contacts-remove-confirmed", contact.id)
    await confirm(context, user, question, "contacts-remove-yes", yes)


@button_route("contacts-remove-confirmed")
async def on_remove_confirmed(update: Update, context: BotContext, press: Press) -> None:
    await clear_pressed_buttons(update)
    await with_pin(context, press.user, REMOVE, {"contact": press.action.arg})


@guarded_action(REMOVE)
async def _remove(context: BotContext, user: User, data: dict[str, str]) -> None:
    departure = await context.services.contacts.remove(user, data["contact"])
    if departure is None:
        await show_contacts(context, user, say(context, user, "contacts-gone"))
        return
    if departure.other is not None:
        contact = departure.other
        notice = say(context, contact, "contacts-removed-notice", name=departure.contact.shown_name)
        await tell(context, contact, notice)
    await show_contacts(
        context, user, say(context, user, "contacts-removed", label=departure.contact.label)
    )


@button_route("contacts-step-down")
async def on_step_down_button(update: Update, context: BotContext, press: Press) -> None:
    user = press.user
    await clear_pressed_buttons(update)
    link = await context.services.contacts.protection_of(user, press.action.arg)
    if link is None:
        await show_contacts(context, user, say(context, user, "contacts-gone"))
        return
    question = say(context, user, "contacts-step-down-confirm", name=link.shown_name)
    yes = ButtonAction("contacts-step-down-confirmed", link.id)
    await confirm(context, user, question, "contacts-step-down-yes", yes)


@button_route("contacts-step-down-confirmed")
async def on_step_down_confirmed(update: Update, context: BotContext, press: Press) -> None:
    """Stepping down while the defender has an alert open takes the contact's own safety PIN,
    if they set one: their phone, too, may be in someone else's hands."""
    user = press.user
    await clear_pressed_buttons(update)
    link = await context.services.contacts.protection_of(user, press.action.arg)
    data = {"link": press.action.arg}
    if link is not None and await context.services.alerts.has_open_alert(link.defender_id):
        await with_pin(context, user, STEP_DOWN, data)
    else:
        await _step_down(context, user, data)


@guarded_action(STEP_DOWN)
async def _step_down(context: BotContext, user: User, data: dict[str, str]) -> None:
    departure = await context.services.contacts.step_down(user, data["link"])
    if departure is None:
        await show_contacts(context, user, say(context, user, "contacts-gone"))
        return
    if departure.other is not None:
        defender = departure.other
        notice = say(
            context, defender, "contacts-stepped-down-notice", label=departure.contact.label
        )
        await tell(context, defender, notice)
    note = say(context, user, "contacts-stepped-down", name=departure.contact.shown_name)
    await show_contacts(context, user, note)


def register(application: BotApplication) -> None:
    """Add this feature's handlers; before plain /start, which would take a deep link too."""
    private = filters.ChatType.PRIVATE
    application.add_handler(
        CommandHandler(
            "start", on_start_with_token, filters=private & filters.Regex(r"^/start\s+\S+")
        )
    )
    application.add_handler(CommandHandler("invite", on_invite_command, filters=private))
    application.add_handler(CommandHandler("contacts", on_contacts_command, filters=private))
