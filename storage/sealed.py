"""Changing some columns of a sealed row: read it, check it, write the change with a new MAC.

`where` is an extra condition written by the repositories themselves (never user input), with
its values in `params`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from storage.db import Database, Tx
from storage.integrity import MAC_COLUMN, SEALED


def _checked_name(table: str, column: str) -> str:
    """Only the names in `SEALED` are ever put into SQL text."""
    if table not in SEALED or (column != "id" and column not in SEALED[table]):
        raise ValueError(f"not a sealed column: {table}.{column}")
    return column


async def fetch_sealed_in(
    db: Database, tx: Tx, table: str, row_id: str, where: str = "", params: Sequence[Any] = ()
) -> dict[str, Any] | None:
    """The row's sealed columns, checked; None when no row matches `where` (raises when the
    row is there but fails its check)."""
    columns = ", ".join(_checked_name(table, c) for c in SEALED[table])
    row = await tx.fetchone(
        f"SELECT id, {columns}, {MAC_COLUMN} FROM {table} WHERE id = ?{where}",
        (row_id, *params),
    )
    if row is None:
        return None
    db.seals.check(table, row)
    return dict(zip(row.keys(), tuple(row), strict=True))


async def rewrite_sealed_in(
    db: Database,
    tx: Tx,
    table: str,
    row_id: str,
    changes: dict[str, Any],
    where: str = "",
    params: Sequence[Any] = (),
) -> dict[str, Any] | None:
    """Apply `changes` to the row if it matches `where` and verifies; the row as it is now, or
    None when it did not match. A row that fails its check raises `TamperedRowError`."""
    current = await fetch_sealed_in(db, tx, table, row_id, where, params)
    if current is None:
        return None
    updated = {**current, **changes}
    mac = db.seals.seal(table, updated)
    assignments = ", ".join(f"{_checked_name(table, c)} = ?" for c in changes)
    changed = await tx.execute(
        f"UPDATE {table} SET {assignments}, {MAC_COLUMN} = ? WHERE id = ? AND {MAC_COLUMN} = ?",
        (*changes.values(), mac, row_id, current[MAC_COLUMN]),
    )
    if changed != 1:
        return None
    updated[MAC_COLUMN] = mac
    return updated
