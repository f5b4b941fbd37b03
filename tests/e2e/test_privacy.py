"""What must not stay behind: on the phone (auto-delete) and in the database (/wipe)."""

import re
from datetime import timedelta

from bot.context import BotContext
from handlers.maintenance import delete_due_messages
from storage.db import database_files
from storage.links import link_index

LINK = re.compile(r"https://t\.me/\S+\?start=([\w-]+)")


async def run_deletion_job(bot) -> None:
    await delete_due_messages(BotContext(bot.app))


async def set_autodelete(person, label="after 10 minutes") -> None:
    await person.send("/settings")
    await person.press("🧹 Auto-delete")
    await person.press(label)


async def test_turning_auto_delete_on_also_covers_sensitive_messages_already_sent(bot):
    alice = bot.user("alice", first_name="Alice")
    await alice.send("/contacts")
    contact_list = alice.inbox[-1]
    await set_autodelete(alice)
    bot.clock.advance(timedelta(minutes=11))
    await run_deletion_job(bot)
    assert contact_list.message_id in [m.message_id for m in alice.deleted]


async def test_turning_auto_delete_off_keeps_them(bot):
    alice = bot.user("alice", first_name="Alice")
    await set_autodelete(alice)
    await alice.send("/contacts")
    contact_list = alice.inbox[-1]
    await set_autodelete(alice, "Off")
    bot.clock.advance(timedelta(hours=1))
    await run_deletion_job(bot)
    assert contact_list.message_id in [m.message_id for m in alice.inbox]


async def test_an_invitation_link_can_be_forwarded_but_is_auto_deleted(bot):
    alice = bot.user("alice", first_name="Alice")
    await set_autodelete(alice, "after 1 minute")
    await alice.send("/invite")
    await alice.send("Bob")
    await alice.press(1)
    await alice.press(1)
    link_message = alice.inbox[-1]
    assert LINK.search(link_message.text)
    assert not link_message.protect_content
    bot.clock.advance(timedelta(minutes=2))
    await run_deletion_job(bot)
    assert link_message.message_id in [m.message_id for m in alice.deleted]


async def test_what_a_user_types_during_a_flow_is_deleted_with_the_rest(bot):
    alice = bot.user("alice", first_name="Alice")
    await set_autodelete(alice, "after 1 minute")
    await alice.send("/invite")
    typed = await alice.send("My brother Karim")
    bot.clock.advance(timedelta(minutes=2))
    await run_deletion_job(bot)
    still_there = [m.message_id for m in bot.emulator.chat_messages(alice.id)]
    assert typed["message"]["message_id"] not in still_there


async def test_wipe_of_a_defender_who_is_also_a_contact_leaves_nothing(bot):
    alice = bot.user("alice", first_name="Alice Wonder")
    bob = bot.user("bob", first_name="Bob")
    # Alice protects Bob, Bob protects Alice, Alice has a card and an open invitation.
    for defender, contact, label in ((alice, bob, "Bobby"), (bob, alice, "Ali")):
        await defender.send("/invite")
        await defender.send(label)
        await defender.press(1)
        await defender.press(1)
        token = LINK.search(defender.last_text)[1]
        await contact.send(f"/start {token}")
        await contact.press("✅ Accept")
    await alice.send("/invite")
    await alice.send("Carol Pending")
    await alice.press(1)
    await alice.press(1)
    await alice.send("/card")
    await alice.press("Full legal name")
    await alice.send("Alice Marguerite Wonder")
    database = bot.database
    async with database.read() as tx:
        alice_rows = {}
        alice_id = await tx.scalar(
            "SELECT id FROM users WHERE tg_user_id_bidx = ?",
            (database.crypto.blind_index_int("users", "tg_user_id", alice.id),),
        )
        for table, column in (
            ("users", "id"),
            ("contacts", "defender"),
            ("contacts", "contact_user"),
            ("invites", "defender"),
            ("cards", "id"),
            ("button_sets", "user"),
        ):
            # Links between people are blind indexes (storage/links.py), plain ids elsewhere.
            key = alice_id
            if column != "id":
                key = link_index(database.crypto, table, column, alice_id)
                column = f"{column}_bidx"
            rows = await tx.fetchall(f"SELECT * FROM {table} WHERE {column} = ?", (key,))
            assert rows, (table, column)
            alice_rows[(table, column)] = rows
    secrets = [
        row[name]
        for rows in alice_rows.values()
        for row in rows
        for name in row.keys()  # noqa: SIM118 - sqlite3.Row iterates over values
        if name.endswith(("_ct", "_bidx", "_hash")) and row[name]
    ]
    assert len(secrets) > 10
    await alice.send("/wipe")
    await alice.send("DELETE")
    assert bob.last_text.startswith("One of your trusted contacts has left")
    await bob.send("/contacts")
    assert "Ali" not in bob.last_text
    await database.checkpoint()
    stored = b"".join(f.read_bytes() for f in database_files(database.path) if f.exists())
    for secret in secrets:
        assert secret not in stored
    for text in (b"Alice", b"Marguerite", b"Carol", str(alice.id).encode()):
        assert text not in stored


async def test_messages_wipe_could_not_delete_yet_are_deleted_later(bot):
    alice = bot.user("alice", first_name="Alice")
    await alice.send("/start")
    await alice.send("/wipe")
    # The first failure is the typed word's deletion, the second one of the bot's messages;
    # longer than the pacer waits out in place.
    bot.emulator.fail_next("deleteMessage", 429, retry_after=30, times=2)
    await alice.send("DELETE")
    left = [m for m in alice.inbox if not m.text.startswith("Everything about you")]
    assert left, "the fault should have kept some messages"
    await run_deletion_job(bot)
    assert [m.text for m in alice.inbox] == [alice.last_text]
    assert "DELETE" not in [m.text for m in bot.emulator.chat_messages(alice.id)]
    async with bot.database.read() as tx:
        assert await tx.scalar("SELECT count(*) FROM sent_messages") == 0
