"""Emergency cards on a real SQLite file: round trips, clearing, and nothing readable on disk."""

import re
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.domain.card import CardField, EmergencyCard
from bot.domain.users import TelegramIdentity
from bot.errors import DecryptionError
from storage.cards import CardRepository
from storage.db import database_files
from storage.open import open_storage
from storage.users import UserRepository

NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
DEFENDER = TelegramIdentity(7_301_118_243, 7_301_118_243, "Nur", "ms")
OTHER = TelegramIdentity(5_550_123_987, 5_550_123_987, "Carlos", "es")

VALUES = {
    CardField.FULL_NAME: "Nur Aisyah binti Rahman",
    CardField.DATE_OF_BIRTH: "1988-07-14",
    CardField.NATIONALITY: "Malaysian",
    CardField.DOCUMENT_NUMBER: "A98765432",
    CardField.PERMIT: "Employment pass until 2027-03-31",
    CardField.EMPLOYER: "Tenaganita Shelter Kuala Lumpur",
    CardField.MEDICAL_NEEDS: "Asthma, salbutamol inhaler",
    CardField.LAWYER_NAME: "Ramesh Subramaniam",
    CardField.LAWYER_PHONE: "+60 12-777 3311",
    CardField.INSTRUCTIONS: "Call Ramesh first; my passport is held by my employer",
}


def on_disk(path) -> bytes:
    return b"".join(f.read_bytes() for f in database_files(path) if f.exists())


def needles(value: str) -> list[bytes]:
    """The value and each of its longer words, except ordinary words that the schema's own
    comments use (SQLite keeps CREATE statements, comments included, in the file)."""
    found = [value.encode()]
    found += [
        word.encode()
        for word in value.replace(";", " ").split()
        if len(word) > 4 and word.lower() not in SCHEMA_WORDS
    ]
    return found


SCHEMA_WORDS = {
    word.lower()
    for path in sorted(
        (Path(__file__).resolve().parents[2] / "storage" / "migrations").glob("*.sql")
    )
    for word in re.findall(r"[A-Za-z]+", path.read_text(encoding="utf-8"))
}


async def register(db, identity: TelegramIdentity) -> str:
    user, _ = await UserRepository(db).register(identity, NOW)
    return user.id


async def stored_ciphertext(db, user_id: str) -> bytes | None:
    async with db.read() as tx:
        return await tx.scalar("SELECT fields_ct FROM cards WHERE id = ?", (user_id,))


async def test_a_filled_card_reads_back_field_by_field(db):
    cards = CardRepository(db)
    user_id = await register(db, DEFENDER)
    assert await cards.get(user_id) == EmergencyCard()
    for card_field, value in reversed(VALUES.items()):
        await cards.set_value(user_id, card_field, value)
    card = await cards.get(user_id)
    assert dict(card) == VALUES
    assert list(card) == list(VALUES)


async def test_changing_a_field_keeps_the_others(db):
    cards = CardRepository(db)
    user_id = await register(db, DEFENDER)
    await cards.set_value(user_id, CardField.FULL_NAME, "Nur")
    await cards.set_value(user_id, CardField.LAWYER_PHONE, "+60 12-777 3311")
    await cards.set_value(user_id, CardField.FULL_NAME, "Nur Aisyah")
    assert dict(await cards.get(user_id)) == {
        CardField.FULL_NAME: "Nur Aisyah",
        CardField.LAWYER_PHONE: "+60 12-777 3311",
    }


async def test_cards_belong_to_one_defender_each(db):
    cards = CardRepository(db)
    nur, carlos = await register(db, DEFENDER), await register(db, OTHER)
    await cards.set_value(nur, CardField.FULL_NAME, "Nur")
    assert await cards.get(carlos) == EmergencyCard()
    await cards.clear_all(carlos)
    assert dict(await cards.get(nur)) == {CardField.FULL_NAME: "Nur"}


async def test_clearing_a_field_and_the_whole_card(db):
    cards = CardRepository(db)
    user_id = await register(db, DEFENDER)
    await cards.set_value(user_id, CardField.FULL_NAME, "Nur")
    await cards.set_value(user_id, CardField.NATIONALITY, "Malaysian")
    after = await cards.clear_value(user_id, CardField.FULL_NAME)
    assert after is not None
    assert dict(after) == {CardField.NATIONALITY: "Malaysian"}
    assert await cards.clear_value(user_id, CardField.FULL_NAME) is None
    assert await cards.clear_all(user_id) is True
    assert await cards.clear_all(user_id) is False
    assert await cards.get(user_id) == EmergencyCard()


async def test_clearing_the_last_field_leaves_no_row(db):
    cards = CardRepository(db)
    user_id = await register(db, DEFENDER)
    await cards.set_value(user_id, CardField.FULL_NAME, "Nur")
    await cards.clear_value(user_id, CardField.FULL_NAME)
    assert await stored_ciphertext(db, user_id) is None


async def test_a_card_moved_to_another_defender_is_refused_and_never_shown(db):
    cards = CardRepository(db)
    nur, carlos = await register(db, DEFENDER), await register(db, OTHER)
    await cards.set_value(nur, CardField.FULL_NAME, "Nur")
    async with db.transaction() as tx:
        await tx.execute(
            "INSERT INTO cards (id, fields_ct, row_mac) "
            "SELECT ?, fields_ct, row_mac FROM cards WHERE id = ?",
            (carlos, nur),
        )
    # Refused (the alarm rings) and read as empty: an alert must not stop for it.
    assert await cards.get(carlos) == EmergencyCard()
    assert db.tamper.told
    with pytest.raises(DecryptionError):  # and the ciphertext is bound to its row anyway
        db.crypto.row("cards", carlos).read_text(
            "fields_ct", await db_value(db, "SELECT fields_ct FROM cards WHERE id = ?", carlos)
        )


async def test_the_ciphertext_does_not_reveal_which_fields_are_filled(db):
    cards = CardRepository(db)
    nur, carlos = await register(db, DEFENDER), await register(db, OTHER)
    await cards.set_value(nur, CardField.LAWYER_PHONE, "+60 12-777 3311")
    await cards.set_value(carlos, CardField.FULL_NAME, "Carlos Mendoza-Quispe")
    await cards.set_value(carlos, CardField.NATIONALITY, "Peruvian")
    assert len(await stored_ciphertext(db, nur)) == len(await stored_ciphertext(db, carlos))


async def test_card_values_never_reach_the_disk_in_plaintext(storage_config):
    db = await open_storage(storage_config)
    user_id = await register(db, DEFENDER)
    cards = CardRepository(db)
    for card_field, value in VALUES.items():
        await cards.set_value(user_id, card_field, value)
    written_while_open = on_disk(db.path)
    await db.close()
    written_after_close = on_disk(storage_config.database_path)
    for value in VALUES.values():
        for needle in needles(value):
            assert needle not in written_while_open, needle
            assert needle not in written_after_close, needle
    # Meaningful only if the values really are there, encrypted.
    db = await open_storage(storage_config)
    try:
        assert dict(await CardRepository(db).get(user_id)) == VALUES
    finally:
        await db.close()


async def test_a_cleared_fields_old_ciphertext_is_gone_after_close(storage_config):
    db = await open_storage(storage_config)
    user_id = await register(db, DEFENDER)
    cards = CardRepository(db)
    await cards.set_value(user_id, CardField.FULL_NAME, VALUES[CardField.FULL_NAME])
    await cards.set_value(user_id, CardField.LAWYER_PHONE, VALUES[CardField.LAWYER_PHONE])
    with_phone = await stored_ciphertext(db, user_id)
    assert with_phone in on_disk(db.path)
    await cards.clear_value(user_id, CardField.LAWYER_PHONE)
    await db.close()
    assert with_phone not in on_disk(storage_config.database_path)


async def test_a_cleared_cards_ciphertext_is_gone_after_close(storage_config):
    db = await open_storage(storage_config)
    user_id = await register(db, DEFENDER)
    cards = CardRepository(db)
    for card_field, value in VALUES.items():
        await cards.set_value(user_id, card_field, value)
    full = await stored_ciphertext(db, user_id)
    await cards.clear_all(user_id)
    await db.close()
    assert full not in on_disk(storage_config.database_path)


async def db_value(db, sql: str, *params: object) -> bytes:
    async with db.read() as tx:
        return bytes(await tx.scalar(sql, params))
