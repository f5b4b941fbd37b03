"""`make demo`: the real bot, its real encrypted storage, a local Telegram emulator, a console.

The bot talks HTTP to the emulator on 127.0.0.1 exactly as it would to Telegram (long polling
included); the console plays the people on the other side.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterable, AsyncIterator
from pathlib import Path

from bot.app import build_application
from bot.clock import SystemClock
from bot.config import load_config
from bot.context import BotApplication
from bot.emulator.console import DemoConsole, stdin_lines
from bot.emulator.core import BotApiEmulator
from bot.emulator.http import start_http_emulator
from bot.logs import configure_logging
from bot.runner import serve
from storage.lock import InstanceLock

DEFAULT_DEMO_DIR = Path("demo-data")

INTRO = """\
defender-bot demo: the real bot against a local Telegram emulator at {url}
Its encrypted database is in {data_dir}/ (delete that folder to start afresh).
Try:  @alice /start   then   @bob /start   (type :help for everything the console can do)
      @alice /rights   to browse rights information, or type a word such as   passport
"""


async def settled(
    lines: AsyncIterable[str], emulator: BotApiEmulator, application: BotApplication
) -> AsyncIterator[str]:
    """Hand over the next line only once the bot has handled everything sent so far, so a
    piped script reads like a conversation and nothing is cut off at the end."""
    async for line in lines:
        yield line
        await emulator.wait_until_fetched()
        await application.update_queue.join()


async def run_demo(data_dir: str | None = None) -> int:
    clock = SystemClock()
    emulator = BotApiEmulator(now=clock.now)
    server = await start_http_emulator(emulator)
    folder = Path(data_dir) if data_dir else DEFAULT_DEMO_DIR
    config = load_config(
        {
            "TELEGRAM_BOT_TOKEN": emulator.token,
            "TELEGRAM_API_URL": server.base_url,
            "TELEGRAM_API_FILE_URL": server.base_file_url,
            "BOT_DATA_DIR": str(folder),
            "BOT_LOG_LEVEL": "WARNING",
        }
    )
    configure_logging(config.log_level, [config.token])
    print(INTRO.format(url=server.base_url.removesuffix("/bot"), data_dir=folder), flush=True)
    stop = asyncio.Event()
    try:
        with InstanceLock(folder):
            application = build_application(config, clock)
            bot_task = asyncio.create_task(serve(application, config.api_url, stop))
            await _wait_until_polling(emulator, bot_task)
            console = DemoConsole(
                emulator, settled(stdin_lines(), emulator, application), _print, echo=True
            )
            console_task = asyncio.create_task(console.run())
            await asyncio.wait({bot_task, console_task}, return_when=asyncio.FIRST_COMPLETED)
            stop.set()
            console_task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await console_task
            await bot_task
    finally:
        await server.stop()
    print("Demo ended. The bot's data stays encrypted in", folder, flush=True)
    return 0


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
