"""/wipe erases a person for good; /coordinators is for the deployment's admins only."""

from storage.db import database_files
from storage.links import link_index
from storage.users import UserRepository
from tests.e2e.harness import BotHarness


def on_disk(bot) -> bytes:
    return b"".join(f.read_bytes() for f in database_files(bot.database.path) if f.exists())


async def test_wipe_asks_for_the_word_and_refuses_anything_else(bot):
    alice = bot.user("alice", first_name="Alice")
    await alice.send("/start")
    await alice.send("/wipe")
    assert "send the word DELETE" in alice.last_text
    await alice.send("yes")
    assert "Nothing was erased" in alice.last_text
    assert await UserRepository(bot.database).count() == 1


async def test_wipe_erases_every_trace_and_deletes_recent_messages(bot):
    alice = bot.user("alice", first_name="Alice")
    bob = bot.user("bob", first_name="Bob")
    await bob.send("/start")
    await alice.send("/start")
    await alice.send("/settings")
    await alice.press("🕓 Time zone")
    await alice.press("Bangkok (UTC+07:00)")
    users = UserRepository(bot.database)
    async with bot.database.read() as tx:
        row = await tx.fetchone(
            "SELECT * FROM users WHERE tg_user_id_bidx = ?",
            (bot.database.crypto.blind_index_int("users", "tg_user_id", alice.id),),
        )
        alice_id = row["id"]
        columns = row.keys()  # a sqlite3.Row iterates over values, not names
        secrets = [row[c] for c in columns if c.endswith(("_ct", "_bidx")) and row[c]]
    sent_before = len(alice.inbox)
    await alice.send("/wipe")
    await alice.send("delete")
    assert alice.last_text.startswith("Everything about you has been erased")
    # The bot's earlier messages are gone from the chat where Telegram allows it.
    assert len(alice.inbox) == 1
    assert len(alice.deleted) >= sent_before
    assert await users.find_by_telegram_id(alice.id) is None
    assert await users.find_by_telegram_id(bob.id) is not None
    await bot.database.checkpoint()
    stored = on_disk(bot)
    for secret in secrets:
        assert secret not in stored
    async with bot.database.read() as tx:
        assert await tx.scalar("SELECT count(*) FROM conversations WHERE id = ?", (alice_id,)) == 0
        for table in ("sent_messages", "button_sets"):
            index = link_index(bot.database.crypto, table, "user", alice_id)
            count = await tx.scalar(f"SELECT count(*) FROM {table} WHERE user_bidx = ?", (index,))
            assert count == 0, table


async def test_after_a_wipe_the_person_can_start_afresh(bot):
    alice = bot.user("alice", first_name="Alice")
    await alice.send("/start")
    await alice.send("/wipe")
    await alice.send("DELETE")
    await alice.send("/start")
    assert any(t.startswith("Welcome, Alice.") for t in alice.texts())


async def test_an_admin_makes_a_group_the_coordinators_chat(tmp_path):
    bot = BotHarness(tmp_path / "data", BOT_ADMINS="111000001")
    await bot.start()
    try:
        admin = bot.user("admin")
        member = bot.user("member")
        group = bot.emulator.create_group("Network coordinators", [admin, member])
        await member.send_in_group(group, "/coordinators")
        assert (
            bot.emulator.chat_messages(group)[-1].text == "Only an admin of this bot can do this."
        )
        assert await bot.app.bot_data.services.coordinators.current() is None
        await admin.send_in_group(group, "/coordinators")
        assert "coordinators' chat" in bot.emulator.chat_messages(group)[-1].text
        chat = await bot.app.bot_data.services.coordinators.current()
        assert chat is not None
        assert chat.chat_id == group
        await bot.database.checkpoint()
        assert b"Network coordinators" not in on_disk(bot)
        await admin.send("/coordinators")
        assert "inside the group" in admin.last_text
    finally:
        await bot.stop()
