"""A database written before rows were sealed (schema 6, unpadded values) opens, is sealed and
padded at once, keeps everything it held, and from then on refuses rows changed without the key."""

import json
from datetime import UTC, datetime, timedelta

import nacl.pwhash
import nacl.secret
import pytest

from bot.domain.alerts import AlertKind, ContactRef, Policy, raise_alert
from storage.alerts import AlertRepository, encode_alert
from storage.contacts import ContactRepository
from storage.crypto import KDF_CONTEXT, FieldCrypto, SubkeyPurpose, derive_subkey
from storage.db import Database
from storage.integrity import SEALED, TamperedRowError
from storage.keys import load_master_key
from storage.migrations import load_migrations, migrate
from storage.open import open_storage
from storage.safety_words import SafetyWord, SafetyWordRepository, normalise
from storage.timecodec import to_db_day, to_db_time
from storage.users import UserRepository

NOW = datetime(2026, 3, 1, 12, 0, 30, 123456, tzinfo=UTC)
LEGACY_SCHEMA = 6


class Legacy:
    """Writes values as the previous release did: format 1, no padding, no MACs."""

    def __init__(self, crypto: FieldCrypto, key) -> None:
        self._crypto = crypto
        self._header = b"\x01" + key.key_id
        self._aead = nacl.secret.Aead(
            derive_subkey(key.raw, SubkeyPurpose.FIELD_ENCRYPTION, KDF_CONTEXT)
        )

    def ct(self, table: str, column: str, row_id: str, value: str | bytes) -> bytes:
        raw = value.encode() if isinstance(value, str) else value
        aad = b"\x00".join(
            (b"defender-bot/field", table.encode(), column.encode(), row_id.encode(), self._header)
        )
        return self._header + bytes(self._aead.encrypt(raw, aad))

    def bidx(self, telegram_id: int) -> bytes:
        return self._crypto.blind_index_int("users", "tg_user_id", telegram_id)


async def write_legacy_database(config) -> None:
    key = load_master_key(config)
    crypto = FieldCrypto(key)
    old = Legacy(crypto, key)
    db = await Database.connect(config.database_path, crypto)
    try:
        await db.make_durable()

        async def key_check(tx):
            value = old.ct("meta", "value_ct", "key_check", b"defender-bot key check v1")
            await tx.execute("INSERT INTO meta VALUES ('key_check', ?)", (value,))

        await migrate(db, load_migrations()[:LEGACY_SCHEMA], on_first=key_check)
        async with db.transaction() as tx:
            for uid, tg in (("alice", 7001), ("bobby", 7002)):
                await tx.execute(
                    "INSERT INTO users (id, tg_user_id_bidx, tg_user_id_ct, chat_id_ct, "
                    "display_name_ct, language_ct, created_on) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (
                        uid,
                        old.bidx(tg),
                        old.ct("users", "tg_user_id_ct", uid, str(tg)),
                        old.ct("users", "chat_id_ct", uid, str(tg)),
                        old.ct("users", "display_name_ct", uid, uid.title()),
                        old.ct("users", "language_ct", uid, "en"),
                        to_db_day(NOW.date()),
                    ),
                )
            await tx.execute(
                "INSERT INTO contacts (id, defender_id, contact_user_id, label_ct, shown_name_ct, "
                "tier, status) VALUES ('link', 'alice', 'bobby', ?, ?, 1, 'active')",
                (
                    old.ct("contacts", "label_ct", "link", "Bobby"),
                    old.ct("contacts", "shown_name_ct", "link", "Alice"),
                ),
            )
            duress = nacl.pwhash.argon2id.str(
                normalise("heron"),
                opslimit=nacl.pwhash.argon2id.OPSLIMIT_MIN,
                memlimit=nacl.pwhash.argon2id.MEMLIMIT_MIN,
            ).decode()
            await tx.execute(
                "INSERT INTO safety_words (id, words_ct) VALUES ('alice', ?)",
                (old.ct("safety_words", "words_ct", "alice", json.dumps({"duress": duress})),),
            )
            alert, _ = raise_alert(
                "open-alert", "alice", AlertKind.SOS, (ContactRef("link", 1),), True, Policy(), NOW
            )
            await tx.execute(
                "INSERT INTO alerts (id, defender_id, state, body_ct, version, next_wake_at, "
                "raised_on) VALUES ('open-alert', 'alice', 'open', ?, 3, ?, ?)",
                (
                    old.ct("alerts", "body_ct", "open-alert", encode_alert(alert)),
                    to_db_time(alert.level_deadline),
                    to_db_day(NOW.date()),
                ),
            )
            await tx.execute(
                "INSERT INTO outbox (id, topic, recipient_ref, purpose, chat_id_ct, chat_kind, "
                "payload_ct, priority, state, not_before, created_at) VALUES ('o1', "
                "'open-alert', 'link', 'recipient:raised', ?, 'private', ?, 0, 'pending', ?, ?)",
                (
                    old.ct("outbox", "chat_id_ct", "o1", "7002"),
                    old.ct(
                        "outbox",
                        "payload_ct",
                        "o1",
                        '{"text": "SOS", "buttons": [], "protect": true, "location": null}',
                    ),
                    to_db_time(NOW),
                    to_db_time(NOW),
                ),
            )
    finally:
        await db.close()


async def test_a_database_from_before_sealing_opens_sealed_and_padded_with_nothing_lost(
    storage_config,
):
    await write_legacy_database(storage_config)
    db = await open_storage(storage_config)
    try:
        assert (await UserRepository(db).find_by_telegram_id(7001)).id == "alice"
        assert [c.contact_user_id for c in await ContactRepository(db).contacts_of("alice")] == [
            "bobby"
        ]
        assert await SafetyWordRepository(db).matches("alice", "heron") is SafetyWord.DURESS
        alerts = AlertRepository(db)
        assert [s.alert.id for s in await alerts.open_for("alice")] == ["open-alert"]
        assert await alerts.due(NOW + timedelta(hours=1)) == ["open-alert"]
        async with db.read() as tx:
            assert await tx.scalar("PRAGMA user_version") == len(load_migrations())
            for table in SEALED:
                assert await tx.scalar(f"SELECT count(*) FROM {table} WHERE row_mac IS NULL") == 0
            blobs = [
                row[0]
                for row in await tx.fetchall(
                    "SELECT tg_user_id_ct FROM users UNION ALL SELECT label_ct FROM contacts "
                    "UNION ALL SELECT body_ct FROM alerts UNION ALL SELECT value_ct FROM meta"
                )
            ]
            created_at = await tx.scalar("SELECT created_at FROM outbox")
            # Migration 12: the plain ids are gone, the old tables with them.
            schema = " ".join(
                r[0] for r in await tx.fetchall("SELECT coalesce(sql, name) FROM sqlite_master")
            )
            dump = b""
            for t in ("contacts", "invites", "alerts"):
                dump += str([tuple(r) for r in await tx.fetchall(f"SELECT * FROM {t}")]).encode()
        assert "_v11" not in schema
        assert "defender_id" not in schema
        assert b"alice" not in dump
        assert b"bobby" not in dump
        assert {blob[0] for blob in blobs} == {2}  # every value re-encrypted, padded
        assert created_at % 86_400_000_000 == 0  # the outbox keeps only the day now
        assert db.tamper.refused == 0

        # From now on, the review's re-pointing is refused.
        async with db.transaction() as tx:
            await tx.execute(
                "UPDATE contacts SET contact_user_bidx = defender_bidx, "
                "contact_user_ct = defender_ct WHERE id = 'link'"
            )
        assert await ContactRepository(db).contacts_of("alice") == []
        async with db.transaction() as tx:
            await tx.execute("DELETE FROM safety_words")
        with pytest.raises(TamperedRowError):
            await SafetyWordRepository(db).matches("alice", "heron")
    finally:
        await db.close()
