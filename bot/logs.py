"""Logging that carries internal ids and event names only.

httpx logs every request URL, and Bot API URLs contain the token, so its logger stays at
WARNING; a filter also masks the token anywhere it might still appear.
"""

from __future__ import annotations

import logging
import sys
import traceback
from typing import TextIO

QUIET_LOGGERS = ("httpx", "httpcore", "apscheduler", "aiohttp.access")
# At DEBUG these print whole updates and request payloads (names, text, ids), so they never go
# below INFO, even when the bot's own logs do.
PAYLOAD_LOGGERS = ("telegram", "aiosqlite")


class RedactingFormatter(logging.Formatter):
    """Masks secrets in the whole formatted record, tracebacks and exception text included."""

    def __init__(self, fmt: str, secrets: list[str]) -> None:
        super().__init__(fmt)
        self._secrets = [s for s in secrets if s]

    def format(self, record: logging.LogRecord) -> str:
        text = super().format(record)
        for secret in self._secrets:
            text = text.replace(secret, "[redacted]")
        return text


class LibraryPayloadFilter(logging.Filter):
    """Lines from python-telegram-bot and aiosqlite keep their wording, not their values: at
    any level they can quote a whole update (python-telegram-bot's "Error while building
    CallbackContext for update %s" is CRITICAL), so a value becomes its type's name."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.name.split(".")[0] in PAYLOAD_LOGGERS and record.args:
            values = record.args if isinstance(record.args, tuple) else (record.args,)
            record.args = tuple(
                v if isinstance(v, int | float) else f"<{type(v).__name__}>" for v in values
            )
        return True


def where_it_failed(error: BaseException) -> str:
    """File, line and function of the last frames: enough to debug, with no values in it."""
    frames = traceback.extract_tb(error.__traceback__)
    return " <- ".join(f"{f.filename.rsplit('/', 1)[-1]}:{f.lineno} {f.name}" for f in frames[-6:])


def configure_logging(level: int, secrets: list[str], stream: TextIO | None = None) -> None:
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.setFormatter(
        RedactingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s", secrets)
    )
    handler.addFilter(LibraryPayloadFilter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    for name in QUIET_LOGGERS:
        logging.getLogger(name).setLevel(logging.WARNING)
    for name in PAYLOAD_LOGGERS:
        logging.getLogger(name).setLevel(max(level, logging.INFO))
