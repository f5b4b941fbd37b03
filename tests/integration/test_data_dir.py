"""The data directory is the bot's alone: mode 0700, made so or refused (issue 19, item 5)."""

import stat

import pytest

from bot.config import load_storage_config
from bot.errors import StorageError
from storage.open import open_storage


def mode_of(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.parametrize("mode", [0o755, 0o750, 0o711, 0o777])
async def test_a_data_dir_that_already_existed_open_to_others_is_made_private(tmp_path, mode):
    data = tmp_path / "data"
    data.mkdir()
    data.chmod(mode)
    database = await open_storage(load_storage_config({"BOT_DATA_DIR": str(data)}))
    await database.close()
    assert mode_of(data) == 0o700


async def test_a_shared_directory_such_as_tmp_is_refused_and_left_as_it_was(tmp_path):
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o1777)
    with pytest.raises(StorageError, match=r"mode 1777.*directory of its own"):
        await open_storage(load_storage_config({"BOT_DATA_DIR": str(shared)}))
    assert mode_of(shared) == 0o1777
    assert list(shared.iterdir()) == []
