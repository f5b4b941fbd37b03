"""A python-telegram-bot request backend that talks to the emulator without any socket.

PTB funnels every Bot API call through ``BaseRequest.do_request``; answering there keeps the
whole of PTB (parameter encoding, error mapping, update parsing) in the test path while
staying fast and deterministic. Usage::

    ApplicationBuilder().token(emu.token)
        .request(EmulatorRequest(emu)).get_updates_request(EmulatorRequest(emu))
"""

import json
from urllib.parse import urlsplit

from telegram.request import BaseRequest, RequestData

from bot.emulator.core import BotApiEmulator
from bot.emulator.params import decode_params


class EmulatorRequest(BaseRequest):
    """Serve PTB's requests from a ``BotApiEmulator`` in the same event loop."""

    def __init__(self, emulator: BotApiEmulator) -> None:
        self._emulator = emulator

    @property
    def read_timeout(self) -> float | None:
        return None

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: object = None,
        write_timeout: object = None,
        connect_timeout: object = None,
        pool_timeout: object = None,
    ) -> tuple[int, bytes]:
        token, api_method = split_bot_url(url)
        raw = request_data.json_parameters if request_data is not None else {}
        status, body = await self._emulator.call(token, api_method, decode_params(raw))
        return status, json.dumps(body).encode()


def split_bot_url(url: str) -> tuple[str, str]:
    """Split ``<anything>/bot<token>/<method>`` into token and method."""
    path = urlsplit(url).path
    prefix, _, method = path.rpartition("/")
    bot_segment = prefix.rpartition("/")[2]
    if not bot_segment.startswith("bot") or not method:
        raise ValueError(f"not a Bot API URL: {url!r}")
    return bot_segment.removeprefix("bot"), method
