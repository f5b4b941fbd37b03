"""The project's exceptions, in one place.

    BotError                     anything this project raises on purpose
    ├── ConfigError              a setting is missing or wrong; the message says how to fix it
    ├── StartupError             the bot cannot start (Telegram unreachable, token refused,
    │                            another instance running)
    └── StorageError             the database or its keys
        ├── WrongKeyError        the master key does not open this database
        ├── KeyRotationPending   a key rotation was interrupted and must be finished
        ├── DatabaseCorruptError the file is not a database we can read
        ├── StorageFullError     the disk (or the database's page limit) is full
        ├── StorageReadOnlyError the data directory or file cannot be written
        └── DecryptionError      a stored value failed authentication (tampered or swapped)

Every message is written for the person running the bot: what is wrong and what to do, in one
paragraph, with no secrets in it. `main()` prints it and exits non-zero; nothing prints a
traceback for these.
"""

from __future__ import annotations


class BotError(Exception):
    exit_code = 1


class ConfigError(BotError):
    exit_code = 2


class StartupError(BotError):
    exit_code = 3


class StorageError(BotError):
    exit_code = 4


class WrongKeyError(StorageError):
    pass


class KeyRotationPending(StorageError):
    pass


class DatabaseCorruptError(StorageError):
    pass


class StorageFullError(StorageError):
    pass


class StorageReadOnlyError(StorageError):
    pass


class DecryptionError(StorageError):
    pass
