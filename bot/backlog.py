"""At start-up, the updates Telegram kept while the bot was down come before the catch-up on
deadlines. A defender who checked in during an outage must not be reported missing because
the bot read the deadline before it read the check-in.

Telegram says how many updates wait (getWebhookInfo's pending_update_count, also without a
webhook); the catch-up waits until that many have been fetched and handled, or a poll came
back empty, or a bound passes: an alert may be late, never lost."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable

from telegram import Bot
from telegram.error import TelegramError

log = logging.getLogger(__name__)

BACKLOG_WAIT_SECONDS = 10.0


class Backlog:
    """Counts what polling fetched since the start."""

    def __init__(self) -> None:
        self.fetched = 0
        self.empty_poll = False
        self._changed = asyncio.Event()

    def on_batch(self, size: int) -> None:
        self.fetched += size
        if size == 0:
            self.empty_poll = True
        self._changed.set()

    async def handled(
        self, pending: int, drain: Callable[[], Awaitable[None]], *, within: float
    ) -> bool:
        """Wait until `pending` updates were fetched (or none was left) and `drain` returned;
        False when `within` seconds passed first."""
        try:
            async with asyncio.timeout(within):
                while self.fetched < pending and not self.empty_poll:
                    self._changed.clear()
                    await self._changed.wait()
                await drain()
        except TimeoutError:
            return False
        return True


async def pending_updates(bot: Bot) -> int:
    """How many updates Telegram holds for the bot (0 when it cannot say)."""
    try:
        info = await bot.get_webhook_info()
    except TelegramError as error:
        log.warning("could not ask Telegram for waiting updates: %s", type(error).__name__)
        return 0
    return int(info.pending_update_count or 0)
