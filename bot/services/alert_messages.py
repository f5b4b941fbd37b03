"""What alert messages say, in the reader's language and time zone.

Pure: the people involved are passed in, already decrypted. Every message carries the alert's
short reference, so a copy sent twice after a crash is recognisable as the same alert.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from bot.domain.alerts import (
    COORDINATORS,
    Alert,
    AlertKind,
    DefenderNotice,
    NotifyReason,
    RecipientNotice,
    ResolvedBy,
    alert_reference,
)
from bot.domain.card import CardField, EmergencyCard, render_card
from bot.domain.contacts import TrustedContact
from bot.domain.settings import zone_label, zone_of
from bot.domain.users import User
from bot.i18n import Translator

# Telegram's limit is 4096 characters after entity parsing, counted in UTF-16 code units;
# measured before parsing (tags and escapes included), a text within it is surely within it.
MESSAGE_LIMIT = 4096
# Words added to an alert again and again are shown from the newest, this many characters.
NOTE_SHOWN_CHARS = 1500


def utf16_length(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


@dataclass(frozen=True)
class AlertText:
    message: str
    card: str | None = None  # the card in a message of its own, when both would not fit


@dataclass(frozen=True)
class Reader:
    """Who reads a message: a person in their private chat, or the coordinators' group."""

    language: str | None
    timezone: str = "UTC"
    disguise: bool = False


GROUP_READER = Reader(language=None)


@dataclass(frozen=True)
class Audience:
    """Everyone an alert can involve, read once per change."""

    defender: User
    contacts: dict[str, tuple[TrustedContact, User]] = field(default_factory=dict)
    coordinators_chat_id: int | None = field(default=None, repr=False)
    card: EmergencyCard | None = None

    def reader(self, recipient_id: str) -> Reader | None:
        if recipient_id == COORDINATORS:
            return GROUP_READER if self.coordinators_chat_id is not None else None
        found = self.contacts.get(recipient_id)
        return None if found is None else reader_of(found[1])


def reader_of(user: User) -> Reader:
    return Reader(user.language, user.settings.timezone, user.settings.disguise)


class AlertMessages:
    def __init__(self, translate: Translator) -> None:
        self._translate = translate

    def _say(self, reader: Reader, message_id: str, /, **args: Any) -> str:
        return self._translate(reader.language, message_id, disguise=reader.disguise, **args)

    def when(self, reader: Reader, moment: datetime, now: datetime) -> str:
        local = moment.astimezone(zone_of(reader.timezone))
        return f"{local:%Y-%m-%d %H:%M} {zone_label(reader.timezone, now)}"

    def who(self, alert: Alert | None, audience: Audience, recipient_id: str) -> str:
        """How the recipient knows the defender: the name the defender chose to show them."""
        found = audience.contacts.get(recipient_id)
        if found is not None and found[0].shown_name:
            return found[0].shown_name
        return audience.defender.display_name

    def name_for_defender(self, recipient_id: str, audience: Audience) -> str:
        """A recipient as the defender knows them: the label they gave the contact."""
        reader = reader_of(audience.defender)
        if recipient_id == COORDINATORS:
            return self._say(reader, "alert-name-coordinators")
        found = audience.contacts.get(recipient_id)
        return found[0].label if found else self._say(reader, "alert-name-former-contact")

    def name_for_recipients(self, recipient_id: str, audience: Audience, reader: Reader) -> str:
        """A recipient as the other recipients see them: their own Telegram name."""
        if recipient_id == COORDINATORS:
            return self._say(reader, "alert-name-coordinators")
        found = audience.contacts.get(recipient_id)
        return found[1].display_name if found else self._say(reader, "alert-name-someone")

    def alert(
        self,
        alert: Alert,
        audience: Audience,
        recipient_id: str,
        reason: NotifyReason,
        now: datetime,
    ) -> AlertText:
        """The alert, and its card as a second message when both would not fit in one."""
        reader = audience.reader(recipient_id) or GROUP_READER
        parts = [self._title(alert, audience, recipient_id, reader)]
        if reason is NotifyReason.REMINDER:
            parts.append(self._say(reader, "alert-reminder-line"))
        elif reason is NotifyReason.ESCALATED:
            parts.append(self._say(reader, "alert-escalated-line"))
        parts.append(
            self._say(reader, "alert-raised-at", when=self.when(reader, alert.raised_at, now))
        )
        if alert.last_checkin is not None:
            when = self.when(reader, alert.last_checkin, now)
            parts.append(self._say(reader, "alert-last-checkin", when=when))
        if alert.note:
            note = alert.note[-NOTE_SHOWN_CHARS:]
            parts.append(self._say(reader, "alert-their-words", note=note))
        location = alert.location
        parts.append(
            self._say(
                reader,
                "alert-location-below" if location else "alert-location-none",
                when=self.when(reader, location.at, now) if location else "",
            )
        )
        reference = self._reference(reader, alert)
        parts += [self._say(reader, "alert-guidance"), reference]
        if not audience.card:
            return AlertText("\n\n".join(parts))
        label = self._card_label(reader)
        card = self._say(reader, "alert-card-title") + "\n" + render_card(audience.card, label)
        whole = "\n\n".join([*parts[:-2], card, *parts[-2:]])
        if utf16_length(whole) <= MESSAGE_LIMIT:
            return AlertText(whole)
        return AlertText("\n\n".join(parts), card + "\n\n" + reference)

    def minimal(self, alert: Alert, audience: Audience, recipient_id: str) -> str:
        """The alert in two lines, for when Telegram refused the whole message."""
        reader = audience.reader(recipient_id) or GROUP_READER
        title = self._title(alert, audience, recipient_id, reader)
        return title + "\n\n" + self._reference(reader, alert)

    def _title(self, alert: Alert, audience: Audience, recipient_id: str, reader: Reader) -> str:
        kind = alert.kind_shown_to_recipients
        return self._say(
            reader,
            "alert-title-missed" if kind is AlertKind.MISSED_CHECKIN else "alert-title-sos",
            who=self.who(alert, audience, recipient_id),
        )

    def alert_buttons(self, recipient_id: str, audience: Audience) -> list[str]:
        """Labels of the answers a recipient can give, in the order of `AlertService` actions."""
        reader = audience.reader(recipient_id) or GROUP_READER
        if recipient_id == COORDINATORS:
            return [
                self._say(reader, "alert-button-on-it"),
                self._say(reader, "alert-button-resolve"),
            ]
        return [
            self._say(reader, "alert-button-on-it"),
            self._say(reader, "alert-button-cant-help"),
        ]

    def to_recipient(
        self,
        alert: Alert,
        audience: Audience,
        recipient_id: str,
        what: RecipientNotice,
        about: str | None,
    ) -> str:
        reader = audience.reader(recipient_id) or GROUP_READER
        args: dict[str, object] = {"who": self.who(alert, audience, recipient_id)}
        if what is RecipientNotice.HANDLED_BY and about is not None:
            args["helper"] = self.name_for_recipients(about, audience, reader)
        if what is RecipientNotice.RESOLVED:
            key, extra = self._resolved(alert, reader)
            text = self._say(reader, key, **args, **extra)
            return text + "\n\n" + self._reference(reader, alert)
        if what is RecipientNotice.NEW_WORDS:
            args["note"] = alert.note.rsplit("\n", 1)[-1]
        if what is RecipientNotice.FALSE_ALARM:
            verified = alert.resolution is not None and alert.resolution.verified
            key = "alert-to-false-alarm" if verified else "alert-to-false-alarm-unverified"
            return self._say(reader, key, **args) + "\n\n" + self._reference(reader, alert)
        key = {
            RecipientNotice.NEW_WORDS: "alert-to-new-words",
            RecipientNotice.ACCOUNT_ERASED: "alert-to-account-erased",
            RecipientNotice.HANDLED_BY: "alert-to-handled-by",
            RecipientNotice.POSSIBLY_COERCED: "alert-to-possibly-coerced",
            RecipientNotice.PIN_ATTEMPTS: "alert-to-pin-attempts",
        }[what]
        return self._say(reader, key, **args) + "\n\n" + self._reference(reader, alert)

    def pin_attempts(self, audience: Audience, recipient_id: str) -> str:
        """Wrong safety PINs on the defender's phone, to a contact when no alert is open."""
        reader = audience.reader(recipient_id) or GROUP_READER
        return self._say(
            reader, "alert-to-pin-attempts", who=self.who(None, audience, recipient_id)
        )

    def _resolved(self, alert: Alert, reader: Reader) -> tuple[str, dict[str, Any]]:
        """Which closing message, and its extra arguments."""
        resolution = alert.resolution
        if resolution is None or resolution.by is ResolvedBy.COORDINATOR:
            reason = resolution.reason if resolution else ""
            if reason:
                return "alert-to-resolved-reason-by-coordinator", {"reason": reason}
            return "alert-to-resolved-by-coordinator", {}
        unverified = "" if resolution.verified else "-unverified"
        if alert.kind_shown_to_recipients is AlertKind.MISSED_CHECKIN and alert.resolved_at:
            local = alert.resolved_at.astimezone(zone_of(reader.timezone))
            return f"alert-to-checked-in{unverified}", {"time": f"{local:%H:%M}"}
        return f"alert-to-resolved{unverified}", {}

    def to_defender(
        self, alert: Alert, audience: Audience, what: DefenderNotice, recipient_ids: tuple[str, ...]
    ) -> str:
        reader = reader_of(audience.defender)
        names = ", ".join(self.name_for_defender(rid, audience) for rid in recipient_ids)
        key = f"alert-you-{what.value.replace('_', '-')}"
        return (
            self._say(reader, key, names=names, count=len(recipient_ids))
            + "\n\n"
            + (self._reference(reader, alert))
        )

    def _reference(self, reader: Reader, alert: Alert) -> str:
        return self._say(reader, "alert-reference", ref=alert_reference(alert.id))

    def _card_label(self, reader: Reader) -> Callable[[CardField], str]:
        def label(card_field: CardField) -> str:
            return self._say(reader, f"card-field-{card_field.value.replace('_', '-')}")

        return label
