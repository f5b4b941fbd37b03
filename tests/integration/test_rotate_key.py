import asyncio
import os
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.domain.users import TelegramIdentity
from bot.errors import KeyRotationPending, StartupError, WrongKeyError
from storage.crypto import FieldCrypto, key_id_of
from storage.keys import load_master_key, pending_key_path, read_key_file
from storage.lock import InstanceLock
from storage.open import open_database, open_storage
from storage.rotation import reencrypt_all, rotate_master_key
from storage.users import UserRepository

NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
ROOT = Path(__file__).resolve().parents[2]


def person(n: int) -> TelegramIdentity:
    return TelegramIdentity(900_000 + n, 900_000 + n, f"Person {n}", "fr")


async def fill(config, count: int) -> None:
    db = await open_storage(config)
    try:
        for n in range(count):
            await UserRepository(db).register(person(n), NOW)
    finally:
        await db.close()


async def key_ids_in_use(config) -> set[bytes]:
    db = await open_storage(config)
    try:
        async with db.read() as tx:
            rows = await tx.fetchall("SELECT tg_user_id_ct, display_name_ct FROM users")
            meta = await tx.fetchall("SELECT value_ct FROM meta")
    finally:
        await db.close()
    return {key_id_of(blob) for row in [*rows, *meta] for blob in row}


async def assert_everyone_readable(config, count: int) -> None:
    db = await open_storage(config)
    try:
        users = UserRepository(db)
        for n in range(count):
            found = await users.find_by_telegram_id(900_000 + n)
            assert found is not None, n
            assert found.display_name == f"Person {n}"
            assert found.language == "fr"
    finally:
        await db.close()


def no_progress(table: str, rows: int) -> None:
    pass


async def test_rotation_rewrites_every_value_and_index_under_the_new_key(storage_config):
    await fill(storage_config, 20)
    old_key = load_master_key(storage_config)
    report = await rotate_master_key(storage_config, no_progress)
    new_key = load_master_key(storage_config)
    assert new_key != old_key
    # id, chat, name, language and anchor per user, plus the key check
    assert report.values == 20 * 5 + 1
    assert report.indexes == 20
    assert await key_ids_in_use(storage_config) == {new_key.key_id}
    assert not pending_key_path(storage_config.master_key.key_file).exists()
    await assert_everyone_readable(storage_config, 20)
    with pytest.raises(WrongKeyError):
        await open_database(storage_config.database_path, FieldCrypto(old_key))


async def test_rotation_interrupted_mid_pass_changes_nothing_and_can_be_rerun(storage_config):
    await fill(storage_config, 10)
    old_key = load_master_key(storage_config)

    def interrupt(table: str, rows: int) -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        await rotate_master_key(storage_config, interrupt)
    pending = pending_key_path(storage_config.master_key.key_file)
    assert pending.exists()
    assert read_key_file(storage_config.master_key.key_file) == old_key
    with pytest.raises(KeyRotationPending):
        await open_storage(storage_config)
    # Nothing was half-rewritten: the old key still reads everything.
    db = await open_database(storage_config.database_path, FieldCrypto(old_key))
    await db.close()
    next_key = read_key_file(pending)
    await rotate_master_key(storage_config, no_progress)
    assert load_master_key(storage_config) == next_key
    await assert_everyone_readable(storage_config, 10)


async def test_rotation_stopped_after_commit_and_before_retiring_is_finished_by_a_rerun(
    storage_config,
):
    await fill(storage_config, 10)
    old_key = load_master_key(storage_config)
    await rotate_master_key(storage_config, no_progress)  # a first, complete rotation
    old_key = load_master_key(storage_config)
    # Second rotation: re-encrypted and committed, then the process died before the key swap.
    from storage.keys import create_key_file

    next_key = create_key_file(pending_key_path(storage_config.master_key.key_file))
    crypto = FieldCrypto(next_key, previous=[old_key])
    db = await open_database(storage_config.database_path, crypto)
    await reencrypt_all(db, crypto, no_progress)
    await db.close()
    with pytest.raises(KeyRotationPending):
        await open_storage(storage_config)
    await rotate_master_key(storage_config, no_progress)
    assert load_master_key(storage_config) == next_key
    assert await key_ids_in_use(storage_config) == {next_key.key_id}
    await assert_everyone_readable(storage_config, 10)


async def test_rotation_killed_with_sigkill_mid_transaction_loses_nothing(storage_config):
    count = 300
    await fill(storage_config, count)
    env = {
        **os.environ,
        "BOT_DATA_DIR": str(storage_config.data_dir),
        "PYTHONPATH": str(ROOT),
    }
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        "rotate-key",
        env=env,
        stderr=asyncio.subprocess.PIPE,
        stdout=asyncio.subprocess.DEVNULL,
    )
    assert process.stderr is not None
    # Tables are rewritten in name order in one transaction, "users" last: after the first
    # table's line the transaction is still open.
    async with asyncio.timeout(60):
        first_line = await process.stderr.readline()
    assert b"rows re-encrypted" in first_line
    assert b"users" not in first_line
    process.kill()
    await process.wait()
    # Wherever the kill landed, the next run finishes the job.
    await rotate_master_key(storage_config, no_progress)
    await assert_everyone_readable(storage_config, count)


async def test_rotation_with_the_wrong_key_leaves_no_pending_rotation_behind(storage_config):
    await fill(storage_config, 1)
    key_file = storage_config.master_key.key_file
    right_key = key_file.read_bytes()
    key_file.write_text("C" * 43 + "=")
    with pytest.raises(WrongKeyError):
        await rotate_master_key(storage_config, no_progress)
    assert not pending_key_path(key_file).exists()
    key_file.write_bytes(right_key)
    await assert_everyone_readable(storage_config, 1)


async def test_rotation_refuses_while_the_bot_holds_the_data_dir(storage_config):
    await fill(storage_config, 1)
    with InstanceLock(storage_config.data_dir):
        process = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "bot",
            "rotate-key",
            env={**os.environ, "BOT_DATA_DIR": str(storage_config.data_dir)},
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
            cwd=ROOT,
        )
        async with asyncio.timeout(60):
            _, stderr_bytes = await process.communicate()
    stderr = stderr_bytes.decode()
    assert process.returncode == StartupError.exit_code
    assert "Another process" in stderr
    assert "Traceback" not in stderr


async def test_rotation_keeps_blanked_payloads_of_sent_messages_and_pending_ones_readable(
    storage_config,
):
    from datetime import timedelta

    from bot.domain.outbound import ChatKind, OutboundMessage, Priority
    from storage.outbox import OutboxRepository

    db = await open_storage(storage_config)
    try:
        outbox = OutboxRepository(db)
        sent = await outbox.enqueue(
            42, ChatKind.PRIVATE, OutboundMessage("gone"), Priority.OTHER, NOW
        )
        await outbox.mark_sent(sent, 7)
        await outbox.enqueue(43, ChatKind.PRIVATE, OutboundMessage("waiting"), Priority.OTHER, NOW)
    finally:
        await db.close()
    await rotate_master_key(storage_config, no_progress)
    db = await open_storage(storage_config)
    try:
        outbox = OutboxRepository(db)
        assert await outbox.sent_message_id(sent) == 7
        (item,) = await outbox.claim(NOW, timedelta(minutes=1), 10)
        assert (item.chat_id, item.message.text) == (43, "waiting")
    finally:
        await db.close()


async def test_rotation_keeps_the_record_of_alert_copies_readable_and_sealed(storage_config):
    from bot.domain.copies import AlertCopy, CopyKind
    from storage.alert_copies import AlertCopyRepository

    held = AlertCopy("alert-1", "contact-1", 5_550_123_987, False, 42, CopyKind.LIVE, "fr")
    db = await open_storage(storage_config)
    try:
        async with db.transaction() as tx:
            await AlertCopyRepository(db).record_in(tx, held, NOW, NOW)
    finally:
        await db.close()
    report = await rotate_master_key(storage_config, no_progress)
    assert report.refused_rows == 0
    db = await open_storage(storage_config)
    try:
        async with db.transaction() as tx:
            (found,) = await AlertCopyRepository(db).due_in(tx, NOW, 10)
    finally:
        await db.close()
    assert (found.recipient_id, found.chat_id, found.language) == ("contact-1", 5_550_123_987, "fr")
