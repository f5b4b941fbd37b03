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

from bot.wrapped_request import WrappedRequest

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
            problem = shape_problem(raw)
        except Exception as error:  # any parse failure would stop polling; see module doc
            problem = type(error).__name__
        if problem is not None:
            log.warning("update %s unreadable (%s); skipped", update_id, problem)
            raw = {"update_id": update_id}
        readable.append(raw)
    body["result"] = readable
    return json.dumps(body).encode()


def batch_size(payload: bytes) -> int:
    try:
        results = json.loads(payload).get("result")
    except (ValueError, AttributeError):
        return 0
    return len(results) if isinstance(results, list) else 0


MESSAGE_KINDS = (
    "message",
    "edited_message",
    "channel_post",
    "edited_channel_post",
    "business_message",
    "edited_business_message",
)


def shape_problem(raw: dict[str, Any]) -> str | None:
    """What makes an update one Telegram could not have sent, in the fields the bot relies on
    (python-telegram-bot parses without checking types: a message id of "x" would be stored,
    and break the auto-delete job for everyone when read back). None when it is fine."""
    for kind in MESSAGE_KINDS:
        if kind in raw and (problem := _message_problem(raw[kind])) is not None:
            return f"{kind}: {problem}"
    if "callback_query" in raw:
        query = raw["callback_query"]
        if not isinstance(query, dict) or not isinstance(query.get("id"), str):
            return "callback_query: no id"
        if not _is_person(query.get("from")):
            return "callback_query: from"
        if not isinstance(query.get("data", ""), str):
            return "callback_query: data"
        if "message" in query and (problem := _message_problem(query["message"])) is not None:
            return f"callback_query: {problem}"
    return None


def _message_problem(message: object) -> str | None:
    if not isinstance(message, dict):
        return "not an object"
    if not _whole(message.get("message_id")) or not _whole(message.get("date")):
        return "message_id or date"
    chat = message.get("chat")
    if not isinstance(chat, dict) or not _whole(chat.get("id")):
        return "chat"
    if "from" in message and not _is_person(message["from"]):
        return "from"
    if not isinstance(message.get("text", ""), str):
        return "text"
    return None


def _is_person(value: object) -> bool:
    return isinstance(value, dict) and _whole(value.get("id"))


def _whole(value: object) -> bool:
    return type(value) is int and -(2**63) <= value < 2**63


def usable_update_id(update_id: object) -> bool:
    """A whole number Telegram could send: not a bool, a string or a list, and small enough
    for the database's 64-bit integers (Telegram's own are far smaller)."""
    return type(update_id) is int and 0 <= update_id < MAX_UPDATE_ID


class UpdateSanitizingRequest(WrappedRequest):
    """Wraps the request object used for getUpdates; every other call passes through."""

    def __init__(self, inner: BaseRequest) -> None:
        super().__init__(inner)
        # Awaited before each getUpdates: asking for the next batch confirms the last one to
        # Telegram, so it must wait until every update fetched so far has been handled.
        self.before_polling: Callable[[], Awaitable[None]] | None = None
        # Awaited after each getUpdates that Telegram answered (the token watch listens).
        self.after_polling: Callable[[], Awaitable[None]] | None = None
        # Called when getUpdates is refused for the token (401): it was revoked.
        self.token_refused: Callable[[], None] | None = None
        # Called with the number of updates each answered getUpdates brought (bot.backlog).
        self.on_batch: Callable[[int], None] | None = None

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
        if status == 401 and polling and self.token_refused is not None:
            self.token_refused()
        if status == 200 and polling:
            payload = sanitize_updates(payload)
            if self.on_batch is not None:
                self.on_batch(batch_size(payload))
            if self.after_polling is not None:
                await self.after_polling()
        return status, payload
