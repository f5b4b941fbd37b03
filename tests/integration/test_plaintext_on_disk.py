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
]


def needles(person: TelegramIdentity) -> list[bytes]:
    found = [str(person.telegram_user_id).encode(), person.display_name.encode()]
    found += [part.encode() for part in person.display_name.split() if len(part) > 3]
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


async def test_a_renamed_user_leaves_no_trace_of_the_old_name(storage_config):
    db = await open_storage(storage_config)
    users = UserRepository(db)
    person = PEOPLE[0]
    await users.register(person, NOW)
    renamed = TelegramIdentity(person.telegram_user_id, person.chat_id, "Someone Else", "ms")
    await users.register(renamed, NOW)
    await db.close()
    assert b"Someone Else" not in on_disk(storage_config.database_path)
    assert b"Aisyah" not in on_disk(storage_config.database_path)
