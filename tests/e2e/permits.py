"""Proof that nothing the bot sends goes around the pacer: a request object put where the
network would be, under everything the bot has, counting what reaches it.

A call that writes to a chat (anything with a chat id that is not a `get…`) must hold a pacer
permit when it arrives here; one that does not went around the pacer.
"""

from __future__ import annotations

from telegram._utils.defaultvalue import DEFAULT_NONE
from telegram._utils.types import ODVInput
from telegram.request import RequestData

from bot.delivery.paced_request import api_method, holding_permit
from bot.wrapped_request import WrappedRequest


class PermitWatch(WrappedRequest):
    def __init__(self, inner) -> None:
        super().__init__(inner)
        self.permitted = 0
        self.unpermitted: list[str] = []  # method names

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: ODVInput[float] = DEFAULT_NONE,
        write_timeout: ODVInput[float] = DEFAULT_NONE,
        connect_timeout: ODVInput[float] = DEFAULT_NONE,
        pool_timeout: ODVInput[float] = DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        name = api_method(url)
        writes = request_data is not None and "chat_id" in request_data.parameters
        if writes and not name.startswith("get"):
            if holding_permit.get():
                self.permitted += 1
            else:
                self.unpermitted.append(name)
        timeouts = (read_timeout, write_timeout, connect_timeout, pool_timeout)
        return await self._inner.do_request(url, method, request_data, *timeouts)
