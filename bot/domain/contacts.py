"""Invitations and trusted contacts, as the rest of the code sees them once decrypted."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum


class InviteStatus(StrEnum):
    PENDING = "pending"
    USED = "used"
    REVOKED = "revoked"
    DECLINED = "declined"


class ContactStatus(StrEnum):
    ACTIVE = "active"
    UNREACHABLE = "unreachable"


@dataclass(frozen=True)
class Invite:
    id: str
    defender_id: str
    label: str = field(repr=False)
    shown_name: str = field(repr=False)
    tier: int
    status: InviteStatus
    expires_at: datetime


@dataclass(frozen=True)
class TrustedContact:
    """One person (`contact_user_id`) protecting one defender (`defender_id`)."""

    id: str
    defender_id: str
    contact_user_id: str
    label: str = field(repr=False)
    shown_name: str = field(repr=False)
    tier: int
    status: ContactStatus
