"""Every Bot API call that puts something in a chat, changes or removes it waits at the pacer.

`PacedRequest` wraps the request object of the python-telegram-bot `Bot` (every call but
getUpdates, which has its own), under the refusal fallback, so the outbox worker, direct
replies from handlers, jobs and the fallback's own second tries all pass here: nothing the
bot sends can go around it. Calls that send nothing to a chat (getMe, answerCallbackQuery,
setMyCommands) pass at once.

A 429 pauses what it concerns (`SendScheduler.rate_limited`). A call made outside the outbox
(a direct reply, a job) is then tried again once its chat may send, if the wait is short; the
outbox worker retries its own rows, from the database.
"""

from __future__ import annotations

import json
import logging
from contextvars import ContextVar

from telegram._utils.defaultvalue import DEFAULT_NONE
from telegram._utils.types import ODVInput
from telegram.request import BaseRequest, RequestData

from bot.delivery.lanes import sending_lane
from bot.delivery.scheduler import SendScheduler
from bot.wrapped_request import WrappedRequest

log = logging.getLogger(__name__)

PACED_PREFIXES = ("send", "copy", "forward", "edit", "delete", "stop", "pin", "unpin")
# A direct reply told to wait longer than this is not held: the person would not wait either.
RETRY_IN_PLACE_SECONDS = 10.0
RETRIES_IN_PLACE = 2

# True while a call holds a pacer permit: what reaches the transport without one went around.
holding_permit: ContextVar[bool] = ContextVar("holding_permit", default=False)
# Set by the outbox worker: its rows are retried from the database, not here.
retried_by_outbox: ContextVar[bool] = ContextVar("retried_by_outbox", default=False)


def api_method(url: str) -> str:
    return url.rstrip("/").rpartition("/")[2]


def is_paced(method: str) -> bool:
    return method.startswith(PACED_PREFIXES)


def chat_of(request_data: RequestData | None) -> int | None:
    if request_data is None:
        return None
    chat = request_data.parameters.get("chat_id")
    if isinstance(chat, int):
        return chat
    if isinstance(chat, str) and chat.lstrip("-").isdigit():
        return int(chat)
    return None


def retry_after(payload: bytes) -> float | None:
    try:
        body = json.loads(payload)
    except ValueError:
        return None
    parameters = body.get("parameters") if isinstance(body, dict) else None
    seconds = parameters.get("retry_after") if isinstance(parameters, dict) else None
    return float(seconds) if isinstance(seconds, int | float) else None


class PacedRequest(WrappedRequest):
    def __init__(self, inner: BaseRequest, scheduler: SendScheduler) -> None:
        super().__init__(inner)
        self.scheduler = scheduler

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
        timeouts = (read_timeout, write_timeout, connect_timeout, pool_timeout)
        name = api_method(url)
        if not is_paced(name):
            return await self._inner.do_request(url, method, request_data, *timeouts)
        chat = chat_of(request_data)
        for attempt in range(RETRIES_IN_PLACE + 1):
            await self.scheduler.permit(chat, sending_lane.get())
            token = holding_permit.set(True)
            try:
                status, payload = await self._inner.do_request(url, method, request_data, *timeouts)
            finally:
                holding_permit.reset(token)
            if status != 429:
                return status, payload
            wait = retry_after(payload) or 1.0
            self.scheduler.rate_limited(chat, wait)
            log.warning("%s: 429, retry after %.0f s (attempt %d)", name, wait, attempt + 1)
            if retried_by_outbox.get() or wait > RETRY_IN_PLACE_SECONDS:
                break
        return status, payload
