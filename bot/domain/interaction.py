"""What a button does and where a person is in a multi-step flow: plain values, no I/O."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class ButtonAction:
    """A route name (`lang`, `contact-remove`, ...) and one argument, both opaque to Telegram."""

    route: str
    arg: str = ""


@dataclass(frozen=True)
class Conversation:
    flow: str
    step: str
    data: dict[str, str] = field(default_factory=dict, repr=False)


@dataclass(frozen=True)
class ConversationLookup:
    """The current step, or None; `expired` says a step was there but timed out."""

    current: Conversation | None
    expired: bool = False


@dataclass(frozen=True)
class SentMessage:
    id: str
    user_id: str | None
    chat_id: int = field(repr=False)
    message_id: int
