"""/setup, and the guided set-up that follows the first choice of language: time zone,
emergency card, a first trusted contact, a check-in schedule, a safety PIN. Each step is
explained in a sentence or two, can be done or skipped, and resumes after a restart."""

from __future__ import annotations

from dataclasses import replace

from telegram import Update
from telegram.ext import CommandHandler, filters

from bot.context import BotApplication, BotContext
from bot.domain.setup import STEPS, SetupStep, step_after, step_named
from bot.domain.users import User
from bot.services.interaction import Press
from handlers.alerts import known_user
from handlers.card import send_fresh_menu
from handlers.contacts import begin_invite
from handlers.pin_gate import with_pin
from handlers.routing import button_route
from handlers.safety_words import OPEN
from handlers.schedules import send_schedule_menu
from handlers.settings import on_timezone_menu
from handlers.setup_progress import go_to, show_step
from handlers.ui import say, send


async def on_setup_command(update: Update, context: BotContext) -> None:
    user = await known_user(update, context)
    if user is not None:
        await resume(context, user, from_start=True)


async def resume(context: BotContext, user: User, *, from_start: bool = False) -> None:
    """Show the step the set-up is at; with `from_start`, begin again if it was finished."""
    step = step_named(user.settings.setup_step)
    if step is not None:
        await show_step(context, user, step)
    elif from_start:
        await go_to(context, user, STEPS[0])


@button_route("setup-do")
async def on_do_button(update: Update, context: BotContext, press: Press) -> None:
    step, user = step_named(press.action.arg), press.user
    if step is SetupStep.TIMEZONE:
        await on_timezone_menu(update, context, press)
    elif step is SetupStep.CARD:
        await send_fresh_menu(context, user, "setup-card-menu")
    elif step is SetupStep.CONTACT:
        await begin_invite(context, user)
    elif step is SetupStep.SCHEDULE:
        await send_schedule_menu(context, user)
    elif step is SetupStep.PIN:
        await with_pin(context, user, OPEN, {"which": "pin"})


@button_route("setup-next")
async def on_next_button(update: Update, context: BotContext, press: Press) -> None:
    step = step_named(press.action.arg)
    if step is not None and step_named(press.user.settings.setup_step) is step:
        await go_to(context, press.user, step_after(step))


@button_route("setup-stop")
async def on_stop_button(update: Update, context: BotContext, press: Press) -> None:
    settings = replace(press.user.settings, setup_step=None)
    user = await context.services.users.update_settings(press.user, settings)
    await send(context, user, say(context, user, "setup-stopped"))


def register(application: BotApplication) -> None:
    application.add_handler(
        CommandHandler("setup", on_setup_command, filters=filters.ChatType.PRIVATE)
    )
