import logging

from bot.logs import RedactSecrets, configure_logging


def test_the_token_is_masked_wherever_it_appears():
    record = logging.LogRecord(
        "x", logging.INFO, __file__, 1, "url %s", ("/bot123:SECRET/getMe",), None
    )
    RedactSecrets(["123:SECRET"]).filter(record)
    assert record.getMessage() == "url /bot[redacted]/getMe"


def test_payload_loggers_stay_at_info_even_in_debug_mode():
    root = logging.getLogger()
    saved = root.handlers[:], root.level
    configure_logging(logging.DEBUG, ["t"])
    try:
        assert logging.getLogger("telegram.ext.ExtBot").getEffectiveLevel() == logging.INFO
        assert logging.getLogger("aiosqlite").getEffectiveLevel() == logging.INFO
        assert logging.getLogger("httpx").getEffectiveLevel() == logging.WARNING
        assert logging.getLogger("bot").getEffectiveLevel() == logging.DEBUG
    finally:
        root.handlers[:], level = saved
        root.setLevel(level)
        for name in ("telegram", "aiosqlite", "httpx"):
            logging.getLogger(name).setLevel(logging.NOTSET)
