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


def test_a_library_line_that_quotes_an_update_keeps_only_its_type(restore_logging):
    import io

    from telegram import Update

    stream = io.StringIO()
    configure_logging(logging.INFO, ["123:SECRET"], stream)
    update = Update.de_json(
        {
            "update_id": 7,
            "message": {
                "message_id": 1,
                "date": 0,
                "chat": {"id": 5550123987, "type": "private"},
                "from": {"id": 5550123987, "is_bot": False, "first_name": "Carlos"},
                "text": "/sos at the checkpoint",
            },
        },
        None,
    )
    logging.getLogger("telegram.ext.Application").critical(
        "Error while building CallbackContext for update %s. Update will not be processed.",
        update,
    )
    logged = stream.getvalue()
    assert "Error while building CallbackContext for update <Update>" in logged
    for secret in ("Carlos", "5550123987", "checkpoint"):
        assert secret not in logged
