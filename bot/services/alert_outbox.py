"""Turning the engine's effects into outbox rows, inside the transaction of the change.

Each row records who it is for (`recipient_ref`: a contact id, "coordinators" or "defender")
and why (`purpose`), so a delivery failure leads back to the right person in the right alert.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from bot.domain.alerts import (
    COORDINATORS,
    Alert,
    AlertKind,
    Effect,
    Notify,
    NotifyReason,
    PassOn,
    ShareLocation,
    TellDefender,
    TellRecipients,
    WakeAt,
)
from bot.domain.interaction import ButtonAction
from bot.domain.outbound import (
    ChatKind,
    CopiedMessage,
    OutboundMessage,
    OutboxItem,
    Priority,
    SharedLocation,
)
from bot.services.alert_messages import AlertMessages, Audience
from bot.services.interaction import BUTTON_LIFETIME
from storage.buttons import ButtonRepository
from storage.db import Database, Tx
from storage.outbox import OutboxRepository

DEFENDER = "defender"
ALERT_PURPOSE = "alert:"  # + the reason: new_alert, escalated, reminder
CARD = "card"  # the emergency card, when it did not fit into the alert message
FALLBACK = "alert-fallback"  # the alert in two lines, after Telegram refused the whole
LOCATION = "location"
LOCATION_MOVE = "location-move"
LOCATION_LABEL = "location-label"  # whose location it is, and which alert: sent before it
BUTTONS_OFF = "alert-buttons-off"  # a closed alert's message, its answer buttons taken away
ALERT_EDIT = "alert-edit"  # the alert message, rewritten to say a location was shared
PIN_ATTEMPTS = "pin-attempts"  # wrong safety PINs, to tier 1 when no alert is open
PASSED_ON = "passed-on"  # a copy of what the defender sent during the alert, and its header
NOTE_ROUTE = "alert-note"  # the "Add a note" button under a contact's alert
COVER = "cover:new_alert"  # a row that stands in for one another kind of alert sends
# Answer buttons under an alert stay pressable this long (the alert itself may be closed
# sooner; a late press is told so).
ANSWER_BUTTONS_LIFETIME = timedelta(days=7)
# Telegram keeps a live location moving for at most a day.
LONGEST_LIVE = timedelta(hours=24)
SHORTEST_LIVE_SECONDS = 60


def is_alert_purpose(purpose: str | None) -> bool:
    return purpose is not None and purpose.startswith(ALERT_PURPOSE)


class AlertOutbox:
    def __init__(self, db: Database, messages: AlertMessages) -> None:
        self._rows = OutboxRepository(db)
        self._buttons = ButtonRepository(db)
        self._messages = messages

    async def enqueue_effects(
        self, tx: Tx, alert: Alert, effects: list[Effect], audience: Audience, now: datetime
    ) -> datetime | None:
        """Write every message the effects ask for; return the earliest wake-up asked for."""
        wake: datetime | None = None
        for effect in effects:
            if isinstance(effect, WakeAt):
                wake = effect.when if wake is None else min(wake, effect.when)
            elif isinstance(effect, Notify):
                await self._notify(tx, alert, effect, audience, now)
            elif isinstance(effect, TellDefender):
                text = self._messages.to_defender(
                    alert, audience, effect.what, effect.recipient_ids
                )
                await self._rows.enqueue_in(
                    tx,
                    audience.defender.chat_id,
                    ChatKind.PRIVATE,
                    OutboundMessage(text),
                    effect.priority,
                    now,
                    topic=alert.id,
                    recipient_ref=DEFENDER,
                    purpose=f"defender:{effect.what.value}",
                    owner_user_id=audience.defender.id,
                )
            elif isinstance(effect, TellRecipients):
                for recipient_id in effect.recipient_ids:
                    text = self._messages.to_recipient(
                        alert, audience, recipient_id, effect.what, effect.about
                    )
                    await self._to_recipient(
                        tx,
                        alert,
                        recipient_id,
                        audience,
                        OutboundMessage(text),
                        effect.priority,
                        now,
                        f"recipient:{effect.what.value}",
                    )
            elif isinstance(effect, ShareLocation):
                for recipient_id in effect.recipient_ids:
                    if not effect.live_update:
                        await self._location_label(tx, alert, recipient_id, audience, effect, now)
                    await self._location(
                        tx, alert, recipient_id, audience, effect.priority, now, effect.live_update
                    )
                    if not effect.live_update:
                        await self._edit_alert(tx, alert, recipient_id, audience, now)
                if not effect.live_update:
                    for recipient_id in effect.edit_only:
                        await self._edit_alert(tx, alert, recipient_id, audience, now)
            elif isinstance(effect, PassOn):
                await self._pass_on(tx, alert, effect, audience, now)
        return wake

    async def cover_in(self, tx: Tx, alert: Alert, audience: Audience, now: datetime) -> None:
        """Rows that make a new alert's kind unreadable from the file (docs/data-protection.md).
        A duress alert tells the coordinators at once and gives the defender no alert buttons;
        an SOS does the opposite. Each writes what the other would have, with nothing in it:
        an SOS, a settled row and an answer-button set for the coordinators; a duress alert, a
        button set of the defender's. Nobody can press what no message shows."""
        if alert.is_duress:
            await self._buttons.issue_in(
                tx, audience.defender.id, [], now, BUTTON_LIFETIME, single_use=False
            )
        elif alert.kind is AlertKind.SOS and audience.coordinators_chat_id is not None:
            await self._rows.cover_in(
                tx, now, topic=alert.id, recipient_ref=COORDINATORS, purpose=COVER
            )
            await self._buttons.issue_in(
                tx, None, [], now, ANSWER_BUTTONS_LIFETIME, single_use=False
            )

    async def _pass_on(
        self, tx: Tx, alert: Alert, effect: PassOn, audience: Audience, now: datetime
    ) -> None:
        """A line saying whose it is, then the copy (protected: no forwarding or saving)."""
        copied = CopiedMessage(audience.defender.chat_id, effect.message_id)
        for recipient_id in effect.recipient_ids:
            header = self._messages.passed_on_header(alert, audience, recipient_id)
            for message in (OutboundMessage(header), OutboundMessage(copy_of=copied)):
                await self._to_recipient(
                    tx, alert, recipient_id, audience, message, effect.priority, now, PASSED_ON
                )

    async def fallback_in(
        self,
        tx: Tx,
        alert: Alert,
        recipient_id: str,
        audience: Audience,
        refused: OutboxItem,
        now: datetime,
    ) -> None:
        """Telegram refused an alert message: send its two-line form, with the same buttons."""
        text = self._messages.minimal(alert, audience, recipient_id)
        message = OutboundMessage(text, buttons=refused.message.buttons)
        await self._to_recipient(
            tx, alert, recipient_id, audience, message, refused.priority, now, FALLBACK
        )

    async def pin_attempts_in(
        self, tx: Tx, contact_id: str, audience: Audience, now: datetime
    ) -> None:
        """Warn a contact of wrong safety PINs on the defender's phone, no alert being open."""
        found = audience.contacts.get(contact_id)
        if found is None:
            return
        person = found[1]
        text = self._messages.pin_attempts(audience, contact_id)
        await self._rows.enqueue_in(
            tx,
            person.chat_id,
            ChatKind.PRIVATE,
            OutboundMessage(text),
            Priority.ESCALATION,
            now,
            recipient_ref=contact_id,
            purpose=PIN_ATTEMPTS,
            owner_user_id=person.id,
        )

    async def take_buttons_away_in(
        self, tx: Tx, alert: Alert, audience: Audience, now: datetime
    ) -> None:
        """The alert is closed: the answer buttons come off every copy of it that was sent
        (after `withdraw_in`, so no pending rewrite can put them back)."""
        for recipient in alert.recipients:
            if not recipient.was_notified:
                continue
            sent = await self._rows.sent_starting_in(tx, alert.id, recipient.id, ALERT_PURPOSE)
            for row_id in sent:
                message = OutboundMessage(moves=row_id)  # no text: only the buttons go
                await self._to_recipient(
                    tx, alert, recipient.id, audience, message, Priority.OTHER, now, BUTTONS_OFF
                )

    async def withdraw_in(self, tx: Tx, alert_id: str) -> int:
        """The alert is closed: what has not gone yet (reminders, say) must not follow."""
        return await self._rows.cancel_topic_in(tx, alert_id)

    async def mark_failed(self, item_id: str, reason: str) -> None:
        await self._rows.mark_failed(item_id, reason)

    async def mark_failed_in(self, tx: Tx, item_id: str, reason: str) -> None:
        await self._rows.mark_failed_in(tx, item_id, reason)

    async def purge(self, created_before: datetime) -> int:
        return await self._rows.purge(created_before)

    async def _notify(
        self, tx: Tx, alert: Alert, effect: Notify, audience: Audience, now: datetime
    ) -> None:
        recipient_id = effect.recipient_id
        if audience.reader(recipient_id) is None:
            return  # no longer a contact, or no coordinators' chat any more
        buttons = await self._answer_buttons(tx, alert, recipient_id, audience, now)
        text = self._messages.alert(alert, audience, recipient_id, effect.reason, now)
        message = OutboundMessage(text.message, buttons=buttons)
        purpose = f"{ALERT_PURPOSE}{effect.reason.value}"
        await self._to_recipient(
            tx, alert, recipient_id, audience, message, effect.priority, now, purpose
        )
        if text.card is not None:
            await self._to_recipient(
                tx,
                alert,
                recipient_id,
                audience,
                OutboundMessage(text.card),
                effect.priority,
                now,
                CARD,
            )
        if alert.location is not None and effect.reason is not NotifyReason.REMINDER:
            await self._location(tx, alert, recipient_id, audience, effect.priority, now, False)

    async def _location_label(
        self,
        tx: Tx,
        alert: Alert,
        recipient_id: str,
        audience: Audience,
        effect: ShareLocation,
        now: datetime,
    ) -> None:
        if alert.location is None or audience.reader(recipient_id) is None:
            return
        text = self._messages.location_label(alert, audience, recipient_id)
        await self._to_recipient(
            tx,
            alert,
            recipient_id,
            audience,
            OutboundMessage(text),
            effect.priority,
            now,
            LOCATION_LABEL,
        )

    async def _edit_alert(
        self, tx: Tx, alert: Alert, recipient_id: str, audience: Audience, now: datetime
    ) -> None:
        """The alert they were sent said no location was shared: it now says one was."""
        earlier = await self._rows.latest_starting_in(tx, alert.id, recipient_id, ALERT_PURPOSE)
        if earlier is None or audience.reader(recipient_id) is None:
            return
        row_id, purpose = earlier
        reason = NotifyReason(purpose.removeprefix(ALERT_PURPOSE))
        text = self._messages.alert(alert, audience, recipient_id, reason, now)
        buttons = await self._answer_buttons(tx, alert, recipient_id, audience, now)
        message = OutboundMessage(text.message, buttons=buttons, moves=row_id)
        await self._to_recipient(
            tx, alert, recipient_id, audience, message, Priority.OTHER, now, ALERT_EDIT
        )

    async def _location(
        self,
        tx: Tx,
        alert: Alert,
        recipient_id: str,
        audience: Audience,
        priority: Priority,
        now: datetime,
        live_update: bool,
    ) -> None:
        location = alert.location
        if location is None or audience.reader(recipient_id) is None:
            return
        live_seconds = None
        if location.live_until is not None and location.live_until > now:
            remaining = int(min(location.live_until - now, LONGEST_LIVE).total_seconds())
            # Telegram takes live periods of a minute or more; a shorter one is sent still.
            live_seconds = remaining if remaining >= SHORTEST_LIVE_SECONDS else None
        shared = SharedLocation(location.latitude, location.longitude, live_seconds)
        earlier = None
        if live_update:
            earlier = await self._rows.latest_in(tx, alert.id, recipient_id, LOCATION)
        if earlier is not None:
            # Only the newest position matters: an older move not yet sent is dropped.
            await self._rows.cancel_pending_in(tx, alert.id, recipient_id, LOCATION_MOVE)
            message = OutboundMessage(location=shared, moves=earlier)
            purpose = LOCATION_MOVE
        else:
            message = OutboundMessage(location=shared)
            purpose = LOCATION
        await self._to_recipient(tx, alert, recipient_id, audience, message, priority, now, purpose)

    async def _answer_buttons(
        self, tx: Tx, alert: Alert, recipient_id: str, audience: Audience, now: datetime
    ) -> tuple[tuple[tuple[str, str], ...], ...]:
        labels = self._messages.alert_buttons(recipient_id, audience)
        if recipient_id == COORDINATORS:
            owner = None
            actions = [
                ButtonAction("coord-on-it", alert.id),
                ButtonAction("coord-resolve", alert.id),
            ]
        else:
            owner = audience.contacts[recipient_id][1].id
            actions = [
                ButtonAction("alert-on-it", alert.id),
                ButtonAction("alert-cant-help", alert.id),
            ]
        if owner is not None:
            actions.append(ButtonAction(NOTE_ROUTE, alert.id))
        data = await self._buttons.issue_in(
            tx, owner, actions, now, ANSWER_BUTTONS_LIFETIME, single_use=False
        )
        buttons = [tuple(zip(labels, data[: len(labels)], strict=True))]
        if owner is not None:
            # Contacts can write to everyone else on the alert (issue 11).
            buttons.append(((self._messages.note_button(recipient_id, audience), data[-1]),))
        return tuple(buttons)

    async def _to_recipient(
        self,
        tx: Tx,
        alert: Alert,
        recipient_id: str,
        audience: Audience,
        message: OutboundMessage,
        priority: Priority,
        now: datetime,
        purpose: str,
    ) -> None:
        if recipient_id == COORDINATORS:
            if audience.coordinators_chat_id is None:
                return
            chat_id, kind, owner = audience.coordinators_chat_id, ChatKind.GROUP, None
        else:
            found = audience.contacts.get(recipient_id)
            if found is None:
                return
            person = found[1]
            chat_id, kind, owner = person.chat_id, ChatKind.PRIVATE, person.id
        await self._rows.enqueue_in(
            tx,
            chat_id,
            kind,
            message,
            priority,
            now,
            topic=alert.id,
            recipient_ref=recipient_id,
            purpose=purpose,
            owner_user_id=owner,
        )
