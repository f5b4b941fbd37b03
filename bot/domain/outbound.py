"""A message waiting in the outbox, as the delivery worker sees it."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import IntEnum, StrEnum


class Priority(IntEnum):
    """Lower goes first: distress before escalations before reminders before the rest."""

    DISTRESS = 0
    ESCALATION = 1
    REMINDER = 2
    OTHER = 3
    # Taking old copies of an alert away (storage/alert_copies.py): after everything else.
    CLEANUP = 4


class ChatKind(StrEnum):
    PRIVATE = "private"
    GROUP = "group"


@dataclass(frozen=True)
class SharedLocation:
    latitude: float = field(repr=False)
    longitude: float = field(repr=False)
    live_seconds: int | None = None  # a live location, updated for this long


@dataclass(frozen=True)
class CopiedMessage:
    """A message someone sent to the bot (a photo, a voice note...), to be copied as it is."""

    from_chat_id: int = field(repr=False)
    message_id: int


class RedactAction(StrEnum):
    """What is done to a copy of an alert that expires (stored: never rename)."""

    STUB = "stub"  # its text edited down to the stub, its buttons taken away
    DELETE = "delete"  # a location or a copied photo: deleted
    STOP = "stop"  # a live location: stopped where it is


@dataclass(frozen=True)
class Redaction:
    """A message sent earlier to the same chat, and what to do to it."""

    message_id: int
    action: RedactAction


@dataclass(frozen=True)
class OutboundMessage:
    """What to send: HTML text and optional inline buttons (label, callback data), or a
    location, or a copy of a message sent to the bot. `moves` is the outbox id of a message
    sent earlier to the same chat: a location moves that live location, a text rewrites that
    message (no text: only its buttons are taken away), rather than sending a new one.
    `redact`: instead of sending, take an earlier message away (`text` is then the stub)."""

    text: str = field(default="", repr=False)
    buttons: tuple[tuple[tuple[str, str], ...], ...] = ()
    protect_content: bool = True
    location: SharedLocation | None = None
    moves: str | None = None
    copy_of: CopiedMessage | None = None
    redact: Redaction | None = None


@dataclass(frozen=True)
class OutboxItem:
    id: str
    topic: str | None
    chat_id: int = field(repr=False)
    chat_kind: ChatKind
    message: OutboundMessage
    priority: Priority
    attempts: int
    recipient_ref: str | None = None
    purpose: str | None = None
    owner_user_id: str | None = None  # whose private chat it goes to (None for a group)
