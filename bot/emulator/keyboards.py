"""Validate ``reply_markup`` the way Telegram does and keep what a user would see.

The four markup kinds behave differently: only an inline keyboard travels with the message
(and comes back in the API result), while a reply keyboard replaces the user's keyboard until
the bot removes it. Limits match the Bot API so an oversized ``callback_data`` fails here
before it fails in production.
"""

from dataclasses import dataclass, field
from typing import Any

from bot.emulator.models import InlineButton, JSONDict, ReplyButton, bad_request

MAX_CALLBACK_DATA_BYTES = 64
_INLINE_ACTIONS = (
    "callback_data",
    "url",
    "web_app",
    "login_url",
    "switch_inline_query",
    "switch_inline_query_current_chat",
    "switch_inline_query_chosen_chat",
    "copy_text",
    "callback_game",
    "pay",
)


@dataclass(frozen=True)
class ReplyMarkup:
    """The parsed ``reply_markup`` of one request; at most one kind is set."""

    inline: list[list[InlineButton]] = field(default_factory=list)
    keyboard: list[list[ReplyButton]] | None = None
    remove_keyboard: bool = False
    force_reply: bool = False


def parse_reply_markup(raw: Any, *, inline_only: bool = False) -> ReplyMarkup:
    """Parse a decoded ``reply_markup`` value; ``None`` means no markup."""
    if raw is None:
        return ReplyMarkup()
    if not isinstance(raw, dict):
        raise bad_request("can't parse reply keyboard markup JSON object")
    if "inline_keyboard" in raw:
        return ReplyMarkup(inline=_parse_inline(raw["inline_keyboard"]))
    if inline_only:
        raise bad_request("inline keyboard expected")
    if "keyboard" in raw:
        return ReplyMarkup(keyboard=_parse_keyboard(raw["keyboard"]))
    if raw.get("remove_keyboard") is True:
        return ReplyMarkup(remove_keyboard=True)
    if raw.get("force_reply") is True:
        return ReplyMarkup(force_reply=True)
    raise bad_request('can\'t find field "inline_keyboard"')


def inline_keyboard_json(rows: list[list[InlineButton]]) -> JSONDict:
    """The ``reply_markup`` Telegram returns with a message that has inline buttons."""
    return {
        "inline_keyboard": [
            [
                {
                    "text": button.text,
                    **({"callback_data": button.callback_data} if button.callback_data else {}),
                    **({"url": button.url} if button.url else {}),
                }
                for button in row
            ]
            for row in rows
        ]
    }


def _rows(raw: Any, what: str) -> list[list[Any]]:
    if not isinstance(raw, list) or not all(isinstance(row, list) for row in raw):
        raise bad_request(f'field "{what}" must be an Array of Arrays')
    return raw


def _parse_inline(raw: Any) -> list[list[InlineButton]]:
    return [[_parse_inline_button(button) for button in row] for row in _rows(raw, "inline")]


def _parse_inline_button(raw: Any) -> InlineButton:
    if not isinstance(raw, dict) or not isinstance(raw.get("text"), str):
        raise bad_request(
            'can\'t parse inline keyboard button: Field "text" must be of type String'
        )
    actions = [key for key in _INLINE_ACTIONS if key in raw]
    if not actions:
        raise bad_request(
            "can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard"
        )
    data = raw.get("callback_data")
    if data is not None and (
        not isinstance(data, str) or not 1 <= len(data.encode()) <= MAX_CALLBACK_DATA_BYTES
    ):
        raise bad_request("BUTTON_DATA_INVALID")
    url = raw.get("url")
    return InlineButton(
        text=raw["text"],
        callback_data=data,
        url=url if isinstance(url, str) else None,
    )


def _parse_keyboard(raw: Any) -> list[list[ReplyButton]]:
    return [[_parse_reply_button(button) for button in row] for row in _rows(raw, "keyboard")]


def _parse_reply_button(raw: Any) -> ReplyButton:
    if isinstance(raw, str):
        return ReplyButton(raw)
    if not isinstance(raw, dict) or not isinstance(raw.get("text"), str):
        raise bad_request('can\'t parse keyboard button: Field "text" must be of type String')
    return ReplyButton(
        text=raw["text"],
        request_location=raw.get("request_location") is True,
        request_contact=raw.get("request_contact") is True,
    )
