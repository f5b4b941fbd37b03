"""Sending one outbox message through Telegram, with failures sorted by what to do next."""

from __future__ import annotations

from datetime import timedelta
from enum import StrEnum
from typing import Protocol

from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, Location
from telegram.constants import ParseMode
from telegram.error import (
    BadRequest,
    ChatMigrated,
    Forbidden,
    NetworkError,
    RetryAfter,
    TelegramError,
)

from bot.domain.outbound import (
    CopiedMessage,
    OutboundMessage,
    RedactAction,
    Redaction,
    SharedLocation,
)

# BadRequest descriptions that mean we cannot write to the chat, not that the message was wrong.
_CHAT_GONE = (
    "chat not found",
    "user not found",
    "peer_id_invalid",
    "user is deactivated",
    "not enough rights",
    "have no rights to send",
    "chat_write_forbidden",
)
# Taking a message away is done when Telegram says it is already so: edited to the same text,
# already deleted (by its reader, or by an earlier try), a live location already stopped.
_GONE = ("message not found", "message_id_invalid")
_ALREADY_DONE = {
    RedactAction.STUB: ("not modified", "message to edit not found", *_GONE),
    RedactAction.DELETE: ("message to delete not found", *_GONE),
    RedactAction.STOP: (
        "not modified",
        "message to edit not found",
        "message can't be edited",
        *_GONE,
    ),
}


class FailureKind(StrEnum):
    RECIPIENT_GONE = "recipient-gone"  # blocked the bot, deleted, chat not found: escalate
    REJECTED = "rejected"  # Telegram refused this message: retrying will not help
    CHAT_MOVED = "chat-moved"  # a group became a supergroup: same people, new chat id
    RATE_LIMITED = "rate-limited"  # RetryAfter: this chat, later
    TRANSIENT = "transient"  # network trouble, timeouts, 5xx: retry with backoff


class DeliveryError(Exception):
    def __init__(
        self,
        kind: FailureKind,
        retry_after: timedelta | None = None,
        new_chat_id: int | None = None,
    ) -> None:
        super().__init__(kind.value)
        self.kind = kind
        self.retry_after = retry_after
        self.new_chat_id = new_chat_id


class Transport(Protocol):
    async def send(self, chat_id: int, message: OutboundMessage, moving: int | None = None) -> int:
        """Deliver and return the message id; raise DeliveryError otherwise. `moving`: the
        id of the live location message that `message.location` moves."""
        ...


def classify(error: TelegramError) -> DeliveryError:
    # Order matters: in python-telegram-bot, BadRequest is a NetworkError.
    if isinstance(error, RetryAfter):
        wait = error.retry_after
        seconds = wait.total_seconds() if isinstance(wait, timedelta) else float(wait)
        return DeliveryError(FailureKind.RATE_LIMITED, timedelta(seconds=seconds))
    if isinstance(error, ChatMigrated):
        return DeliveryError(FailureKind.CHAT_MOVED, new_chat_id=error.new_chat_id)
    if isinstance(error, Forbidden):
        return DeliveryError(FailureKind.RECIPIENT_GONE)
    if isinstance(error, BadRequest):
        gone = any(marker in error.message.lower() for marker in _CHAT_GONE)
        return DeliveryError(FailureKind.RECIPIENT_GONE if gone else FailureKind.REJECTED)
    if isinstance(error, NetworkError):
        return DeliveryError(FailureKind.TRANSIENT)
    return DeliveryError(FailureKind.TRANSIENT)


class TelegramTransport:
    def __init__(self, bot: Bot) -> None:
        self._bot = bot

    async def send(self, chat_id: int, message: OutboundMessage, moving: int | None = None) -> int:
        try:
            if message.redact is not None:
                return await self._redact(chat_id, message.redact, message.text)
            if message.location is not None:
                return await self._send_location(chat_id, message.location, moving)
            if moving is not None:
                return await self._edit_text(chat_id, message, moving)
            if message.copy_of is not None:
                return await self._copy(chat_id, message.copy_of, message.protect_content)
            return await self._send_text(chat_id, message)
        except TelegramError as error:
            raise classify(error) from None

    async def _send_location(
        self, chat_id: int, location: SharedLocation, moving: int | None
    ) -> int:
        if moving is not None:
            try:
                # As a Location: python-telegram-bot takes a 0.0 latitude or longitude
                # passed on its own for a missing one (the equator, the Greenwich meridian).
                point = Location(longitude=location.longitude, latitude=location.latitude)
                await self._bot.edit_message_live_location(chat_id, moving, location=point)
            except BadRequest as error:
                # Same place as before: the map already shows it.
                if "not modified" not in error.message.lower():
                    raise
            return moving
        sent = await self._bot.send_location(
            chat_id,
            latitude=location.latitude,
            longitude=location.longitude,
            live_period=location.live_seconds,
            protect_content=True,
        )
        return sent.message_id

    async def _edit_text(self, chat_id: int, message: OutboundMessage, moving: int) -> int:
        """Rewrite a message sent earlier (an alert that now has a location), buttons kept;
        with no text, only take its buttons away (the alert was closed)."""
        if not message.text:
            return await self._remove_buttons(chat_id, moving)
        try:
            await self._bot.edit_message_text(
                message.text,
                chat_id=chat_id,
                message_id=moving,
                parse_mode=ParseMode.HTML,
                reply_markup=_markup(message),
            )
        except BadRequest as error:
            if "not modified" not in error.message.lower():
                raise
        return moving

    async def _remove_buttons(self, chat_id: int, moving: int) -> int:
        try:
            await self._bot.edit_message_reply_markup(chat_id, moving, reply_markup=None)
        except BadRequest as error:
            # Already without buttons, or deleted meanwhile (auto-delete): nothing to take away.
            message = error.message.lower()
            if "not modified" not in message and "not found" not in message:
                raise
        return moving

    async def _redact(self, chat_id: int, redaction: Redaction, stub: str) -> int:
        """Take an earlier message away; done too when it was already so (see above)."""
        message_id, action = redaction.message_id, redaction.action
        try:
            if action is RedactAction.STUB:
                await self._bot.edit_message_text(
                    stub, chat_id=chat_id, message_id=message_id, parse_mode=ParseMode.HTML
                )
            elif action is RedactAction.DELETE:
                await self._bot.delete_message(chat_id, message_id)
            else:
                await self._bot.stop_message_live_location(chat_id, message_id)
        except BadRequest as error:
            found = error.message.lower()
            if any(marker in found for marker in _ALREADY_DONE[action]):
                return message_id
            if action is not RedactAction.STUB:
                raise
            # A text Telegram will not edit goes whole, if it still may.
            try:
                await self._bot.delete_message(chat_id, message_id)
            except BadRequest:
                raise error from None
        return message_id

    async def _copy(self, chat_id: int, copied: CopiedMessage, protect: bool) -> int:
        sent = await self._bot.copy_message(
            chat_id, copied.from_chat_id, copied.message_id, protect_content=protect
        )
        return sent.message_id

    async def _send_text(self, chat_id: int, message: OutboundMessage) -> int:
        markup = (
            InlineKeyboardMarkup(
                [
                    [InlineKeyboardButton(label, callback_data=data) for label, data in line]
                    for line in message.buttons
                ]
            )
            if message.buttons
            else None
        )
        sent = await self._bot.send_message(
            chat_id,
            message.text,
            parse_mode=ParseMode.HTML,
            reply_markup=markup,
            protect_content=message.protect_content,
        )
        return sent.message_id


def _markup(message: OutboundMessage) -> InlineKeyboardMarkup | None:
    if not message.buttons:
        return None
    return InlineKeyboardMarkup(
        [
            [InlineKeyboardButton(label, callback_data=data) for label, data in line]
            for line in message.buttons
        ]
    )
