"""A typed callback context, so handlers reach the services without untyped dict lookups."""

from __future__ import annotations

from typing import Any

from telegram.ext import Application, CallbackContext, ExtBot

from bot.services.container import Services


class AppState:
    """python-telegram-bot's `bot_data`: holds the services once `post_init` has built them."""

    def __init__(self) -> None:
        self.services: Services | None = None


class BotContext(CallbackContext[ExtBot[None], dict[Any, Any], dict[Any, Any], AppState]):
    @property
    def services(self) -> Services:
        services = self.bot_data.services
        if services is None:
            raise RuntimeError("storage is not open yet: post_init has not run")
        return services


BotApplication = Application[
    ExtBot[None], BotContext, dict[Any, Any], dict[Any, Any], AppState, Any
]
