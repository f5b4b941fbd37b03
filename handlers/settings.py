"""/settings: language, time zone, auto-delete, disguise, and the way to /wipe."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from telegram import InlineKeyboardMarkup, Update
from telegram.ext import CommandHandler, filters

from bot.context import BotApplication, BotContext
from bot.domain.interaction import ButtonAction, Conversation
from bot.domain.settings import (
    ACK_TIMEOUT_CHOICES,
    AUTODELETE_CHOICES,
    COMMON_TIMEZONES,
    UserSettings,
    parse_timezone,
    zone_label,
    zone_of,
)
from bot.domain.setup import SetupStep
from bot.domain.users import User
from bot.services.interaction import Press
from handlers.common import registered_user
from handlers.disguise_clear import offer_to_clear
from handlers.menus import set_disguised_menu
from handlers.routing import button_route, step_route
from handlers.setup_progress import step_done
from handlers.start import language_picker
from handlers.ui import Row, inline_buttons, main_keyboard, say, send


def autodelete_label(context: BotContext, user: User, seconds: int | None) -> str:
    if seconds is None:
        return say(context, user, "autodelete-off")
    return say(context, user, "autodelete-seconds", minutes=seconds // 60)


def answer_time_label(context: BotContext, user: User, minutes: int | None) -> str:
    if minutes is None:
        network = context.services.alerts.policy_for(replace(user, settings=UserSettings()))
        default = int(network.ack_timeout.total_seconds() // 60)
        return say(context, user, "ack-timeout-network", minutes=default)
    return say(context, user, "ack-timeout-minutes", minutes=minutes)


def local_time(context: BotContext, user: User) -> str:
    return (
        context.services.clock.now().astimezone(zone_of(user.settings.timezone)).strftime("%H:%M")
    )


def summary(context: BotContext, user: User) -> str:
    on_off = "settings-on" if user.settings.disguise else "settings-off"
    return say(
        context,
        user,
        "settings-title",
        language=context.services.translate(user.language, "language-name"),
        timezone=user.settings.timezone,
        time=local_time(context, user),
        autodelete=autodelete_label(context, user, user.settings.autodelete_seconds),
        disguise_mode=say(context, user, on_off),
        answer_time=answer_time_label(context, user, user.settings.ack_timeout_minutes),
    )


async def settings_menu(context: BotContext, user: User) -> InlineKeyboardMarkup:
    disguise_key = "settings-disguise-off" if user.settings.disguise else "settings-disguise-on"
    disguise_arg = "off" if user.settings.disguise else "on"
    return await inline_buttons(
        context,
        user,
        [
            [(say(context, user, "settings-language"), ButtonAction("settings-language"))],
            [(say(context, user, "settings-timezone"), ButtonAction("settings-timezone"))],
            [(say(context, user, "settings-autodelete"), ButtonAction("settings-autodelete"))],
            [(say(context, user, "settings-ack-timeout"), ButtonAction("settings-ack"))],
            [(say(context, user, "settings-pin"), ButtonAction("safety-word", "pin"))],
            [(say(context, user, "settings-duress"), ButtonAction("safety-word", "duress"))],
            [(say(context, user, disguise_key), ButtonAction("settings-disguise", disguise_arg))],
            [(say(context, user, "settings-phone"), ButtonAction("settings-phone"))],
            [(say(context, user, "settings-wipe"), ButtonAction("wipe-start"))],
        ],
    )


async def show_settings(update: Update, context: BotContext, user: User) -> None:
    """Edit the pressed message into the settings menu, or send it afresh."""
    text, markup = summary(context, user), await settings_menu(context, user)
    query = update.callback_query
    if query is not None and query.message is not None:
        await query.edit_message_text(text, reply_markup=markup)
    else:
        await send(context, user, text, markup=markup)


async def show_submenu(
    update: Update,
    context: BotContext,
    user: User,
    message_id: str,
    rows: Sequence[Row],
    *,
    more: Sequence[str] = (),
) -> None:
    """Turn the settings message into one of its choices (`more`: paragraphs after the first),
    with a way back."""
    rows = [*rows, [(say(context, user, "settings-back"), ButtonAction("settings-open"))]]
    text = "\n\n".join(say(context, user, key) for key in (message_id, *more))
    if update.callback_query is not None:
        await update.callback_query.edit_message_text(
            text, reply_markup=await inline_buttons(context, user, rows)
        )


async def on_settings_command(update: Update, context: BotContext) -> None:
    user = await registered_user(update, context)
    if user is None:
        return
    await show_settings(update, context, user)


async def follow_zone(context: BotContext, user: User) -> None:
    """A check-in schedule's daily times follow the defender to their new time zone."""
    if (await context.services.checkins.schedule_of(user)).rule is not None:
        await context.services.checkins.change(user, lambda s, now: (s, []))


async def save(context: BotContext, user: User, settings: UserSettings) -> User:
    return await context.services.users.update_settings(user, settings)


@button_route("settings-open")
async def on_settings_open(update: Update, context: BotContext, press: Press) -> None:
    await show_settings(update, context, press.user)


@button_route("settings-language")
async def on_language_menu(update: Update, context: BotContext, press: Press) -> None:
    if update.callback_query is not None:
        await update.callback_query.edit_message_text(
            say(context, press.user, "start-choose-language"),
            reply_markup=await language_picker(context, press.user),
        )


@button_route("settings-timezone")
async def on_timezone_menu(update: Update, context: BotContext, press: Press) -> None:
    user = press.user
    now = context.services.clock.now()
    choices = [
        (zone_label(zone, now), ButtonAction("settings-tz", zone)) for zone in COMMON_TIMEZONES
    ]
    rows = [choices[i : i + 2] for i in range(0, len(choices), 2)]
    rows.append([(say(context, user, "timezone-type-another"), ButtonAction("settings-tz-type"))])
    await show_submenu(update, context, user, "timezone-choose", rows)


@button_route("settings-tz")
async def on_timezone_chosen(update: Update, context: BotContext, press: Press) -> None:
    zone = parse_timezone(press.action.arg)
    if zone is None:
        return
    user = await save(context, press.user, replace(press.user.settings, timezone=zone))
    await follow_zone(context, user)
    await show_settings(update, context, user)
    await step_done(context, user, SetupStep.TIMEZONE)


@button_route("settings-tz-type")
async def on_timezone_typing(update: Update, context: BotContext, press: Press) -> None:
    await context.services.conversations.start(press.user, "settings", "timezone")
    await send(context, press.user, say(context, press.user, "timezone-ask"))


@step_route("settings")
async def on_settings_step(
    update: Update, context: BotContext, user: User, step: Conversation, text: str
) -> None:
    zone = parse_timezone(text, user.language)
    if zone is None:
        # It repeats what they typed (a place they may be): it goes with auto-delete.
        problem = say(context, user, "timezone-invalid", text=text[:64])
        await send(context, user, problem, sensitive=True)
        return
    await context.services.conversations.end(user)
    user = await save(context, user, replace(user.settings, timezone=zone))
    await follow_zone(context, user)
    await send(
        context,
        user,
        say(context, user, "timezone-set", timezone=zone, time=local_time(context, user)),
    )
    await step_done(context, user, SetupStep.TIMEZONE)


@button_route("settings-autodelete")
async def on_autodelete_menu(update: Update, context: BotContext, press: Press) -> None:
    user = press.user
    rows = [
        [(autodelete_label(context, user, s), ButtonAction("settings-ad", str(s or 0)))]
        for s in AUTODELETE_CHOICES
    ]
    limit = ["autodelete-telegram-limit"]
    await show_submenu(update, context, user, "autodelete-explain", rows, more=limit)


@button_route("settings-ad")
async def on_autodelete_chosen(update: Update, context: BotContext, press: Press) -> None:
    seconds = int(press.action.arg) or None
    if seconds not in AUTODELETE_CHOICES:
        return
    user = await save(context, press.user, replace(press.user.settings, autodelete_seconds=seconds))
    await context.services.messages.apply_autodelete(user)
    await show_settings(update, context, user)


@button_route("settings-ack")
async def on_answer_time_menu(update: Update, context: BotContext, press: Press) -> None:
    user = press.user
    rows = [
        [(answer_time_label(context, user, m), ButtonAction("settings-ack-set", str(m or 0)))]
        for m in ACK_TIMEOUT_CHOICES
    ]
    await show_submenu(update, context, user, "ack-timeout-explain", rows)


@button_route("settings-ack-set")
async def on_answer_time_chosen(update: Update, context: BotContext, press: Press) -> None:
    minutes = int(press.action.arg) or None
    if minutes not in ACK_TIMEOUT_CHOICES:
        return
    settings = replace(press.user.settings, ack_timeout_minutes=minutes)
    await show_settings(update, context, await save(context, press.user, settings))


@button_route("settings-disguise")
async def on_disguise_chosen(update: Update, context: BotContext, press: Press) -> None:
    disguise = press.action.arg == "on"
    user = await save(context, press.user, replace(press.user.settings, disguise=disguise))
    await set_disguised_menu(context.bot, context.services.translate, user)
    await show_settings(update, context, user)
    if disguise:
        screen = update.callback_query.message if update.callback_query else None
        await offer_to_clear(context, user, keep=screen.message_id if screen else None)
    await send(
        context,
        user,
        say(context, user, "disguise-on" if disguise else "disguise-off"),
        markup=main_keyboard(context, user),
    )


def register(application: BotApplication) -> None:
    application.add_handler(
        CommandHandler("settings", on_settings_command, filters=filters.ChatType.PRIVATE)
    )
