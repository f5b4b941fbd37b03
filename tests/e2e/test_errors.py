"""When Telegram or the bot fails mid-conversation: a clear message, nothing lost, no leaks."""

import io
import logging

from bot.logs import configure_logging
from storage.users import UserRepository


async def test_a_reply_held_back_long_loses_no_data_and_the_user_is_told(bot, caplog):
    # A short RetryAfter is waited out by the pacer (tests/e2e/test_pacing.py); a long one
    # fails the reply.
    alice = bot.user("alice", first_name="Alice")
    bot.emulator.fail_next("sendMessage", 429, retry_after=30)
    with caplog.at_level(logging.ERROR):
        await alice.send("/start")
    assert alice.texts() == [bot.app.bot_data.services.translate("en", "error-generic")]
    users = UserRepository(bot.database)
    assert await users.find_by_telegram_id(alice.id) is not None
    assert any("RetryAfter" in r.getMessage() for r in caplog.records)


async def test_errors_are_logged_without_names_ids_or_text(bot, caplog):
    alice = bot.user("alice", first_name="Yasmin")
    bot.emulator.fail_next("sendMessage", 400, "Bad Request: chat not found")
    with caplog.at_level(logging.DEBUG):
        await alice.send("/start secret-invite-token")
    # Libraries are capped at INFO by bot.logs (see tests/unit/test_logs.py); ours log freely.
    ours = [r for r in caplog.records if r.name.split(".")[0] in {"bot", "handlers", "storage"}]
    logged = "\n".join(r.getMessage() for r in ours)
    assert "BadRequest" in logged
    for secret in ("Yasmin", str(alice.id), "secret-invite-token", bot.emulator.token):
        assert secret not in logged


async def test_a_user_who_blocked_the_bot_does_not_break_it(bot):
    alice = bot.user("alice", first_name="Alice")
    bob = bot.user("bob", first_name="Bob")
    await alice.send("/start")
    bot.emulator.fail_next("sendMessage", 403, "Forbidden: bot was blocked by the user")
    await alice.send("/help")
    await bob.send("/start")
    assert bob.texts()[-2].startswith("Welcome, Bob.")


async def test_a_debug_log_of_a_failed_conversation_holds_nothing_personal(bot, restore_logging):
    """Through the real logging set-up, with every library's own DEBUG lines."""
    stream = io.StringIO()
    configure_logging(logging.DEBUG, [bot.emulator.token], stream)
    alice = bot.user("alice", first_name="Farah", last_name="Haddad")
    await alice.send("/start")
    bot.emulator.fail_next("sendMessage", 400, "Bad Request: chat not found")
    await alice.send("/help please")
    logged = stream.getvalue()
    assert "BadRequest" in logged
    for secret in ("Farah", "Haddad", str(alice.id), "please", bot.emulator.token, "Welcome"):
        assert secret not in logged
