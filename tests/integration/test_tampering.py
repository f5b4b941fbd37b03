"""Write access to the database without the key: every tampering the review found fails closed.

Each test changes the file the way someone holding only `bot.db` could (plain SQL, or putting
back bytes copied earlier) and checks that the row is refused, never acted on, and that the
alarm the app turns into an admin notice rang once.
"""

from datetime import UTC, datetime, timedelta

import pytest

from bot.domain.alerts import AlertKind, ContactRef, Policy, Resolution, ResolvedBy, resolve
from bot.domain.alerts import raise_alert as new_alert
from bot.domain.card import CardField
from bot.domain.contacts import ContactStatus
from bot.domain.interaction import ButtonAction, Conversation
from bot.domain.outbound import ChatKind, OutboundMessage, Priority
from bot.domain.safety_pin import PinAttempts
from bot.domain.users import TelegramIdentity
from bot.errors import StorageError
from storage.alerts import AlertRepository
from storage.buttons import ButtonRepository
from storage.cards import CardRepository
from storage.contacts import ContactRepository, hash_token
from storage.conversations import ConversationRepository
from storage.coordinators import CoordinatorRepository
from storage.integrity import TamperedRowError
from storage.open import open_storage
from storage.outbox import OutboxRepository
from storage.pin_attempts import PinAttemptRepository
from storage.rotation import rotate_master_key
from storage.safety_words import SafetyWord, SafetyWordRepository
from storage.users import UserRepository

NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
DAYS = timedelta(days=3)


async def person(db, number: int, name: str = "Person") -> str:
    identity = TelegramIdentity(5000 + number, 5000 + number, f"{name} {number}", "en")
    user, _ = await UserRepository(db).register(identity, NOW)
    return user.id


async def link(db, defender: str, contact: str, token: str, tier: int = 1):
    repo = ContactRepository(db)
    invite = await repo.create_invite(defender, hash_token(token), "Bobby", "A", tier, NOW, DAYS, 9)
    return await repo.accept_invite(invite.id, contact, NOW)


def told(db) -> list[str]:
    heard: list[str] = []
    db.tamper.subscribe(heard.append)
    return heard


async def sql(db, statement: str, params=()) -> int:
    async with db.transaction() as tx:
        return await tx.execute(statement, params)


async def row_of(db, table: str, row_id: str) -> dict:
    async with db.read() as tx:
        row = await tx.fetchone(f"SELECT * FROM {table} WHERE id = ?", (row_id,))
    return dict(zip(row.keys(), tuple(row), strict=True))


async def copy_link(db, table: str, name: str, source_id: str, target_id: str) -> None:
    """Without the key a link cannot be written, only copied: `target_id`'s `name` link is
    made `source_id`'s (the same person's ciphertext and blind index)."""
    changed = await sql(
        db,
        f"UPDATE {table} SET ({name}_ct, {name}_bidx) = (SELECT {name}_ct, {name}_bidx "
        f"FROM {table} WHERE id = ?) WHERE id = ?",
        (source_id, target_id),
    )
    assert changed == 1


async def put_back(db, table: str, row: dict) -> None:
    columns = [c for c in row if c != "id"]
    assignments = ", ".join(f"{c} = ?" for c in columns)
    params = [row[c] for c in columns]
    await sql(db, f"UPDATE {table} SET {assignments} WHERE id = ?", (*params, row["id"]))
    changed = await row_of(db, table, row["id"])
    assert changed == row


# ---------------------------------------------------------------------- the review's four


async def test_a_contact_row_re_pointed_at_another_account_is_refused_everywhere(db):
    heard = told(db)
    contacts = ContactRepository(db)
    alice, bobby, mallory = await person(db, 1), await person(db, 2), await person(db, 3)
    bobby_link = await link(db, alice, bobby, "a" * 22)
    mallory_link = await link(db, await person(db, 4), mallory, "m" * 22)  # mallory protects
    assert [c.contact_user_id for c in await contacts.active_contacts_of(alice)] == [bobby]

    await copy_link(db, "contacts", "contact_user", mallory_link.id, bobby_link.id)

    assert await contacts.active_contacts_of(alice) == []
    assert await contacts.contacts_of(alice) == []
    assert [c.id for c in await contacts.protected_by(mallory)] == [mallory_link.id]
    assert await contacts.contact_between(alice, mallory) is None
    assert not await contacts.is_contact(alice, mallory)
    assert await contacts.contact_for_contact(mallory, bobby_link.id) is None
    assert await contacts.remove_by_contact(mallory, bobby_link.id) is None
    assert await contacts.set_tier(alice, bobby_link.id, 2) is None
    assert heard == ["contacts"]  # told once, naming the table only
    assert db.tamper.refused >= 8


async def test_a_tier_or_status_changed_without_the_key_is_refused(db):
    contacts = ContactRepository(db)
    alice = await person(db, 1)
    first = await link(db, alice, await person(db, 2), "a" * 22, tier=2)
    second = await link(db, alice, await person(db, 3), "b" * 22, tier=2)
    await sql(db, "UPDATE contacts SET tier = 1 WHERE id = ?", (first.id,))
    await sql(db, "UPDATE contacts SET status = 'unreachable' WHERE id = ?", (second.id,))
    assert await contacts.contacts_of(alice) == []
    # The repository's own changes are sealed again and read back.
    third = await link(db, alice, await person(db, 4), "c" * 22, tier=2)
    assert (await contacts.set_tier(alice, third.id, 1)).tier == 1
    assert await contacts.set_status(third.id, ContactStatus.UNREACHABLE)
    assert [(c.tier, c.status) for c in await contacts.contacts_of(alice)] == [
        (1, ContactStatus.UNREACHABLE)
    ]


async def test_swapped_lookup_index_values_find_no_one_instead_of_the_other_account(db):
    heard = told(db)
    users = UserRepository(db)
    alice, bobby = await person(db, 1), await person(db, 2)
    a, b = await row_of(db, "users", alice), await row_of(db, "users", bobby)
    await sql(db, "UPDATE users SET tg_user_id_bidx = ? WHERE id = ?", (b"swap", alice))
    await sql(
        db, "UPDATE users SET tg_user_id_bidx = ? WHERE id = ?", (a["tg_user_id_bidx"], bobby)
    )
    await sql(
        db, "UPDATE users SET tg_user_id_bidx = ? WHERE id = ?", (b["tg_user_id_bidx"], alice)
    )

    # Telegram user 5001 (Alice) now finds Bobby's row: refused, not Bobby.
    with pytest.raises(TamperedRowError):
        await users.find_by_telegram_id(5001)
    with pytest.raises(TamperedRowError):
        await users.register(TelegramIdentity(5001, 5001, "Alice", "en"), NOW)
    with pytest.raises(TamperedRowError):
        await users.get(bobby)
    assert heard == ["users"]


async def test_swapping_whole_rows_under_the_same_ids_is_refused_too(db):
    """Moving Bobby's lookup index, MAC and ciphertexts into Alice's row fails: the MAC and
    every ciphertext are bound to the row's id."""
    users = UserRepository(db)
    alice, bobby = await person(db, 1), await person(db, 2)
    b = await row_of(db, "users", bobby)
    await sql(db, "UPDATE users SET tg_user_id_bidx = ? WHERE id = ?", (b"moved", bobby))
    await put_back(db, "users", {**b, "id": alice})
    with pytest.raises(TamperedRowError):
        await users.find_by_telegram_id(5002)


async def test_an_old_safety_words_row_put_back_is_refused_not_read_as_no_duress_word(db):
    heard = told(db)
    words = SafetyWordRepository(db)
    alice = await person(db, 1)
    await words.store(alice, SafetyWord.PIN, "4711")
    pin_only = await row_of(db, "safety_words", alice)
    await words.store(alice, SafetyWord.DURESS, "blue heron")
    assert await words.matches(alice, "blue heron") is SafetyWord.DURESS

    # The old ciphertext alone, then the whole old row (its MAC with it).
    await sql(
        db, "UPDATE safety_words SET words_ct = ? WHERE id = ?", (pin_only["words_ct"], alice)
    )
    with pytest.raises(TamperedRowError):
        await words.matches(alice, "blue heron")
    await put_back(db, "safety_words", pin_only)
    with pytest.raises(TamperedRowError):
        await words.matches(alice, "blue heron")
    with pytest.raises(TamperedRowError):
        await words.which_are_set(alice)
    with pytest.raises(TamperedRowError):
        await words.store(alice, SafetyWord.PIN, "0000")  # nothing is built on a refused row
    assert heard == ["safety_words"]


async def test_deleting_the_safety_words_row_is_refused_not_read_as_no_words(db):
    words = SafetyWordRepository(db)
    alice = await person(db, 1)
    await words.store(alice, SafetyWord.DURESS, "blue heron")
    await sql(db, "DELETE FROM safety_words WHERE id = ?", (alice,))
    with pytest.raises(TamperedRowError):
        await words.matches(alice, "blue heron")


async def test_words_cleared_by_the_user_are_gone_and_set_again_later(db):
    words = SafetyWordRepository(db)
    alice = await person(db, 1)
    await words.store(alice, SafetyWord.PIN, "4711")
    old = await row_of(db, "safety_words", alice)
    assert await words.clear(alice, SafetyWord.PIN)
    assert await words.which_are_set(alice) == frozenset()
    await put_back_deleted(db, old)  # the row from before the clear, put back
    with pytest.raises(TamperedRowError):
        await words.which_are_set(alice)
    await sql(db, "DELETE FROM safety_words WHERE id = ?", (alice,))
    await words.store(alice, SafetyWord.DURESS, "heron")
    assert await words.which_are_set(alice) == {SafetyWord.DURESS}


async def put_back_deleted(db, row: dict) -> None:
    await sql(
        db,
        "INSERT INTO safety_words (id, words_ct, row_mac) VALUES (?, ?, ?)",
        (row["id"], row["words_ct"], row["row_mac"]),
    )


POLICY = Policy()


async def open_and_resolve(db, alice: str):
    alerts = AlertRepository(db)
    alert, _ = new_alert("alert-1", alice, AlertKind.SOS, (ContactRef("c1", 1),), True, POLICY, NOW)
    async with db.transaction() as tx:
        first = (await alerts.insert_in(tx, alert)).version
    while_open = await row_of(db, "alerts", alert.id)
    closed, _ = resolve(alert, Resolution(ResolvedBy.DEFENDER, "safe"), NOW + timedelta(minutes=1))
    async with db.transaction() as tx:
        assert await alerts.update_in(tx, closed, first)
    return alerts, while_open


async def test_a_resolved_alert_flipped_back_to_open_is_refused_and_never_escalated(db):
    heard = told(db)
    alice = await person(db, 1)
    alerts, _ = await open_and_resolve(db, alice)
    await sql(db, "UPDATE alerts SET state = 'open', next_wake_at = 0 WHERE id = 'alert-1'")
    later = NOW + timedelta(hours=1)
    assert await alerts.due(later) == []
    assert await alerts.get("alert-1") is None
    assert await alerts.open_for(alice) == []
    assert await alerts.open_alerts() == []
    # The refused row no longer rings the alarm clock.
    assert await alerts.next_wake() is None
    assert heard == ["alerts"]


async def test_a_resolved_alert_put_back_whole_as_it_was_while_open_is_refused(db):
    """Old body, old version, old state and old MAC: the row verifies on its own, but Alice's
    anchor no longer lists the alert as open."""
    alice = await person(db, 1)
    alerts, while_open = await open_and_resolve(db, alice)
    await put_back(db, "alerts", while_open)
    later = NOW + timedelta(hours=1)
    assert await alerts.due(later) == []
    assert await alerts.get("alert-1") is None
    assert await alerts.open_alerts() == []


async def test_an_older_alert_body_under_the_current_version_is_refused(db):
    alice = await person(db, 1)
    alerts, while_open = await open_and_resolve(db, alice)
    await sql(db, "UPDATE alerts SET body_ct = ? WHERE id = 'alert-1'", (while_open["body_ct"],))
    assert await alerts.get("alert-1") is None


async def test_an_open_alert_moved_to_another_defender_is_refused(db):
    alice, mallory = await person(db, 1), await person(db, 2)
    alerts = AlertRepository(db)
    alert, _ = new_alert("a2", alice, AlertKind.SOS, (ContactRef("c1", 1),), True, POLICY, NOW)
    async with db.transaction() as tx:
        await alerts.insert_in(tx, alert)
    theirs, _ = new_alert("m1", mallory, AlertKind.SOS, (ContactRef("c2", 1),), True, POLICY, NOW)
    async with db.transaction() as tx:
        await alerts.insert_in(tx, theirs)
    assert [s.alert.id for s in await alerts.open_for(alice)] == ["a2"]
    await copy_link(db, "alerts", "defender", "m1", "a2")
    assert [s.alert.id for s in await alerts.open_for(mallory)] == ["m1"]
    assert await alerts.get("a2") is None


async def test_an_open_alert_deleted_without_the_key_rings_the_alarm(db):
    heard = told(db)
    alice = await person(db, 1)
    alerts = AlertRepository(db)
    alert, _ = new_alert("a3", alice, AlertKind.SOS, (ContactRef("c1", 1),), True, POLICY, NOW)
    async with db.transaction() as tx:
        await alerts.insert_in(tx, alert)
    assert await alerts.open_for(alice)
    assert heard == []
    await sql(db, "DELETE FROM alerts WHERE id = 'a3'")
    assert await alerts.open_for(alice) == []
    assert heard == ["alerts"]


# ---------------------------------------------------------------------- other routing rows


async def test_an_invitation_re_pointed_at_another_defender_cannot_be_accepted(db):
    contacts = ContactRepository(db)
    alice, mallory, bobby = await person(db, 1), await person(db, 2), await person(db, 3)
    invite = await contacts.create_invite(alice, hash_token("t" * 22), "B", "A", 1, NOW, DAYS, 9)
    theirs = await contacts.create_invite(mallory, hash_token("u" * 22), "B", "A", 1, NOW, DAYS, 9)
    await copy_link(db, "invites", "defender", theirs.id, invite.id)
    assert await contacts.invite_by_token_hash(hash_token("t" * 22)) is None
    assert await contacts.accept_invite(invite.id, bobby, NOW) is None
    assert await contacts.contacts_of(mallory) == []


async def test_buttons_re_pointed_or_un_spent_are_refused(db):
    buttons = ButtonRepository(db)
    alice, mallory = await person(db, 1), await person(db, 2)
    action = [ButtonAction("stand-down", "alert-1")]
    (press,) = await buttons.issue(alice, action, NOW, DAYS, single_use=True)
    (theirs,) = await buttons.issue(mallory, action, NOW, DAYS, single_use=True)
    set_id = press.partition(".")[0]
    await copy_link(db, "button_sets", "user", theirs.partition(".")[0], set_id)
    assert await buttons.redeem(mallory, press, NOW) is None

    (press,) = await buttons.issue(alice, action, NOW, DAYS, single_use=True)
    assert await buttons.redeem(alice, press, NOW) == action[0]
    await sql(db, "UPDATE button_sets SET used = 0 WHERE id = ?", (press.partition(".")[0],))
    assert await buttons.redeem(alice, press, NOW) is None


async def test_an_outbox_row_re_routed_without_the_key_is_failed_not_sent(db):
    outbox = OutboxRepository(db)
    alice = await person(db, 1)
    row_id = await outbox.enqueue(
        42, ChatKind.PRIVATE, OutboundMessage("SOS"), Priority.DISTRESS, NOW, topic="a1"
    )
    hers = await outbox.enqueue(
        43, ChatKind.PRIVATE, OutboundMessage("Hi"), Priority.OTHER, NOW, owner_user_id=alice
    )
    await outbox.mark_sent(hers, 7)
    await copy_link(db, "outbox", "owner", hers, row_id)
    assert await outbox.claim(NOW, timedelta(minutes=1), 10) == []
    assert await outbox.state_of(row_id) == "failed"
    async with db.read() as tx:
        assert await tx.scalar("SELECT failure FROM outbox WHERE id = ?", (row_id,)) == "tampered"


# ---------------------------------------------------------------------- keys and upgrades


async def test_rotate_key_keeps_sealed_rows_working_and_a_tampered_row_refused(storage_config):
    db = await open_storage(storage_config)
    try:
        alice, bobby, carol = await person(db, 1), await person(db, 2), await person(db, 3)
        good = await link(db, alice, bobby, "a" * 22)
        bad = await link(db, alice, carol, "b" * 22)
        await SafetyWordRepository(db).store(alice, SafetyWord.DURESS, "heron")
        await sql(db, "UPDATE contacts SET tier = 2 WHERE id = ?", (bad.id,))
    finally:
        await db.close()
    report = await rotate_master_key(storage_config, lambda _t, _n: None)
    assert report.refused_rows == 1
    db = await open_storage(storage_config)
    try:
        assert [c.id for c in await ContactRepository(db).contacts_of(alice)] == [good.id]
        assert await SafetyWordRepository(db).matches(alice, "heron") is SafetyWord.DURESS
        assert (await UserRepository(db).find_by_telegram_id(5001)).id == alice
        # The refused row kept its old key's blind indexes: no lookup reaches it any more.
        assert db.tamper.refused == 0
    finally:
        await db.close()


async def test_resetting_the_schema_version_cannot_make_the_upgrade_seal_a_tampered_row(
    storage_config,
):
    db = await open_storage(storage_config)
    alice, bobby = await person(db, 1), await person(db, 2)
    contact = await link(db, alice, bobby, "a" * 22)
    await sql(db, "UPDATE contacts SET tier = 2 WHERE id = ?", (contact.id,))
    await sql(db, "PRAGMA user_version = 9")
    await db.close()
    with pytest.raises(StorageError):
        await open_storage(storage_config)


async def test_the_alarm_is_told_once_however_many_rows_are_refused(db):
    heard = told(db)
    alice = await person(db, 1)
    for n in range(3):
        contact = await link(db, alice, await person(db, 10 + n), str(n) * 22)
        await sql(db, "UPDATE contacts SET tier = 2 WHERE id = ?", (contact.id,))
    await SafetyWordRepository(db).store(alice, SafetyWord.PIN, "1")
    await sql(db, "DELETE FROM safety_words")
    assert await ContactRepository(db).contacts_of(alice) == []
    with pytest.raises(TamperedRowError):
        await SafetyWordRepository(db).which_are_set(alice)
    assert heard == ["contacts"]
    assert db.tamper.refused == 4


# ---------------------------------------------------------------------- wrong-PIN attempts


async def test_an_older_wrong_pin_count_put_back_whole_or_deleted_is_refused(db):
    # The review's rollback for the lock: put back the row from before the lock (its own MAC
    # and all), or delete it. Bound to Alice's anchor, both are refused, never read as "no lock".
    attempts = PinAttemptRepository(db)
    alice = await person(db, 1)
    await attempts.save(alice, PinAttempts(failures=(NOW,)))
    before_the_lock = await row_of(db, "pin_attempts", alice)
    locked = PinAttempts(failures=(NOW,) * 5, locked_until=NOW + DAYS, locks=1)
    await attempts.save(alice, locked)
    assert await attempts.get(alice) == locked

    await put_back(db, "pin_attempts", before_the_lock)
    with pytest.raises(TamperedRowError):
        await attempts.get(alice)
    await sql(db, "DELETE FROM pin_attempts WHERE id = ?", (alice,))
    with pytest.raises(TamperedRowError):
        await attempts.get(alice)


async def test_wrong_pin_attempts_cleared_by_the_bot_read_as_none(db):
    attempts = PinAttemptRepository(db)
    alice = await person(db, 1)
    await attempts.save(alice, PinAttempts(failures=(NOW,)))
    await attempts.save(alice, PinAttempts())
    assert await attempts.get(alice) == PinAttempts()
    assert db.tamper.refused == 0


# ---------------------------------------------------------------------- rows sealed in 12


async def test_an_older_card_or_a_moved_flow_or_coordinators_chat_is_refused(db):
    heard = told(db)
    alice = await person(db, 1)
    cards = CardRepository(db)
    await cards.set_value(alice, CardField.LAWYER_NAME, "Maria Lopez")
    older = await row_of(db, "cards", alice)
    await cards.set_value(alice, CardField.LAWYER_NAME, "Ana Ruiz")
    # The older ciphertext alone (under the current seal) is refused, and read as no card.
    await sql(db, "UPDATE cards SET fields_ct = ? WHERE id = ?", (older["fields_ct"], alice))
    assert CardField.LAWYER_NAME not in await cards.get(alice)

    flows = ConversationRepository(db)
    await flows.save(alice, Conversation("wipe", "confirm", {}), NOW, timedelta(minutes=10))
    await sql(db, "UPDATE conversations SET expires_at = expires_at + 86400000000")
    assert (await flows.load(alice, NOW)).current is None

    chats = CoordinatorRepository(db)
    await chats.replace(-100, "Coordinators")
    await sql(db, "UPDATE coordinator_chats SET chat_id_bidx = X'00'")
    assert await chats.current() is None
    assert heard == ["cards"]  # told once, naming the first table only
    assert db.tamper.refused == 3
