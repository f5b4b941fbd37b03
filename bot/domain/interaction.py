"""What a button does and where a person is in a multi-step flow: plain values, no I/O."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

# Telegram lets a bot delete a message in a private chat only for 48 hours after it was sent.
DELETABLE_FOR = timedelta(hours=48)
# So auto-delete never waits longer than this after a message was sent: past the limit the
# message would stay on the phone for good. Rather the latest moment that still works than
# "at once" (the defender chose to keep it readable for a while), two hours short of the
# limit for a bot that was down or a network that failed at that moment (the job retries).
LATEST_DELETION = timedelta(hours=46)


def deletion_time(sent_at: datetime, now: datetime, delay: timedelta) -> datetime:
    """When auto-delete removes a message sent at `sent_at`, with `delay` counted from `now`
    (a new message, or a delay the defender just changed): never past Telegram's limit, and
    at once when that limit is already near."""
    return max(now, min(now + delay, sent_at + LATEST_DELETION))


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
