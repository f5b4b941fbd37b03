"""SIGTERM always ends the process within a bound, even when what runs at shutdown hangs."""

import asyncio
import signal
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

HANGING_AFTER_STOP = textwrap.dedent(
    """
    import asyncio
    from bot.runner import stop_on_signals

    async def main():
        stop = asyncio.Event()
        stop_on_signals(stop, hard_exit_after=0.5)
        print("ready", flush=True)
        await stop.wait()
        await asyncio.Event().wait()  # a shutdown step that never ends

    asyncio.run(main())
    """
)


async def test_sigterm_ends_the_process_even_when_its_shutdown_hangs():
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-c",
        HANGING_AFTER_STOP,
        cwd=ROOT,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    assert process.stdout is not None
    async with asyncio.timeout(30):
        assert (await process.stdout.readline()).strip() == b"ready"
        process.send_signal(signal.SIGTERM)
        _, stderr = await process.communicate()
    assert process.returncode == 1
    assert b"took too long" in stderr
