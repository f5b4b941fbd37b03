"""`rotate-key`: re-encrypt every value and blind index under a new master key.

Safe to interrupt at any point and run again:
1. the new key is written to `master.key.next` (or the one already there is reused);
2. every `*_ct` value and `*_bidx` index is rewritten in ONE transaction, so the database holds
   either only old-key or only new-key values, never a mix;
3. only then does the new key replace the old key file, atomically.
If it stops after 2 and before 3, the database already needs the `.next` key: the bot refuses to
start until rotate-key is run again, which decrypts with whichever of the two keys wrote a value.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from bot.config import StorageConfig
from bot.errors import ConfigError
from storage.crypto import FieldCrypto
from storage.db import Database, Tx
from storage.keys import create_key_file, fsync_dir, pending_key_path, read_key_file
from storage.open import open_database

Progress = Callable[[str, int], None]


@dataclass(frozen=True)
class RotationReport:
    values: int
    indexes: int
    new_key_id: str


@dataclass(frozen=True)
class EncryptedTable:
    name: str
    key_column: str
    ciphertext_columns: tuple[str, ...]
    index_columns: tuple[str, ...]


async def encrypted_tables(tx: Tx) -> list[EncryptedTable]:
    """Every table with `*_ct` or `*_bidx` columns, found from the schema itself."""
    tables = []
    names = await tx.fetchall(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "ORDER BY name"
    )
    for (name,) in names:
        columns = await tx.fetchall(f"PRAGMA table_info({name})")
        ciphertexts = tuple(c["name"] for c in columns if c["name"].endswith("_ct"))
        indexes = tuple(c["name"] for c in columns if c["name"].endswith("_bidx"))
        if not ciphertexts and not indexes:
            continue
        keys = [c["name"] for c in columns if c["pk"]]
        if len(keys) != 1:
            raise ValueError(f"table {name} holds encrypted values but has no single-column key")
        tables.append(EncryptedTable(name, keys[0], ciphertexts, indexes))
    return tables


async def reencrypt_all(db: Database, crypto: FieldCrypto, progress: Progress) -> RotationReport:
    """Rewrite every value with `crypto`'s active key, in one transaction."""
    values = indexes = 0
    async with db.transaction() as tx:
        for table in await encrypted_tables(tx):
            rows = await tx.fetchall(
                f"SELECT {table.key_column}, {', '.join(table.ciphertext_columns)} "
                f"FROM {table.name}"
            )
            updates = []
            for row in rows:
                row_id = str(row[0])
                # NULL and empty values (an outbox payload blanked once sent) hold nothing.
                plaintexts = {
                    column: crypto.decrypt(table.name, column, row_id, row[column])
                    for column in table.ciphertext_columns
                    if row[column]
                }
                new_values: list[bytes | None] = [
                    crypto.encrypt(table.name, column, row_id, plaintexts[column])
                    if column in plaintexts
                    else row[column]
                    for column in table.ciphertext_columns
                ]
                for index_column in table.index_columns:
                    base = index_column.removesuffix("_bidx")
                    source = plaintexts.get(f"{base}_ct")
                    new_values.append(
                        None if source is None else crypto.blind_index(table.name, base, source)
                    )
                values += len(plaintexts)
                indexes += sum(v is not None for v in new_values[len(table.ciphertext_columns) :])
                updates.append((*new_values, row[0]))
            assignments = ", ".join(
                f"{column} = ?" for column in (*table.ciphertext_columns, *table.index_columns)
            )
            await tx.executemany(
                f"UPDATE {table.name} SET {assignments} WHERE {table.key_column} = ?", updates
            )
            progress(table.name, len(rows))
    return RotationReport(values, indexes, crypto.active_key_id.hex())


async def rotate_master_key(config: StorageConfig, progress: Progress) -> RotationReport:
    key_file = config.master_key.key_file
    if config.master_key.inline_key is not None:
        raise ConfigError(
            "rotate-key needs the master key in a file: with BOT_MASTER_KEY in the environment "
            "there is nowhere to put the new key safely. Write the current key to a file with "
            "mode 0600, set BOT_MASTER_KEY_FILE to it instead of BOT_MASTER_KEY, and run "
            "rotate-key again."
        )
    if not config.database_path.exists():
        raise ConfigError(f"There is no database at {config.database_path} to rotate.")
    old_key = read_key_file(key_file)
    next_path = pending_key_path(key_file)
    if next_path.exists():
        new_key = read_key_file(next_path)
    else:
        # A wrong key must fail here, before a pending rotation exists that blocks start-up.
        await (await open_database(config.database_path, FieldCrypto(old_key))).close()
        new_key = create_key_file(next_path)
    crypto = FieldCrypto(active=new_key, previous=[old_key])
    db = await open_database(config.database_path, crypto)
    try:
        report = await reencrypt_all(db, crypto, progress)
        await db.checkpoint()
    finally:
        await db.close()
    _retire(next_path, key_file)
    return report


def _retire(next_path: Path, key_file: Path) -> None:
    os.replace(next_path, key_file)
    fsync_dir(key_file.parent)
