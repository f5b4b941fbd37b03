"""One process per data directory: two bots, or a bot and rotate-key, must never share it."""

from __future__ import annotations

import fcntl
import os
from pathlib import Path
from types import TracebackType

from bot.errors import StartupError, StorageReadOnlyError
from storage.keys import ensure_private_dir


class InstanceLock:
    def __init__(self, data_dir: Path) -> None:
        self._path = data_dir / "bot.lock"
        self._fd: int | None = None

    def acquire(self) -> None:
        ensure_private_dir(self._path.parent)
        try:
            fd = os.open(self._path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:
            raise StorageReadOnlyError(
                f"Cannot create {self._path} ({exc.strerror}). Make the data directory "
                "writable by the user that runs the bot, or set BOT_DATA_DIR to one that is."
            ) from None
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            raise StartupError(
                f"Another process is using {self._path.parent} (the bot, or rotate-key). Stop "
                "it first; two processes on one database could send alerts twice or lose keys."
            ) from None
        self._fd = fd

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None

    def __enter__(self) -> InstanceLock:
        self.acquire()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.release()
