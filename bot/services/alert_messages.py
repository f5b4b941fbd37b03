"""What alert messages say, in the reader's language and time zone.

Pure: the people involved are passed in, already decrypted. Every message carries the alert's
short reference, so a copy sent twice after a crash is recognisable as the same alert.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
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


# Stand-ins for the names while a language's list pattern ("{ $first } and { $second }") is
# read: private-use characters no name contains and no escaping changes.
_FIRST, _SECOND = "\ue000", "\ue001"
_STAND_IN = re.compile(f"[{_FIRST}{_SECOND}]")

# An alert reaching someone later shows this many of the contacts' newest notes, each cut to
# this many characters (the whole alert must stay within Telegram's limit).
NOTES_SHOWN = 3
NOTE_LINE_CHARS = 300
# Notices about contacts acting together (issue 11): rendered in a block of their own below.
CONTACTS_TOGETHER = frozenset({RecipientNotice.CONTACT_NOTE, RecipientNotice.CLOSED_BY_CONTACT})


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

    def join_names(self, reader: Reader, names: Sequence[str]) -> str:
        """ "A", "A and B", "A, B and C", in the reader's language. The result is plain text:
        the message it goes into escapes it, once."""
        if len(names) <= 1:
            return "".join(names)
        head = names[0]
        for name in names[1:-1]:
            head = self._fill(reader, "alert-names-comma", head, name)
        return self._fill(reader, "alert-names-and", head, names[-1])

    def _fill(self, reader: Reader, message_id: str, first: str, second: str) -> str:
        pattern = self._say(reader, message_id, first=_FIRST, second=_SECOND)
        return _STAND_IN.sub(lambda found: first if found[0] == _FIRST else second, pattern)

    def people_count(self, reader: Reader, recipient_ids: Sequence[str]) -> int:
        """How many people a list of recipients counts as, for plural and agreement
        selectors: the coordinators' chat as many as its name in the reader's language
        (plural in English: "the network's coordinators are on it")."""
        count = len(recipient_ids)
        if COORDINATORS in recipient_ids:
            worth = self._say(reader, "alert-name-coordinators-count")
            count += (int(worth) if worth.strip().isdigit() else 1) - 1
        return count

    def names_for_defender(self, recipient_ids: Sequence[str], audience: Audience) -> str:
        """Recipients as the defender knows them, joined in the defender's language."""
        names = [self.name_for_defender(rid, audience) for rid in recipient_ids]
        return self.join_names(reader_of(audience.defender), names)

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
        elif reason is NotifyReason.FOLLOW_UP:
            parts.append(self._say(reader, "alert-follow-up-line"))
        parts.append(
            self._say(reader, "alert-raised-at", when=self.when(reader, alert.raised_at, now))
        )
        if alert.last_checkin is not None:
            when = self.when(reader, alert.last_checkin, now)
            parts.append(self._say(reader, "alert-last-checkin", when=when))
        if alert.note:
            note = alert.note[-NOTE_SHOWN_CHARS:]
            parts.append(self._say(reader, "alert-their-words", note=note))
        if alert.contact_notes:
            parts.append(self._notes_so_far(alert, audience, reader, now))
        location = alert.location
        if location is not None:
            # A reminder comes without the location: it went with the alert or when shared.
            key = (
                "alert-location-earlier"
                if reason is NotifyReason.REMINDER
                else "alert-location-below"
            )
            parts.append(self._say(reader, key, when=self.when(reader, location.at, now)))
        elif reason is not NotifyReason.REMINDER:
            parts.append(self._say(reader, "alert-location-none", when=""))
        reference = self._reference(reader, alert)
        guidance = "alert-guidance-duress" if alert.is_duress else "alert-guidance"
        parts.append(self._say(reader, guidance))
        if not alert.is_duress and recipient_id != COORDINATORS:
            # One tap to write to them (never under duress: a message could give them away).
            link = f"tg://user?id={audience.defender.telegram_user_id}"
            who = self.who(alert, audience, recipient_id)
            parts[-1] += "\n" + self._say(reader, "alert-open-chat", link=link, who=who)
        parts.append(reference)
        if not audience.card:
            return AlertText("\n\n".join(parts))
        if reason is NotifyReason.REMINDER:
            # The card went with the first message; a reminder every few minutes need not
            # repeat it (and leave more copies on the contact's phone).
            earlier = self._say(reader, "alert-card-earlier")
            return AlertText("\n\n".join([*parts[:-2], earlier, *parts[-2:]]))
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
        title = {
            AlertKind.MISSED_CHECKIN: "alert-title-missed",
            AlertKind.DURESS: "alert-title-duress",
        }.get(kind, "alert-title-sos")
        return self._say(reader, title, who=self.who(alert, audience, recipient_id))

    def location_label(self, alert: Alert, audience: Audience, recipient_id: str) -> str:
        """What goes with a location shared during the alert: whose it is, and which alert."""
        reader = audience.reader(recipient_id) or GROUP_READER
        who = self.who(alert, audience, recipient_id)
        location = alert.location
        when = "" if location is None else self.when(reader, location.at, location.at)
        text = self._say(reader, "alert-location-label", who=who, when=when)
        return text + "\n\n" + self._reference(reader, alert)

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
        if what in CONTACTS_TOGETHER:
            return self._contacts_together(alert, audience, recipient_id, reader, what, about)
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
            RecipientNotice.FOLLOW_UP_ASKED: "alert-to-follow-up-asked",
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
        names = self.names_for_defender(recipient_ids, audience)
        key = f"alert-you-{what.value.replace('_', '-')}"
        count = self.people_count(reader, recipient_ids)
        extra = self._for_defender_from_contacts(alert, what, recipient_ids)
        args: dict[str, Any] = {"names": names, "count": count, **extra}
        resolution = alert.resolution
        if (
            what is DefenderNotice.RESOLVED
            and resolution
            and resolution.by is ResolvedBy.COORDINATOR
        ):
            # A coordinator's words reach the defender (never for duress: nothing is sent).
            key, args = "alert-you-resolved-by-coordinator", {"reason": resolution.reason}
            if not resolution.reason:
                key = "alert-you-resolved-by-coordinator-no-reason"
        return self._say(reader, key, **args) + "\n\n" + (self._reference(reader, alert))

    def _reference(self, reader: Reader, alert: Alert) -> str:
        return self._say(reader, "alert-reference", ref=alert_reference(alert.id))

    def _card_label(self, reader: Reader) -> Callable[[CardField], str]:
        def label(card_field: CardField) -> str:
            return self._say(reader, f"card-field-{card_field.value.replace('_', '-')}")

        return label

    # ------------------------------------------------------------------ contacts acting together

    def _contacts_together(
        self,
        alert: Alert,
        audience: Audience,
        recipient_id: str,
        reader: Reader,
        what: RecipientNotice,
        about: str | None,
    ) -> str:
        """A contact's note, or a contact's closing, to the others on the alert."""
        who = self.who(alert, audience, recipient_id)
        author = self.name_for_recipients(about or "", audience, reader)
        if what is RecipientNotice.CLOSED_BY_CONTACT:
            reason = alert.resolution.reason if alert.resolution else ""
            text = self._say(
                reader, "alert-to-closed-by-contact", who=who, helper=author, reason=reason
            )
            return text + "\n\n" + self._reference(reader, alert)
        note = self.newest_note(alert, about)
        text = self._say(reader, "alert-to-contact-note", who=who, author=author, note=note)
        if recipient_id != COORDINATORS:
            text += "\n" + self._say(reader, "alert-reply-hint")
        return text + "\n\n" + self._reference(reader, alert)

    def _for_defender_from_contacts(
        self, alert: Alert, what: DefenderNotice, recipient_ids: tuple[str, ...]
    ) -> dict[str, Any]:
        """The words that go with a contact's note or closing, for the defender's message."""
        if what is DefenderNotice.CONTACT_NOTE:
            return {"note": self.newest_note(alert, recipient_ids[0] if recipient_ids else None)}
        if what is DefenderNotice.CLOSED_BY_CONTACT:
            return {"reason": alert.resolution.reason if alert.resolution else ""}
        return {}

    def newest_note(self, alert: Alert, author_id: str | None) -> str:
        return next((n.text for n in reversed(alert.contact_notes) if n.author_id == author_id), "")

    def passed_on_header(self, alert: Alert, audience: Audience, recipient_id: str) -> str:
        """The line before a copy of what the defender sent during the alert."""
        reader = audience.reader(recipient_id) or GROUP_READER
        who = self.who(alert, audience, recipient_id)
        return (
            self._say(reader, "alert-to-passed-on", who=who) + " " + self._reference(reader, alert)
        )

    def note_button(self, recipient_id: str, audience: Audience) -> str:
        reader = audience.reader(recipient_id) or GROUP_READER
        return self._say(reader, "alert-button-note")

    def _notes_so_far(self, alert: Alert, audience: Audience, reader: Reader, now: datetime) -> str:
        """What the people on the alert have written so far, for someone told of it later."""
        lines = [self._say(reader, "alert-notes-so-far")]
        for note in alert.contact_notes[-NOTES_SHOWN:]:
            local = note.at.astimezone(zone_of(reader.timezone))
            lines.append(
                self._say(
                    reader,
                    "alert-note-line",
                    author=self.name_for_recipients(note.author_id, audience, reader),
                    time=f"{local:%H:%M}",
                    note=note.text[:NOTE_LINE_CHARS],
                )
            )
        return "\n".join(lines)
