"""Invitations and contacts on a real SQLite file: limits, races, ownership, encryption."""

import asyncio
from datetime import UTC, datetime, timedelta

import pytest

from bot.domain.contacts import ContactStatus, InviteStatus
from bot.domain.users import TelegramIdentity
from storage.contacts import ContactRepository, hash_token
from storage.db import database_files
from storage.erasure import ErasureRepository
from storage.users import UserRepository

NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
DAYS = timedelta(days=3)


async def person(db, number: int) -> str:
    identity = TelegramIdentity(1000 + number, 1000 + number, f"Person {number}", "en")
    user, _ = await UserRepository(db).register(identity, NOW)
    return user.id


async def new_invite(repo, defender, token="t" * 22, *, label="Sister", limit=10, now=NOW):
    return await repo.create_invite(
        defender, hash_token(token), label, "Shown Name", 1, now, DAYS, limit
    )


def on_disk(path) -> bytes:
    return b"".join(f.read_bytes() for f in database_files(path) if f.exists())


def test_the_token_hash_is_a_32_byte_blake2b_digest():
    digest = hash_token("abc")
    assert len(digest) == 32
    assert digest == hash_token("abc")
    assert digest != hash_token("abd")


async def test_an_invitation_is_found_by_its_token_hash_only(db):
    repo = ContactRepository(db)
    defender = await person(db, 1)
    created = await new_invite(repo, defender, "token-one-aaaaaaaaaaaa")
    found = await repo.invite_by_token_hash(hash_token("token-one-aaaaaaaaaaaa"))
    assert found == created
    assert found.status is InviteStatus.PENDING
    assert found.label == "Sister"
    assert await repo.invite_by_token_hash(hash_token("token-two-aaaaaaaaaaaa")) is None


async def test_the_limit_counts_contacts_and_open_invitations_but_not_expired_ones(db):
    repo = ContactRepository(db)
    defender = await person(db, 1)
    assert await new_invite(repo, defender, "a" * 22, limit=2)
    assert await new_invite(repo, defender, "b" * 22, limit=2)
    assert await new_invite(repo, defender, "c" * 22, limit=2) is None
    later = NOW + DAYS
    assert await repo.count_links(defender, later) == 0
    assert await new_invite(repo, defender, "c" * 22, limit=2, now=later)


async def test_two_concurrent_invitations_cannot_pass_the_limit_together(db):
    repo = ContactRepository(db)
    defender = await person(db, 1)
    results = await asyncio.gather(
        *(new_invite(repo, defender, str(i) * 22, limit=3) for i in range(6))
    )
    assert sum(r is not None for r in results) == 3


async def test_only_one_of_two_concurrent_accepts_creates_a_contact(db):
    repo = ContactRepository(db)
    defender, first, second = [await person(db, n) for n in (1, 2, 3)]
    invite = await new_invite(repo, defender)
    results = await asyncio.gather(
        repo.accept_invite(invite.id, first, NOW), repo.accept_invite(invite.id, second, NOW)
    )
    assert sum(r is not None for r in results) == 1
    assert len(await repo.contacts_of(defender)) == 1
    assert (await repo.invite(invite.id)).status is InviteStatus.USED


@pytest.mark.parametrize("status", ["used", "revoked", "declined"])
async def test_an_invitation_that_is_no_longer_pending_cannot_be_accepted(db, status):
    repo = ContactRepository(db)
    defender, contact = await person(db, 1), await person(db, 2)
    invite = await new_invite(repo, defender)
    if status == "used":
        assert await repo.accept_invite(invite.id, await person(db, 3), NOW) is not None
    elif status == "revoked":
        assert await repo.revoke_invite(defender, invite.id, NOW) is not None
    else:
        assert await repo.decline_invite(invite.id, NOW) is not None
    assert (await repo.invite(invite.id)).status.value == status
    assert await repo.accept_invite(invite.id, contact, NOW) is None
    assert await repo.decline_invite(invite.id, NOW) is None
    assert await repo.revoke_invite(defender, invite.id, NOW) is None
    assert contact not in [c.contact_user_id for c in await repo.contacts_of(defender)]


async def test_an_expired_invitation_cannot_be_accepted_declined_or_revoked(db):
    repo = ContactRepository(db)
    defender, contact = await person(db, 1), await person(db, 2)
    invite = await new_invite(repo, defender)
    later = NOW + DAYS
    assert await repo.accept_invite(invite.id, contact, later) is None
    assert await repo.decline_invite(invite.id, later) is None
    assert await repo.revoke_invite(defender, invite.id, later) is None
    assert (await repo.invite(invite.id)).status is InviteStatus.PENDING


async def test_a_defender_cannot_accept_their_own_invitation_nor_be_linked_twice(db):
    repo = ContactRepository(db)
    defender, contact = await person(db, 1), await person(db, 2)
    own = await new_invite(repo, defender, "a" * 22)
    assert await repo.accept_invite(own.id, defender, NOW) is None
    assert await repo.accept_invite(own.id, contact, NOW) is not None
    second = await new_invite(repo, defender, "b" * 22)
    assert await repo.accept_invite(second.id, contact, NOW) is None
    assert (await repo.invite(second.id)).status is InviteStatus.PENDING


async def test_only_the_defender_revokes_their_invitation(db):
    repo = ContactRepository(db)
    defender, other = await person(db, 1), await person(db, 2)
    invite = await new_invite(repo, defender)
    assert await repo.revoke_invite(other, invite.id, NOW) is None
    revoked = await repo.revoke_invite(defender, invite.id, NOW)
    assert revoked.label == "Sister"
    assert (await repo.invite(invite.id)).status is InviteStatus.REVOKED


async def test_a_closed_invitation_forgets_its_label_and_name(db):
    repo = ContactRepository(db)
    defender = await person(db, 1)
    invite = await new_invite(repo, defender, label="Unforgettable Label")
    async with db.read() as tx:
        old = await tx.fetchone("SELECT label_ct, shown_name_ct FROM invites")
    await repo.revoke_invite(defender, invite.id, NOW)
    closed = await repo.invite(invite.id)
    assert (closed.label, closed.shown_name) == ("", "")
    await db.checkpoint()
    stored = on_disk(db.path)
    assert old["label_ct"] not in stored
    assert old["shown_name_ct"] not in stored


async def test_tier_changes_and_removals_need_the_owner(db):
    repo = ContactRepository(db)
    defender, contact, stranger = [await person(db, n) for n in (1, 2, 3)]
    link = await repo.accept_invite((await new_invite(repo, defender)).id, contact, NOW)
    assert link.status is ContactStatus.ACTIVE
    assert await repo.set_tier(stranger, link.id, 2) is None
    assert await repo.set_tier(contact, link.id, 2) is None
    assert (await repo.set_tier(defender, link.id, 2)).tier == 2
    assert await repo.remove_by_defender(contact, link.id) is None
    assert await repo.remove_by_contact(defender, link.id) is None
    assert await repo.remove_by_contact(stranger, link.id) is None
    assert (await repo.remove_by_contact(contact, link.id)).label == "Sister"
    assert await repo.remove_by_defender(defender, link.id) is None
    assert await repo.protected_by(contact) == []


async def test_active_contacts_come_tier_one_first_without_the_unreachable(db):
    repo = ContactRepository(db)
    defender = await person(db, 1)
    links = []
    for number, tier in ((2, 2), (3, 1), (4, 1)):
        invite = await repo.create_invite(
            defender, hash_token(str(number) * 22), f"C{number}", "D", tier, NOW, DAYS, 10
        )
        links.append(await repo.accept_invite(invite.id, await person(db, number), NOW))
    async with db.transaction() as tx:
        assert await repo.set_status_in(tx, links[2].id, ContactStatus.UNREACHABLE)
    active = await repo.active_contacts_of(defender)
    assert [c.label for c in active] == ["C3", "C2"]
    assert [c.label for c in await repo.contacts_of(defender)] == ["C3", "C4", "C2"]


async def test_a_label_moved_to_another_contact_row_fails_to_decrypt(db):
    repo = ContactRepository(db)
    defender = await person(db, 1)
    first = await repo.accept_invite(
        (await new_invite(repo, defender, "a" * 22)).id, await person(db, 2), NOW
    )
    second = await repo.accept_invite(
        (await new_invite(repo, defender, "b" * 22)).id, await person(db, 3), NOW
    )
    async with db.transaction() as tx:
        await tx.execute(
            "UPDATE contacts SET label_ct = (SELECT label_ct FROM contacts WHERE id = ?) "
            "WHERE id = ?",
            (first.id, second.id),
        )
    # The moved label fails its row's seal: the row is refused (left out), not shown.
    assert [c.id for c in await repo.contacts_of(defender)] == [first.id]
    assert db.tamper.refused >= 1


async def test_erasing_the_defender_removes_their_invitations_and_contacts(db):
    # The links are blind indexes, which no ON DELETE CASCADE can follow: erasure deletes them.
    repo = ContactRepository(db)
    defender, contact = await person(db, 1), await person(db, 2)
    await repo.accept_invite((await new_invite(repo, defender, "a" * 22)).id, contact, NOW)
    await new_invite(repo, defender, "b" * 22)
    await ErasureRepository(db).erase(defender, NOW)
    assert await repo.protected_by(contact) == []
    async with db.read() as tx:
        assert await tx.scalar("SELECT count(*) FROM invites") == 0
