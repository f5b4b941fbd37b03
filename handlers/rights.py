"""/rights, the Rights button, search by typing, /directory, and their buttons; /reload for
admins. The pages come from `RightsService`; this module only speaks Telegram."""

from __future__ import annotations

import asyncio
import logging
import re

from telegram import CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.error import BadRequest
from telegram.ext import CallbackQueryHandler, CommandHandler, MessageHandler, filters

from bot.content.navigation import (
    PATTERN,
    AllCountries,
    ArticlePage,
    Countries,
    CountryEntries,
    CountryPicker,
    ToggleCountry,
    TopicList,
    Topics,
    data_for,
    place_of,
)
from bot.context import BotApplication, BotContext
from bot.domain.users import User
from bot.i18n import Translator
from bot.services.rights import View
from handlers.answers import answering
from handlers.common import identity_of, registered_user
from handlers.routing import plain_text_fallback
from handlers.typed import TypedText
from handlers.ui import delete_their_message_later, send

log = logging.getLogger(__name__)
PROBLEMS_SHOWN = 20


def markup_of(view: View) -> InlineKeyboardMarkup | None:
    if not view.rows:
        return None
    return InlineKeyboardMarkup(
        [
            [InlineKeyboardButton(label, callback_data=data_for(p)) for label, p in row]
            for row in view.rows
        ]
    )


async def _show(context: BotContext, user: User, view: View) -> None:
    # Rights pages may be forwarded, unless disguise mode asks for them to go with auto-delete.
    await send(context, user, view.text, markup=markup_of(view), sensitive=user.settings.disguise)


async def on_rights(update: Update, context: BotContext) -> None:
    user = await registered_user(update, context)
    if user is not None:
        view = context.services.rights.topics(user.language, disguise=user.settings.disguise)
        await _show(context, user, view)


async def on_directory(update: Update, context: BotContext) -> None:
    user = await registered_user(update, context)
    if user is not None:
        view = context.services.rights.countries(
            user.language, user.settings.countries, disguise=user.settings.disguise
        )
        await _show(context, user, view)


@plain_text_fallback
async def on_search(update: Update, context: BotContext, user: User, text: str) -> bool:
    """A plain message outside any flow: the words are a search of the rights information.

    What someone searches for tells what they fear: their words, and the answer that repeats
    them, go with auto-delete and /wipe. The answer may still be forwarded outside disguise."""
    await delete_their_message_later(context, user, update.effective_message)
    disguise = user.settings.disguise
    view = context.services.rights.search(user.language, text, disguise=disguise)
    shareable = not disguise
    markup = markup_of(view)
    await send(context, user, view.text, markup=markup, sensitive=True, shareable=shareable)
    return True


async def on_navigation(update: Update, context: BotContext) -> None:
    query = update.callback_query
    if query is None or update.effective_user is None:
        return
    user = await context.services.users.find(update.effective_user.id)
    language = user.language if user else update.effective_user.language_code or "en"
    language = context.services.translate.resolve_language(language)
    rights = context.services.rights
    place = place_of(query.data or "")
    disguise = bool(user and user.settings.disguise)
    view: View | None
    match place:
        case Topics():
            view = rights.topics(language, disguise=disguise)
        case TopicList(topic):
            view = rights.topic(language, topic, disguise=disguise)
        case ArticlePage():
            view = rights.page(language, place, disguise=disguise)
        case Countries() | AllCountries():
            picked = user.settings.countries if user else ()
            every = isinstance(place, AllCountries)
            view = rights.countries(language, picked, disguise=disguise, every=every)
        case CountryEntries(code, page):
            view = rights.country(language, code, page, disguise=disguise)
        case CountryPicker():
            view = rights.picker(language, user.settings.countries if user else ())
        case ToggleCountry(code):
            if user is not None and code in rights.store.library.countries:
                settings = user.settings.toggle_country(code)
                user = await context.services.users.update_settings(user, settings)
            view = rights.picker(language, user.settings.countries if user else ())
        case _:
            view = None
    notice: str | None = None
    if view is None:
        notice = context.services.translate(language, "rights-gone").split("\n")[0]
        view = rights.topics(language, disguise=disguise, intro=notice)
    async with answering(query, notice, show_alert=notice is not None):
        await _navigate(context, user, query, view)


async def _navigate(
    context: BotContext, user: User | None, query: CallbackQuery, view: View
) -> None:
    if not _is_rights_page(query.message):
        # Navigation data sent from another message (a modified client can send any data
        # from any message): never rewrite that message, an alert perhaps; show a new one.
        if user is not None:
            await _show(context, user, view)
        return
    try:
        await query.edit_message_text(view.text, reply_markup=markup_of(view))
    except BadRequest as error:
        if "not modified" in str(error).lower():
            return
        if user is not None:  # too old to edit, or deleted: a new message instead
            await _show(context, user, view)


def _is_rights_page(message: object) -> bool:
    """A message whose every button is rights navigation: one the bot showed as a page."""
    markup = getattr(message, "reply_markup", None)
    if not isinstance(markup, InlineKeyboardMarkup) or not markup.inline_keyboard:
        return False
    return all(
        isinstance(button.callback_data, str) and re.match(PATTERN, button.callback_data)
        for row in markup.inline_keyboard
        for button in row
    )


async def on_reload(update: Update, context: BotContext) -> None:
    identity = identity_of(update)
    message = update.effective_message
    if identity is None or message is None:
        return
    translate = context.services.translate
    language = identity.language_code
    user = await context.services.users.find(identity.telegram_user_id)
    if user is not None:
        language = user.language
    if not context.services.coordinators.is_admin(identity.telegram_user_id):
        await message.reply_text(translate(language, "reload-not-admin"))
        return
    store = context.services.rights.store
    result = await asyncio.to_thread(store.reload)
    if not result.problems:
        text = translate(
            language, "reload-done", articles=result.articles, languages=result.languages
        )
    else:
        shown = [p.show(store.root.parent) for p in result.problems[:PROBLEMS_SHOWN]]
        text = translate(
            language, "reload-failed", count=len(result.problems), problems="\n".join(shown)
        )
        extra = len(result.problems) - PROBLEMS_SHOWN
        if extra > 0:
            text += "\n" + translate(language, "reload-more", count=extra)
    await message.reply_text(text)


def register(application: BotApplication, translate: Translator) -> None:
    private = filters.ChatType.PRIVATE
    application.add_handler(CommandHandler("rights", on_rights, filters=private))
    application.add_handler(CommandHandler("directory", on_directory, filters=private))
    application.add_handler(CommandHandler("reload", on_reload, filters=private))
    application.add_handler(CallbackQueryHandler(on_navigation, pattern=PATTERN))
    wordings = TypedText(translate.every_wording("keyboard-rights"))
    application.add_handler(MessageHandler(private & wordings, on_rights))
