"""Invitations and trusted contacts: who protects whom, by consent.

The invitation link's token is never stored, only its unkeyed BLAKE2b hash (see the migration
0002 for why unkeyed). Labels (what the defender calls a contact) and shown names (the
defender's name as the contact sees it) are encrypted, bound to their row. Once an invitation
is answered or revoked its label and shown name are overwritten with empty ciphertexts: the row
stays only so that the link, opened again, gets the right explanation.

Who protects whom is stored as links (storage/links.py): encrypted ids with blind indexes, so
the file alone does not show it. Both tables are sealed (storage/integrity.py): the links, the
tier, the status and the ciphertexts. A row that fails its check is left out of every list and
found by no lookup, so an alert never goes to a contact row someone re-pointed without the key.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta

import nacl.encoding
import nacl.hash

from bot.domain.contacts import ContactStatus, Invite, InviteStatus, TrustedContact
from storage.db import Database, Tx
from storage.ids import new_id
from storage.integrity import MAC_COLUMN, TamperedRowError
from storage.links import link_columns, link_index, read_link
from storage.sealed import rewrite_sealed_in
from storage.timecodec import from_db_time, to_db_time, to_db_wake

INVITES = "invites"
CONTACTS = "contacts"
TOKEN_HASH_BYTES = 32


def hash_token(token: str) -> bytes:
    """What `invites.token_hash` holds for an invitation link's token."""
    return nacl.hash.blake2b(
        token.encode(), digest_size=TOKEN_HASH_BYTES, encoder=nacl.encoding.RawEncoder
    )


class ContactRepository:
    def __init__(self, db: Database) -> None:
        self._db = db
        self._crypto = db.crypto

    # ------------------------------------------------------------------ invitations

    async def create_invite(
        self,
        defender_id: str,
        token_hash: bytes,
        label: str,
        shown_name: str,
        tier: int,
        now: datetime,
        lifetime: timedelta,
        limit: int,
    ) -> Invite | None:
        """A pending invitation, or None when the defender already has `limit` links."""
        invite = Invite(
            id=new_id(),
            defender_id=defender_id,
            label=label,
            shown_name=shown_name,
            tier=tier,
            status=InviteStatus.PENDING,
            expires_at=from_db_time(to_db_wake(now + lifetime)),
        )
        row = self._crypto.row(INVITES, invite.id)
        values = {
            "id": invite.id,
            **link_columns(self._crypto, INVITES, invite.id, "defender", defender_id),
            "token_hash": token_hash,
            "label_ct": row.text("label_ct", label),
            "shown_name_ct": row.text("shown_name_ct", shown_name),
            "tier": tier,
            "status": invite.status.value,
            "expires_at": to_db_wake(invite.expires_at),
        }
        values[MAC_COLUMN] = self._db.seals.seal(INVITES, values)
        async with self._db.transaction() as tx:
            if await self._count_links(tx, defender_id, now) >= limit:
                return None
            await tx.execute(
                "INSERT INTO invites (id, defender_ct, defender_bidx, token_hash, label_ct, "
                "shown_name_ct, tier, status, expires_at, row_mac) VALUES (:id, :defender_ct, "
                ":defender_bidx, :token_hash, :label_ct, :shown_name_ct, :tier, :status, "
                ":expires_at, :row_mac)",
                values,
            )
        return invite

    async def count_links(self, defender_id: str, now: datetime) -> int:
        """Contacts plus invitations still open: what the per-defender limit counts."""
        async with self._db.read() as tx:
            return await self._count_links(tx, defender_id, now)

    async def _count_links(self, tx: Tx, defender_id: str, now: datetime) -> int:
        return int(
            await tx.scalar(
                "SELECT (SELECT count(*) FROM contacts WHERE defender_bidx = ?) + "
                "(SELECT count(*) FROM invites WHERE defender_bidx = ? AND status = 'pending' "
                "AND expires_at > ?)",
                (
                    self._index(CONTACTS, "defender", defender_id),
                    self._index(INVITES, "defender", defender_id),
                    to_db_time(now),
                ),
            )
        )

    async def invite_by_token_hash(self, token_hash: bytes) -> Invite | None:
        async with self._db.read() as tx:
            row = await tx.fetchone("SELECT * FROM invites WHERE token_hash = ?", (token_hash,))
        return None if row is None else self._checked_invite(row)

    async def invite(self, invite_id: str) -> Invite | None:
        async with self._db.read() as tx:
            row = await tx.fetchone("SELECT * FROM invites WHERE id = ?", (invite_id,))
        return None if row is None else self._checked_invite(row)

    async def open_invites(self, defender_id: str, now: datetime) -> list[Invite]:
        async with self._db.read() as tx:
            rows = await tx.fetchall(
                "SELECT * FROM invites WHERE defender_bidx = ? AND status = 'pending' "
                "AND expires_at > ? ORDER BY expires_at",
                (self._index(INVITES, "defender", defender_id), to_db_time(now)),
            )
        return [i for row in rows if (i := self._checked_invite(row)) is not None]

    async def accept_invite(
        self, invite_id: str, contact_user_id: str, now: datetime
    ) -> TrustedContact | None:
        """Turn a pending, unexpired invitation into an active contact; None if it is not
        pending any more, has expired, is the defender's own, or the person already protects
        that defender."""
        async with self._db.transaction() as tx:
            found = await tx.fetchone("SELECT * FROM invites WHERE id = ?", (invite_id,))
            invite = None if found is None else self._checked_invite(found)
            if invite is None:
                return None
            if invite.defender_id == contact_user_id or await self._is_contact(
                tx, invite.defender_id, contact_user_id
            ):
                return None
            if not await self._close_invite(tx, invite_id, InviteStatus.USED, now):
                return None
            contact = TrustedContact(
                id=new_id(),
                defender_id=invite.defender_id,
                contact_user_id=contact_user_id,
                label=invite.label,
                shown_name=invite.shown_name,
                tier=invite.tier,
                status=ContactStatus.ACTIVE,
            )
            row = self._crypto.row(CONTACTS, contact.id)
            values = {
                "id": contact.id,
                **link_columns(self._crypto, CONTACTS, contact.id, "defender", contact.defender_id),
                **link_columns(
                    self._crypto, CONTACTS, contact.id, "contact_user", contact.contact_user_id
                ),
                "label_ct": row.text("label_ct", contact.label),
                "shown_name_ct": row.text("shown_name_ct", contact.shown_name),
                "tier": contact.tier,
                "status": contact.status.value,
            }
            values[MAC_COLUMN] = self._db.seals.seal(CONTACTS, values)
            await tx.execute(
                "INSERT INTO contacts (id, defender_ct, defender_bidx, contact_user_ct, "
                "contact_user_bidx, label_ct, shown_name_ct, tier, status, row_mac) VALUES "
                "(:id, :defender_ct, :defender_bidx, :contact_user_ct, :contact_user_bidx, "
                ":label_ct, :shown_name_ct, :tier, :status, :row_mac)",
                values,
            )
        return contact

    async def decline_invite(self, invite_id: str, now: datetime) -> Invite | None:
        """Decline a pending, unexpired invitation; the invitation as it was, or None."""
        return await self._close(invite_id, InviteStatus.DECLINED, now)

    async def revoke_invite(self, defender_id: str, invite_id: str, now: datetime) -> Invite | None:
        """Revoke one of the defender's pending invitations; the invitation as it was, or None."""
        return await self._close(invite_id, InviteStatus.REVOKED, now, defender_id=defender_id)

    async def _close(
        self, invite_id: str, status: InviteStatus, now: datetime, *, defender_id: str | None = None
    ) -> Invite | None:
        async with self._db.transaction() as tx:
            found = await tx.fetchone("SELECT * FROM invites WHERE id = ?", (invite_id,))
            invite = None if found is None else self._checked_invite(found)
            if invite is None:
                return None
            if defender_id is not None and invite.defender_id != defender_id:
                return None
            if not await self._close_invite(tx, invite_id, status, now):
                return None
        return invite

    async def _close_invite(
        self, tx: Tx, invite_id: str, status: InviteStatus, now: datetime
    ) -> bool:
        """pending -> `status`, only if still pending and unexpired; forgets label and name."""
        row = self._crypto.row(INVITES, invite_id)
        changed = await rewrite_sealed_in(
            self._db,
            tx,
            INVITES,
            invite_id,
            {
                "status": status.value,
                "label_ct": row.text("label_ct", ""),
                "shown_name_ct": row.text("shown_name_ct", ""),
            },
            " AND status = 'pending' AND expires_at > ?",
            (to_db_time(now),),
        )
        return changed is not None

    async def purge_invites(self, expired_before: datetime) -> int:
        """Forget invitations (their token hash included) that expired long enough ago."""
        async with self._db.transaction() as tx:
            return await tx.execute(
                "DELETE FROM invites WHERE expires_at < ?", (to_db_time(expired_before),)
            )

    def _checked_invite(self, row: sqlite3.Row) -> Invite | None:
        """The invitation in the row, or None (and the alarm raised) when it fails its check."""
        if not self._db.seals.ok(INVITES, row):
            return None
        return self._invite(row)

    def _invite(self, row: sqlite3.Row) -> Invite:
        cipher = self._crypto.row(INVITES, row["id"])
        return Invite(
            id=row["id"],
            defender_id=self._link(INVITES, row, "defender"),
            label=cipher.read_text("label_ct", row["label_ct"]),
            shown_name=cipher.read_text("shown_name_ct", row["shown_name_ct"]),
            tier=int(row["tier"]),
            status=InviteStatus(row["status"]),
            expires_at=from_db_time(row["expires_at"]),
        )

    # ------------------------------------------------------------------ contacts

    async def is_contact(self, defender_id: str, contact_user_id: str) -> bool:
        async with self._db.read() as tx:
            return await self._is_contact(tx, defender_id, contact_user_id)

    async def _is_contact(self, tx: Tx, defender_id: str, contact_user_id: str) -> bool:
        found = await tx.fetchone(
            "SELECT * FROM contacts WHERE defender_bidx = ? AND contact_user_bidx = ?",
            self._pair(defender_id, contact_user_id),
        )
        return found is not None and self._db.seals.ok(CONTACTS, found)

    async def exists_in(self, tx: Tx, contact_id: str) -> bool:
        """Whether the link is still there (a copy of an alert sent to someone who has just
        left expires at once)."""
        found = await tx.fetchone("SELECT * FROM contacts WHERE id = ?", (contact_id,))
        return found is not None and self._db.seals.ok(CONTACTS, found)

    async def contact_between(
        self, defender_id: str, contact_user_id: str
    ) -> TrustedContact | None:
        async with self._db.read() as tx:
            row = await tx.fetchone(
                "SELECT * FROM contacts WHERE defender_bidx = ? AND contact_user_bidx = ?",
                self._pair(defender_id, contact_user_id),
            )
        return None if row is None else self._checked_contact(row)

    async def contacts_of(self, defender_id: str) -> list[TrustedContact]:
        """The defender's contacts, tier 1 first."""
        async with self._db.read() as tx:
            rows = await tx.fetchall(
                "SELECT * FROM contacts WHERE defender_bidx = ? ORDER BY tier, rowid",
                (self._index(CONTACTS, "defender", defender_id),),
            )
        return self._checked_contacts(rows)

    async def active_contacts_of(self, defender_id: str) -> list[TrustedContact]:
        """The defender's active contacts, tier 1 first."""
        async with self._db.read() as tx:
            rows = await tx.fetchall(
                "SELECT * FROM contacts WHERE defender_bidx = ? AND status = 'active' "
                "ORDER BY tier, rowid",
                (self._index(CONTACTS, "defender", defender_id),),
            )
        return self._checked_contacts(rows)

    async def protected_by(self, contact_user_id: str) -> list[TrustedContact]:
        """The links in which this person is the trusted contact."""
        async with self._db.read() as tx:
            rows = await tx.fetchall(
                "SELECT * FROM contacts WHERE contact_user_bidx = ? ORDER BY rowid",
                (self._index(CONTACTS, "contact_user", contact_user_id),),
            )
        return self._checked_contacts(rows)

    async def contact_of_defender(self, defender_id: str, contact_id: str) -> TrustedContact | None:
        return await self._one_contact("defender", defender_id, contact_id)

    async def contact_for_contact(
        self, contact_user_id: str, contact_id: str
    ) -> TrustedContact | None:
        return await self._one_contact("contact_user", contact_user_id, contact_id)

    async def _one_contact(
        self, owner: str, owner_id: str, contact_id: str
    ) -> TrustedContact | None:
        async with self._db.read() as tx:
            row = await tx.fetchone(
                f"SELECT * FROM contacts WHERE id = ? AND {_owner_column(owner)} = ?",
                (contact_id, self._index(CONTACTS, owner, owner_id)),
            )
        return None if row is None else self._checked_contact(row)

    async def set_tier(self, defender_id: str, contact_id: str, tier: int) -> TrustedContact | None:
        """Move one of the defender's contacts to `tier`; the contact as it is now, or None."""
        async with self._db.transaction() as tx:
            try:
                changed = await rewrite_sealed_in(
                    self._db,
                    tx,
                    CONTACTS,
                    contact_id,
                    {"tier": tier},
                    " AND defender_bidx = ?",
                    (self._index(CONTACTS, "defender", defender_id),),
                )
            except TamperedRowError:
                return None
            if changed is None:
                return None
            row = await tx.fetchone("SELECT * FROM contacts WHERE id = ?", (contact_id,))
        return None if row is None else self._checked_contact(row)

    async def remove_by_defender(self, defender_id: str, contact_id: str) -> TrustedContact | None:
        """The defender ends a link; the contact as it was, or None if it was not theirs."""
        return await self._delete("defender", defender_id, contact_id)

    async def remove_by_contact(
        self, contact_user_id: str, contact_id: str
    ) -> TrustedContact | None:
        """The contact steps down; the link as it was, or None if it was not theirs."""
        return await self._delete("contact_user", contact_user_id, contact_id)

    async def _delete(self, owner: str, owner_id: str, contact_id: str) -> TrustedContact | None:
        column = _owner_column(owner)
        index = self._index(CONTACTS, owner, owner_id)
        async with self._db.transaction() as tx:
            row = await tx.fetchone(
                f"SELECT * FROM contacts WHERE id = ? AND {column} = ?", (contact_id, index)
            )
            if row is None or not self._db.seals.ok(CONTACTS, row):
                return None
            changed = await tx.execute(
                f"DELETE FROM contacts WHERE id = ? AND {column} = ?", (contact_id, index)
            )
            if changed != 1:
                return None
        return self._contact(row)

    async def set_status_in(self, tx: Tx, contact_id: str, status: ContactStatus) -> bool:
        """Unreachable when delivery to them failed for good; active again once it works."""
        try:
            changed = await rewrite_sealed_in(
                self._db,
                tx,
                CONTACTS,
                contact_id,
                {"status": status.value},
                " AND status != ?",
                (status.value,),
            )
        except TamperedRowError:
            return False
        return changed is not None

    async def set_status(self, contact_id: str, status: ContactStatus) -> bool:
        # Called after every alert delivered: a read first, so the usual case writes nothing.
        async with self._db.read() as tx:
            current = await tx.scalar("SELECT status FROM contacts WHERE id = ?", (contact_id,))
        if current is None or current == status.value:
            return False
        async with self._db.transaction() as tx:
            return await self.set_status_in(tx, contact_id, status)

    def _index(self, table: str, name: str, user_id: str) -> bytes:
        return link_index(self._crypto, table, name, user_id)

    def _pair(self, defender_id: str, contact_user_id: str) -> tuple[bytes, bytes]:
        return (
            self._index(CONTACTS, "defender", defender_id),
            self._index(CONTACTS, "contact_user", contact_user_id),
        )

    def _link(self, table: str, row: sqlite3.Row, name: str) -> str:
        value = read_link(self._crypto, table, row, name)
        if value is None:
            raise self._db.seals.refuse(table)
        return value

    def _checked_contact(self, row: sqlite3.Row) -> TrustedContact | None:
        """The link in the row, or None (and the alarm raised) when it fails its check."""
        if not self._db.seals.ok(CONTACTS, row):
            return None
        return self._contact(row)

    def _checked_contacts(self, rows: list[sqlite3.Row]) -> list[TrustedContact]:
        return [c for row in rows if (c := self._checked_contact(row)) is not None]

    def _contact(self, row: sqlite3.Row) -> TrustedContact:
        cipher = self._crypto.row(CONTACTS, row["id"])
        return TrustedContact(
            id=row["id"],
            defender_id=self._link(CONTACTS, row, "defender"),
            contact_user_id=self._link(CONTACTS, row, "contact_user"),
            label=cipher.read_text("label_ct", row["label_ct"]),
            shown_name=cipher.read_text("shown_name_ct", row["shown_name_ct"]),
            tier=int(row["tier"]),
            status=ContactStatus(row["status"]),
        )


def _owner_column(name: str) -> str:
    """Only these two column names are ever put into SQL text."""
    if name not in ("defender", "contact_user"):
        raise ValueError(f"not an owner column: {name}")
    return f"{name}_bidx"
