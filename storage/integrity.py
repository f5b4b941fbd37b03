"""Rows that decide where an alert goes, or what state something is in, are sealed.

Each table in `SEALED` has a `row_mac` column: the key id and a keyed BLAKE2b (its own sub-key,
see storage/crypto.py) over the row's id and the listed columns, clear ones (links between
people, tiers, states, versions, the lookup index) and ciphertexts alike. So a plain column
changed without the key (a contact row re-pointed at another account, two lookup-index values
swapped, an alert's state flipped back to open) or an older ciphertext put back under a newer
version fails verification. A row that fails is refused, never acted on: lists leave it out,
single reads raise `TamperedRowError` (or report nothing found), and `TamperAlarm` tells its
listeners once, naming only the table.

What a row MAC cannot see is a whole row put back as it was (its old MAC with it). Where that
matters, the row is also bound to its owner's anchor (`users.state_ct`, see storage/anchors.py):
the version of the safety words and the set of open alerts. What remains possible without state
outside the database is listed in docs/data-protection.md.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from typing import Any, Protocol

from bot.errors import DecryptionError
from storage.crypto import FieldCrypto, MacValue

log = logging.getLogger(__name__)

MAC_COLUMN = "row_mac"

# table -> the columns its MAC covers (besides the id). Stored MACs depend on this: adding,
# removing or reordering a column needs a migration whose step re-seals every row of the table
# (as storage/upgrade.py does for migrations 10 and 12; `SEALED_V10` is the layout before
# 12). Code that writes a sealed column must write the row's new MAC in the same statement
# (`db.seals.seal`, or `storage.sealed.rewrite_sealed_in`).
SEALED: dict[str, tuple[str, ...]] = {
    "users": (
        "tg_user_id_bidx",
        "tg_user_id_ct",
        "chat_id_ct",
        "display_name_ct",
        "language_ct",
        "settings_ct",
        "state_ct",
    ),
    "contacts": (
        "defender_ct",
        "defender_bidx",
        "contact_user_ct",
        "contact_user_bidx",
        "label_ct",
        "shown_name_ct",
        "tier",
        "status",
    ),
    # Wrong safety-PIN attempts: an older count put back, or another row's, is refused.
    "pin_attempts": ("state_ct",),
    "invites": (
        "defender_ct",
        "defender_bidx",
        "token_hash",
        "label_ct",
        "shown_name_ct",
        "tier",
        "status",
        "expires_at",
    ),
    "alerts": ("defender_ct", "defender_bidx", "state", "version", "body_ct"),
    "schedules": ("version", "body_ct"),
    "safety_words": ("words_ct",),
    "button_sets": (
        "user_ct",
        "user_bidx",
        "actions_ct",
        "single_use",
        "used",
        "expires_at",
    ),
    # Only what is fixed when the row is written: state, leases and attempts change as it is
    # sent, and deleting the row would do an attacker as much as changing them.
    # What it is about, for whom and why: the links, and route_ct (purpose, priority, kind of
    # chat); the clear priority and chat_kind are only the pacer's hints.
    "outbox": (
        "topic_ct",
        "topic_bidx",
        "thread_ct",
        "thread_bidx",
        "owner_ct",
        "owner_bidx",
        "route_ct",
        "chat_id_ct",
    ),
    "cards": ("fields_ct",),
    "conversations": ("state_ct", "expires_at"),
    "coordinator_chats": ("chat_id_bidx", "chat_id_ct", "title_ct"),
    # What the bot sent where about an alert (issue 12): re-pointed at another alert, a copy
    # would be taken away too early or kept too long.
    "alert_copies": ("alert_ct", "alert_bidx", "copy_ct"),
}


# The layout migrations 10 and 11 sealed with: what migration 12 checks old rows against.
SEALED_V10: dict[str, tuple[str, ...]] = {
    **{
        t: c
        for t, c in SEALED.items()
        if t not in ("cards", "conversations", "coordinator_chats", "alert_copies")
    },
    "contacts": ("defender_id", "contact_user_id", "label_ct", "shown_name_ct", "tier", "status"),
    "invites": ("defender_id", *SEALED["invites"][2:]),
    "alerts": ("defender_id", "state", "version", "body_ct"),
    "button_sets": ("user_id", "audience", "actions_ct", "single_use", "used", "expires_at"),
    "outbox": (
        "topic",
        "recipient_ref",
        "purpose",
        "owner_user_id",
        "chat_id_ct",
        "chat_kind",
        "priority",
    ),
}


class RowLike(Protocol):
    """A `sqlite3.Row` or a dict: what sealing reads columns from."""

    def __getitem__(self, key: str, /) -> Any: ...


class TamperedRowError(DecryptionError):
    """A row failed its MAC or disagreed with its owner's anchor: written without the key."""


class TamperAlarm:
    """Counts refused rows; tells its listeners (the app's admin notice) once per process."""

    def __init__(self) -> None:
        self._listeners: list[Callable[[str], None]] = []
        self._told = False
        self.refused = 0

    def subscribe(self, listener: Callable[[str], None]) -> None:
        self._listeners.append(listener)

    @property
    def told(self) -> bool:
        return self._told

    def refuse(self, table: str) -> TamperedRowError:
        """Record a refused row and return the error to raise (the caller may not raise it)."""
        self.refused += 1
        log.warning("tampered-row-refused table=%s", table)
        if not self._told:
            self._told = True
            for listener in self._listeners:
                try:
                    listener(table)
                except Exception:  # a failing notice must not turn a refusal into a crash
                    log.exception("tamper-notice-failed")
        return TamperedRowError(
            f"A row in {table} failed its integrity check: the database was changed by "
            "something that does not hold the key. The row was refused."
        )


Layout = Mapping[str, tuple[str, ...]]


def mac_values(table: str, row: RowLike, layout: Layout = SEALED) -> list[tuple[str, MacValue]]:
    return [(column, row[column]) for column in layout[table]]


def seal(crypto: FieldCrypto, table: str, row: RowLike, layout: Layout = SEALED) -> bytes:
    """The `row_mac` for `row` (a mapping with "id" and every sealed column)."""
    return crypto.row_mac(table, str(row["id"]), mac_values(table, row, layout))


def intact(crypto: FieldCrypto, table: str, row: RowLike, layout: Layout = SEALED) -> bool:
    values = mac_values(table, row, layout)
    return crypto.verify_row_mac(table, str(row["id"]), values, row[MAC_COLUMN])


class RowSeals:
    """Seal and check rows of one database; refusals go to its alarm."""

    def __init__(self, crypto: FieldCrypto, alarm: TamperAlarm) -> None:
        self._crypto = crypto
        self._alarm = alarm

    def seal(self, table: str, row: RowLike) -> bytes:
        return seal(self._crypto, table, row)

    def ok(self, table: str, row: RowLike) -> bool:
        """True when the row verifies; False (and the alarm raised) when it does not."""
        if intact(self._crypto, table, row):
            return True
        self._alarm.refuse(table)
        return False

    def check(self, table: str, row: RowLike) -> None:
        if not intact(self._crypto, table, row):
            raise self._alarm.refuse(table)

    def refuse(self, table: str) -> TamperedRowError:
        return self._alarm.refuse(table)
