"""The alert and the people it goes to, as plain frozen values.

Enum values are stored: never rename them.
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import IntEnum, StrEnum

COORDINATORS = "coordinators"
"""The recipient id of the coordinators' chat (contacts are recipients under their own id)."""


def alert_reference(alert_id: str) -> str:
    """A short code people can quote ("Ref Q7XK2M"), the same on every message of one alert."""
    digest = hashlib.blake2b(alert_id.encode(), digest_size=5, person=b"alert-ref").digest()
    return base64.b32encode(digest).decode()[:6]


class AlertKind(StrEnum):
    SOS = "sos"
    MISSED_CHECKIN = "missed_checkin"
    DURESS = "duress"


def kind_shown_to_recipients(kind: AlertKind) -> AlertKind:
    """What the people who act on an alert are told it is: the truth. A duress alert says it
    is one (issue 11), so that nobody calls a phone a captor may be holding; only the
    defender's own chat shows nothing of it."""
    return kind


class AlertState(StrEnum):
    OPEN = "open"
    RESOLVED = "resolved"
    CANCELLED = "cancelled"  # a false alarm, cancelled by the defender within the window


class Level(IntEnum):
    """Levels of escalation, in the order they are tried. NONE: nobody could be alerted."""

    NONE = 0
    TIER_1 = 1
    TIER_2 = 2
    COORDINATORS = 3


class RecipientStatus(StrEnum):
    QUEUED = "queued"  # their level has not been reached yet
    NOTIFIED = "notified"  # told, no answer yet
    ACKNOWLEDGED = "acknowledged"  # pressed "I'm on it"
    CANT_HELP = "cant_help"  # pressed "I can't help"
    UNREACHABLE = "unreachable"  # delivery failed for good (blocked the bot, chat not found)


class ResolvedBy(StrEnum):
    DEFENDER = "defender"
    COORDINATOR = "coordinator"
    CONTACT = "contact"  # the contact who took the alert on, with what happened


@dataclass(frozen=True)
class Resolution:
    by: ResolvedBy
    reason: str = field(default="", repr=False)  # a coordinator's words: never logged
    verified: bool = False  # the defender confirmed with their safety PIN
    closed_by: str | None = None  # for a contact's closing: their recipient id


@dataclass(frozen=True)
class ContactRef:
    """An active trusted contact of the defender at the moment the alert is raised."""

    id: str
    tier: int


@dataclass(frozen=True)
class Recipient:
    id: str  # an internal contact id, or COORDINATORS
    level: Level
    status: RecipientStatus = RecipientStatus.QUEUED
    notified_at: datetime | None = None
    reminded_at: datetime | None = None
    answered_at: datetime | None = None  # acknowledged, said they can't help, or unreachable
    reached_at: datetime | None = None  # Telegram took the alert for them (first time)
    announced: bool = False  # the defender was told this recipient is being alerted
    # When they last wrote a note for the others on the alert: for the one who took it on,
    # the sign that their promise is being kept.
    last_note_at: datetime | None = None

    @property
    def last_pinged(self) -> datetime | None:
        """When they were last sent this alert (first notice or reminder)."""
        return self.reminded_at or self.notified_at

    @property
    def was_notified(self) -> bool:
        return self.notified_at is not None

    @property
    def knows_of_alert(self) -> bool:
        """Was sent it, or answered it (a coordinator may act from /alerts before being sent it)."""
        return self.was_notified or self.answered_at is not None

    @property
    def is_waiting(self) -> bool:
        """Notified, and has neither answered nor turned out unreachable."""
        return self.status is RecipientStatus.NOTIFIED


@dataclass(frozen=True)
class Policy:
    ack_timeout: timedelta = timedelta(minutes=10)
    reminder_every: timedelta = timedelta(minutes=10)
    false_alarm_window: timedelta = timedelta(minutes=2)
    # How long "I'm on it" holds without a note or a resolution before the alert escalates
    # again; also when the coordinators learn of an SOS or duress alert still open.
    follow_up: timedelta = timedelta(minutes=30)

    def __post_init__(self) -> None:
        for name in ("ack_timeout", "reminder_every", "false_alarm_window", "follow_up"):
            if getattr(self, name) <= timedelta(0):
                raise ValueError(f"{name} must be positive")


@dataclass(frozen=True)
class Location:
    """Where the defender said they were; `live_until` is set for a live location."""

    latitude: float = field(repr=False)
    longitude: float = field(repr=False)
    at: datetime
    live_until: datetime | None = None


@dataclass(frozen=True)
class ContactNote:
    """What a contact on the alert wrote for everyone else on it."""

    author_id: str  # their recipient id
    at: datetime
    text: str = field(repr=False)  # never logged


@dataclass(frozen=True)
class Alert:
    id: str
    defender_id: str
    kind: AlertKind
    state: AlertState
    raised_at: datetime
    level: Level
    level_deadline: datetime | None
    """When the current level times out, or, at the last level, when reminders are next due.
    None when nothing remains to be done: closed, acknowledged, or nobody left to reach."""
    false_alarm_until: datetime | None  # None for duress: the defender cannot cancel it
    recipients: tuple[Recipient, ...]
    acknowledged_by: str | None = None
    follow_up_at: datetime | None = None
    """When the promise of `acknowledged_by` (a contact) runs out unless they post a note
    (`engine.promise_kept`) or someone closes the alert: it then escalates again."""
    coordinators_due_at: datetime | None = None
    """When the coordinators must learn of this SOS or duress alert if it is still open and
    has not reached them yet, whoever took it on. None once done or for a missed check-in."""
    resolved_at: datetime | None = None
    resolution: Resolution | None = None
    possible_coercion: bool = False  # the defender tried to close a duress alert
    note: str = field(default="", repr=False)  # what the defender wrote with the SOS
    location: Location | None = None  # the last one the defender shared during the alert
    last_checkin: datetime | None = None  # the defender's last check-in before the alert
    contact_notes: tuple[ContactNote, ...] = ()  # the newest few, oldest first

    @property
    def is_open(self) -> bool:
        return self.state is AlertState.OPEN

    @property
    def is_duress(self) -> bool:
        return self.kind is AlertKind.DURESS

    @property
    def hidden_from_defender(self) -> bool:
        """Nothing of it may show in the defender's chat: a duress alert, or one they were
        shown as closed after giving the duress word at the safety-PIN prompt."""
        return self.is_duress or self.possible_coercion

    @property
    def next_wake_at(self) -> datetime | None:
        """The earliest deadline still pending: the level's, the follow-up's, the
        coordinators'. What the alarm clock is set to."""
        if not self.is_open:
            return None
        pending = (self.level_deadline, self.follow_up_at, self.coordinators_due_at)
        return min((when for when in pending if when is not None), default=None)

    @property
    def kind_shown_to_recipients(self) -> AlertKind:
        return kind_shown_to_recipients(self.kind)

    def recipient(self, recipient_id: str) -> Recipient | None:
        return next((r for r in self.recipients if r.id == recipient_id), None)

    def notified_ids(self, *, excluding: str | None = None) -> tuple[str, ...]:
        """Everyone who knows of the alert and can still be reached, for follow-up notices."""
        return tuple(
            r.id
            for r in self.recipients
            if r.knows_of_alert
            and r.status is not RecipientStatus.UNREACHABLE
            and r.id != excluding
        )
