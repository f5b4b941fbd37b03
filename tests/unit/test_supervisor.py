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
    failed_twice = asyncio.Event()
    failures = 0

    async def work() -> None:
        nonlocal failures
        failures += 1
        if failures > 2:
            failed_twice.set()
            await asyncio.Event().wait()
        raise ValueError("alice@example.org")

    supervisor = Supervisor("test work", work, first_pause=0.0, max_pause=0.0)
    task = asyncio.create_task(supervisor.run())
    with caplog.at_level(logging.ERROR):
        async with asyncio.timeout(5):
            await failed_twice.wait()
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "ValueError" in logged
    assert "test_supervisor.py" in logged
    assert "alice@example.org" not in logged
