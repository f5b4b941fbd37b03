"""Background work is started again after it fails, and ends only when cancelled."""

import asyncio
import logging

import pytest

from bot.supervisor import Supervisor


async def test_work_that_fails_is_started_again_until_it_runs():
    runs: list[int] = []
    running = asyncio.Event()

    async def work() -> None:
        runs.append(len(runs))
        if len(runs) < 3:
            raise RuntimeError("a passing fault, with a secret value in it")
        running.set()
        await asyncio.Event().wait()

    supervisor = Supervisor("test work", work, first_pause=0.0)
    task = asyncio.create_task(supervisor.run())
    async with asyncio.timeout(5):
        await running.wait()
    assert supervisor.restarts == 2
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task


async def test_a_failure_is_logged_by_type_and_place_only(caplog):
    async def work() -> None:
        raise ValueError("alice@example.org")

    supervisor = Supervisor("test work", work, first_pause=0.0, max_pause=0.0)
    task = asyncio.create_task(supervisor.run())
    with caplog.at_level(logging.ERROR):
        async with asyncio.timeout(5):
            while supervisor.restarts < 2:
                await asyncio.sleep(0)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "ValueError" in logged and "test_supervisor.py" in logged
    assert "alice@example.org" not in logged

