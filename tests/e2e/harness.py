"""The real Application, talking to the in-process Bot API emulator.

Updates go straight to `Application.process_update` (the emulator's update sink), so when
`await alice.send("/start")` returns the bot has finished with it: no waiting, no sleeps.
"""

from __future__ import annotations

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
from bot.i18n import Translator

_TRANSLATOR = Translator.load()


class BotHarness:
    def __init__(self, data_dir: Path, clock: FakeClock | None = None, **env: str) -> None:
        self.clock = clock or FakeClock()
        self.emulator = BotApiEmulator(now=self.clock.now)
        self.data_dir = data_dir
        self.env = {
            "TELEGRAM_BOT_TOKEN": self.emulator.token,
            "BOT_DATA_DIR": str(data_dir),
            **env,
        }
        self.config = load_config(self.env)
        self._app: BotApplication | None = None

    @property
    def app(self) -> BotApplication:
        if self._app is None:
            raise RuntimeError("the bot is not running")
        return self._app

    def user(self, name: str, **details: Any) -> ScriptedUser:
        return self.emulator.user(name, **details)

    async def start(self) -> None:
        app = build_application(
            self.config,
            self.clock,
            translate=_TRANSLATOR,
            request=EmulatorRequest(self.emulator),
            updates_request=EmulatorRequest(self.emulator),
        )
        await app.initialize()
        assert app.post_init is not None
        await app.post_init(app)
        self._app = app
        self.emulator.set_update_sink(self._process)

    async def _process(self, update: dict[str, Any]) -> None:
        await self.app.process_update(Update.de_json(update, self.app.bot))

    async def stop(self) -> None:
        app, self._app = self._app, None
        self.emulator.set_update_sink(None)
        if app is None:
            return
        assert app.post_shutdown is not None
        await app.shutdown()
        await app.post_shutdown(app)

    async def restart(self) -> None:
        await self.stop()
        await self.start()
