"""The bot's side of the Bot API connection.

python-telegram-bot asks for the next batch of updates as soon as it has queued the last one,
and asking confirms the last batch to Telegram: a crash before those updates were handled
would lose them (an SOS among them). `UpdateSanitizingRequest.before_polling` makes it wait
until they were.

python-telegram-bot parses a whole getUpdates batch at once; one update it cannot parse raises
out of its polling loop, and the same batch comes back on every retry, so polling stops for
everyone. `UpdateSanitizingRequest` checks each update first and replaces one that cannot be
read by an empty update with the same id: the offset moves past it and the rest flows.
"""

from __future__ import annotations

import copy
import json
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from telegram import Update
from telegram._utils.defaultvalue import DEFAULT_NONE
from telegram._utils.types import ODVInput
from telegram.request import BaseRequest, RequestData

log = logging.getLogger(__name__)

MAX_UPDATE_ID = 2**53  # the largest integer every JSON reader keeps exact


def sanitize_updates(payload: bytes) -> bytes:
    try:
        body = json.loads(payload)
    except ValueError:
        return payload
    results = body.get("result") if isinstance(body, dict) else None
    if not isinstance(results, list):
        return payload
    readable: list[Any] = []
    for raw in results:
        update_id = raw.get("update_id") if isinstance(raw, dict) else None
        if not usable_update_id(update_id):
            log.warning("an update without a usable id was dropped")
            continue
        try:
            Update.de_json(copy.deepcopy(raw), None)
        except Exception as error:  # any parse failure would stop polling; see module doc
            log.warning("update %s unreadable (%s); skipped", update_id, type(error).__name__)
            raw = {"update_id": update_id}
        readable.append(raw)
    body["result"] = readable
    return json.dumps(body).encode()


def usable_update_id(update_id: object) -> bool:
    """A whole number Telegram could send: not a bool, a string or a list, and small enough
    for the database's 64-bit integers (Telegram's own are far smaller)."""
    return type(update_id) is int and 0 <= update_id < MAX_UPDATE_ID


class UpdateSanitizingRequest(BaseRequest):
    """Wraps the request object used for getUpdates; every other call passes through."""

    def __init__(self, inner: BaseRequest) -> None:
        self._inner = inner
        # Awaited before each getUpdates: asking for the next batch confirms the last one to
        # Telegram, so it must wait until every update fetched so far has been handled.
        self.before_polling: Callable[[], Awaitable[None]] | None = None
        # Awaited after each getUpdates that Telegram answered (the token watch listens).
        self.after_polling: Callable[[], Awaitable[None]] | None = None

    @property
    def read_timeout(self) -> float | None:
        return self._inner.read_timeout

    async def initialize(self) -> None:
        await self._inner.initialize()

    async def shutdown(self) -> None:
        await self._inner.shutdown()

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
        polling = url.rstrip("/").endswith("/getUpdates")
        if polling and self.before_polling is not None:
            await self.before_polling()
        status, payload = await self._inner.do_request(
            url, method, request_data, read_timeout, write_timeout, connect_timeout, pool_timeout
        )
        if status == 200 and polling:
            payload = sanitize_updates(payload)
            if self.after_polling is not None:
                await self.after_polling()
        return status, payload
