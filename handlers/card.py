"""/card: the emergency card, filled, viewed, changed and cleared one field at a time.

Everything this module sends is sensitive (protected from forwarding, auto-deleted per the
user's settings); handlers.routing records the values the defender types for deletion too.
"""

from __future__ import annotations

from datetime import date

from babel import Locale, UnknownLocaleError
from babel.dates import format_date
from telegram import Update
from telegram.ext import CommandHandler, filters

from bot.context import BotApplication, BotContext
from bot.domain.card import (
    CARD_FIELDS,
    EARLIEST_BIRTH_YEAR,
    PHONE_MAX_DIGITS,
    PHONE_MIN_DIGITS,
    CardField,
    EmergencyCard,
    Rejected,
    field_named,
    render_card,
)
from bot.domain.interaction import ButtonAction, Conversation
from bot.domain.users import User
from bot.services.interaction import Press
from handlers.common import registered_user
from handlers.routing import button_route, step_route
from handlers.ui import Row, inline_buttons, say, send

FLOW = "card"


def _key(prefix: str, card_field: CardField) -> str:
    return f"{prefix}-{card_field.value.replace('_', '-')}"


def label(context: BotContext, user: User, card_field: CardField) -> str:
    return say(context, user, _key("card-field", card_field))


def progress(card: EmergencyCard) -> dict[str, int]:
    return {"filled": len(card), "total": len(CARD_FIELDS)}


async def send_menu(context: BotContext, user: User, card: EmergencyCard, text: str) -> None:
    """`text` with the card's buttons: show, one per field (✓ when filled), clear."""
    rows: list[Row] = [[(say(context, user, "card-button-show"), ButtonAction("card-show"))]]
    for card_field in CARD_FIELDS:
        mark = "✓ " if card_field in card else ""
        name = f"{mark}{label(context, user, card_field)}"
        rows.append([(name, ButtonAction("card-edit", card_field.value))])
    if card:
        rows.append(
            [(say(context, user, "card-button-clear-one"), ButtonAction("card-clear-pick"))]
        )
        rows.append([(say(context, user, "card-button-clear-all"), ButtonAction("card-clear-all"))])
    markup = await inline_buttons(context, user, rows)
    await send(context, user, text, markup=markup, sensitive=True)


async def send_fresh_menu(context: BotContext, user: User, key: str, **args: str) -> None:
    card = await context.services.cards.get(user)
    await send_menu(context, user, card, say(context, user, key, **args, **progress(card)))


async def end_card_step(context: BotContext, user: User) -> None:
    """End a half-typed change to the card, made moot by a clear or a fresh /card."""
    lookup = await context.services.conversations.current(user)
    if lookup.current is not None and lookup.current.flow == FLOW:
        await context.services.conversations.end(user)


async def on_card_command(update: Update, context: BotContext) -> None:
    user = await registered_user(update, context)
    if user is None:
        return
    await end_card_step(context, user)  # starting over: no half-typed change stays open
    await send_fresh_menu(context, user, "card-intro")


@button_route("card-show")
async def on_show_button(update: Update, context: BotContext, press: Press) -> None:
    user = press.user
    card = await context.services.cards.get(user)
    body = render_card(card, lambda f: label(context, user, f)) or say(context, user, "card-empty")
    await send_menu(context, user, card, f"{say(context, user, 'card-heading')}\n\n{body}")


@button_route("card-edit")
async def on_edit_button(update: Update, context: BotContext, press: Press) -> None:
    user, card_field = press.user, field_named(press.action.arg)
    if card_field is None:
        return
    current = (await context.services.cards.get(user)).get(card_field)
    await context.services.conversations.start(user, FLOW, card_field.value)
    parts = [say(context, user, _key("card-ask", card_field))]
    if current is not None:
        parts.append(say(context, user, "card-current", value=current))
    parts.append(say(context, user, "card-ask-footer-" + ("new" if current is None else "change")))
    clear = (
        say(context, user, "card-button-clear-this"),
        ButtonAction("card-clear-ask", card_field.value),
    )
    markup = await inline_buttons(context, user, [[clear]]) if current is not None else None
    await send(context, user, "\n\n".join(parts), markup=markup, sensitive=True)


@step_route(FLOW)
async def on_card_answer(
    update: Update, context: BotContext, user: User, conversation: Conversation, text: str
) -> None:
    card_field = field_named(conversation.step)
    if card_field is None:
        await context.services.conversations.end(user)
        await send(context, user, say(context, user, "step-expired"))
        return
    result = context.services.cards.check(user, card_field, text)
    if isinstance(result, Rejected):
        await send(context, user, problem_text(context, user, result), sensitive=True)
        return
    question = confirmation(context, user, card_field, result.value)
    if question is None:
        await save_field(context, user, card_field, result.value)
        return
    # Kept in the (encrypted) flow until pressed; typing another value replaces it.
    await context.services.conversations.start(user, FLOW, card_field.value, pending=result.value)
    save = (say(context, user, "card-button-save"), ButtonAction("card-save", card_field.value))
    markup = await inline_buttons(context, user, [[save]])
    await send(context, user, question, markup=markup, sensitive=True)


def confirmation(context: BotContext, user: User, card_field: CardField, value: str) -> str | None:
    """What to ask before saving: a date in words, in the reader's language (was 05/03/1990
    the fifth of March?), and a phone number with no country code."""
    if card_field is CardField.DATE_OF_BIRTH:
        spelled = format_date(date.fromisoformat(value), "long", locale=_babel_locale(user))
        return say(context, user, "card-confirm-date", date=spelled)
    if card_field is CardField.LAWYER_PHONE and not value.startswith("+"):
        return say(context, user, "card-confirm-phone-no-code", number=value)
    return None


def _babel_locale(user: User) -> str:
    """The reader's language for Babel; English day first, as the dates the bot reads are."""
    language = (user.language or "en").replace("-", "_")
    try:
        return "en_GB" if language == "en" else str(Locale.parse(language))
    except (ValueError, UnknownLocaleError):
        return "en"


async def save_field(context: BotContext, user: User, card_field: CardField, value: str) -> None:
    result = await context.services.cards.set_field(user, card_field, value)
    if isinstance(result, Rejected):  # the day changed meanwhile, say
        await send(context, user, problem_text(context, user, result), sensitive=True)
        return
    await context.services.conversations.end(user)
    await send_fresh_menu(context, user, "card-saved", field=label(context, user, card_field))


@button_route("card-save")
async def on_save_button(update: Update, context: BotContext, press: Press) -> None:
    """Save the value just confirmed; only while its question is the step the defender is at."""
    user, card_field = press.user, field_named(press.action.arg)
    step = (await context.services.conversations.current(user)).current
    pending = step.data.get("pending") if step is not None else None
    if card_field is None or step is None or step.flow != FLOW or pending is None:
        await send(context, user, say(context, user, "step-expired"))
        return
    if step.step != card_field.value:
        await send(context, user, say(context, user, "step-expired"))
        return
    await save_field(context, user, card_field, pending)


def problem_text(context: BotContext, user: User, rejected: Rejected) -> str:
    reason = say(
        context,
        user,
        f"card-problem-{rejected.problem.value}",
        limit=rejected.limit,
        min=PHONE_MIN_DIGITS,
        max=PHONE_MAX_DIGITS,
        year=EARLIEST_BIRTH_YEAR,
    )
    return f"{reason}\n{say(context, user, 'card-ask-again')}"


@button_route("card-clear-pick")
async def on_clear_pick_button(update: Update, context: BotContext, press: Press) -> None:
    user = press.user
    card = await context.services.cards.get(user)
    if not card:
        await send_fresh_menu(context, user, "card-was-empty")
        return
    rows: list[Row] = [
        [(label(context, user, f), ButtonAction("card-clear-ask", f.value))] for f in card
    ]
    rows.append([(say(context, user, "card-button-keep"), ButtonAction("card-keep"))])
    markup = await inline_buttons(context, user, rows)
    await send(context, user, say(context, user, "card-clear-pick"), markup=markup, sensitive=True)


@button_route("card-clear-ask")
async def on_clear_ask_button(update: Update, context: BotContext, press: Press) -> None:
    user, card_field = press.user, field_named(press.action.arg)
    if card_field is None:
        return
    text = say(context, user, "card-clear-confirm", field=label(context, user, card_field))
    yes = ButtonAction("card-clear-do", card_field.value)
    await send_confirmation(context, user, text, say(context, user, "card-button-yes-clear"), yes)


@button_route("card-clear-do")
async def on_clear_do_button(update: Update, context: BotContext, press: Press) -> None:
    user, card_field = press.user, field_named(press.action.arg)
    if card_field is None:
        return
    await end_card_step(context, user)
    if await context.services.cards.clear_field(user, card_field) is None:
        await send_fresh_menu(context, user, "card-already-empty")
        return
    await send_fresh_menu(
        context, user, "card-field-cleared", field=label(context, user, card_field)
    )


@button_route("card-clear-all")
async def on_clear_all_button(update: Update, context: BotContext, press: Press) -> None:
    user = press.user
    text = say(context, user, "card-clear-all-confirm")
    yes = say(context, user, "card-button-yes-clear-all")
    await send_confirmation(context, user, text, yes, ButtonAction("card-clear-all-do"))


@button_route("card-clear-all-do")
async def on_clear_all_do_button(update: Update, context: BotContext, press: Press) -> None:
    user = press.user
    await end_card_step(context, user)
    cleared = await context.services.cards.clear_all(user)
    await send_fresh_menu(context, user, "card-cleared-all" if cleared else "card-was-empty")


@button_route("card-keep")
async def on_keep_button(update: Update, context: BotContext, press: Press) -> None:
    await send_fresh_menu(context, press.user, "card-kept")


async def send_confirmation(
    context: BotContext, user: User, text: str, yes_label: str, yes: ButtonAction
) -> None:
    keep = (say(context, user, "card-button-keep"), ButtonAction("card-keep"))
    markup = await inline_buttons(context, user, [[(yes_label, yes), keep]])
    await send(context, user, text, markup=markup, sensitive=True)


def register(application: BotApplication) -> None:
    """Add /card; its buttons and typed answers reach this module through handlers.routing."""
    application.add_handler(
        CommandHandler("card", on_card_command, filters=filters.ChatType.PRIVATE)
    )
