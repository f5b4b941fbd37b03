"""One-time upgrades that need the key, run inside the transaction of their migration.

Schema 10 seals rows (storage/integrity.py). SQL cannot compute a MAC, so this step, inside
migration 10's own transaction, (1) writes each user's anchor (storage/anchors.py) from the
rows as they are, (2) moves the safety words to their versioned form, and (3) re-encrypts every
value in the padded format and seals every sealed row, as rotate-key does with the same key.
Done whole or not at all: a crash leaves the database at schema 9, and the next start runs
migration 10 again. Rows are trusted as they are at that moment: before it, nothing was sealed
to check them against (docs/data-protection.md).

Running it twice is impossible by construction: resetting `user_version` to 9 makes migration
10's `ALTER TABLE` fail, so a database cannot be tricked into sealing rows changed without the
key.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from dataclasses import replace
from typing import Any

from storage.anchors import Anchor, load_anchor_in, save_anchor_in, seal_anchor
from storage.buttons import COORDINATORS
from storage.crypto import FieldCrypto
from storage.db import Database, Tx
from storage.integrity import MAC_COLUMN, SEALED, SEALED_V10, intact, seal
from storage.links import link_columns
from storage.reseal import reencrypt_in
from storage.safety_words import encode_words

SEALED_ROWS_VERSION = 10
BLIND_LINKS_VERSION = 12

# Migration 12 seals these for the first time.
NEWLY_SEALED_V12 = ("cards", "conversations", "coordinator_chats")
# Migration 12: table -> {old plain id column: link name}.
LINKS_V12: dict[str, dict[str, str]] = {
    "contacts": {"defender_id": "defender", "contact_user_id": "contact_user"},
    "invites": {"defender_id": "defender"},
    "alerts": {"defender_id": "defender"},
    "button_sets": {"user_id": "user"},
    "sent_messages": {"user_id": "user"},
    "outbox": {"topic": "topic", "owner_user_id": "owner"},
    "audit_log": {"alert_id": "alert"},
}


def upgrade_steps(db: Database) -> dict[int, Callable[[Tx], Awaitable[None]]]:
    async def seal_existing(tx: Tx) -> None:
        await _seal_existing(db, db.crypto, tx)

    async def blind_links(tx: Tx) -> None:
        for table, links in LINKS_V12.items():
            await _move_links(db.crypto, tx, table, links)
        await _anchor_pin_attempts(db, tx)
        for table in NEWLY_SEALED_V12:
            await _seal_as_they_are(db.crypto, tx, table)

    return {SEALED_ROWS_VERSION: seal_existing, BLIND_LINKS_VERSION: blind_links}


async def _seal_existing(db: Database, crypto: FieldCrypto, tx: Tx) -> None:
    words = await tx.fetchall("SELECT id, words_ct FROM safety_words")
    versioned = []
    for row in words:
        text = crypto.row("safety_words", row["id"]).read_text("words_ct", row["words_ct"])
        hashes = {str(k): str(v) for k, v in _json_object(text).items()}
        value = encode_words(1, hashes)
        versioned.append((crypto.row("safety_words", row["id"]).text("words_ct", value), row[0]))
    await tx.executemany("UPDATE safety_words SET words_ct = ? WHERE id = ?", versioned)
    with_words = {row["id"] for row in words}
    open_alerts: dict[str, set[str]] = {}
    for row in await tx.fetchall("SELECT id, defender_id FROM alerts WHERE state = 'open'"):
        open_alerts.setdefault(row["defender_id"], set()).add(row["id"])
    anchors = []
    for (user_id,) in await tx.fetchall("SELECT id FROM users"):
        has_words = user_id in with_words
        anchor = Anchor(int(has_words), has_words, frozenset(open_alerts.get(user_id, ())))
        anchors.append((seal_anchor(db, user_id, anchor), user_id))
    await tx.executemany("UPDATE users SET state_ct = ? WHERE id = ?", anchors)
    await reencrypt_in(
        tx, crypto, lambda _table, _rows: None, trust_unsealed=True, layout=SEALED_V10
    )


async def _move_links(crypto: FieldCrypto, tx: Tx, table: str, links: dict[str, str]) -> None:
    """Copy `<table>_v11` into the new `<table>`, each plain id turned into a link, each row
    sealed again; then drop the old table. A row that failed its check before stays refused:
    it gets an empty MAC, which nothing verifies."""
    old = f"{table}_v11"
    for row in await tx.fetchall(f"SELECT * FROM {old}"):
        values = {k: v for k, v in zip(row.keys(), tuple(row), strict=True) if k not in links}
        for column, name in links.items():
            plain = row[column]
            values.update(link_columns(crypto, table, str(row["id"]), name, plain))
        if table == "outbox":
            _route_outbox_row(crypto, row, values)
        if table == "button_sets":
            values.pop("audience")
            owner = row["user_id"] or COORDINATORS
            values.update(link_columns(crypto, table, str(row["id"]), "user", owner))
        if table == "audit_log":
            _action_into_entry(crypto, row, values)
        if table in SEALED_V10:
            trusted = intact(crypto, table, row, SEALED_V10)
            values[MAC_COLUMN] = seal(crypto, table, values) if trusted else b""
        names = ", ".join(values)
        marks = ", ".join(f":{name}" for name in values)
        await tx.execute(f"INSERT INTO {table} ({names}) VALUES ({marks})", values)
    await tx.execute(f"DROP TABLE {old}")


async def _seal_as_they_are(crypto: FieldCrypto, tx: Tx, table: str) -> None:
    """Seal every row of a table that had no seal (nothing to check them against before)."""
    columns = ", ".join(SEALED[table])
    rows = await tx.fetchall(f"SELECT id, {columns} FROM {table}")
    await tx.executemany(
        f"UPDATE {table} SET {MAC_COLUMN} = ? WHERE id = ?",
        [(seal(crypto, table, row), row["id"]) for row in rows],
    )


async def _anchor_pin_attempts(db: Database, tx: Tx) -> None:
    """Bind each wrong-PIN row that verifies to its owner's anchor (version 1)."""
    crypto = db.crypto
    for row in await tx.fetchall("SELECT id, state_ct, row_mac FROM pin_attempts"):
        user_id = str(row["id"])
        anchor = await load_anchor_in(db, tx, user_id)
        if anchor is None or not intact(crypto, "pin_attempts", row):
            continue  # refused before, refused after
        body = _json_object(crypto.decrypt_text("pin_attempts", "state_ct", user_id, row[1]))
        body["version"] = 1
        values = {
            "id": user_id,
            "state_ct": crypto.encrypt_text("pin_attempts", "state_ct", user_id, json.dumps(body)),
        }
        values[MAC_COLUMN] = seal(crypto, "pin_attempts", values)
        await tx.execute(
            "UPDATE pin_attempts SET state_ct = :state_ct, row_mac = :row_mac WHERE id = :id",
            values,
        )
        await save_anchor_in(db, tx, user_id, replace(anchor, pin_version=1, pin_set=True))


def _route_outbox_row(crypto: FieldCrypto, row: Any, values: dict[str, Any]) -> None:
    """An outbox row's recipient goes into its thread link, its purpose, priority and kind of
    chat into route_ct; a settled row keeps the same clear hints as every other."""
    row_id = str(row["id"])
    thread = None
    if row["topic"] is not None and row["recipient_ref"] is not None:
        thread = json.dumps([row["topic"], row["recipient_ref"]])
    values.update(link_columns(crypto, "outbox", row_id, "thread", thread))
    route = {"purpose": row["purpose"], "priority": row["priority"], "chat_kind": row["chat_kind"]}
    values["route_ct"] = crypto.encrypt_text("outbox", "route_ct", row_id, json.dumps(route))
    for column in ("recipient_ref", "purpose"):
        values.pop(column)
    if row["state"] != "pending":
        values.update(priority=3, chat_kind="private")


def _action_into_entry(crypto: FieldCrypto, row: Any, values: dict[str, Any]) -> None:
    """What was done moves into the audit entry's ciphertext."""
    row_id = str(row["id"])
    body = _json_object(crypto.decrypt_text("audit_log", "entry_ct", row_id, row["entry_ct"]))
    body["action"] = row["action"]
    values.pop("action")
    values["entry_ct"] = crypto.encrypt_text("audit_log", "entry_ct", row_id, json.dumps(body))


def _json_object(text: str) -> dict[str, object]:
    loaded = json.loads(text)
    if not isinstance(loaded, dict):
        raise ValueError("the safety words are not a JSON object")
    return loaded
