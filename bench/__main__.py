"""`make bench`: storage, crypto, alert and check-in figures, printed as one JSON document.

Machines here are noisy, so each figure that matters is a ratio within one run (FULL vs NORMAL
synchronous mode, the delivery rate against the configured limit, latency under load against
latency at rest) rather than an absolute target.

    python -m bench                 # everything (a few minutes)
    python -m bench storage         # one section; sizes of the alert bench: see bench/alerts.py
    python -m bench checkins        # sizes: see bench/checkins.py
    python -m bench raid            # issue 15's raid, on a simulated clock: bench/raid.py
    python -m bench updates         # updates handled a second, an SOS behind a flood
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from bench.alerts import Sizes, alert_figures
from bench.checkins import CheckinSizes, checkin_figures
from bench.deadlines import deadline_figures
from bench.raid import raid_figures
from bench.updates import update_figures
from bot.config import load_storage_config
from bot.domain.users import TelegramIdentity
from storage.crypto import FieldCrypto, MasterKey
from storage.open import open_storage
from storage.users import UserRepository

NOW = datetime(2026, 1, 1, tzinfo=UTC)


def crypto_figures(rounds: int = 20_000) -> dict[str, float]:
    crypto = FieldCrypto(MasterKey(bytes(range(32))))
    value = b"x" * 200
    start = time.perf_counter()
    for n in range(rounds):
        blob = crypto.encrypt("users", "display_name_ct", str(n), value)
        crypto.decrypt("users", "display_name_ct", str(n), blob)
    aead = (time.perf_counter() - start) / rounds
    start = time.perf_counter()
    for n in range(rounds):
        crypto.blind_index_int("users", "tg_user_id", n)
    blind = (time.perf_counter() - start) / rounds
    return {"encrypt_decrypt_200b_us": aead * 1e6, "blind_index_us": blind * 1e6}


async def registrations_per_second(synchronous: str, count: int) -> float:
    with tempfile.TemporaryDirectory() as folder:
        config = load_storage_config({"BOT_DATA_DIR": folder})
        db = await open_storage(config)
        try:
            await db.set_pragma("synchronous", synchronous)
            users = UserRepository(db)
            start = time.perf_counter()
            for n in range(count):
                await users.register(TelegramIdentity(10_000 + n, 10_000 + n, "A", "en"), NOW)
            return count / (time.perf_counter() - start)
        finally:
            await db.close()


async def lookups_per_second(count: int) -> float:
    with tempfile.TemporaryDirectory() as folder:
        db = await open_storage(load_storage_config({"BOT_DATA_DIR": folder}))
        try:
            users = UserRepository(db)
            for n in range(count):
                await users.register(TelegramIdentity(10_000 + n, 10_000 + n, "A", "en"), NOW)
            start = time.perf_counter()
            for n in range(count):
                await users.find_by_telegram_id(10_000 + n)
            return count / (time.perf_counter() - start)
        finally:
            await db.close()


async def copy_scan_seconds(count: int) -> float:
    """The sweep's safety net reads every copy not yet due (their recipient is encrypted) to
    find those whose link has ended: how long that takes with `count` copies held. It runs
    at start-up and hourly, a slice at a time between turns of the event loop."""
    from bot.domain.copies import AlertCopy, CopyKind
    from storage.alert_copies import AlertCopyRepository

    with tempfile.TemporaryDirectory() as folder:
        db = await open_storage(load_storage_config({"BOT_DATA_DIR": folder}))
        try:
            copies = AlertCopyRepository(db)
            async with db.transaction() as tx:
                for n in range(count):
                    held = AlertCopy(
                        f"a{n // 20}", f"c{n % 50}", 10_000 + n, False, n, CopyKind.TEXT
                    )
                    await copies.record_in(tx, held, None, NOW)
            start = time.perf_counter()
            await copies.expire_departed(NOW)
            return time.perf_counter() - start
        finally:
            await db.close()


async def storage_figures() -> dict[str, object]:
    count = 1000
    full = await registrations_per_second("FULL", count)
    normal = await registrations_per_second("NORMAL", count)
    return {
        **crypto_figures(),
        "registrations_per_s_synchronous_full": round(full),
        "registrations_per_s_synchronous_normal": round(normal),
        "full_over_normal_throughput_ratio": round(full / normal, 3),
        "user_lookups_per_s": round(await lookups_per_second(count)),
        "departed_copy_scan_seconds_10k_copies": round(await copy_scan_seconds(10_000), 3),
        "note": "one transaction per registration; FULL fsyncs the WAL on every commit",
    }


async def main(sections: list[str]) -> None:
    figures: dict[str, object] = {}
    if "storage" in sections:
        figures["storage"] = await storage_figures()
    if "alerts" in sections:
        figures["alerts"] = await alert_figures(Sizes.from_env(os.environ))
    if "checkins" in sections:
        figures["checkins"] = await checkin_figures(CheckinSizes.from_env(os.environ))
    if "deadlines" in sections:
        figures["deadlines"] = await deadline_figures(os.environ)
    if "raid" in sections:
        figures["raid"] = await asyncio.to_thread(raid_figures)  # its own simulated loop
    if "updates" in sections:
        figures["updates"] = await update_figures()
    json.dump(figures, sys.stdout, indent=2)
    print()


SECTIONS = ("storage", "alerts", "checkins", "deadlines", "raid", "updates")

if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    parser.add_argument(
        "sections",
        nargs="*",
        metavar="{storage,alerts,checkins,deadlines,raid,updates}",
        help="default: all",
    )
    chosen = parser.parse_args().sections or list(SECTIONS)
    if unknown := set(chosen) - set(SECTIONS):
        parser.error(f"no such section: {', '.join(sorted(unknown))}")
    asyncio.run(main(chosen))
