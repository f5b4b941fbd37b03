"""What the bot does when polling Telegram goes wrong: python-telegram-bot's retry loop calls
`PollingWatch.on_error` for every error (it must not raise), and `after_poll` follows every
getUpdates that Telegram answered.

A `Conflict` means a second reader of the token (see bot/services/token_watch.py): the admins
are told, and a webhook that someone else set is removed so that updates come back here. Other
errors are logged by type only: python-telegram-bot's own callback logs a whole traceback.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Coroutine
from typing import Any

from telegram import Bot
from telegram.error import Conflict, TelegramError

from bot.logs import where_it_failed
from bot.services.token_watch import SecondReader, TokenWatch

log = logging.getLogger(__name__)


class PollingWatch:
    def __init__(self, watch: TokenWatch, bot: Bot) -> None:
        self.watch = watch
        self._bot = bot
        self._tasks: set[asyncio.Task[None]] = set()

    def on_error(self, error: TelegramError) -> None:
        if not isinstance(error, Conflict):
            log.warning("polling for updates failed: %s; trying again", type(error).__name__)
            return
        if "webhook" in str(error).lower():
            self._spawn(self._webhook_set_elsewhere())
        else:
            self._spawn(self.watch.second_reader_seen(SecondReader.POLLING))

    async def after_poll(self) -> None:
        try:
            await self.watch.polled_quietly()
        except Exception as error:  # polling must go on whatever happens here
            log.error("token watch failed: %s at %s", type(error).__name__, where_it_failed(error))

    async def _webhook_set_elsewhere(self) -> None:
        await self.watch.second_reader_seen(SecondReader.WEBHOOK)
        # Take the updates back; only a new token stops the other program setting it again.
        await self._bot.delete_webhook(drop_pending_updates=False)

    def _spawn(self, work: Coroutine[Any, Any, Any]) -> None:
        task = asyncio.get_running_loop().create_task(self._logged(work))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _logged(self, work: Coroutine[Any, Any, Any]) -> None:
        try:
            await work
        except Exception as error:
            log.error(
                "telling the admins about the token failed: %s at %s",
                type(error).__name__,
                where_it_failed(error),
            )

    async def settle(self) -> None:
        """Wait for the warnings already under way (tests, and a clean shutdown)."""
        while self._tasks:
            await asyncio.gather(*self._tasks, return_exceptions=True)
