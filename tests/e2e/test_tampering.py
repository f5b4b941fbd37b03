"""The review's redirection, end to end: a contact row re-pointed in the database file at another
account does not send Alice's SOS there, Alice is not told a name that is not being told, and
the admin is told once that the database was changed without the key."""

from collections.abc import AsyncIterator
from datetime import timedelta

import pytest

from tests.e2e.alerting import ADMIN_ID, network
from tests.e2e.harness import BotHarness

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
    async with bot.database.transaction() as tx:
        changed = await tx.execute(
            "UPDATE contacts SET contact_user_id = ? WHERE defender_id = ? AND contact_user_id = ?",
            (mallory_id, alice_id, bob_id),
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
