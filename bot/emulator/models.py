"""Plain records the emulator keeps and hands to tests: calls, messages, buttons, faults."""

from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from bot.emulator.users import ScriptedUser

JSONDict = dict[str, Any]


class ApiError(Exception):
    """A Bot API failure, carried up to ``BotApiEmulator.call`` and turned into an envelope."""

    def __init__(self, status: int, description: str, retry_after: int | None = None) -> None:
        super().__init__(description)
        self.status = status
        self.description = description
        self.retry_after = retry_after

    def envelope(self) -> JSONDict:
        body: JSONDict = {"ok": False, "error_code": self.status, "description": self.description}
        if self.retry_after is not None:
            body["parameters"] = {"retry_after": self.retry_after}
        return body


def bad_request(detail: str) -> ApiError:
    """The 400 that Telegram returns for anything wrong with the parameters."""
    return ApiError(400, f"Bad Request: {detail}")


@dataclass(frozen=True)
class ApiCall:
    """One request the bot made, with its parameters decoded, stamped by the injected clock."""

    method: str
    params: dict[str, Any]
    at: datetime


@dataclass(frozen=True)
class InlineButton:
    """One inline keyboard button as the user sees it."""

    text: str
    callback_data: str | None = None
    url: str | None = None


@dataclass(frozen=True)
class ReplyButton:
    """One reply keyboard button; pressing it sends its text (or the location/contact)."""

    text: str
    request_location: bool = False
    request_contact: bool = False


@dataclass(frozen=True)
class Location:
    """A point on the map; ``live_period`` is set for live locations."""

    latitude: float
    longitude: float
    live_period: int | None = None
    heading: int | None = None
    horizontal_accuracy: float | None = None

    def to_api(self) -> JSONDict:
        data: JSONDict = {"latitude": self.latitude, "longitude": self.longitude}
        for key in ("live_period", "heading", "horizontal_accuracy"):
            value = getattr(self, key)
            if value is not None:
                data[key] = value
        return data


MediaKind = Literal[
    "photo", "voice", "video", "video_note", "document", "audio", "animation", "sticker"
]


@dataclass(frozen=True)
class Media:
    """A file a user sent (a photo, a voice note...): only its kind and ids travel."""

    kind: MediaKind
    file_id: str
    file_unique_id: str

    def to_api(self) -> Any:
        """The Bot API object (a photo is a list of sizes; the others one object)."""
        base: JSONDict = {"file_id": self.file_id, "file_unique_id": self.file_unique_id}
        if self.kind == "photo":
            return [{**base, "width": 1280, "height": 960, "file_size": 120_000}]
        extra: dict[str, JSONDict] = {
            "voice": {"duration": 7, "mime_type": "audio/ogg"},
            "video": {"width": 640, "height": 480, "duration": 12},
            "video_note": {"length": 240, "duration": 9},
            "document": {"file_name": "document.pdf", "mime_type": "application/pdf"},
            "audio": {"duration": 60},
            "animation": {"width": 320, "height": 240, "duration": 3},
            "sticker": {
                "type": "regular",
                "width": 512,
                "height": 512,
                "is_animated": False,
                "is_video": False,
            },
        }
        return {**base, **extra[self.kind]}


@dataclass
class ChatMessage:
    """A message in a chat, in its current state after edits.

    ``text`` is what the recipient sees (HTML tags removed); ``raw_text`` is what the bot sent.
    Bot messages also keep their keyboards, which is what tests and the demo console read.
    """

    message_id: int
    chat_id: int
    sender_id: int
    date: datetime
    text: str | None = None
    raw_text: str | None = None
    parse_mode: str | None = None
    entities: list[JSONDict] = field(default_factory=list)
    inline_keyboard: list[list[InlineButton]] = field(default_factory=list)
    reply_keyboard: list[list[ReplyButton]] | None = None
    remove_keyboard: bool = False
    force_reply: bool = False
    location: Location | None = None
    media: Media | None = None
    caption: str | None = None
    live_stopped: bool = False
    protect_content: bool = False
    reply_to_message_id: int | None = None
    edit_date: datetime | None = None
    deleted: bool = False

    @property
    def buttons(self) -> list[list[str]]:
        """Inline button labels, row by row."""
        return [[button.text for button in row] for row in self.inline_keyboard]

    @property
    def callback_data(self) -> list[list[str | None]]:
        """Inline button callback data, row by row (``None`` for URL buttons)."""
        return [[button.callback_data for button in row] for row in self.inline_keyboard]

    @property
    def flat_buttons(self) -> list[InlineButton]:
        """Inline buttons in the row-major order that button numbers refer to."""
        return [button for row in self.inline_keyboard for button in row]

    @property
    def keyboard(self) -> list[list[str]] | None:
        """Reply keyboard labels, row by row, if this message set one."""
        if self.reply_keyboard is None:
            return None
        return [[button.text for button in row] for row in self.reply_keyboard]


@dataclass(frozen=True)
class CallbackAnswer:
    """What the bot answered to one button press."""

    query_id: str
    text: str | None
    show_alert: bool
    url: str | None


EventKind = Literal["sent", "edited", "deleted", "answered"]


@dataclass(frozen=True)
class BotMessageEvent:
    """Something the bot did in a chat, told to listeners as it happens.

    ``message`` is the live record, so read it inside the listener. For "deleted" it may be
    a user's message; for "answered" it is the message whose button was pressed and
    ``answer`` holds what the bot showed. ``user`` is set for private chats.
    """

    kind: EventKind
    message: ChatMessage
    user: "ScriptedUser | None"
    chat_title: str | None = None
    answer: CallbackAnswer | None = None


@dataclass
class Fault:
    """A scripted failure for the next matching calls (see ``BotApiEmulator.fail_next``)."""

    method: str
    status: int
    description: str
    retry_after: int | None
    chat_id: int | str | None
    remaining: int
