"""One long-lived aiosqlite connection, with writes serialised and errors made readable.

aiosqlite runs every statement on one thread, but coroutines sharing the connection interleave
between awaits: without care, one coroutine's ROLLBACK undoes another's rows. Every unit of work
therefore holds `_lock` from BEGIN to COMMIT. Reads take the lock too, so a read never sees
another coroutine's uncommitted writes.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import sqlite3
import tempfile
from collections.abc import AsyncIterator, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import aiosqlite

from bot.errors import (
    DatabaseCorruptError,
    StorageError,
    StorageFullError,
    StorageReadOnlyError,
)
from storage.attribution import record_update_in_progress
from storage.crypto import FieldCrypto
from storage.integrity import RowSeals, TamperAlarm
from storage.keys import ensure_private_dir

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 5000
# Positional (?) or named (:name) parameters.
SqlParams = Sequence[Any] | Mapping[str, Any]


@contextlib.contextmanager
def readable_sqlite_errors(path: Path) -> Iterator[None]:
    """Turn SQLite's error codes into our errors, each saying what to do."""
    try:
        yield
    except (sqlite3.IntegrityError, sqlite3.ProgrammingError):
        raise  # our own mistakes, not the disk's: keep them as they are
    except sqlite3.Error as exc:
        raise translate_sqlite_error(exc, path) from exc


def translate_sqlite_error(exc: sqlite3.Error, path: Path) -> StorageError:
    code = getattr(exc, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    if primary == sqlite3.SQLITE_FULL:
        return StorageFullError(
            f"The disk holding {path} is full, so nothing new could be saved; what was saved "
            "before is intact. Free some space (or raise the quota) and try again."
        )
    if primary in (sqlite3.SQLITE_READONLY, sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_PERM):
        return StorageReadOnlyError(
            f"The database {path} or its directory cannot be written. Make the data directory "
            "writable by the user that runs the bot (and not mounted read-only)."
        )
    if primary in (sqlite3.SQLITE_NOTADB, sqlite3.SQLITE_CORRUPT):
        return DatabaseCorruptError(
            f"{path} is not a readable database: it is damaged or is another kind of file. The "
            "bot did not change it. Restore it from your latest backup, or move it away to "
            "start with an empty database."
        )
    return StorageError(
        f"The database {path} reported an error ({type(exc).__name__}, code {code}). Nothing "
        "was half-saved: the change was rolled back. If it repeats, check the disk."
    )


def _rowcount(conn: sqlite3.Connection, sql: str, params: SqlParams) -> int:
    cursor = conn.execute(sql, params)
    try:
        return cursor.rowcount
    finally:
        cursor.close()


def _first_row(conn: sqlite3.Connection, sql: str, params: SqlParams) -> sqlite3.Row | None:
    cursor = conn.execute(sql, params)
    try:
        row: sqlite3.Row | None = cursor.fetchone()
        return row
    finally:
        cursor.close()


class Tx:
    """The statements of one unit of work; only storage/ sees this."""

    def __init__(self, conn: aiosqlite.Connection) -> None:
        self._conn = conn

    # Each statement is one trip to aiosqlite's thread, not three (execute, fetch, close):
    # with dozens of statements to an alert, the trips, not SQLite, were the cost of a batch.

    async def execute(self, sql: str, params: SqlParams = ()) -> int:
        """Run a statement and return how many rows it changed."""
        changed: int = await self._conn._execute(_rowcount, self._conn._conn, sql, params)  # type: ignore[no-untyped-call]
        return changed

    async def executemany(self, sql: str, rows: Iterable[SqlParams]) -> None:
        await self._conn.executemany(sql, rows)

    async def fetchone(self, sql: str, params: SqlParams = ()) -> sqlite3.Row | None:
        row: sqlite3.Row | None = await self._conn._execute(
            _first_row, self._conn._conn, sql, params
        )  # type: ignore[no-untyped-call]
        return row

    async def fetchall(self, sql: str, params: SqlParams = ()) -> list[sqlite3.Row]:
        return list(await self._conn.execute_fetchall(sql, params))

    async def scalar(self, sql: str, params: SqlParams = ()) -> Any:
        row = await self.fetchone(sql, params)
        return None if row is None else row[0]


class Database:
    def __init__(self, conn: aiosqlite.Connection, path: Path, crypto: FieldCrypto) -> None:
        self._conn = conn
        self._lock = asyncio.Lock()
        self.path = path
        self.crypto = crypto
        # Rows that fail their integrity check are refused and reported here (storage/integrity).
        self.tamper = TamperAlarm()
        self.seals = RowSeals(crypto, self.tamper)

    @classmethod
    async def connect(cls, path: Path, crypto: FieldCrypto) -> Database:
        """Open the file without changing it; `make_durable` switches on WAL and friends once
        `storage.open` has checked the file is ours and the key is right."""
        ensure_private_dir(path.parent)
        probe_writable(path.parent)
        with readable_sqlite_errors(path):
            conn = await aiosqlite.connect(path, isolation_level=None)
        conn.row_factory = sqlite3.Row
        db = cls(conn, path, crypto)
        try:
            with readable_sqlite_errors(path):
                await db._pragma("foreign_keys=ON")
                await db._pragma(f"busy_timeout={BUSY_TIMEOUT_MS}")
                if await db._pragma("quick_check") != "ok":
                    raise sqlite3.DatabaseError("quick_check failed")
        except BaseException:
            await conn.close()
            raise
        return db

    async def make_durable(self) -> None:
        with readable_sqlite_errors(self.path):
            mode = await self._pragma("journal_mode=WAL")
            if str(mode).lower() != "wal":
                raise StorageError(
                    f"SQLite refused write-ahead logging for {self.path} (got {mode}). Put the "
                    "data directory on a local disk, not a network share."
                )
            # FULL, not NORMAL: with WAL and NORMAL a power cut can lose the last commits, and
            # the last commit may be an SOS. DESIGN.md amends the foundation issue here.
            await self._pragma("synchronous=FULL")
            await self._pragma("secure_delete=ON")

    async def _pragma(self, statement: str) -> Any:
        async with self._conn.execute(f"PRAGMA {statement}") as cursor:
            row = await cursor.fetchone()
            return None if row is None else row[0]

    async def close(self) -> None:
        async with self._lock:
            with contextlib.suppress(sqlite3.Error):
                await self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            await self._conn.close()

    @contextlib.asynccontextmanager
    async def transaction(self) -> AsyncIterator[Tx]:
        """A write unit of work: BEGIN IMMEDIATE takes SQLite's write lock up front.

        When it is caused by a Telegram update, the update's id is recorded in the same
        commit (see storage/updates.py).
        """
        async with self._lock, self._unit_of_work("BEGIN IMMEDIATE") as tx:
            yield tx
            await record_update_in_progress(tx)

    @contextlib.asynccontextmanager
    async def read(self) -> AsyncIterator[Tx]:
        """A consistent snapshot for reads."""
        async with self._lock, self._unit_of_work("BEGIN") as tx:
            yield tx

    @contextlib.asynccontextmanager
    async def _unit_of_work(self, begin: str) -> AsyncIterator[Tx]:
        with readable_sqlite_errors(self.path):
            try:
                await self._conn.execute(begin)
                yield Tx(self._conn)
                await self._conn.execute("COMMIT")
            except BaseException:
                await self._rollback()
                raise

    async def _rollback(self) -> None:
        """Always ask, even when a cancelled BEGIN or COMMIT makes the state unclear.

        aiosqlite runs statements in the order they were submitted, and a statement whose
        awaiting coroutine was cancelled still runs; so this ROLLBACK lands after it, and the
        connection never stays inside a transaction that nobody owns.
        """
        with contextlib.suppress(sqlite3.OperationalError):
            await self._conn.execute("ROLLBACK")

    async def checkpoint(self) -> None:
        """Fold the WAL into the main file and truncate it, so deleted bytes do not linger."""
        async with self._lock:
            with readable_sqlite_errors(self.path):
                await self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    async def set_pragma(self, name: str, value: int | str) -> None:
        """Change a setting outside any transaction (tests cap max_page_count to fill the disk;
        the benchmark compares synchronous modes)."""
        if not name.isidentifier() or not str(value).isalnum():
            raise ValueError("pragma names and values are plain words")
        async with self._lock:
            with readable_sqlite_errors(self.path):
                await self._pragma(f"{name}={value}")


def probe_writable(directory: Path) -> None:
    """Try to write in the data directory; root passes permission bits, so ask the disk."""
    try:
        with tempfile.NamedTemporaryFile(dir=directory, prefix=".write-probe-"):
            pass
    except OSError as exc:
        raise StorageReadOnlyError(
            f"The data directory {directory} cannot be written ({exc.strerror}). Make it "
            "writable by the user that runs the bot, or set BOT_DATA_DIR to a directory that is."
        ) from None


def database_files(path: Path) -> list[Path]:
    """The database file and the side files SQLite may keep next to it."""
    return [Path(f"{path}{suffix}") for suffix in ("", "-wal", "-journal", "-shm")]
