"""Placeholder replaced in this session by the card feature (issue 3)."""

from __future__ import annotations

from bot.context import BotApplication


def register(application: BotApplication) -> None:
    """Add this feature's handlers."""
