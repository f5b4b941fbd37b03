"""A typed callback context, so handlers reach the services without untyped dict lookups."""

from __future__ import annotations

import asyncio
import logging
from datetime import datetime
from typing import TYPE_CHECKING, Any, Protocol

from telegram import Update
from telegram.ext import Application, CallbackContext, ExtBot
from telegram.ext._application import _STOP_SIGNAL

from bot.backlog import Backlog
from bot.config import HealthConfig, WebhookConfig
from bot.delivery.lanes import Lane, sending_in
from bot.delivery.loop import DeliveryLoop
from bot.delivery.scheduler import SendScheduler
from bot.delivery.worker import DeliveryWorker
from bot.errors import StorageError
from bot.health.heartbeat import Heartbeat
from bot.health.monitor import HealthMonitor
from bot.health.server import RunningHealthServer
from bot.logs import where_it_failed
from bot.polling import PollingWatch
from bot.services.container import Services
from bot.transport import usable_update_id

if TYPE_CHECKING:  # bot.webhook hands updates to the BotApplication defined here
    from bot.webhook import RunningWebhook


class Alarm(Protocol):
    def arm(self, when: datetime) -> None: ...

    def rearm(self, when: datetime | None) -> None: ...


log = logging.getLogger(__name__)


class AppState:
    """python-telegram-bot's `bot_data`: holds the services once `post_init` has built them."""

    def __init__(self) -> None:
        self.services: Services | None = None
        self.delivery: DeliveryLoop | None = None  # started only when the bot serves for real
        self.worker: DeliveryWorker | None = None
        self.pacer: SendScheduler | None = None  # every send, edit and delete waits here
        self.alarm: Alarm | None = None
        self.polling: PollingWatch | None = None  # tells the admins of a second token reader
        # Set when Telegram refuses the token while the bot runs (revoked): the bot stops.
        self.token_refused = asyncio.Event()
        # Set once `serve` has caught up on deadlines and started delivery.
        self.running = asyncio.Event()
        self.backlog = Backlog()  # the updates that waited at Telegram while the bot was down
        # The alarm and the sweep share one job: a long catch-up is not run twice at once.
        self.processing_deadlines = False
        # /readyz and the heartbeat (bot.health); built with the services in post_init.
        self.health: HealthMonitor | None = None
        self.heartbeat: Heartbeat | None = None
        self.health_config = HealthConfig()
        self.webhook_config: WebhookConfig | None = None  # None: long polling
        self.webhook_server: RunningWebhook | None = None  # while `serve` receives by webhook
        self.health_server: RunningHealthServer | None = None  # while `serve` runs


class BotContext(CallbackContext[ExtBot[None], dict[Any, Any], dict[Any, Any], AppState]):
    @property
    def services(self) -> Services:
        services = self.bot_data.services
        if services is None:
            raise RuntimeError("storage is not open yet: post_init has not run")
        return services


class BotApplication(
    Application[ExtBot[None], BotContext, dict[Any, Any], dict[Any, Any], AppState, Any]
):
    """python-telegram-bot's Application, processing each Telegram update at most once.

    An update already acted on (Telegram re-sends unconfirmed updates after a restart) is
    dropped; otherwise every transaction its handlers commit also records it as processed,
    atomically (storage/updates.py).
    """

    async def process_update(self, update: object) -> None:
        """Never raises: a failure outside the handlers (the duplicate check, an update id
        Telegram could not have sent) is logged by type and place, and the next update flows.

        python-telegram-bot sends exceptions raised by handlers to `on_error`; anything else
        raised here would end its update fetcher, and the bot would answer nobody again.
        """
        try:
            with sending_in(Lane.REPLY):  # what the handlers send answers who just acted
                await self._process_once(update)
        except Exception as error:
            log.error(
                "update %s could not be processed: %s at %s",
                _printable_id(update),
                type(error).__name__,
                where_it_failed(error),
            )

    async def _process_once(self, update: object) -> None:
        services = self.bot_data.services
        if not isinstance(update, Update) or services is None:
            await super().process_update(update)
            return
        if not usable_update_id(update.update_id):
            # Telegram never sends one; recorded as processed, a NULL would even take the
            # next free id, and the next real update would be dropped as a replay.
            log.warning("an update without a usable id was dropped")
            return
        if await self._already_processed(services, update.update_id):
            log.info("update %s was already processed; skipped", update.update_id)
            return
        with services.updates.handling(update.update_id):
            await super().process_update(update)

    async def _already_processed(self, services: Services, update_id: int) -> bool:
        """Asked again when storage fails for a moment. If it keeps failing, the update is
        handled anyway: losing an SOS is worse than acting on a replay twice, and every alert
        carries a reference that makes a duplicate recognisable."""
        for attempt, pause in enumerate(CHECK_RETRY_PAUSES):
            try:
                return await services.updates.already_processed(update_id)
            except StorageError as error:
                log.warning(
                    "duplicate check for update %s failed (%s), attempt %d",
                    update_id,
                    type(error).__name__,
                    attempt + 1,
                )
                if pause is None:
                    return False
                await asyncio.sleep(pause)
        return False

    async def _update_fetcher(self) -> None:
        """python-telegram-bot's loop that takes updates off `update_queue`, kept alive.

        Its own loop ends for good at the first exception and, on the way out, drops every
        update still queued (which the next getUpdates then confirms to Telegram: lost).
        This one survives any exception and ends only at the stop signal `Application.stop`
        puts on the queue.
        Each update is handled in a task of its own, so people do not wait for each other
        (the update processor keeps each person's updates in order: `bot.update_order`); the
        queue counts an update done only when it was handled, which getUpdates waits for.
        """
        in_hand: set[asyncio.Task[None]] = set()
        while True:
            update = await self.update_queue.get()
            if update is _STOP_SIGNAL:
                await asyncio.gather(*in_hand)  # what was taken is handled before stopping
                self.update_queue.task_done()
                return
            if self.update_processor.max_concurrent_updates == 1:
                await self._handle_queued(update)
                continue
            task = asyncio.create_task(self._handle_queued(update), name="update")
            in_hand.add(task)
            task.add_done_callback(in_hand.discard)

    async def _handle_queued(self, update: object) -> None:
        handling = self.process_update(update)
        try:
            await self.update_processor.process_update(update, handling)
        except Exception as error:
            log.error(
                "the update fetcher caught %s at %s; it goes on",
                type(error).__name__,
                where_it_failed(error),
            )
        finally:
            handling.close()  # never started if the wait for its turn was cancelled
            self.update_queue.task_done()


# Pauses (seconds) between attempts at the duplicate check; None: give up and handle it.
CHECK_RETRY_PAUSES: tuple[float | None, ...] = (0.0, 0.1, 0.5, None)


def _printable_id(update: object) -> str:
    """The update id if it is a plain number: ids Telegram could not send are not echoed."""
    update_id = getattr(update, "update_id", None)
    return str(update_id) if type(update_id) is int and abs(update_id) < 2**63 else "?"
