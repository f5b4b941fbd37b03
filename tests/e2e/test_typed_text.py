"""What people type matches what they were shown, whatever invisible marks came along: the
isolation marks Fluent puts around a placeable travel with copied text, and an Arabic label
is shown with a right-to-left mark that a person typing it does not type."""

import re
from collections.abc import AsyncIterator

import pytest

from storage.users import UserRepository
from tests.e2e.alerting import ADMIN_ID, group_texts, link, network, refs
from tests.e2e.harness import BotHarness

FSI, PDI, RLM = "\u2068", "\u2069", "\u200f"
# An alert reference as an Arabic message shows it: between isolation marks.
ISOLATED_REF = re.compile(f"({FSI}[A-Z0-9]{{6}}{PDI})")


@pytest.fixture
async def bot(tmp_path) -> AsyncIterator[BotHarness]:
    harness = BotHarness(tmp_path / "data", BOT_ADMINS=ADMIN_ID)
    await harness.start()
    yield harness
    await harness.stop()


async def test_the_wipe_word_copied_with_its_isolation_marks_erases(bot):
    salma = bot.user("salma", first_name="Salma", language_code="ar")
    await salma.send("/start")
    await salma.send("/wipe")
    copied = f"{FSI}حذف{PDI}"
    assert copied in salma.last_text  # the word is shown between isolation marks
    await salma.send(copied)
    assert await UserRepository(bot.database).find_by_telegram_id(salma.id) is None


async def test_a_reference_copied_with_its_isolation_marks_resolves_the_alert(bot):
    net = await network(bot, coordinators=True)
    nadia = bot.user("nadia", first_name="Nadia", language_code="ar")
    await link(net.alice, nadia, "Nadia", accept=1)
    await net.alice.send("/sos")
    found = ISOLATED_REF.search(nadia.last_text or "")
    assert found is not None, ascii(nadia.last_text)
    copied = found[1]
    await net.coordinator.send(f"/resolve {copied} reached her lawyer")
    assert "reached her lawyer" in net.bob.last_text
    await net.coordinator.send_in_group(net.group, "/alerts")
    assert "No open alerts" in group_texts(bot, net.group)[-1]


@pytest.mark.parametrize(
    "typed",
    [
        pytest.param("🆘 استغاثة", id="typed-without-the-mark"),
        pytest.param(f"{RLM}🆘 استغاثة", id="pressed-as-shown"),
    ],
)
async def test_the_arabic_sos_label_raises_the_alert_with_or_without_its_mark(bot, typed):
    salma = bot.user("salma", first_name="Salma", language_code="ar")
    bob = bot.user("bob", first_name="Bob")
    await salma.send("/start")
    await link(salma, bob, "Bob")
    assert [b for row in salma.keyboard for b in row][:1] == [RLM + "🆘 استغاثة"]
    await salma.send(typed)
    assert refs(bob.texts()), bob.texts()


async def test_a_command_argument_typed_with_direction_marks_is_understood(bot):
    alice = bot.user("alice", first_name="Alice")
    await alice.send("/start")
    # A right-to-left keyboard may put marks around the Latin part of what is typed.
    await alice.send(f"/schedule every \u200e2h{RLM}")
    assert "I could not read that" not in alice.last_text
    assert "🗓 Check-ins: every 2h" in alice.last_text
