"""/start (onboarding), /help, and the language picker."""

from __future__ import annotations

from telegram import InlineKeyboardMarkup, Update
from telegram.ext import CommandHandler, filters

from bot.context import BotApplication, BotContext
from bot.domain.interaction import ButtonAction
from bot.domain.setup import STEPS, step_named
from bot.domain.users import User
from bot.services.interaction import Press
from handlers.common import identity_of, reply_with
from handlers.routing import button_route
from handlers.setup_progress import go_to, show_step
from handlers.ui import inline_buttons, main_keyboard, say, send

# In the language button's data: the guided set-up follows the choice (the first one only).
SETUP_AFTER = ":setup"


async def on_start_command(update: Update, context: BotContext) -> None:
    identity = identity_of(update)
    if identity is None:
        return
    registration = await context.services.users.register(identity)
    user = registration.user
    await welcome(context, user, again=not registration.is_new)
    if registration.is_new:
        await send(
            context,
            user,
            say(context, user, "start-choose-language"),
            markup=await language_picker(context, user, then_setup=True),
        )
    elif (step := step_named(user.settings.setup_step)) is not None:
        await show_step(context, user, step)  # the set-up resumes where it was left


async def welcome(context: BotContext, user: User, *, again: bool = False) -> None:
    """The greeting (what is kept, how to erase it) with the persistent keyboard."""
    key = "start-welcome-back" if again else "start-welcome"
    text = say(context, user, key, name=user.display_name)
    await send(context, user, text, markup=main_keyboard(context, user))


async def language_picker(
    context: BotContext, user: User, *, then_setup: bool = False
) -> InlineKeyboardMarkup:
    """The languages, each in its own name; `then_setup`: the guided set-up follows."""
    translate = context.services.translate
    after = SETUP_AFTER if then_setup else ""
    choices = [
        (translate(code, "language-name"), ButtonAction("lang", code + after))
        for code in translate.languages
    ]
    return await inline_buttons(
        context, user, [choices[i : i + 2] for i in range(0, len(choices), 2)]
    )


@button_route("lang")
async def on_language_chosen(update: Update, context: BotContext, press: Press) -> None:
    language, then_setup = press.action.arg.removesuffix(SETUP_AFTER), press.action.arg
    if language not in context.services.translate.languages:
        return
    user = await context.services.users.set_language(press.user, language)
    name = context.services.translate(language, "language-name")
    if update.callback_query is not None:
        await update.callback_query.edit_message_text(
            say(context, user, "language-set", language=name)
        )
    # The keyboard's labels change with the language: send it again.
    await send(context, user, say(context, user, "help"), markup=main_keyboard(context, user))
    if then_setup.endswith(SETUP_AFTER) and user.settings.setup_step is None:
        await go_to(context, user, STEPS[0])


async def on_help_command(update: Update, context: BotContext) -> None:
    await reply_with(update, context, "help")


async def on_start_in_group(update: Update, context: BotContext) -> None:
    """Nothing personal happens in a group, where everyone reads along."""
    message = update.effective_message
    if message is None:
        return
    language = update.effective_user.language_code if update.effective_user else None
    await message.reply_text(context.services.translate(language, "start-in-group"))


def register(application: BotApplication) -> None:
    private = filters.ChatType.PRIVATE
    application.add_handler(CommandHandler("start", on_start_command, filters=private))
    application.add_handler(CommandHandler("help", on_help_command, filters=private))
    application.add_handler(
        CommandHandler(["start", "help"], on_start_in_group, filters=filters.ChatType.GROUPS)
    )
