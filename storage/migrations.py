"""Numbered SQL migrations (`storage/migrations/NNNN_name.sql`) tracked by PRAGMA user_version."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from importlib import resources

from bot.errors import StorageError
from storage.db import Database, Tx

_FILE_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    statements: tuple[str, ...]


def split_statements(script: str) -> tuple[str, ...]:
    """Split a script at statement ends as SQLite's own parser sees them (triggers included)."""
    statements: list[str] = []
    pending = ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            if pending.strip():
                statements.append(pending.strip())
            pending = ""
    if pending.strip() and not _only_comments(pending):
        raise ValueError("the migration ends in the middle of a statement")
    return tuple(statements)


def _only_comments(text: str) -> bool:
    return all(not line.strip() or line.strip().startswith("--") for line in text.splitlines())


def load_migrations() -> list[Migration]:
    folder = resources.files("storage") / "migrations"
    migrations = []
    for entry in folder.iterdir():
        match = _FILE_NAME.match(entry.name)
        if match:
            script = entry.read_text(encoding="utf-8")
            migrations.append(Migration(int(match[1]), entry.name, split_statements(script)))
    migrations.sort(key=lambda m: m.version)
    versions = [m.version for m in migrations]
    if versions != list(range(1, len(versions) + 1)):
        raise StorageError(f"Migrations are not numbered 1..n without gaps: {versions}")
    return migrations


async def schema_version(db: Database) -> int:
    async with db.read() as tx:
        return int(await tx.scalar("PRAGMA user_version"))


async def migrate(
    db: Database,
    migrations: list[Migration],
    on_first: Callable[[Tx], Awaitable[None]] | None = None,
    steps: Mapping[int, Callable[[Tx], Awaitable[None]]] | None = None,
) -> int:
    """Apply what is missing, each migration in its own transaction; return the new version.

    `on_first` runs inside the transaction of migration 1, so a database never exists without
    what it writes (the key check). `steps[n]` runs inside the transaction of migration n,
    after its SQL: work that needs the key (sealing existing rows), done whole or not at all.
    """
    current = await schema_version(db)
    latest = migrations[-1].version if migrations else 0
    if current > latest:
        raise StorageError(
            f"The database is at schema version {current}, newer than this bot knows "
            f"({latest}). Run the newer version of the bot, or restore a matching backup."
        )
    for migration in migrations[current:]:
        async with db.transaction() as tx:
            for statement in migration.statements:
                await tx.execute(statement)
            if migration.version == 1 and on_first is not None:
                await on_first(tx)
            if steps is not None and migration.version in steps:
                await steps[migration.version](tx)
            await tx.execute(f"PRAGMA user_version = {migration.version:d}")
    return latest
