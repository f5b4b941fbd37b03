import pytest


@pytest.fixture(autouse=True)
def _timedelta_attributes(monkeypatch: pytest.MonkeyPatch) -> None:
    """PTB 22 warns on int-valued durations (RetryAfter.retry_after...) unless opted in."""
    monkeypatch.setenv("PTB_TIMEDELTA", "true")
