"""Turn Bot API request parameters back into Python values.

python-telegram-bot sends every parameter as a string: values that are strings in Python go
out raw, everything else is JSON-encoded (see ``RequestData.json_parameters``). The real Bot
API knows each parameter's type; the emulator only needs to know which ones are free text, so
that a message text such as ``"42"`` or ``"null"`` is not mistaken for JSON.
"""

import json
from collections.abc import Mapping
from typing import Any

from bot.emulator.models import bad_request

PLAIN_STRING_FIELDS: frozenset[str] = frozenset(
    {
        "action",
        "address",
        "business_connection_id",
        "callback_query_id",
        "caption",
        "caption_parse_mode",
        "currency",
        "custom_title",
        "description",
        "emoji",
        "first_name",
        "foursquare_id",
        "foursquare_type",
        "google_place_id",
        "google_place_type",
        "inline_message_id",
        "invite_link",
        "ip_address",
        "language_code",
        "last_name",
        "message_effect_id",
        "name",
        "next_offset",
        "parse_mode",
        "payload",
        "phone_number",
        "query",
        "question",
        "question_parse_mode",
        "secret_token",
        "short_description",
        "start_parameter",
        "text",
        "title",
        "url",
    }
)


def decode_params(raw: Mapping[str, str]) -> dict[str, Any]:
    """Decode PTB's string-only parameters into the values the bot meant to send.

    Free-text fields stay as they are; every other value is parsed as JSON when it is JSON,
    so ``chat_id="123"`` becomes ``123`` while ``chat_id="@name"`` stays a string.
    """
    decoded: dict[str, Any] = {}
    for key, value in raw.items():
        if key in PLAIN_STRING_FIELDS:
            decoded[key] = value
            continue
        try:
            decoded[key] = json.loads(value)
        except ValueError:
            decoded[key] = value
    return decoded


class Params:
    """Typed, Telegram-worded access to one request's decoded parameters."""

    def __init__(self, values: Mapping[str, Any]) -> None:
        self.values = values

    def get(self, name: str) -> Any:
        return self.values.get(name)

    def has(self, name: str) -> bool:
        return self.values.get(name) is not None

    def req_int(self, name: str) -> int:
        value = self.opt_int(name)
        if value is None:
            raise bad_request(f"{name} is empty")
        return value

    def opt_int(self, name: str) -> int | None:
        value = self.values.get(name)
        if value is None:
            return None
        if isinstance(value, bool):
            raise bad_request(f'field "{name}" must be of type Integer')
        if isinstance(value, int):
            return value
        if isinstance(value, str) and value.lstrip("-").isdigit():
            return int(value)
        raise bad_request(f'field "{name}" must be of type Integer')

    def req_float(self, name: str) -> float:
        value = self.values.get(name)
        if value is None:
            raise bad_request(f"{name} is empty")
        if isinstance(value, int | float) and not isinstance(value, bool):
            return float(value)
        raise bad_request(f'field "{name}" must be of type Float')

    def opt_str(self, name: str) -> str | None:
        value = self.values.get(name)
        if value is None:
            return None
        return value if isinstance(value, str) else json.dumps(value)

    def flag(self, name: str) -> bool:
        value = self.values.get(name)
        return value is True or value == "true"

    def chat_id(self) -> int | str:
        value = self.values.get("chat_id")
        if value is None or value == "":
            raise bad_request("chat_id is empty")
        if isinstance(value, bool) or not isinstance(value, int | str):
            raise bad_request("chat not found")
        return value
