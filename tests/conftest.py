import pytest


@pytest.fixture(autouse=True)
def _timedelta_attributes(monkeypatch: pytest.MonkeyPatch) -> None:
    """PTB 22 warns on int-valued durations (RetryAfter.retry_after...) unless opted in."""
    monkeypatch.setenv("PTB_TIMEDELTA", "true")


@pytest.fixture
def restore_logging():
    """For tests that call configure_logging: put pytest's own handlers back afterwards."""
    import logging

    root = logging.getLogger()
    saved = root.handlers[:], root.level
    yield
    root.handlers[:], level = saved
    root.setLevel(level)
    for name in ("telegram", "aiosqlite", "httpx", "httpcore", "apscheduler", "aiohttp.access"):
        logging.getLogger(name).setLevel(logging.NOTSET)
