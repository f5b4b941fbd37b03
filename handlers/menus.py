"""The command menu Telegram shows beside the text box, in every UI language.

A user in disguise mode gets a menu of their own (chat scope) with neutral descriptions, so
the menu does not give away what the bot is for.
"""

from __future__ import annotations

import logging

from telegram import Bot, BotCommand, BotCommandScopeChat
from telegram.error import TelegramError

from bot.domain.users import User
from bot.i18n import SOURCE_LANGUAGE, Translator

log = logging.getLogger(__name__)

COMMANDS = (
    "start",
    "help",
    "sos",
    "checkin",
    "schedule",
    "status",
    "contacts",
    "invite",
    "card",
    "rights",
    "directory",
    "settings",
    "wipe",
    "cancel",
)
# A command's name cannot be reworded: in disguise, these are left out of the menu (the
# keyboard's neutral "Call" and "Read" buttons still raise the SOS and open the reading).
GIVE_AWAY_BY_NAME = frozenset({"sos", "rights"})


def commands_for(translate: Translator, language: str, *, disguise: bool) -> list[BotCommand]:
    return [
        BotCommand(name, translate(language, f"command-{name}", disguise=disguise))
        for name in COMMANDS
        if not (disguise and name in GIVE_AWAY_BY_NAME)
    ]


async def publish_command_menus(bot: Bot, translate: Translator) -> None:
    """Set the default menu and one per language; Telegram takes two-letter codes only."""
    try:
        await bot.set_my_commands(commands_for(translate, SOURCE_LANGUAGE, disguise=False))
        for language in translate.languages:
            if len(language) != 2:
                log.warning("no command menu for %s: Telegram takes two-letter codes", language)
                continue
            commands = commands_for(translate, language, disguise=False)
            await bot.set_my_commands(commands, language_code=language)
    except TelegramError as error:
        log.warning("could not publish the command menus: %s", type(error).__name__)


async def set_disguised_menu(bot: Bot, translate: Translator, user: User) -> None:
    scope = BotCommandScopeChat(user.chat_id)
    try:
        if user.settings.disguise:
            commands = commands_for(translate, user.language or SOURCE_LANGUAGE, disguise=True)
            await bot.set_my_commands(commands, scope=scope)
        else:
            await bot.delete_my_commands(scope=scope)
    except TelegramError as error:
        log.warning("could not change a chat's command menu: %s", type(error).__name__)
