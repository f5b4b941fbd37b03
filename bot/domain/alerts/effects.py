"""What an alert transition asks the outside world to do: plain values, ids and enums, no text.

The delivery layer renders each one in the reader's language and time zone.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from bot.domain.alerts.model import AlertKind
from bot.domain.outbound import Priority as Priority  # re-exported: one priority scale


class NotifyReason(StrEnum):
    NEW_ALERT = "new_alert"
    ESCALATED = "escalated"
    REMINDER = "reminder"


class DefenderNotice(StrEnum):
    WHO_WAS_NOTIFIED = "who_was_notified"  # recipient_ids: those just notified
    ACKNOWLEDGED_BY = "acknowledged_by"  # recipient_ids: the one who acknowledged
    UNREACHABLE = "unreachable"  # recipient_ids: the one who could not be reached
    NOBODY_TO_ALERT = "nobody_to_alert"  # no contacts and no coordinators at all
    NOBODY_LEFT = "nobody_left"  # everyone it was meant for turned out unreachable
    RESOLVED = "resolved"
    CANCELLED = "cancelled"  # the false alarm was called off
    FALSE_ALARM_WINDOW_PASSED = "false_alarm_window_passed"  # too late: the alert stays open


class RecipientNotice(StrEnum):
    HANDLED_BY = "handled_by"  # about: the recipient who acknowledged
    RESOLVED = "resolved"
    FALSE_ALARM = "false_alarm"
    # The defender says they are safe, but may be forced to: the alert stays open.
    POSSIBLY_COERCED = "possibly_coerced"
    NEW_WORDS = "new_words"  # the defender wrote more while the alert is open
    # The defender erased their account while the alert was open (perhaps forced to).
    ACCOUNT_ERASED = "account_erased"
    # Several wrong safety PINs on the defender's phone: someone may be forcing or guessing.
    PIN_ATTEMPTS = "pin_attempts"


@dataclass(frozen=True)
class Notify:
    """Send the alert itself (with its "I'm on it" / "I can't help" buttons) to a recipient."""

    recipient_id: str
    alert_id: str
    priority: Priority
    reason: NotifyReason
    shown_kind: AlertKind  # already masked: a duress alert shows as an SOS


# What the defender must hear before anything routine: their alert is not getting through.
_URGENT_FOR_DEFENDER = frozenset(
    {DefenderNotice.UNREACHABLE, DefenderNotice.NOBODY_LEFT, DefenderNotice.NOBODY_TO_ALERT}
)


@dataclass(frozen=True)
class TellDefender:
    alert_id: str
    what: DefenderNotice
    recipient_ids: tuple[str, ...] = ()

    @property
    def priority(self) -> Priority:
        return Priority.ESCALATION if self.what in _URGENT_FOR_DEFENDER else Priority.OTHER


@dataclass(frozen=True)
class TellRecipients:
    alert_id: str
    recipient_ids: tuple[str, ...]
    what: RecipientNotice
    about: str | None = None  # for HANDLED_BY: who is handling it

    @property
    def priority(self) -> Priority:
        # News that changes what the people on the alert should do goes before routine.
        if self.what in (
            RecipientNotice.POSSIBLY_COERCED,
            RecipientNotice.NEW_WORDS,
            RecipientNotice.ACCOUNT_ERASED,
            RecipientNotice.PIN_ATTEMPTS,
        ):
            return Priority.ESCALATION
        return Priority.OTHER


@dataclass(frozen=True)
class ShareLocation:
    """Send the alert's current location to these recipients; `live_update` moves the live
    location they were already sent instead of sending a new one."""

    alert_id: str
    recipient_ids: tuple[str, ...]
    live_update: bool = False

    @property
    def priority(self) -> Priority:
        # Where they are goes with the alert; a live location moving must not crowd out
        # other people's alerts.
        return Priority.ESCALATION if self.live_update else Priority.DISTRESS


@dataclass(frozen=True)
class WakeAt:
    """Call `on_deadline` for this alert at `when` (idempotent: arming it twice is harmless)."""

    alert_id: str
    when: datetime


Effect = Notify | TellDefender | TellRecipients | ShareLocation | WakeAt
