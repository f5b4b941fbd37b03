"""The real Application, talking to the in-process Bot API emulator.

Updates go straight to `Application.process_update` (the emulator's update sink), so when
`await alice.send("/start")` returns the bot has finished with it: no waiting, no sleeps.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

from telegram import Update

from bot.app import build_application
from bot.clock import FakeClock
from bot.config import load_config
from bot.context import BotApplication
from bot.emulator.core import BotApiEmulator
from bot.emulator.inprocess import EmulatorRequest
from bot.emulator.users import ScriptedUser
from bot.errors import StorageFullError
from bot.i18n import Translator
from handlers.menus import publish_command_menus
from storage.db import Database
from storage.outbox import OutboxRepository
from tests.e2e.permits import PermitWatch

_TRANSLATOR = Translator.load()


class BotHarness:
    def __init__(
        self,
        data_dir: Path,
        clock: FakeClock | None = None,
        *,
        translate: Translator | None = None,
        **env: str,
    ) -> None:
        """`translate`: UI strings other than the shipped ones (a translation with a slip)."""
        self.translate = translate or _TRANSLATOR
        self.clock = clock or FakeClock()
        self.emulator = BotApiEmulator(now=self.clock.now)
        self.data_dir = data_dir
        self.env = {
            "TELEGRAM_BOT_TOKEN": self.emulator.token,
            "BOT_DATA_DIR": str(data_dir),
            # Scripted people act in no time at all, as nobody can: a flow of a dozen steps
            # would otherwise wait at the pacer for each private chat's one a second and move
            # the fake clock. The pacing tests set Telegram's own burst (3).
            "BOT_SEND_PRIVATE_BURST": "20",
            **env,
        }
        self.config = load_config(self.env)
        self._app: BotApplication | None = None
        # Where the network would be: every call that writes to a chat must hold a permit.
        self.permits = PermitWatch(EmulatorRequest(self.emulator))
        self.auto_deliver = True  # after each update, as the running bot's delivery loop does

    @property
    def app(self) -> BotApplication:
        if self._app is None:
            raise RuntimeError("the bot is not running")
        return self._app

    @property
    def database(self) -> Database:
        """For assertions about what was stored; the bot itself goes through its services."""
        return self.app.bot_data.services.database

    def user(self, name: str, **details: Any) -> ScriptedUser:
        return self.emulator.user(name, **details)

    async def start(self) -> None:
        app = build_application(
            self.config,
            self.clock,
            translate=self.translate,
            request=self.permits,
            updates_request=EmulatorRequest(self.emulator),
        )
        await app.initialize()
        assert app.post_init is not None
        await app.post_init(app)
        await publish_command_menus(app.bot, self.translate)
        self._app = app
        self.emulator.set_update_sink(self._process)

    async def _process(self, update: dict[str, Any]) -> None:
        await self.app.process_update(Update.de_json(update, self.app.bot))
        if self.auto_deliver:
            await self.deliver()

    async def deliver(self, within: timedelta = timedelta(seconds=30)) -> None:
        """Send what the outbox holds, as the delivery loop would, moving the fake clock on
        through pacing gaps and retries that fall due `within` from now."""
        worker = self.app.bot_data.worker
        assert worker is not None
        outbox = OutboxRepository(self.database)
        limit = self.clock.now() + within
        for _ in range(10_000):
            report = await worker.run_once()
            if report.sent or report.failed or report.retrying:
                continue
            due = await outbox.next_due()
            if due is None or due > limit:
                return
            if due > self.clock.now():
                self.clock.set(due)
            elif not report.waiting:
                return
        raise AssertionError("the outbox never emptied")

    async def advance(self, delta: timedelta) -> None:
        """Let time pass: the alarm clock rings for every deadline that came, and the outbox
        is delivered."""
        self.clock.advance(delta)
        await self.app.bot_data.services.checkins.process_due()
        await self.app.bot_data.services.alerts.process_due()
        await self.app.bot_data.services.redactions.process_due()
        await self.deliver()

    async def stop(self) -> None:
        app, self._app = self._app, None
        self.emulator.set_update_sink(None)
        if app is None:
            return
        assert app.post_shutdown is not None
        await app.shutdown()
        await app.post_shutdown(app)
        assert self.permits.unpermitted == [], "calls went around the pacer"

    async def fill_the_disk(self) -> None:
        """Make the database full, as a full disk would: the next write fails."""
        database = self.database
        async with database.read() as tx:
            pages = await tx.scalar("PRAGMA page_count")
        await database.set_pragma("max_page_count", pages)
        # Every table has its own pages, so each one is filled: big rows first, then ever
        # smaller ones, until not even a small row fits anywhere.
        fillers = {
            "meta": "INSERT INTO meta (name, value_ct) VALUES (?, randomblob(?))",
            "users": "INSERT INTO users (id, tg_user_id_bidx, tg_user_id_ct, chat_id_ct, "
            "display_name_ct, created_on) "
            "VALUES (?, randomblob(32), randomblob(?), x'00', x'00', 0)",
        }
        filled = 0
        for sql in fillers.values():
            for size in (1500, 200, 20, 1):
                try:
                    while True:
                        async with database.transaction() as tx:
                            await tx.execute(sql, (f"filler-{filled}", size))
                        filled += 1
                except StorageFullError:
                    continue

    async def free_the_disk(self) -> None:
        database = self.database
        await database.set_pragma("max_page_count", 1_000_000)
        async with database.transaction() as tx:
            await tx.execute("DELETE FROM meta WHERE name LIKE 'filler-%'")
            await tx.execute("DELETE FROM users WHERE id LIKE 'filler-%'")

    async def restart(self) -> None:
        await self.stop()
        await self.start()
