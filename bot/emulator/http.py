"""The emulator behind a real HTTP server on loopback, for ``make demo`` and socket tests.

The bot then runs exactly as in production, with PTB's default HTTPX transport and only
``base_url`` changed. The server binds to loopback only: it impersonates Telegram for a bot
token, and nothing outside this machine has any business talking to it.
"""

import ipaddress
import json
import socket
from dataclasses import dataclass
from typing import Any

from aiohttp import web

from bot.emulator.core import BotApiEmulator
from bot.emulator.params import decode_params

_EMULATOR_KEY = web.AppKey("emulator", BotApiEmulator)


@dataclass
class RunningEmulator:
    """A started HTTP emulator; pass ``base_url`` to ``ApplicationBuilder().base_url``."""

    emulator: BotApiEmulator
    host: str
    port: int
    _runner: web.AppRunner

    @property
    def base_url(self) -> str:
        return f"http://{self._netloc}/bot"

    @property
    def base_file_url(self) -> str:
        return f"http://{self._netloc}/file/bot"

    @property
    def _netloc(self) -> str:
        return f"[{self.host}]:{self.port}" if ":" in self.host else f"{self.host}:{self.port}"

    async def stop(self) -> None:
        """End waiting long polls, then close the server."""
        await self.emulator.release_pollers()
        await self._runner.cleanup()


async def start_http_emulator(
    emulator: BotApiEmulator, host: str = "127.0.0.1", port: int = 0
) -> RunningEmulator:
    """Serve ``emulator`` on ``host:port`` (port 0 picks a free one); loopback hosts only."""
    address = _loopback_address(host)
    family = socket.AF_INET6 if address.version == 6 else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((str(address), port))
    except OSError:
        sock.close()
        raise
    app = web.Application()
    app[_EMULATOR_KEY] = emulator
    app.router.add_route("*", "/bot{token}/{method}", _handle_method)
    app.router.add_route("*", "/file/bot{token}/{path:.*}", _handle_file)
    runner = web.AppRunner(app, handler_cancellation=True, access_log=None, shutdown_timeout=1)
    await runner.setup()
    await web.SockSite(runner, sock).start()
    return RunningEmulator(emulator, str(address), sock.getsockname()[1], runner)


def _loopback_address(host: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address:
    if host == "localhost":
        host = "127.0.0.1"
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        raise ValueError(f"the emulator binds to a loopback address only, not {host!r}") from None
    if not address.is_loopback:
        raise ValueError(f"the emulator binds to a loopback address only, not {host!r}")
    return address


async def _handle_method(request: web.Request) -> web.Response:
    try:
        raw = await _read_params(request)
    except ValueError as error:
        body = {"ok": False, "error_code": 400, "description": f"Bad Request: {error}"}
        return web.json_response(body, status=400)
    emulator = request.app[_EMULATOR_KEY]
    status, body = await emulator.call(
        request.match_info["token"], request.match_info["method"], decode_params(raw)
    )
    return web.json_response(body, status=status)


async def _handle_file(request: web.Request) -> web.Response:
    body = {"ok": False, "error_code": 404, "description": "Not Found: files are not emulated"}
    return web.json_response(body, status=404)


async def _read_params(request: web.Request) -> dict[str, str]:
    """Collect parameters from the query string and a JSON, urlencoded or multipart body."""
    raw: dict[str, str] = dict(request.query)
    if not request.can_read_body:
        return raw
    if request.content_type == "application/json":
        try:
            body: Any = json.loads(await request.text())
        except ValueError as error:
            raise ValueError("can't parse JSON object") from error
        if not isinstance(body, dict):
            raise ValueError("can't parse JSON object")
        raw.update(
            {
                key: value if isinstance(value, str) else json.dumps(value)
                for key, value in body.items()
            }
        )
        return raw
    form = await request.post()
    for key, value in form.items():
        if isinstance(value, str):
            raw[key] = value
        elif isinstance(value, web.FileField):
            raw[key] = f"<file {value.filename}>"
    return raw
