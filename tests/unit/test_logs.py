import logging
import sys

from bot.logs import RedactingFormatter, configure_logging


def test_the_token_is_masked_in_messages_and_in_tracebacks():
    try:
        raise RuntimeError("POST /bot123:SECRET/getUpdates failed")
    except RuntimeError:
        record = logging.LogRecord(
            "x", logging.ERROR, __file__, 1, "url %s", ("/bot123:SECRET/getMe",), sys.exc_info()
        )
    text = RedactingFormatter("%(message)s", ["123:SECRET"]).format(record)
    assert "SECRET" not in text
    assert "url /bot[redacted]/getMe" in text
    assert "POST /bot[redacted]/getUpdates failed" in text


def test_payload_loggers_stay_at_info_even_in_debug_mode(restore_logging):
    configure_logging(logging.DEBUG, ["t"])
    assert logging.getLogger("telegram.ext.ExtBot").getEffectiveLevel() == logging.INFO
    assert logging.getLogger("aiosqlite").getEffectiveLevel() == logging.INFO
    assert logging.getLogger("httpx").getEffectiveLevel() == logging.WARNING
    assert logging.getLogger("bot").getEffectiveLevel() == logging.DEBUG
