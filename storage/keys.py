"""The master key file: created once with mode 0600, refused when others can read it."""

from __future__ import annotations

import base64
import logging
import os
import stat
import tempfile
from pathlib import Path

import nacl.utils

from bot.config import MASTER_KEY_BYTES, StorageConfig, decode_base64_key
from bot.errors import ConfigError, KeyRotationPending, StorageError
from storage.crypto import MasterKey

log = logging.getLogger(__name__)


def pending_key_path(key_file: Path) -> Path:
    """Where rotate-key keeps the new key until every value has been re-encrypted with it."""
    return key_file.with_name(key_file.name + ".next")


def load_master_key(config: StorageConfig, *, create: bool = True) -> MasterKey:
    """The master key from the environment or the key file, creating the file on first start."""
    source = config.master_key
    if source.inline_key is not None:
        return MasterKey(source.inline_key)
    if pending_key_path(source.key_file).exists():
        raise KeyRotationPending(
            f"A key rotation was started and not finished ({pending_key_path(source.key_file)} "
            "exists). Run `python -m bot rotate-key` again to finish it; do not delete that "
            "file, the database may already need it."
        )
    if source.key_file.exists():
        return read_key_file(source.key_file)
    if config.database_path.exists():
        raise ConfigError(
            f"The database {config.database_path} exists but its key file {source.key_file} "
            "does not. Restore the key file from your backup (or set BOT_MASTER_KEY_FILE to "
            "where it is). A new key cannot open the existing data, so none was created."
        )
    if not create:
        raise ConfigError(f"There is no key file at {source.key_file}.")
    return create_key_file(source.key_file)


def read_key_file(path: Path) -> MasterKey:
    try:
        info = path.stat()
    except OSError as exc:
        raise ConfigError(f"The key file {path} cannot be read ({exc.strerror}).") from None
    if not stat.S_ISREG(info.st_mode):
        raise ConfigError(f"The key file {path} is not a regular file.")
    if info.st_mode & 0o077:
        raise ConfigError(
            f"The key file {path} can be read by other users (mode "
            f"{stat.S_IMODE(info.st_mode):04o}). Run `chmod 600 {path}` and start again. The "
            "bot refuses to run with a key others could copy."
        )
    try:
        content = path.read_bytes()
    except OSError as exc:
        raise ConfigError(f"The key file {path} cannot be read ({exc.strerror}).") from None
    return MasterKey(_decode_key(content, path))


def _decode_key(content: bytes, path: Path) -> bytes:
    key = decode_base64_key(content)
    if key is not None:
        return key
    if len(content) == MASTER_KEY_BYTES:
        return content
    raise ConfigError(
        f"The key file {path} does not hold a 32-byte key (base64 or raw). It may have been "
        "damaged; restore it from your backup."
    )


def create_key_file(path: Path) -> MasterKey:
    """Write a fresh random key, whole or not at all, and never over an existing key.

    The key goes to a temporary file first (fsynced), then is linked into place: a crash or a
    full disk leaves either no key file or a complete one, never an empty one.
    """
    ensure_private_dir(path.parent)
    key = nacl.utils.random(MASTER_KEY_BYTES)
    try:
        with tempfile.NamedTemporaryFile(dir=path.parent, prefix=f".{path.name}.") as scratch:
            os.fchmod(scratch.fileno(), 0o600)
            scratch.write(base64.b64encode(key) + b"\n")
            scratch.flush()
            os.fsync(scratch.fileno())
            os.link(scratch.name, path)
    except FileExistsError:
        return read_key_file(path)
    except OSError as exc:
        raise StorageError(
            f"Cannot write the key file {path} ({exc.strerror}). Make sure its directory is "
            "writable by the bot and the disk has space; nothing was changed."
        ) from None
    fsync_dir(path.parent)
    return MasterKey(key)


def ensure_private_dir(path: Path) -> None:
    """The directory exists and only its owner can enter it (mode 0700): made so, or, when it
    already existed more open, tightened; refused when it cannot be (someone else's, or
    shared like /tmp)."""
    try:
        path.mkdir(mode=0o700, parents=True, exist_ok=True)
    except FileExistsError:
        raise ConfigError(f"{path} exists and is not a directory. Fix BOT_DATA_DIR.") from None
    except OSError as exc:
        raise StorageError(
            f"Cannot create the directory {path} ({exc.strerror}). Create it yourself, owned "
            "by the user that runs the bot, or choose another BOT_DATA_DIR."
        ) from None
    status = path.stat()
    mode = stat.S_IMODE(status.st_mode)
    if mode & 0o077 == 0:
        return
    if mode & stat.S_ISVTX or status.st_uid != os.geteuid():
        raise StorageError(
            f"{path} is open to other users (mode {mode:04o}) and is not the bot's own to "
            "close. Give the bot a directory of its own (BOT_DATA_DIR, or the directory of "
            "BOT_MASTER_KEY_FILE), owned by the user that runs it, with mode 0700."
        )
    try:
        os.chmod(path, 0o700)
    except OSError as exc:
        raise StorageError(
            f"{path} is open to other users (mode {mode:04o}) and could not be made private "
            f"({exc.strerror}). Run `chmod 700 {path}` as its owner, then start again."
        ) from None
    log.warning("the data directory was open to other users (mode %04o); now 0700", mode)


def fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
