"""Logging that carries internal ids and event names only.

httpx logs every request URL, and Bot API URLs contain the token, so its logger stays at
WARNING; a filter also masks the token anywhere it might still appear.
"""

from __future__ import annotations

import logging
import sys

QUIET_LOGGERS = ("httpx", "httpcore", "apscheduler", "aiohttp.access")
# At DEBUG these print whole updates and request payloads (names, text, ids), so they never go
# below INFO, even when the bot's own logs do.
PAYLOAD_LOGGERS = ("telegram", "aiosqlite")


class RedactSecrets(logging.Filter):
    def __init__(self, secrets: list[str]) -> None:
        super().__init__()
        self._secrets = [s for s in secrets if s]

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if any(secret in message for secret in self._secrets):
            for secret in self._secrets:
                message = message.replace(secret, "[redacted]")
            record.msg, record.args = message, None
        return True


def configure_logging(level: int, secrets: list[str]) -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactSecrets(secrets))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    for name in QUIET_LOGGERS:
        logging.getLogger(name).setLevel(logging.WARNING)
    for name in PAYLOAD_LOGGERS:
        logging.getLogger(name).setLevel(max(level, logging.INFO))
