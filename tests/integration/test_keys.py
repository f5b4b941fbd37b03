import base64
import stat

import pytest

from bot.config import load_storage_config
from bot.errors import ConfigError, KeyRotationPending
from storage.keys import load_master_key, pending_key_path
from storage.open import open_storage


def test_first_start_creates_a_private_key_file(storage_config):
    key = load_master_key(storage_config)
    path = storage_config.master_key.key_file
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert base64.b64decode(path.read_text().strip()) == key.raw
    assert load_master_key(storage_config) == key


@pytest.mark.parametrize("mode", [0o640, 0o604, 0o644])
def test_a_key_file_others_can_read_is_refused(storage_config, mode):
    load_master_key(storage_config)
    storage_config.master_key.key_file.chmod(mode)
    with pytest.raises(ConfigError, match="chmod 600"):
        load_master_key(storage_config)


def test_a_damaged_key_file_is_refused(storage_config):
    load_master_key(storage_config)
    storage_config.master_key.key_file.write_text("not a key")
    with pytest.raises(ConfigError, match="32-byte key"):
        load_master_key(storage_config)


async def test_a_lost_key_file_is_not_silently_replaced(storage_config):
    await (await open_storage(storage_config)).close()
    storage_config.master_key.key_file.unlink()
    with pytest.raises(ConfigError, match="Restore the key file"):
        await open_storage(storage_config)
    assert not storage_config.master_key.key_file.exists()


async def test_the_key_can_come_from_the_environment(tmp_path):
    inline = base64.b64encode(bytes(range(32))).decode()
    config = load_storage_config({"BOT_DATA_DIR": str(tmp_path), "BOT_MASTER_KEY": inline})
    db = await open_storage(config)
    await db.close()
    assert not config.master_key.key_file.exists()
    assert load_master_key(config).raw == bytes(range(32))


def test_an_unfinished_rotation_blocks_start_up(storage_config):
    load_master_key(storage_config)
    pending_key_path(storage_config.master_key.key_file).write_text("x")
    with pytest.raises(KeyRotationPending, match="rotate-key"):
        load_master_key(storage_config)


def test_the_key_file_is_written_whole_with_no_scratch_files_left(storage_config):
    load_master_key(storage_config)
    folder = storage_config.master_key.key_file.parent
    assert sorted(p.name for p in folder.iterdir()) == ["master.key"]


def test_an_existing_key_file_is_never_overwritten(storage_config):
    from storage.keys import create_key_file

    first = load_master_key(storage_config)
    assert create_key_file(storage_config.master_key.key_file) == first
