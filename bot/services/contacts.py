"""Trusted contacts, only with consent: invitations, answers, and changes to the links.

A defender invites someone with a one-time link; the person who opens it sees who asks and
what it means, and accepts or declines. Every change checks that the person asking owns what
they change (the defender their contacts, the contact their own place), on top of the button
checks in `handlers.routing`.
"""

from __future__ import annotations

import logging
import re
import secrets
from dataclasses import dataclass
from datetime import timedelta
from enum import StrEnum
from typing import TYPE_CHECKING

from bot.clock import Clock
from bot.config import DEFAULT_INVITE_HOURS, DEFAULT_MAX_CONTACTS
from bot.domain.contacts import Invite, InviteStatus, TrustedContact
from bot.domain.users import User
from storage.contacts import ContactRepository, hash_token
from storage.users import UserRepository

if TYPE_CHECKING:
    from bot.services.alerts import AlertService
    from bot.services.redaction import RedactionService

log = logging.getLogger(__name__)

INVITE_LIFETIME = timedelta(hours=DEFAULT_INVITE_HOURS)
MAX_CONTACTS = DEFAULT_MAX_CONTACTS
LABEL_MAX_CHARS = 64
TIERS = (1, 2)
# What `secrets.token_urlsafe` makes, with room for longer tokens; Telegram allows 64.
TOKEN_PATTERN = re.compile(r"[A-Za-z0-9_-]{20,64}")
TOKEN_BYTES = 16  # 128 bits


class InviteOutcome(StrEnum):
    """What opening, accepting or declining an invitation came to."""

    VALID = "valid"  # pending: the opener may accept or decline
    ACCEPTED = "accepted"
    DECLINED = "declined"
    MALFORMED = "malformed"
    UNKNOWN = "unknown"
    EXPIRED = "expired"
    USED = "used"  # somebody else accepted it
    ALREADY_ACCEPTED = "already-accepted"  # used, and the opener protects this defender
    REVOKED = "revoked"
    WAS_DECLINED = "was-declined"
    OWN_INVITE = "own-invite"
    ALREADY_CONTACT = "already-contact"  # pending, but the opener protects this defender


@dataclass(frozen=True)
class CreatedInvite:
    invite: Invite
    token: str  # goes into the link once, never stored


@dataclass(frozen=True)
class InviteOpening:
    """`shown_name` and `invite_id` are set only when the opener may see who invites them."""

    outcome: InviteOutcome
    invite_id: str | None = None
    shown_name: str | None = None


@dataclass(frozen=True)
class InviteAnswer:
    """The result of accepting or declining; `defender` is set when they are to be told."""

    outcome: InviteOutcome
    label: str | None = None
    shown_name: str | None = None
    defender: User | None = None
    tier: int | None = None


@dataclass(frozen=True)
class DefenderContacts:
    contacts: list[TrustedContact]
    invites: list[Invite]


@dataclass(frozen=True)
class Departure:
    """A link that ended, and the other person in it (to be told), if they still exist."""

    contact: TrustedContact
    other: User | None


def clean_label(text: str) -> str | None:
    """What the defender calls a contact: trimmed, 1 to 64 characters, one line."""
    label = " ".join(text.split())
    return label if 0 < len(label) <= LABEL_MAX_CHARS else None


def is_well_formed_token(token: str) -> bool:
    return TOKEN_PATTERN.fullmatch(token) is not None


class ContactService:
    def __init__(
        self,
        contacts: ContactRepository,
        users: UserRepository,
        clock: Clock,
        *,
        invite_lifetime: timedelta = INVITE_LIFETIME,
        max_contacts: int = MAX_CONTACTS,
        alerts: AlertService | None = None,
        redactions: RedactionService | None = None,
    ) -> None:
        self._contacts = contacts
        self._redactions = redactions
        self._users = users
        self._clock = clock
        self._alerts = alerts
        self.invite_lifetime = invite_lifetime
        self.max_contacts = max_contacts

    async def forget_expired_invites(self) -> int:
        """A week after expiry an invitation's link no longer needs its own message."""
        return await self._contacts.purge_invites(self._clock.now() - timedelta(days=7))

    # ------------------------------------------------------------------ inviting

    async def can_invite(self, defender: User) -> bool:
        links = await self._contacts.count_links(defender.id, self._clock.now())
        return links < self.max_contacts

    async def create_invite(
        self, defender: User, label: str, tier: int, shown_name: str | None = None
    ) -> CreatedInvite | None:
        """A new one-time invitation; None when the defender has reached the limit.

        `shown_name` is what the invited person will see for the defender (their Telegram
        name unless they chose another)."""
        cleaned = clean_label(label)
        shown = clean_label(shown_name) if shown_name is not None else defender.display_name
        if cleaned is None or shown is None or tier not in TIERS:
            raise ValueError("an invitation needs a label and a name of 1 to 64 characters")
        token = secrets.token_urlsafe(TOKEN_BYTES)
        invite = await self._contacts.create_invite(
            defender.id,
            hash_token(token),
            cleaned,
            shown,
            tier,
            self._clock.now(),
            self.invite_lifetime,
            self.max_contacts,
        )
        return None if invite is None else CreatedInvite(invite, token)

    async def revoke(self, defender: User, invite_id: str) -> Invite | None:
        """Revoke one of the defender's pending invitations; None if there is none to revoke."""
        return await self._contacts.revoke_invite(defender.id, invite_id, self._clock.now())

    # ------------------------------------------------------------------ answering

    async def open_invite(self, token: str, opener: User) -> InviteOpening:
        if not is_well_formed_token(token):
            return InviteOpening(InviteOutcome.MALFORMED)
        invite = await self._contacts.invite_by_token_hash(hash_token(token))
        if invite is None:
            return InviteOpening(InviteOutcome.UNKNOWN)
        return await self._explain(invite, opener)

    async def accept(self, invite_id: str, opener: User) -> InviteAnswer:
        contact = await self._contacts.accept_invite(invite_id, opener.id, self._clock.now())
        if contact is None:
            return await self._refusal(invite_id, opener)
        if self._alerts is not None:
            try:  # an open alert of the defender whose tier was already alerted: theirs too
                await self._alerts.contact_joined(contact.defender_id, contact.id, contact.tier)
            except Exception as error:  # the acceptance stands whatever happens to the alert
                log.error(
                    "contact %s: open alerts not extended: %s", contact.id, type(error).__name__
                )
        return InviteAnswer(
            InviteOutcome.ACCEPTED,
            label=contact.label,
            shown_name=contact.shown_name,
            defender=await self._users.get(contact.defender_id),
            tier=contact.tier,
        )

    async def decline(self, invite_id: str, opener: User) -> InviteAnswer:
        found = await self._contacts.invite(invite_id)
        if found is None:
            return InviteAnswer(InviteOutcome.UNKNOWN)
        opening = await self._explain(found, opener)
        if opening.outcome is not InviteOutcome.VALID:
            return InviteAnswer(opening.outcome, shown_name=opening.shown_name)
        invite = await self._contacts.decline_invite(invite_id, self._clock.now())
        if invite is None:
            return await self._refusal(invite_id, opener)
        return InviteAnswer(
            InviteOutcome.DECLINED,
            label=invite.label,
            shown_name=invite.shown_name,
            defender=await self._users.get(invite.defender_id),
            tier=invite.tier,
        )

    async def _refusal(self, invite_id: str, opener: User) -> InviteAnswer:
        """Why an invitation could not be answered (it changed since it was opened)."""
        invite = await self._contacts.invite(invite_id)
        if invite is None:
            return InviteAnswer(InviteOutcome.UNKNOWN)
        opening = await self._explain(invite, opener)
        outcome = opening.outcome
        # Still pending yet refused: someone else won a race; say it is used.
        if outcome is InviteOutcome.VALID:
            outcome = InviteOutcome.USED
        return InviteAnswer(outcome, shown_name=opening.shown_name)

    async def _explain(self, invite: Invite, opener: User) -> InviteOpening:
        """The outcome of opening `invite`; the defender's name only for those who may see it."""
        if invite.defender_id == opener.id:
            return InviteOpening(InviteOutcome.OWN_INVITE)
        link = await self._contacts.contact_between(invite.defender_id, opener.id)
        if invite.status is InviteStatus.USED:
            if link is not None:
                return InviteOpening(InviteOutcome.ALREADY_ACCEPTED, shown_name=link.shown_name)
            return InviteOpening(InviteOutcome.USED)
        if invite.status is InviteStatus.REVOKED:
            return InviteOpening(InviteOutcome.REVOKED)
        if invite.status is InviteStatus.DECLINED:
            return InviteOpening(InviteOutcome.WAS_DECLINED)
        if invite.expires_at <= self._clock.now():
            return InviteOpening(InviteOutcome.EXPIRED)
        if link is not None:
            return InviteOpening(InviteOutcome.ALREADY_CONTACT, shown_name=link.shown_name)
        return InviteOpening(InviteOutcome.VALID, invite.id, invite.shown_name)

    # ------------------------------------------------------------------ the links

    async def list_for_defender(self, defender: User) -> DefenderContacts:
        now = self._clock.now()
        return DefenderContacts(
            contacts=await self._contacts.contacts_of(defender.id),
            invites=await self._contacts.open_invites(defender.id, now),
        )

    async def list_protected(self, contact: User) -> list[TrustedContact]:
        """The people `contact` protects (each link's `shown_name` is the defender's name)."""
        return await self._contacts.protected_by(contact.id)

    async def active_contacts(self, defender: User) -> list[TrustedContact]:
        """Who to alert for `defender`, tier 1 first."""
        return await self._contacts.active_contacts_of(defender.id)

    async def contact_of(self, defender: User, contact_id: str) -> TrustedContact | None:
        return await self._contacts.contact_of_defender(defender.id, contact_id)

    async def protection_of(self, contact: User, contact_id: str) -> TrustedContact | None:
        return await self._contacts.contact_for_contact(contact.id, contact_id)

    async def set_tier(self, defender: User, contact_id: str, tier: int) -> TrustedContact | None:
        if tier not in TIERS:
            return None
        return await self._contacts.set_tier(defender.id, contact_id, tier)

    async def remove(self, defender: User, contact_id: str) -> Departure | None:
        """The defender removes a contact; `other` is the contact, to be told."""
        contact = await self._contacts.remove_by_defender(defender.id, contact_id)
        if contact is None:
            return None
        await self._left(contact)
        return Departure(contact, await self._users.get(contact.contact_user_id))

    async def step_down(self, contact: User, contact_id: str) -> Departure | None:
        """A contact stops protecting a defender; `other` is the defender, to be told."""
        link = await self._contacts.remove_by_contact(contact.id, contact_id)
        if link is None:
            return None
        await self._left(link)
        return Departure(link, await self._users.get(link.defender_id))

    async def _left(self, link: TrustedContact) -> None:
        """What the person was sent about the defender's alerts goes now (issue 12)."""
        if self._redactions is None:
            return
        try:
            await self._redactions.recipient_left(link.id, link.defender_id)
        except Exception as error:  # the link has ended; the sweep takes the copies later
            log.error("contact %s: copies not taken away: %s", link.id, type(error).__name__)
