"""The local health endpoint: GET /healthz (the process answers) and GET /readyz (it can keep
people safe right now; 503 with the failing checks when not). Nothing about any person is in
either answer, and it listens on loopback unless BOT_HEALTH_HOST says otherwise."""

from __future__ import annotations

import socket
from dataclasses import dataclass

from aiohttp import web

from bot.errors import StartupError
from bot.health.monitor import HealthMonitor

_MONITOR = web.AppKey("monitor", HealthMonitor)


@dataclass
class RunningHealthServer:
    port: int
    _runner: web.AppRunner

    async def stop(self) -> None:
        await self._runner.cleanup()


async def _healthz(request: web.Request) -> web.Response:
    return web.json_response({"alive": True})


async def _readyz(request: web.Request) -> web.Response:
    readiness = await request.app[_MONITOR].readiness()
    body = {
        "ready": readiness.ready,
        "failing": {check.value: reason for check, reason in readiness.failing.items()},
    }
    return web.json_response(body, status=200 if readiness.ready else 503)


async def start_health_server(monitor: HealthMonitor, host: str, port: int) -> RunningHealthServer:
    """Serve until `stop`; port 0 picks a free one (tests), reported in the result."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        family, _, _, _, address = infos[0]
        sock = socket.socket(family, socket.SOCK_STREAM)
    except OSError as error:
        raise StartupError(
            f"BOT_HEALTH_HOST {host} cannot be used for the health endpoint "
            f"({type(error).__name__}). Use 127.0.0.1, or leave it unset."
        ) from None
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(address)
    except OSError as error:
        sock.close()
        reason = error.strerror or type(error).__name__
        raise StartupError(
            f"The health endpoint cannot listen on {host}:{port} ({reason}). Another program "
            "may use that port: choose another BOT_HEALTH_PORT, or leave it unset to run "
            "without the endpoint."
        ) from None
    app = web.Application()
    app[_MONITOR] = monitor
    app.router.add_get("/healthz", _healthz)
    app.router.add_get("/readyz", _readyz)
    runner = web.AppRunner(app, access_log=None, shutdown_timeout=1)
    await runner.setup()
    await web.SockSite(runner, sock).start()
    return RunningHealthServer(int(sock.getsockname()[1]), runner)
