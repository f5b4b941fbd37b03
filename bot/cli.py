"""What the command-line entry points do, kept apart from argument parsing."""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Mapping

from bot.app import build_application
from bot.clock import SystemClock
from bot.config import load_config, load_storage_config
from bot.logs import configure_logging
from bot.runner import serve, stop_on_signals
from storage.lock import InstanceLock
from storage.rotation import rotate_master_key


async def run_bot(env: Mapping[str, str]) -> int:
    config = load_config(env)
    configure_logging(config.log_level, [config.token])
    with InstanceLock(config.storage.data_dir):
        stop = asyncio.Event()
        stop_on_signals(stop)
        await serve(build_application(config, SystemClock()), config.api_url, stop)
    return 0


async def rotate_key(env: Mapping[str, str]) -> int:
    config = load_storage_config(env)
    with InstanceLock(config.data_dir):

        def progress(table: str, rows: int) -> None:
            print(f"  {table}: {rows} rows re-encrypted", file=sys.stderr)

        report = await rotate_master_key(config, progress)
    print(
        f"Key rotated: {report.values} values and {report.indexes} lookup indexes now use key "
        f"{report.new_key_id}. The old key is gone; backups made before now need it."
    )
    return 0
