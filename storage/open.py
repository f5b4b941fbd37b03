"""Opening the database: key check first, migrations after, so a wrong key changes nothing."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path

from bot.config import StorageConfig
from bot.errors import DatabaseCorruptError, DecryptionError, WrongKeyError
from storage.crypto import FieldCrypto, key_id_of
from storage.db import Database, Tx
from storage.keys import load_master_key
from storage.migrations import load_migrations, migrate, schema_version
from storage.upgrade import upgrade_steps

KEY_CHECK = "key_check"
_KEY_CHECK_PLAINTEXT = b"defender-bot key check v1"


async def open_storage(config: StorageConfig) -> Database:
    """The bot's database, opened with the configured master key (created on first start)."""
    return await open_database(config.database_path, FieldCrypto(load_master_key(config)))


async def open_database(path: Path, crypto: FieldCrypto) -> Database:
    db = await Database.connect(path, crypto)
    try:
        if await schema_version(db) == 0:
            await _require_empty(db)
        else:
            await verify_key(db)
        await db.make_durable()
        await migrate(
            db, load_migrations(), on_first=_write_key_check(crypto), steps=upgrade_steps(db)
        )
    except BaseException:
        await db.close()
        raise
    return db


def _write_key_check(crypto: FieldCrypto) -> Callable[[Tx], Awaitable[None]]:
    async def write(tx: Tx) -> None:
        value = crypto.encrypt("meta", "value_ct", KEY_CHECK, _KEY_CHECK_PLAINTEXT)
        await tx.execute("INSERT INTO meta (name, value_ct) VALUES (?, ?)", (KEY_CHECK, value))

    return write


async def _require_empty(db: Database) -> None:
    async with db.read() as tx:
        tables = await tx.scalar("SELECT count(*) FROM sqlite_master WHERE type = 'table'")
    if tables:
        raise DatabaseCorruptError(
            f"{db.path} holds tables but none of this bot's: it is some other database. The "
            "bot did not change it. Point BOT_DATA_DIR at the bot's own data directory."
        )


async def verify_key(db: Database) -> None:
    async with db.read() as tx:
        blob = await tx.scalar("SELECT value_ct FROM meta WHERE name = ?", (KEY_CHECK,))
    if not isinstance(blob, bytes):
        raise DatabaseCorruptError(
            f"{db.path} has no key check record, so the bot cannot tell whether its key is "
            "right. The bot did not change it. Restore the database from a backup."
        )
    try:
        if not db.crypto.knows_key(key_id_of(blob)):
            raise WrongKeyError(
                f"The master key does not open {db.path}: the database was written with a "
                "different key. Nothing was changed. Set BOT_MASTER_KEY_FILE (or "
                "BOT_MASTER_KEY) to the key this database was created with, usually the "
                "master.key file from the same data directory or its backup."
            )
        if db.crypto.decrypt("meta", "value_ct", KEY_CHECK, blob) != _KEY_CHECK_PLAINTEXT:
            raise DecryptionError("key check mismatch")
    except DecryptionError:
        raise DatabaseCorruptError(
            f"The key check record in {db.path} is damaged. The bot did not change the "
            "database. Restore it from a backup."
        ) from None
