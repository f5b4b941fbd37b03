"""People who use the bot, as the rest of the code sees them once decrypted."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from bot.domain.settings import UserSettings


@dataclass(frozen=True)
class TelegramIdentity:
    """What Telegram tells us about a person in an update."""

    telegram_user_id: int = field(repr=False)
    chat_id: int = field(repr=False)
    display_name: str = field(repr=False)
    language_code: str | None


@dataclass(frozen=True)
class User:
    id: str
    telegram_user_id: int = field(repr=False)
    chat_id: int = field(repr=False)
    display_name: str = field(repr=False)
    language: str | None
    created_on: date
    settings: UserSettings = field(default_factory=UserSettings)


def display_name_of(first_name: str, last_name: str | None) -> str:
    return f"{first_name} {last_name}".strip() if last_name else first_name.strip()
