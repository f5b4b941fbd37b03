"""What `bot.db` alone shows to someone without the key: the clear columns of every table.

    python -m storage.reveal path/to/bot.db

prints, for each table, its row count, the columns whose values are in the clear (everything
but `*_ct` ciphertexts, `*_bidx` blind indexes, `*_hash` token hashes and `row_mac`), and the
sizes the ciphertexts come in. docs/data-protection.md lists what it prints for a bot in use;
the file-reveals tests (tests/e2e/test_file_reveals.py) use `clear_view` to check that no clear
column links two people or tells a duress alert from an SOS.
"""

from __future__ import annotations

import sqlite3
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

OPAQUE_SUFFIXES = ("_ct", "_bidx", "_hash")
MAC = "row_mac"


def is_opaque(column: str) -> bool:
    return column.endswith(OPAQUE_SUFFIXES) or column == MAC


@dataclass
class TableView:
    name: str
    rows: int = 0
    clear_columns: list[str] = field(default_factory=list)
    opaque_columns: list[str] = field(default_factory=list)
    # The clear values of each row, without its id: what the file says about the row.
    clear_rows: list[tuple[Any, ...]] = field(default_factory=list)
    # How many ciphertexts (and indexes) of each length: padding leaves a few sizes.
    opaque_sizes: Counter[int] = field(default_factory=Counter)


def clear_view(conn: sqlite3.Connection) -> dict[str, TableView]:
    """Every table of the database as someone without the key sees it."""
    views: dict[str, TableView] = {}
    names = conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "ORDER BY name"
    ).fetchall()
    for (name,) in names:
        columns = [row[1] for row in conn.execute(f"PRAGMA table_info({name})")]
        view = TableView(name)
        view.clear_columns = [c for c in columns if not is_opaque(c)]
        view.opaque_columns = [c for c in columns if is_opaque(c)]
        for row in conn.execute(f"SELECT * FROM {name}"):
            values = dict(zip(columns, row, strict=True))
            view.rows += 1
            view.clear_rows.append(
                tuple(values[c] for c in view.clear_columns if c not in ("id", "name"))
            )
            for column in view.opaque_columns:
                if isinstance(values[column], bytes) and values[column]:
                    view.opaque_sizes[len(values[column])] += 1
        view.clear_rows.sort(key=repr)
        views[name] = view
    return views


def report(path: Path) -> str:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        views = clear_view(conn)
    finally:
        conn.close()
    lines = []
    for view in views.values():
        sizes = ", ".join(f"{size} x {count}" for size, count in sorted(view.opaque_sizes.items()))
        lines.append(f"{view.name}: {view.rows} rows")
        lines.append(f"  clear: {', '.join(view.clear_columns)}")
        lines.append(f"  opaque: {', '.join(view.opaque_columns) or '-'}")
        lines.append(f"  opaque sizes (bytes x values): {sizes or '-'}")
    return "\n".join(lines)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python -m storage.reveal path/to/bot.db")
    print(report(Path(sys.argv[1])))
