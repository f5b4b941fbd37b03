"""Records of sent messages, for auto-delete: one bad record never stops the job."""

from storage.open import open_storage


async def test_an_unreadable_sent_message_record_does_not_stop_auto_delete(storage_config):
    """A record whose message id is not a number (an update no Telegram would send) used to
    raise in every run of the auto-delete job, so nothing was deleted for anyone again."""
    from datetime import UTC, datetime

    from storage.ids import new_id
    from storage.sent_messages import SentMessageRepository
    from storage.timecodec import to_db_time
    from storage.users import UserRepository
    from tests.integration.test_rotate_key import person

    now = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
    db = await open_storage(storage_config)
    try:
        user, _ = await UserRepository(db).register(person(1), now)
        messages = SentMessageRepository(db)
        await messages.record(user.id, 5, 41, now, sensitive=True, delete_at=now)
        bad = new_id()
        row = db.crypto.row("sent_messages", bad)
        async with db.transaction() as tx:
            await tx.execute(
                "INSERT INTO sent_messages (id, user_ct, user_bidx, chat_id_ct, message_id_ct, "
                "sensitive, sent_at, delete_at) VALUES (?, ?, ?, ?, ?, 1, ?, ?)",
                (bad, row.text("user_ct", user.id),
                 db.crypto.blind_index("sent_messages", "user", user.id.encode()),
                 row.integer("chat_id_ct", 5), row.text("message_id_ct", "x"),
                 to_db_time(now), to_db_time(now)),
            )  # fmt: skip
        due = await messages.due(now)
        assert [m.message_id for m in due] == [41]
        assert [m.message_id for m in await messages.due(now)] == [41]  # the bad one is gone
    finally:
        await db.close()
