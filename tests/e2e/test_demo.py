"""`make demo` end to end: the console, the HTTP emulator and the real bot in one process."""

import asyncio
import os
import sys
from pathlib import Path

from storage.db import database_files

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = "@alice /start\n/help\n@bob /start\n@alice /start\n:users\n"


async def start_demo(data_dir: Path, **env: str) -> asyncio.subprocess.Process:
    """`python -m bot demo`, typed into through a pipe."""
    return await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        "demo",
        "--data-dir",
        str(data_dir),
        cwd=ROOT,
        env={"PATH": os.environ["PATH"], **env},
        stdin=asyncio.subprocess.PIPE,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
    )


async def test_two_people_start_the_bot_in_the_demo_and_their_names_stay_encrypted(tmp_path):
    data = tmp_path / "demo"
    process = await start_demo(data)
    async with asyncio.timeout(60):
        output_bytes, _ = await process.communicate(SCRIPT.encode())
    output = output_bytes.decode()
    assert process.returncode == 0, output
    assert "[bot → alice] Welcome, Alice." in output
    assert "[bot → bob] Welcome, Bob." in output
    assert "[bot → alice] Welcome back, Alice." in output
    assert "this list" in output
    assert "Traceback" not in output
    stored = b"".join(f.read_bytes() for f in database_files(data / "bot.db") if f.exists())
    assert stored, "the demo wrote no database"
    assert b"Alice" not in stored
    assert b"111000001" not in stored


async def test_in_the_demo_a_contact_accepts_then_answers_an_sos(tmp_path):
    """Typed like a person would: the link the bot prints is pasted as the contact, who then
    receives the defender's SOS and takes it on."""
    import re

    process = await start_demo(tmp_path / "demo")
    assert process.stdin is not None
    assert process.stdout is not None
    seen: list[str] = []

    async def type_line(line: str) -> None:
        process.stdin.write(f"{line}\n".encode())
        await process.stdin.drain()

    async def read_until(pattern: str) -> re.Match[str]:
        while True:
            line = (await process.stdout.readline()).decode()
            assert line, "the demo ended early:\n" + "".join(seen)
            seen.append(line)
            if found := re.search(pattern, line):
                return found

    async with asyncio.timeout(60):
        await read_until(r"You are alice")
        for line in ("@alice /start", "@bob /start", "@alice /invite", "Bob", "#1", "#1"):
            await type_line(line)
        link = (await read_until(r"(https://t\.me/\S+\?start=\S+)"))[1]
        await type_line(f"@bob {link}")
        await read_until(r"\[1\] ✅ Accept")
        await type_line("#1")
        await read_until(r"\[bot → alice\] .*accepted")
        await type_line("@alice /sos at the border post")
        await read_until(r"\[bot → bob\] .*SOS: Alice needs help now")
        await read_until(r"\[1\] 🙋 I'm on it")
        await type_line("@bob")
        await type_line("#1")
        await read_until(r"\[bot → alice\] .*Bob is on it")
        await type_line(":quit")
        await process.wait()
    assert process.returncode == 0


async def test_in_the_demo_a_defender_browses_and_searches_the_rights_information(tmp_path):
    script = "@alice /start\n/rights\n#1\n#1\n#1\npassport\n:quit\n"
    process = await start_demo(tmp_path / "demo")
    async with asyncio.timeout(60):
        output_bytes, _ = await process.communicate(script.encode())
    output = output_bytes.decode()
    assert process.returncode == 0, output
    assert "Your rights" in output
    assert "[1] Immigration detention" in output
    assert "Your rights if immigration authorities detain you" in output
    assert "Page 2 of " in output  # the first button of page 1 is Next
    assert "Articles for “passport”:" in output
    assert "Your passport and documents are yours" in output
    assert "Traceback" not in output


async def run_script(data_dir: Path, script: str, **env: str) -> tuple[int | None, str]:
    process = await start_demo(data_dir, **env)
    async with asyncio.timeout(60):
        output_bytes, _ = await process.communicate(script.encode())
    return process.returncode, output_bytes.decode()


async def test_a_demo_after_a_demo_on_the_same_data_is_answered_in_full(tmp_path):
    """Issue 18: the second emulator numbered its updates from 1 again, and the bot dropped
    most of them as replays of updates it had already handled."""
    data = tmp_path / "demo"
    script = "@alice /start\n" + "/help\n" * 10
    first_code, first = await run_script(data, script)
    assert first_code == 0, first
    second_code, second = await run_script(data, script)
    assert second_code == 0, second
    assert "[bot → alice] Welcome back, Alice." in second
    assert second.count("this list") == 10, second
    assert "Traceback" not in second


async def test_the_demo_takes_the_bots_settings_from_the_environment(tmp_path):
    code, output = await run_script(tmp_path / "demo", ":quit\n", BOT_ACK_TIMEOUT="often")
    assert code == 2, output
    assert "BOT_ACK_TIMEOUT must be a duration" in output
