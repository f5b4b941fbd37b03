"""Real faults for tests: SQLite itself refuses a statement, as a failing disk or a locked file
would make it, without replacing any of the bot's code."""

from __future__ import annotations

import sqlite3
from typing import Any

from storage.db import Database


class ReadFault:
    """SQLite refuses the next `times` statements that read `table` ("not authorized")."""

    def __init__(self, table: str, times: int) -> None:
        self.table = table
        self.remaining = times
        self.refused = 0

    def __call__(self, action: int, arg1: Any, arg2: Any, dbname: Any, source: Any) -> int:
        if action == sqlite3.SQLITE_READ and arg1 == self.table and self.remaining > 0:
            self.remaining -= 1
            self.refused += 1
            return sqlite3.SQLITE_DENY
        return sqlite3.SQLITE_OK


async def refuse_reads(database: Database, table: str, times: int) -> ReadFault:
    """Arm a `ReadFault` on the bot's own connection (setting an authorizer makes SQLite
    prepare every cached statement again, so the next read of `table` meets it)."""
    fault = ReadFault(table, times)
    await database._conn.set_authorizer(fault)
    return fault
