"""Speaking to one user: their language and disguise, their buttons, messages the bot can
delete later. Feature handlers use these instead of calling the Bot API directly."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from telegram import (
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    KeyboardButton,
    Message,
    ReplyKeyboardMarkup,
)
from telegram.error import BadRequest, Forbidden, TelegramError

from bot.context import BotContext
from bot.domain.interaction import ButtonAction, SentMessage
from bot.domain.users import User

Row = Sequence[tuple[str, ButtonAction]]

MAIN_KEYBOARD_KEYS = (("keyboard-sos", "keyboard-safe"), ("keyboard-rights", "keyboard-menu"))


def say(context: BotContext, user: User, message_id: str, /, **args: Any) -> str:
    """A catalogue message in the user's language, neutral when disguise mode is on."""
    return context.services.translate(
        user.language, message_id, disguise=user.settings.disguise, **args
    )


async def inline_buttons(
    context: BotContext, user: User, rows: Sequence[Row], *, single_use: bool = True
) -> InlineKeyboardMarkup:
    """Buttons only `user` can press; their callback data is an opaque reference."""
    actions = [action for row in rows for _, action in row]
    return _markup(rows, await context.services.buttons.issue(user, actions, single_use=single_use))


async def coordinator_buttons(context: BotContext, rows: Sequence[Row]) -> InlineKeyboardMarkup:
    """Buttons any coordinator may press (in their chat, or privately from /alerts)."""
    actions = [action for row in rows for _, action in row]
    return _markup(rows, await context.services.buttons.issue_for_coordinators(actions))


def _markup(rows: Sequence[Row], callback_data: list[str]) -> InlineKeyboardMarkup:
    data = iter(callback_data)
    return InlineKeyboardMarkup(
        [
            [InlineKeyboardButton(label, callback_data=next(data)) for label, _ in row]
            for row in rows
        ]
    )


def main_keyboard(context: BotContext, user: User) -> ReplyKeyboardMarkup:
    """The persistent keyboard: SOS, I'm safe, Rights, Menu (neutral words in disguise), and
    a button that shares the phone's location (passed on only while an alert is open)."""
    rows: list[list[KeyboardButton]] = [
        [KeyboardButton(say(context, user, key)) for key in row] for row in MAIN_KEYBOARD_KEYS
    ]
    rows.insert(
        1, [KeyboardButton(say(context, user, "keyboard-share-location"), request_location=True)]
    )
    return ReplyKeyboardMarkup(rows, resize_keyboard=True, is_persistent=True)


async def send(
    context: BotContext,
    user: User,
    text: str,
    *,
    markup: InlineKeyboardMarkup | ReplyKeyboardMarkup | None = None,
    sensitive: bool = False,
    shareable: bool = False,
) -> Message:
    """Send to the user's private chat and remember the message for auto-delete and /wipe.

    Sensitive messages (card, contact lists, alert details) are deleted after the user's
    auto-delete delay and cannot be forwarded or saved, unless `shareable`: an invitation link
    must be forwarded, yet must not stay on a phone that may be seized.
    """
    message = await context.bot.send_message(
        user.chat_id, text, reply_markup=markup, protect_content=sensitive and not shareable
    )
    await context.services.messages.record(
        user, user.chat_id, message.message_id, sensitive=sensitive
    )
    return message


async def delete_their_message_later(
    context: BotContext, user: User, message: Message | None
) -> None:
    """What the user sent that is as sensitive as what the bot shows (SOS words, words and
    files during an alert, a note, a search): deleted with the bot's sensitive messages after
    the user's auto-delete delay, and by /wipe."""
    if message is not None:
        await context.services.messages.record(
            user, message.chat_id, message.message_id, sensitive=True
        )


async def delete_their_message(context: BotContext, user: User, message: Message | None) -> None:
    """Take what the user typed out of the chat at once (a PIN, a card field, an invitation
    label, the wipe word); on network trouble, the auto-delete job tries again."""
    if message is None:
        return
    sent = SentMessage("", user.id, message.chat_id, message.message_id)
    if await delete_quietly(context, [sent]):
        await context.services.messages.retry_deletion(user, sent.chat_id, sent.message_id)


async def delete_quietly(context: BotContext, messages: Sequence[SentMessage]) -> list[SentMessage]:
    """Delete the bot's messages; return those to try again later (network trouble).

    Telegram refuses messages older than 48 hours, already deleted, or in a chat that blocked
    the bot: those are done with, not retried.
    """
    retry = []
    for sent in messages:
        try:
            await context.bot.delete_message(sent.chat_id, sent.message_id)
        except (BadRequest, Forbidden):
            pass
        except TelegramError:
            retry.append(sent)
    return retry
