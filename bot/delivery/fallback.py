"""A message Telegram refuses for what is in it goes again, in a form Telegram accepts.

A slip in one translation (an unbalanced `<i>`, say) makes Telegram refuse every message built
from it; an SOS must still arrive. Every message the bot sends or edits, outbox and direct
replies alike, passes through `RefusalFallbackRequest`, which wraps the request object of the
python-telegram-bot `Bot`. When Telegram answers 400 for a reason that lies in the message
(entities it cannot parse, too long, a bad button), it sends the same message again:

1. as plain text: the markup stripped, cut to Telegram's length;
2. in English, where the catalogue messages that broke it are known, then that as plain text;
3. as plain text without its buttons, when the buttons were the trouble.

The first that Telegram accepts is the answer python-telegram-bot sees, so the message counts
as delivered and nobody is marked unreachable for our mistake. Refusals that lie with the
recipient (blocked, deactivated, chat not found) pass through unchanged. Whoever listens
(`on_fallback`) is told what was refused, to tell the admins which message to fix.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from telegram._utils.defaultvalue import DEFAULT_NONE
from telegram._utils.types import ODVInput
from telegram.request import BaseRequest, RequestData
from telegram.request._requestparameter import RequestParameter

from bot.content.markup import plain, utf16_length
from bot.wrapped_request import WrappedRequest

log = logging.getLogger(__name__)

# The methods whose text we write; a refusal of anything else is passed on as it is.
TEXT_METHODS = frozenset({"sendMessage", "editMessageText"})
MESSAGE_LIMIT = 4096
CUT = "…"


class Refusal(StrEnum):
    MARKUP = "markup"  # "can't parse entities"
    TOO_LONG = "too-long"  # "message is too long"
    BUTTONS = "buttons"  # "BUTTON_DATA_INVALID", "text buttons are unallowed"…


def refusal_of(description: str) -> Refusal | None:
    """Whether Telegram refused a message for what is in it, and for which part."""
    text = description.lower()
    if "can't parse entities" in text or "can't find end tag" in text:
        return Refusal.MARKUP
    if "message is too long" in text or "text is too long" in text:
        return Refusal.TOO_LONG
    if "button" in text or "reply markup" in text or "inline keyboard" in text:
        return Refusal.BUTTONS
    return None


@dataclass(frozen=True)
class Fallback:
    """A message Telegram refused, and the form in which it then accepted it."""

    method: str
    refusal: Refusal
    sent_as: str  # "plain text", "English", "English, plain text", "plain text, no buttons"
    text: str = field(repr=False)  # the refused text: to find the messages that broke it


Listener = Callable[[Fallback], Awaitable[None]]
# The same text with the catalogue messages that broke it in English; None if not known.
English = Callable[[str], str | None]


def plain_text(html_text: str) -> str:
    """What a reader of `html_text` sees, as plain text within Telegram's length."""
    text = plain(html_text)
    if utf16_length(text) <= MESSAGE_LIMIT:
        return text
    kept, units = [], 0
    for char in text:
        units += utf16_length(char)
        if units > MESSAGE_LIMIT - len(CUT):
            break
        kept.append(char)
    return "".join(kept) + CUT


def _description(payload: bytes) -> str:
    try:
        body = json.loads(payload)
    except ValueError:
        return ""
    found = body.get("description") if isinstance(body, dict) else None
    return found if isinstance(found, str) else ""


def _request(parameters: dict[str, Any]) -> RequestData:
    return RequestData([RequestParameter(name, value, None) for name, value in parameters.items()])


class RefusalFallbackRequest(WrappedRequest):
    """Wraps the request object of every call but getUpdates; see the module doc."""

    def __init__(self, inner: BaseRequest) -> None:
        super().__init__(inner)
        self.on_fallback: Listener | None = None
        self.english: English | None = None

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
        status, payload = await self._inner.do_request(url, method, request_data, *timeouts)
        api_method = url.rstrip("/").rpartition("/")[2]
        if status != 400 or request_data is None or api_method not in TEXT_METHODS:
            return status, payload
        refusal = refusal_of(_description(payload))
        parameters = request_data.parameters
        text = parameters.get("text")
        if refusal is None or not isinstance(text, str) or request_data.contains_files:
            return status, payload
        for sent_as, changed in self._fallbacks(parameters, text, refusal):
            again, answer = await self._inner.do_request(url, method, _request(changed), *timeouts)
            if again == 200:
                log.warning("%s refused (%s); sent as %s", api_method, refusal.value, sent_as)
                await self._tell(Fallback(api_method, refusal, sent_as, text))
                return again, answer
            if again != 400 or refusal_of(_description(answer)) is None:
                return again, answer  # now it is the chat, the network or a rate limit
        log.error("%s refused (%s), and every fallback too", api_method, refusal.value)
        return status, payload

    def _fallbacks(
        self, parameters: dict[str, Any], text: str, refusal: Refusal
    ) -> Iterator[tuple[str, dict[str, Any]]]:
        as_plain = {k: v for k, v in parameters.items() if k not in ("parse_mode", "entities")}
        yield "plain text", {**as_plain, "text": plain_text(text)}
        english = self.english(text) if self.english is not None else None
        if english is not None and english != text:
            if utf16_length(plain(english)) <= MESSAGE_LIMIT:
                yield "English", {**parameters, "text": english}
            yield "English, plain text", {**as_plain, "text": plain_text(english)}
        if refusal is Refusal.BUTTONS and "reply_markup" in parameters:
            without = {k: v for k, v in as_plain.items() if k != "reply_markup"}
            yield "plain text, no buttons", {**without, "text": plain_text(english or text)}

    async def _tell(self, fallback: Fallback) -> None:
        if self.on_fallback is None:
            return
        try:
            await self.on_fallback(fallback)
        except Exception as error:  # telling the admins must never undo a delivery
            log.error("reporting a refused message failed: %s", type(error).__name__)
