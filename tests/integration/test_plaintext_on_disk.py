"""The database file alone must not name or locate anyone."""

from datetime import UTC, datetime

from bot.domain.users import TelegramIdentity
from storage.db import database_files
from storage.open import open_storage
from storage.users import UserRepository

NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)

PEOPLE = [
    TelegramIdentity(7_301_118_243, 7_301_118_243, "Nur Aisyah Binti Rahman", "ms"),
    TelegramIdentity(5_550_123_987, 5_550_123_987, "Carlos Mendoza-Quispe", "es"),
    TelegramIdentity(6_012_345_678, 6_012_345_678, "مريم الحسيني", "ar"),
    # People put phone numbers in their Telegram names.
    TelegramIdentity(5_123_456_789, 5_123_456_789, "Maria +60123456789", "tl"),
]


def needles(person: TelegramIdentity) -> list[bytes]:
    found = [str(person.telegram_user_id).encode(), person.display_name.encode()]
    found += [part.encode() for part in person.display_name.split() if len(part) > 3]
    found += [part.lstrip("+").encode() for part in person.display_name.split() if "+" in part]
    found.append(person.telegram_user_id.to_bytes(8, "little"))
    found.append(person.telegram_user_id.to_bytes(8, "big"))
    return found


def on_disk(path) -> bytes:
    return b"".join(f.read_bytes() for f in database_files(path) if f.exists())


async def test_names_and_telegram_ids_never_reach_the_disk_in_plaintext(storage_config):
    db = await open_storage(storage_config)
    users = UserRepository(db)
    for person in PEOPLE:
        await users.register(person, NOW)
    # Read while open: the -wal file holds the fresh pages now.
    written_while_open = on_disk(db.path)
    await db.close()
    written_after_close = on_disk(storage_config.database_path)
    for person in PEOPLE:
        for needle in needles(person):
            assert needle not in written_while_open, needle
            assert needle not in written_after_close, needle
    # The test is only meaningful if the data really is there, encrypted.
    db = await open_storage(storage_config)
    try:
        for person in PEOPLE:
            found = await UserRepository(db).find_by_telegram_id(person.telegram_user_id)
            assert found is not None
            assert found.display_name == person.display_name
    finally:
        await db.close()


async def test_a_renamed_user_leaves_no_trace_of_the_old_ciphertext(storage_config):
    """secure_delete and the WAL checkpoint must not leave the old value's bytes behind."""
    db = await open_storage(storage_config)
    users = UserRepository(db)
    person = PEOPLE[0]
    await users.register(person, NOW)
    async with db.read() as tx:
        old_name = await tx.scalar("SELECT display_name_ct FROM users")
    assert old_name in on_disk(db.path)
    renamed = TelegramIdentity(person.telegram_user_id, person.chat_id, "Someone Else", "ms")
    await users.register(renamed, NOW)
    await db.close()
    assert old_name not in on_disk(storage_config.database_path)


async def test_deleted_rows_are_overwritten_not_just_unlinked(storage_config):
    """What /wipe and the purges rely on: secure_delete plus a truncated WAL."""
    db = await open_storage(storage_config)
    users = UserRepository(db)
    for person in PEOPLE:
        await users.register(person, NOW)
    async with db.read() as tx:
        gone = await tx.fetchone("SELECT * FROM users WHERE display_name_ct IS NOT NULL LIMIT 1")
    columns = gone.keys()  # a sqlite3.Row iterates over values, not names
    secrets = [gone[c] for c in columns if c.endswith(("_ct", "_bidx")) and gone[c] is not None]
    async with db.transaction() as tx:
        await tx.execute("DELETE FROM users WHERE id = ?", (gone["id"],))
    await db.checkpoint()
    await db.close()
    stored = on_disk(storage_config.database_path)
    for secret in secrets:
        assert secret not in stored


async def test_the_record_of_alert_copies_names_no_chat_message_or_contact(storage_config):
    """What the bot sent where about an alert (issue 12) is kept until it is taken away: the
    chat, the message, the contact and the reader's language never in the clear."""
    from bot.domain.copies import AlertCopy, CopyKind
    from storage.alert_copies import AlertCopyRepository

    chat_id, message_id, contact = 7_301_118_243, 918_273_645, "contact-Qm9iYnkgTGluaw"
    copy = AlertCopy(
        alert_id="alert-1",
        recipient_id=contact,
        chat_id=chat_id,
        group=False,
        message_id=message_id,
        kind=CopyKind.LIVE,
        language="ms",
        live_until=NOW,
    )
    db = await open_storage(storage_config)
    repo = AlertCopyRepository(db)
    async with db.transaction() as tx:
        await repo.record_in(tx, copy, NOW, NOW)
    written_while_open = on_disk(db.path)
    async with db.transaction() as tx:
        (found,) = await repo.due_in(tx, NOW, 10)
    assert (found.chat_id, found.message_id, found.recipient_id) == (chat_id, message_id, contact)
    assert (found.kind, found.language, found.live_until) == (CopyKind.LIVE, "ms", NOW)
    await db.close()
    written_after_close = on_disk(storage_config.database_path)
    for value in (chat_id, message_id):
        for needle in (
            str(value).encode(),
            value.to_bytes(8, "little"),
            value.to_bytes(8, "big"),
            f"{value:x}".encode(),
        ):
            assert needle not in written_while_open, needle
            assert needle not in written_after_close, needle
    for needle in (contact.encode(), b'"ms"', b"live"):
        assert needle not in written_while_open, needle
        assert needle not in written_after_close, needle
