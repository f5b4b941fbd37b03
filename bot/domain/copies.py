"""Contacts' copies of an alert, and when they expire (issue 12).

What the bot sent a contact or the coordinators' chat about an alert (the alert itself, the
card, notices, locations, copies of what the defender sent) stays on their phone unless the bot
takes it away. Each copy is recorded when Telegram takes it; it expires a grace period after the
alert closes, and at once when its recipient leaves (steps down, is removed, erases their
account) or the alert itself is gone (the defender erased their account). Texts are edited
down to a stub (the reference and "details removed"); locations and copied media are deleted;
a live location is stopped as soon as the alert closes. Pure rules, no I/O.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum

from bot.domain.alerts import COORDINATORS, Alert
from bot.domain.outbound import OutboundMessage, RedactAction

# The notice that the defender erased their account (perhaps forced to) comes after the alert
# is gone; it stays readable for the grace period like any closed alert's last word.
KEPT_AFTER_ERASURE = frozenset({"recipient:account_erased"})


class CopyKind(StrEnum):
    """Stored: never rename."""

    TEXT = "text"
    LOCATION = "location"
    LIVE = "live"  # a live location
    MEDIA = "media"  # a copy of a photo, a voice note... the defender sent


@dataclass(frozen=True)
class AlertCopy:
    """One message the bot sent about an alert, as far as taking it away needs."""

    alert_id: str
    recipient_id: str = field(repr=False)  # a contact id, or COORDINATORS
    chat_id: int = field(repr=False)
    group: bool
    message_id: int = field(repr=False)
    kind: CopyKind
    language: str | None = None  # the reader's, for the stub
    live_until: datetime | None = None
    id: str = ""  # set once stored

    @property
    def is_coordinators(self) -> bool:
        return self.recipient_id == COORDINATORS


def kind_of(message: OutboundMessage) -> CopyKind:
    if message.location is not None:
        return CopyKind.LIVE if message.location.live_seconds else CopyKind.LOCATION
    if message.copy_of is not None:
        return CopyKind.MEDIA
    return CopyKind.TEXT


def live_until(message: OutboundMessage, sent: datetime) -> datetime | None:
    location = message.location
    if location is None or not location.live_seconds:
        return None
    return sent + timedelta(seconds=location.live_seconds)


def redaction_of(kind: CopyKind) -> RedactAction:
    """Texts keep a stub; what cannot become a stub goes."""
    return RedactAction.STUB if kind is CopyKind.TEXT else RedactAction.DELETE


def due_at(
    alert: Alert | None,
    *,
    recipient_left: bool,
    grace: timedelta,
    now: datetime,
    purpose: str | None = None,
) -> datetime | None:
    """When a copy just sent expires; None while its alert is open and its recipient on it."""
    if alert is None:
        return now + grace if purpose in KEPT_AFTER_ERASURE else now
    if recipient_left:
        return now
    if alert.is_open:
        return None
    closed = alert.resolved_at or now
    return max(now, closed + grace)


def still_live(copy: AlertCopy, now: datetime) -> bool:
    return copy.kind is CopyKind.LIVE and copy.live_until is not None and copy.live_until > now
