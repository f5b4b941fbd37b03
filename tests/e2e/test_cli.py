"""`python -m bot run` as a real process: start-up errors, and a conversation over HTTP."""

import asyncio
import os
import signal
import sys
from pathlib import Path

import pytest

from bot.clock import SystemClock
from bot.config import load_storage_config
from bot.emulator.core import BotApiEmulator
from bot.emulator.http import start_http_emulator
from storage.open import open_storage

ROOT = Path(__file__).resolve().parents[2]
TOKEN = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw"
UNUSED_URL = "http://127.0.0.1:9/bot"


async def start_bot(env: dict[str, str]) -> asyncio.subprocess.Process:
    """`python -m bot run` with only the given settings in its environment."""
    return await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        "run",
        cwd=ROOT,
        env={"PATH": os.environ["PATH"], **env},
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
    )


async def run_bot(env: dict[str, str]) -> tuple[int, str]:
    process = await start_bot(env)
    async with asyncio.timeout(60):
        output, _ = await process.communicate()
    assert process.returncode is not None
    return process.returncode, output.decode()


@pytest.fixture
async def data_dir(tmp_path) -> Path:
    """A data directory holding a real, empty database and its key."""
    data = tmp_path / "data"
    await (await open_storage(load_storage_config({"BOT_DATA_DIR": str(data)}))).close()
    return data


def offline_env(data: Path, **extra: str) -> dict[str, str]:
    """A valid-looking configuration whose API URL nothing listens on."""
    return {
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "TELEGRAM_API_URL": UNUSED_URL,
        "BOT_DATA_DIR": str(data),
        **extra,
    }


def assert_readable_error(output: str) -> None:
    assert "Traceback" not in output
    assert output.startswith("defender-bot: ") or "defender-bot: " in output
    assert TOKEN not in output


async def test_without_a_token_it_explains_botfather_and_the_demo(tmp_path):
    code, output = await run_bot({"BOT_DATA_DIR": str(tmp_path)})
    assert code == 2
    assert "@BotFather" in output
    assert "make demo" in output
    assert_readable_error(output)


async def test_a_wrong_key_stops_start_up_before_any_network_traffic(tmp_path, data_dir):
    data = data_dir
    other_key = tmp_path / "other.key"
    other_key.write_text("B" * 43 + "=")
    other_key.chmod(0o600)
    before = (data / "bot.db").read_bytes()
    code, output = await run_bot(offline_env(data, BOT_MASTER_KEY_FILE=str(other_key)))
    assert code == 4
    assert "different key" in output
    assert "Could not reach" not in output
    assert_readable_error(output)
    assert (data / "bot.db").read_bytes() == before


async def test_a_key_file_others_can_read_is_refused(data_dir):
    (data_dir / "master.key").chmod(0o644)
    code, output = await run_bot(offline_env(data_dir))
    assert code == 2
    assert "chmod 600" in output
    assert_readable_error(output)


async def test_a_corrupt_database_is_reported(data_dir):
    (data_dir / "bot.db").write_bytes(b"\x00garbage" * 1000)
    code, output = await run_bot(offline_env(data_dir))
    assert code == 4
    assert "backup" in output
    assert_readable_error(output)


async def test_a_data_dir_that_cannot_be_created_is_reported(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    code, output = await run_bot(offline_env(blocker / "data"))
    assert code in (2, 4)
    assert "BOT_DATA_DIR" in output
    assert_readable_error(output)


async def test_an_unreachable_api_is_reported_without_the_token(tmp_path):
    code, output = await run_bot(offline_env(tmp_path))
    assert code == 3
    assert "Could not reach the Telegram Bot API at http://127.0.0.1:9" in output
    assert_readable_error(output)


@pytest.fixture
async def http_emulator():
    emulator = BotApiEmulator(now=SystemClock().now)
    running = await start_http_emulator(emulator)
    yield running
    await running.stop()


async def test_a_token_telegram_refuses_is_reported(tmp_path, http_emulator):
    code, output = await run_bot(
        {
            "TELEGRAM_BOT_TOKEN": TOKEN,  # not the emulator's token
            "TELEGRAM_API_URL": http_emulator.base_url,
            "BOT_DATA_DIR": str(tmp_path),
        }
    )
    assert code == 3
    assert "refused the bot token" in output
    assert_readable_error(output)


async def test_the_bot_process_answers_over_http_and_logs_nothing_personal(tmp_path, http_emulator):
    emulator = http_emulator.emulator
    replied = asyncio.Event()
    emulator.add_listener(lambda event: replied.set())
    process = await start_bot(
        {
            "TELEGRAM_BOT_TOKEN": emulator.token,
            "TELEGRAM_API_URL": http_emulator.base_url,
            "BOT_DATA_DIR": str(tmp_path),
            "BOT_LOG_LEVEL": "DEBUG",
        }
    )
    try:
        alice = emulator.user("alice", first_name="Zainab")
        await alice.send("/start")
        async with asyncio.timeout(30):
            await replied.wait()
        assert alice.texts()[0].startswith("Welcome, Zainab.")
    finally:
        process.send_signal(signal.SIGTERM)
        async with asyncio.timeout(30):
            output, _ = await process.communicate()
    assert process.returncode == 0
    log = output.decode()
    assert "bot running" in log
    for secret in (emulator.token, "Zainab", str(alice.id), "Welcome"):
        assert secret not in log
