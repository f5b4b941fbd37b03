"""`make demo`: the real bot, its real encrypted storage, a local Telegram emulator, a console.

The bot talks HTTP to the emulator on 127.0.0.1 exactly as it would to Telegram (long polling
included); the console plays the people on the other side.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import os
from collections.abc import Mapping
from pathlib import Path

from bot.app import AnyApplication, build_application
from bot.clock import AdjustableClock
from bot.config import load_config
from bot.context import BotApplication
from bot.demo_control import DemoAdmins, DemoControl, resume_time
from bot.emulator.console import DemoConsole, stdin_lines
from bot.emulator.core import BotApiEmulator
from bot.emulator.http import RunningEmulator, start_http_emulator
from bot.logs import configure_logging
from bot.runner import serve, stop_on_signals
from storage.lock import InstanceLock

DEFAULT_DEMO_DIR = Path("demo-data")
UPDATE_ID_FILE = "emulator-next-update-id"
# The demo keeps its own data and key; these never come from the environment.
NOT_FROM_THE_ENVIRONMENT = frozenset({"BOT_DATA_DIR", "BOT_MASTER_KEY", "BOT_MASTER_KEY_FILE"})

INTRO = """\
defender-bot demo: the real bot against a local Telegram emulator at {url}
Its encrypted database is in {data_dir}/ (delete that folder to start afresh).
Try:  :sample   for a ready network (a defender, two contacts, coordinators), then
      /sos   and   :wait 10m   to watch the alert move through the tiers
      @alice /rights   to browse rights information, or type a word such as   passport
      :help   for everything the console can do
"""


async def run_demo(data_dir: str | None = None, env: Mapping[str, str] | None = None) -> int:
    clock = AdjustableClock()
    folder = Path(data_dir) if data_dir else DEFAULT_DEMO_DIR
    update_ids = UpdateIdFile(folder / UPDATE_ID_FILE)
    emulator = BotApiEmulator(
        now=clock.now, first_update_id=update_ids.read(), on_update_numbered=update_ids.write
    )
    server = await start_http_emulator(emulator)
    try:
        config = load_config(demo_settings(os.environ if env is None else env, folder, server))
    except BaseException:
        await server.stop()
        raise
    admins = DemoAdmins(config.admin_ids)
    config = dataclasses.replace(config, admin_ids=admins)
    configure_logging(config.log_level, [config.token])
    print(INTRO.format(url=server.base_url.removesuffix("/bot"), data_dir=folder), flush=True)
    stop, quit_asked = asyncio.Event(), asyncio.Event()
    stop_on_signals(quit_asked)  # Ctrl-C ends the demo like :quit, without a traceback
    control: DemoControl | None = None
    try:
        with InstanceLock(folder):
            resume_time(clock, folder)
            application = build_application(config, clock)
            control = DemoControl(application, emulator, clock, admins, folder)
            _deliver_from(control, application)
            bot_task = asyncio.create_task(serve(application, config.api_url, stop))
            await _wait_until_polling(emulator, bot_task)
            console = DemoConsole(emulator, stdin_lines(), _print, echo=True, hooks=control)
            console_task = asyncio.create_task(console.run())
            quit_task = asyncio.create_task(quit_asked.wait())
            await asyncio.wait(
                {bot_task, console_task, quit_task}, return_when=asyncio.FIRST_COMPLETED
            )
            for task in (console_task, quit_task):
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await task
            if control.delivery is not None:
                await control.delivery.stop()
            stop.set()
            await bot_task
    finally:
        if control is not None and control.delivery is not None:
            await control.delivery.stop()
        await server.stop()
    print("Demo ended. The bot's data stays encrypted in", folder, flush=True)
    return 0


def demo_settings(env: Mapping[str, str], folder: Path, server: RunningEmulator) -> dict[str, str]:
    """The bot's settings from the environment (`BOT_ACK_TIMEOUT=30s make demo`), except
    where the demo keeps its data and key: never a real deployment's."""
    own = {
        name: value
        for name, value in env.items()
        if name.startswith("BOT_") and name not in NOT_FROM_THE_ENVIRONMENT
    }
    return {
        "BOT_LOG_LEVEL": "WARNING",
        **own,
        "TELEGRAM_BOT_TOKEN": server.emulator.token,
        "TELEGRAM_API_URL": server.base_url,
        "TELEGRAM_API_FILE_URL": server.base_file_url,
        "BOT_DATA_DIR": str(folder),
    }


class UpdateIdFile:
    """The emulator's next update id, kept beside the demo's database: a new emulator goes on
    where the last one stopped, so the bot never takes a new update for one it has handled
    (it drops those as replays; see storage/updates.py)."""

    def __init__(self, path: Path) -> None:
        self._path = path

    def read(self) -> int:
        try:
            text = self._path.read_text(encoding="ascii").strip()
        except (FileNotFoundError, NotADirectoryError, UnicodeDecodeError):
            return 1
        return int(text) if text.isdigit() and int(text) > 0 else 1

    def write(self, next_id: int) -> None:
        if not self._path.parent.is_dir():
            return  # the bot creates the folder (mode 0700) when it starts
        spare = self._path.with_suffix(".tmp")
        spare.write_text(f"{next_id}\n", encoding="ascii")
        spare.replace(self._path)


def _deliver_from(control: DemoControl, application: BotApplication) -> None:
    """Once the bot has opened storage, the demo delivers its outbox (see bot.demo_control)."""
    post_init = application.post_init
    if post_init is None:
        raise RuntimeError("the application was not built by bot.app.build_application")

    async def post_init_then_take_over(app: AnyApplication) -> None:
        await post_init(app)
        control.take_over_delivery()

    application.post_init = post_init_then_take_over


async def _wait_until_polling(emulator: BotApiEmulator, bot_task: asyncio.Task[None]) -> None:
    """Start the console only when the bot is connected, or report why it could not start."""
    polling = asyncio.create_task(emulator.wait_for_poll())
    done, _ = await asyncio.wait({polling, bot_task}, return_when=asyncio.FIRST_COMPLETED)
    if bot_task in done:
        polling.cancel()
        await bot_task  # raises the start-up error, which main() prints
        raise RuntimeError("the bot stopped before it started polling")


def _print(text: str) -> None:
    print(text, flush=True)
