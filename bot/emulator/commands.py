"""The bot's command menus, stored per scope and language as setMyCommands leaves them.

Telegram shows each user the most specific menu that exists for their chat and app
language; ``visible_in_private_chat`` repeats that lookup so tests can check what a
Ukrainian-speaking user actually sees.
"""

import json
import re
from typing import Any

from bot.emulator.models import JSONDict, bad_request

MAX_COMMANDS = 100
SCOPES_WITH_CHAT = frozenset({"chat", "chat_administrators", "chat_member"})
_SCOPES = SCOPES_WITH_CHAT | {
    "default",
    "all_private_chats",
    "all_group_chats",
    "all_chat_administrators",
}
_COMMAND = re.compile(r"[a-z0-9_]{1,32}")
_LANGUAGE_CODE = re.compile(r"[a-z]{2}")


def scope_key(scope: JSONDict | None) -> str:
    """A canonical text for a scope, so equal scopes find the same menu."""
    normalized = dict(scope or {"type": "default"})
    for key in ("chat_id", "user_id"):
        value = normalized.get(key)
        if isinstance(value, str) and value.lstrip("-").isdigit():
            normalized[key] = int(value)
    return json.dumps(normalized, sort_keys=True)


def check_scope(scope: Any) -> JSONDict:
    """The scope to use (default when absent), or a 400 if it is not a BotCommandScope."""
    if scope is None:
        return {"type": "default"}
    if not isinstance(scope, dict) or scope.get("type") not in _SCOPES:
        raise bad_request("can't parse BotCommandScope")
    return scope


def check_language_code(language_code: str | None) -> str:
    """Empty for "all languages", else a lowercase two-letter ISO 639-1 code."""
    if language_code and not _LANGUAGE_CODE.fullmatch(language_code):
        raise bad_request("invalid language code specified")
    return language_code or ""


class CommandMenus:
    """Command lists keyed by (scope, language code)."""

    def __init__(self) -> None:
        self._menus: dict[tuple[str, str], list[JSONDict]] = {}

    def set(self, scope: JSONDict, language_code: str, commands: Any) -> None:
        """Store a menu after Telegram's checks; an empty list removes it."""
        if not isinstance(commands, list) or len(commands) > MAX_COMMANDS:
            raise bad_request("commands must be a list of at most 100 BotCommand objects")
        for command in commands:
            if not isinstance(command, dict) or not _COMMAND.fullmatch(
                str(command.get("command", ""))
            ):
                raise bad_request("BOT_COMMAND_INVALID")
            description = command.get("description")
            if not isinstance(description, str) or not 1 <= len(description.strip()) <= 256:
                raise bad_request("BOT_COMMAND_DESCRIPTION_INVALID")
        key = (scope_key(scope), language_code)
        if commands:
            self._menus[key] = [
                {"command": command["command"], "description": command["description"]}
                for command in commands
            ]
        else:
            self._menus.pop(key, None)

    def get(self, scope: JSONDict | None, language_code: str) -> list[JSONDict]:
        return list(self._menus.get((scope_key(scope), language_code), []))

    def delete(self, scope: JSONDict, language_code: str) -> None:
        self._menus.pop((scope_key(scope), language_code), None)

    def visible_in_private_chat(self, chat_id: int, language_code: str) -> list[JSONDict]:
        """The menu a user sees in their private chat with the bot."""
        scopes: list[JSONDict] = [
            {"type": "chat", "chat_id": chat_id},
            {"type": "all_private_chats"},
            {"type": "default"},
        ]
        for scope in scopes:
            for code in (language_code, ""):
                found = self.get(scope, code)
                if found:
                    return found
        return []
