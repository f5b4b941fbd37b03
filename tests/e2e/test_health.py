"""Health (issue 16, item 4): /healthz and /readyz on a local port, and the heartbeat to a
monitor (a local HTTP listener here).

The bot runs as in production (`serve`, long polling, the delivery loop) against the
in-process emulator, on the harness's fake clock."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import timedelta

import aiohttp
import pytest
from aiohttp import web

from bot.errors import StartupError
from bot.health.server import start_health_server
from tests.e2e.serving import WITHIN, Serving, serving_bot, sos_texts
from tests.faults import refuse_reads


@dataclass
class Monitor:
    """A stand-in for healthchecks.io or Uptime Kuma: counts the pings it gets."""

    url: str
    pings: list[str] = field(default_factory=list)
    status: int = 200


@pytest.fixture
async def monitor() -> AsyncIterator[Monitor]:
    record = Monitor(url="")

    async def ping(request: web.Request) -> web.Response:
        record.pings.append(request.method)
        return web.Response(status=record.status, text="OK")

    app = web.Application()
    app.router.add_get("/ping/abc", ping)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = runner.addresses[0][1]
    record.url = f"http://127.0.0.1:{port}/ping/abc"
    yield record
    await runner.cleanup()


@pytest.fixture
async def serving(tmp_path, monitor) -> AsyncIterator[Serving]:
    async with serving_bot(
        tmp_path / "data", BOT_HEALTH_PORT="0", BOT_HEARTBEAT_URL=monitor.url
    ) as running:
        yield running


async def get(serving: Serving, path: str) -> tuple[int, dict[str, object]]:
    server = serving.app.bot_data.health_server
    assert server is not None
    url = f"http://127.0.0.1:{server.port}{path}"
    async with aiohttp.ClientSession() as session, session.get(url) as response:
        return response.status, await response.json()


async def stall_distress(serving: Serving) -> None:
    """An SOS that nothing sends: the delivery loop stopped, and a minute and more passes."""
    delivery = serving.app.bot_data.delivery
    assert delivery is not None
    async with asyncio.timeout(WITHIN):  # `serve` starts the loop a moment after the first poll
        await serving.app.bot_data.running.wait()
    await delivery.stop()
    await serving.net.alice.send("/sos")
    await serving.settle()
    serving.harness.clock.advance(timedelta(minutes=2))


async def test_healthz_answers_and_readyz_is_ready_once_telegram_answered(serving):
    assert await get(serving, "/healthz") == (200, {"alive": True})
    status, body = await get(serving, "/readyz")
    assert (status, body) == (200, {"ready": True, "failing": {}})


async def test_readyz_reports_a_distress_message_that_waits_too_long(serving):
    await stall_distress(serving)
    status, body = await get(serving, "/readyz")
    assert status == 503
    assert body["ready"] is False
    failing = body["failing"]
    assert isinstance(failing, dict)
    assert "distress" in failing
    assert "Alice" not in str(body)
    assert "sos" not in str(body).lower()


async def test_readyz_reports_a_database_that_does_not_answer(serving):
    services = serving.app.bot_data.services
    assert services is not None
    fault = await refuse_reads(services.database, "meta", times=1)
    status, body = await get(serving, "/readyz")
    assert fault.refused == 1
    assert status == 503
    assert "database" in body["failing"]  # type: ignore[operator]
    assert await get(serving, "/readyz") == (200, {"ready": True, "failing": {}})


async def test_the_heartbeat_pings_while_ready_and_is_withheld_when_not(serving, monitor):
    heartbeat = serving.app.bot_data.heartbeat
    assert heartbeat is not None
    await heartbeat.beat()
    assert monitor.pings == ["GET"]
    await stall_distress(serving)
    await heartbeat.beat()
    assert monitor.pings == ["GET"]  # the monitor now hears nothing, and tells a person
    assert heartbeat.pings_withheld == 1
    delivery = serving.app.bot_data.delivery
    assert delivery is not None
    delivery.start()
    await serving.until(lambda: len(sos_texts(serving.net.bob.texts())) == 1)
    await serving.net.alice.send("/start")  # Telegram answers a poll again
    await serving.settle()
    await heartbeat.beat()
    assert monitor.pings == ["GET", "GET"]


async def test_a_monitor_that_refuses_the_ping_is_counted_and_nothing_stops(serving, monitor):
    heartbeat = serving.app.bot_data.heartbeat
    assert heartbeat is not None
    monitor.status = 500
    await heartbeat.beat()
    assert heartbeat.pings_failed == 1
    await serving.net.alice.send("/sos")
    await serving.until(lambda: len(sos_texts(serving.net.bob.texts())) == 1)


async def test_a_port_in_use_is_a_clear_start_up_error(serving):
    server = serving.app.bot_data.health_server
    monitor = serving.app.bot_data.health
    assert server is not None
    assert monitor is not None
    with pytest.raises(StartupError, match="BOT_HEALTH_PORT"):
        await start_health_server(monitor, "127.0.0.1", server.port)


async def test_within_the_bound_a_stop_still_stops_with_the_endpoint_running(serving):
    serving.stop.set()
    async with asyncio.timeout(WITHIN):
        await serving.task
