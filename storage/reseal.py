"""Re-encrypting every value and sealing every sealed row again, with a FieldCrypto's active key:
what rotate-key does with a new key and the upgrade to sealed rows does with the same key."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from storage.crypto import FieldCrypto
from storage.db import Tx
from storage.integrity import MAC_COLUMN, SEALED, Layout, intact, seal

Progress = Callable[[str, int], None]


@dataclass(frozen=True)
class RotationReport:
    values: int
    indexes: int
    new_key_id: str
    refused_rows: int = 0


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


async def reencrypt_in(
    tx: Tx,
    crypto: FieldCrypto,
    progress: Progress,
    *,
    trust_unsealed: bool = False,
    layout: Layout = SEALED,
) -> RotationReport:
    """Rewrite every value with `crypto`'s active key (padded, in the current format) and seal
    every sealed row again. `trust_unsealed`: the one-time upgrade to sealed rows, which seals
    rows as they are (before it nothing was sealed, so there is nothing to check). `layout`:
    the sealed columns of the schema the database is at (an upgrade step's, or today's)."""
    values = indexes = refused = 0
    for table in await encrypted_tables(tx):
        sealed = layout.get(table.name, ())
        extra = [c for c in sealed if c not in table.ciphertext_columns]
        if sealed:
            extra.append(MAC_COLUMN)
        selected = [table.key_column, *table.ciphertext_columns, *extra]
        rows = await tx.fetchall(f"SELECT {', '.join(selected)} FROM {table.name}")
        updates = []
        for row in rows:
            row_id = str(row[0])
            if sealed and not trust_unsealed and not intact(crypto, table.name, row, layout):
                refused += 1
                continue
            # NULL and empty values (an outbox payload blanked once sent) hold nothing.
            plaintexts = {
                column: crypto.decrypt(table.name, column, row_id, row[column])
                for column in table.ciphertext_columns
                if row[column]
            }
            new_values: dict[str, bytes | None] = {
                column: crypto.encrypt(table.name, column, row_id, plaintexts[column])
                if column in plaintexts
                else row[column]
                for column in table.ciphertext_columns
            }
            for index_column in table.index_columns:
                base = index_column.removesuffix("_bidx")
                source = plaintexts.get(f"{base}_ct")
                new_values[index_column] = (
                    None if source is None else crypto.blind_index(table.name, base, source)
                )
            values += len(plaintexts)
            indexes += sum(new_values[c] is not None for c in table.index_columns)
            if sealed:
                resealed = {"id": row_id, **{c: row[c] for c in extra}, **new_values}
                new_values[MAC_COLUMN] = seal(crypto, table.name, resealed, layout)
            updates.append((*new_values.values(), row[0]))
        columns = [*table.ciphertext_columns, *table.index_columns]
        if sealed:
            columns.append(MAC_COLUMN)
        assignments = ", ".join(f"{column} = ?" for column in columns)
        await tx.executemany(
            f"UPDATE {table.name} SET {assignments} WHERE {table.key_column} = ?", updates
        )
        progress(table.name, len(rows))
    return RotationReport(values, indexes, crypto.active_key_id.hex(), refused)
