from collections.abc import AsyncIterator

import pytest

from bot.config import StorageConfig, load_storage_config
from storage.db import Database
from storage.open import open_storage


@pytest.fixture
def storage_config(tmp_path) -> StorageConfig:
    return load_storage_config({"BOT_DATA_DIR": str(tmp_path / "data")})


@pytest.fixture
async def db(storage_config) -> AsyncIterator[Database]:
    database = await open_storage(storage_config)
    yield database
    await database.close()
