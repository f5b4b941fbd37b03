"""Updates of different people handled at once, each person's own in the order they came.

The flows rely on one person's updates going one after another (a PIN typed after the button
that asked for it); nothing relies on one person waiting for another. So an update waits only
for the earlier updates of the same person (or, with nobody to name, the same chat), and a
flood from one person delays nobody else's SOS.

The application hands each update to the processor in its own task, in the order they came
(`BotApplication._update_fetcher`), and asyncio's locks are fair: a person's updates take
their turns in that order.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Hashable
from typing import Any

from telegram import Update
from telegram.ext import BaseUpdateProcessor

from bot.keyed_locks import KeyedLocks

# Updates handled at once, across everyone (python-telegram-bot's own default is 256)...
CONCURRENT_UPDATES = 256
# ...and in hand at once, waiting for their person's turn included: more than Telegram hands
# over before they are all handled (getUpdates waits for them; at most 100 a batch).
IN_HAND = 4096


def person_of(update: object) -> Hashable:
    """Whose turn an update waits for: the person who sent it, else its chat, else one key
    for everything that names neither."""
    if isinstance(update, Update):
        if update.effective_user is not None:
            return ("user", update.effective_user.id)
        if update.effective_chat is not None:
            return ("chat", update.effective_chat.id)
    return ("nobody",)


class PerPersonUpdates(BaseUpdateProcessor):
    """python-telegram-bot's limit (`max_concurrent_updates`) counts updates in hand; the
    person's turn is waited for inside it, and only then a place among those handled at once,
    so a person's queued updates hold no such place."""

    def __init__(self, concurrent: int = CONCURRENT_UPDATES) -> None:
        super().__init__(IN_HAND)
        self.turns = KeyedLocks()
        self._handling = asyncio.Semaphore(concurrent)

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        async with self.turns.hold(person_of(update)), self._handling:
            await coroutine

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None
