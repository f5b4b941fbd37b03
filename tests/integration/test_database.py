import asyncio
import hashlib
import sqlite3
from datetime import UTC, datetime

import pytest

from bot.domain.users import TelegramIdentity
from bot.errors import (
    DatabaseCorruptError,
    StorageError,
    StorageFullError,
    StorageReadOnlyError,
    WrongKeyError,
)
from storage.db import Database
from storage.keys import create_key_file
from storage.migrations import load_migrations, schema_version, split_statements
from storage.open import open_storage
from storage.users import UserRepository

NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


def identity(n: int, name: str = "Amina") -> TelegramIdentity:
    return TelegramIdentity(
        telegram_user_id=500_000 + n, chat_id=500_000 + n, display_name=name, language_code="en"
    )


def file_digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


async def test_a_new_database_is_migrated_and_uses_safe_pragmas(db):
    assert await schema_version(db) == len(load_migrations())
    async with db.read() as tx:
        assert (await tx.scalar("PRAGMA journal_mode")).lower() == "wal"
        assert await tx.scalar("PRAGMA synchronous") == 2  # FULL
        assert await tx.scalar("PRAGMA foreign_keys") == 1
        assert await tx.scalar("PRAGMA secure_delete") == 1
        assert await tx.scalar("PRAGMA busy_timeout") == 5000


async def test_reopening_keeps_data_and_does_not_migrate_twice(storage_config):
    db = await open_storage(storage_config)
    await UserRepository(db).register(identity(1), NOW)
    await db.close()
    db = await open_storage(storage_config)
    try:
        assert await UserRepository(db).count() == 1
        found = await UserRepository(db).find_by_telegram_id(500_001)
        assert found is not None
        assert found.display_name == "Amina"
    finally:
        await db.close()


async def test_a_failed_transaction_leaves_nothing_while_another_commits(db):
    """Without serialised writers, B's rows would be rolled back with A's, or A's kept."""
    a_inside = asyncio.Event()
    b_waiting = asyncio.Event()

    async def failing_writer() -> None:
        async with db.transaction() as tx:
            await tx.execute("INSERT INTO processed_updates VALUES (1, 0)")
            a_inside.set()
            await b_waiting.wait()
            # Let B reach its BEGIN while A still holds the transaction open.
            for _ in range(5):
                await asyncio.sleep(0)
            await tx.execute("INSERT INTO processed_updates VALUES (2, 0)")
            raise RuntimeError("A fails half-way")

    async def committing_writer() -> None:
        await a_inside.wait()
        b_waiting.set()
        async with db.transaction() as tx:
            await tx.execute("INSERT INTO processed_updates VALUES (3, 0)")

    results = await asyncio.gather(failing_writer(), committing_writer(), return_exceptions=True)
    assert isinstance(results[0], RuntimeError)
    assert results[1] is None
    async with db.read() as tx:
        rows = await tx.fetchall("SELECT update_id FROM processed_updates ORDER BY update_id")
    assert [r[0] for r in rows] == [3]


async def test_many_concurrent_writers_all_land(db):
    async def write(n: int) -> None:
        async with db.transaction() as tx:
            await tx.execute("INSERT INTO processed_updates VALUES (?, 0)", (n,))

    await asyncio.gather(*(write(n) for n in range(200)))
    async with db.read() as tx:
        assert await tx.scalar("SELECT count(*) FROM processed_updates") == 200


async def test_a_cancelled_transaction_rolls_back(db):
    started = asyncio.Event()

    async def slow_writer() -> None:
        async with db.transaction() as tx:
            await tx.execute("INSERT INTO processed_updates VALUES (7, 0)")
            started.set()
            await asyncio.Event().wait()

    task = asyncio.create_task(slow_writer())
    await started.wait()
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    async with db.read() as tx:
        assert await tx.scalar("SELECT count(*) FROM processed_updates") == 0


async def test_cancelling_during_begin_leaves_the_connection_usable(db):
    async def writer() -> None:
        async with db.transaction() as tx:
            await tx.execute("INSERT INTO processed_updates VALUES (8, 0)")

    task = asyncio.create_task(writer())
    await asyncio.sleep(0)  # the task runs up to the BEGIN it submitted, and waits there
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    async with db.transaction() as tx:
        await tx.execute("INSERT INTO processed_updates VALUES (9, 0)")
    async with db.read() as tx:
        assert [r[0] for r in await tx.fetchall("SELECT update_id FROM processed_updates")] == [9]


async def test_cancelling_during_commit_keeps_the_data_consistent_and_usable(db):
    body_done = asyncio.Event()

    async def writer() -> None:
        async with db.transaction() as tx:
            await tx.execute("INSERT INTO processed_updates VALUES (10, 0)")
            body_done.set()  # no yield after this: the task goes straight on to COMMIT

    task = asyncio.create_task(writer())
    await body_done.wait()
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    async with db.transaction() as tx:
        await tx.execute("INSERT INTO processed_updates VALUES (11, 0)")
    async with db.read() as tx:
        ids = [r[0] for r in await tx.fetchall("SELECT update_id FROM processed_updates")]
    # The COMMIT was already on its way: the row is there, whole, and the next write works.
    assert ids == [10, 11]


async def test_a_full_disk_is_reported_and_loses_nothing_saved_before(db):
    users = UserRepository(db)
    await users.register(identity(1), NOW)
    async with db.read() as tx:
        pages = await tx.scalar("PRAGMA page_count")
    await db.set_pragma("max_page_count", pages)

    async def register_until_full() -> None:
        for n in range(2, 500):
            await users.register(identity(n, name="x" * 3000), NOW)

    with pytest.raises(StorageFullError, match="full"):
        await register_until_full()
    await db.set_pragma("max_page_count", 1_000_000)
    assert (await users.find_by_telegram_id(500_001)) is not None
    # The bot keeps working once there is space again.
    await users.register(identity(999), NOW)
    assert (await users.find_by_telegram_id(500_999)) is not None


async def test_wrong_key_is_refused_and_changes_nothing(storage_config, tmp_path):
    db = await open_storage(storage_config)
    await UserRepository(db).register(identity(1), NOW)
    await db.close()
    before = file_digest(storage_config.database_path)
    (tmp_path / "other.key").write_text("A" * 43 + "=")
    (tmp_path / "other.key").chmod(0o600)
    from dataclasses import replace

    wrong = replace(
        storage_config,
        master_key=replace(storage_config.master_key, key_file=tmp_path / "other.key"),
    )
    with pytest.raises(WrongKeyError, match="different key") as caught:
        await open_storage(wrong)
    assert "Nothing was changed" in str(caught.value)
    assert file_digest(storage_config.database_path) == before
    db = await open_storage(storage_config)
    try:
        assert await UserRepository(db).count() == 1
    finally:
        await db.close()


async def test_a_corrupt_database_file_is_reported_and_left_alone(storage_config):
    await (await open_storage(storage_config)).close()
    storage_config.database_path.write_bytes(b"this is not sqlite" * 500)
    before = file_digest(storage_config.database_path)
    with pytest.raises(DatabaseCorruptError, match="backup"):
        await open_storage(storage_config)
    assert file_digest(storage_config.database_path) == before


async def test_a_truncated_database_is_reported(storage_config):
    db = await open_storage(storage_config)
    for n in range(50):
        await UserRepository(db).register(identity(n, name="y" * 500), NOW)
    await db.close()
    data = storage_config.database_path.read_bytes()
    storage_config.database_path.write_bytes(data[: len(data) // 2] + b"\xff" * 4096)

    async def read_everyone() -> None:
        db = await open_storage(storage_config)
        try:
            for n in range(50):
                await UserRepository(db).find_by_telegram_id(500_000 + n)
        finally:
            await db.close()

    with pytest.raises(StorageError):
        await read_everyone()


async def test_another_programs_database_is_not_adopted(storage_config):
    create_key_file(storage_config.master_key.key_file)
    with sqlite3.connect(storage_config.database_path) as conn:
        conn.execute("CREATE TABLE notes (body TEXT)")
    before = file_digest(storage_config.database_path)
    with pytest.raises(DatabaseCorruptError, match="some other database"):
        await open_storage(storage_config)
    assert file_digest(storage_config.database_path) == before
    assert not storage_config.database_path.with_name("bot.db-wal").exists()


async def test_a_data_dir_that_cannot_be_written_is_reported(tmp_path, storage_config):
    from dataclasses import replace

    blocker = tmp_path / "blocker"
    blocker.write_text("a file where the directory should be")
    config = replace(storage_config, data_dir=blocker / "data")
    with pytest.raises(StorageError, match="directory"):
        await open_storage(config)


async def test_write_probe_reports_a_read_only_directory(tmp_path):
    import os

    from storage.db import probe_writable

    if os.geteuid() == 0:
        # Root ignores permission bits, so make the directory vanish instead.
        with pytest.raises(StorageReadOnlyError):
            probe_writable(tmp_path / "missing")
    else:
        (tmp_path / "ro").mkdir(mode=0o500)
        with pytest.raises(StorageReadOnlyError):
            probe_writable(tmp_path / "ro")


async def test_a_newer_schema_is_refused(storage_config):
    db = await open_storage(storage_config)
    async with db.transaction() as tx:
        await tx.execute("PRAGMA user_version = 999")
    await db.close()
    with pytest.raises(StorageError, match="newer"):
        await open_storage(storage_config)


def test_migration_splitting_follows_sqlite_statement_ends():
    script = """
    -- a comment; with a semicolon
    CREATE TABLE a (x TEXT DEFAULT 'one;two');
    CREATE TRIGGER t AFTER INSERT ON a BEGIN
        UPDATE a SET x = 'z;';
    END;
    """
    statements = split_statements(script)
    assert len(statements) == 2
    assert statements[1].endswith("END;")


def test_every_table_with_secrets_follows_the_naming_rule():
    """rotate-key finds encrypted columns by name: *_ct and *_bidx, one-column primary key."""
    conn = sqlite3.connect(":memory:")
    for migration in load_migrations():
        for statement in migration.statements:
            conn.execute(statement)
    for (table,) in conn.execute("SELECT name FROM sqlite_master WHERE type='table'"):
        columns = conn.execute(f"PRAGMA table_info({table})").fetchall()
        names = {c[1] for c in columns}
        for name in names:
            if name.endswith("_bidx"):
                assert name.removesuffix("_bidx") + "_ct" in names
        if any(n.endswith(("_ct", "_bidx")) for n in names):
            assert sum(1 for c in columns if c[5]) == 1, table
        for column in columns:
            # A BLOB column is a ciphertext, a blind index, the hash of a random secret or a
            # row's MAC; nothing else is stored raw.
            if column[2].upper() == "BLOB":
                name = column[1]
                assert name.endswith(("_ct", "_bidx", "_hash")) or name == "row_mac", (table, name)


async def test_database_is_a_reusable_handle(db):
    assert isinstance(db, Database)
    await db.checkpoint()
    wal = db.path.with_name(db.path.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0
