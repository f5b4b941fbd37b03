"""`rotate-key`: re-encrypt every value and blind index under a new master key.

Safe to interrupt at any point and run again:
1. the new key is written to `master.key.next` (or the one already there is reused);
2. every `*_ct` value and `*_bidx` index is rewritten in ONE transaction, so the database holds
   either only old-key or only new-key values, never a mix;
3. only then does the new key replace the old key file, atomically.
If it stops after 2 and before 3, the database already needs the `.next` key: the bot refuses to
start until rotate-key is run again, which decrypts with whichever of the two keys wrote a value.

Sealed rows (storage/integrity.py) are checked before they are rewritten and sealed again with
the new key; a row that fails is left as it is (so it stays refused: nothing launders it) and
counted in the report.
"""

from __future__ import annotations

import os
from pathlib import Path

from bot.config import StorageConfig
from bot.errors import ConfigError
from storage.crypto import FieldCrypto
from storage.db import Database
from storage.keys import create_key_file, fsync_dir, pending_key_path, read_key_file
from storage.open import open_database
from storage.reseal import Progress, RotationReport, reencrypt_in

__all__ = ["Progress", "RotationReport", "reencrypt_all", "rotate_master_key"]


async def reencrypt_all(db: Database, crypto: FieldCrypto, progress: Progress) -> RotationReport:
    """Rewrite every value with `crypto`'s active key, in one transaction."""
    async with db.transaction() as tx:
        return await reencrypt_in(tx, crypto, progress)


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
