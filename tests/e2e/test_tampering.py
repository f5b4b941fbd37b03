"""The review's redirection, end to end: a contact row re-pointed in the database file at another
account does not send Alice's SOS there, Alice is not told a name that is not being told, and
the admin is told once that the database was changed without the key."""

from collections.abc import AsyncIterator
from datetime import timedelta

import pytest

from storage.contacts import ContactRepository, hash_token
from tests.e2e.alerting import ADMIN_ID, network
from tests.e2e.harness import BotHarness

DAYS = timedelta(days=3)
TAMPERED = "changed by something that does not hold its key"


@pytest.fixture
async def bot(tmp_path) -> AsyncIterator[BotHarness]:
    harness = BotHarness(tmp_path / "data", BOT_ADMINS=ADMIN_ID)
    await harness.start()
    yield harness
    await harness.stop()


async def test_a_re_pointed_contact_row_gets_no_sos_and_the_admin_is_told_once(bot):
    net = await network(bot)
    await net.coordinator.send("/start")  # the admin has a private chat with the bot
    mallory = bot.user("mallory", first_name="Mallory")
    await mallory.send("/start")
    users = bot.app.bot_data.services.users
    alice_id = (await users.find(net.alice.id)).id
    bob_id = (await users.find(net.bob.id)).id
    mallory_id = (await users.find(mallory.id)).id
    # Without the key a link cannot be written, only copied from a row that has it: Mallory
    # protects someone else, and that row's link to her is copied onto Alice's link to Bob.
    other = bot.user("other", first_name="Other")
    await other.send("/start")
    contacts = ContactRepository(bot.database)
    invite = await contacts.create_invite(
        (await users.find(other.id)).id, hash_token("o" * 22), "M", "O", 1, bot.clock.now(), DAYS, 9
    )
    mallory_link = await contacts.accept_invite(invite.id, mallory_id, bot.clock.now())
    bob_link = await contacts.contact_between(alice_id, bob_id)
    async with bot.database.transaction() as tx:
        changed = await tx.execute(
            "UPDATE contacts SET (contact_user_ct, contact_user_bidx) = (SELECT contact_user_ct, "
            "contact_user_bidx FROM contacts WHERE id = ?) WHERE id = ?",
            (mallory_link.id, bob_link.id),
        )
    assert changed == 1

    await net.alice.send("/sos")
    await bot.deliver()
    await bot.advance(timedelta(minutes=30))

    assert not any("Alice" in text for text in mallory.texts()[1:])
    assert not any("SOS: Alice" in text for text in net.bob.texts())
    assert not any("Bobby" in text for text in net.alice.texts()[-6:])
    assert any("SOS: Alice" in text for text in net.carol.texts())  # the untouched link works
    notices = [text for text in net.coordinator.texts() if TAMPERED in text]
    assert len(notices) == 1
    assert "Alice" not in notices[0]
    assert "Bob" not in notices[0]
