"""Shared set-ups for the alert tests: a defender with contacts, a coordinators' chat."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.emulator.users import ScriptedUser
from tests.e2e.harness import BotHarness

LINK = re.compile(r"https://t\.me/defender_test_bot\?start=([A-Za-z0-9_-]+)")
REF = re.compile(r"Ref ([A-Z0-9]{6})")
ADMIN_ID = "111000001"  # the first scripted user the emulator makes


async def link(
    defender: ScriptedUser,
    contact: ScriptedUser,
    label: str,
    tier: int = 1,
    accept: str | int = "✅ Accept",
) -> None:
    """The defender invites `contact` (calling them `label`), who accepts (`accept`: the
    button, in the contact's language)."""
    await defender.send("/invite")
    await defender.send(label)
    await defender.press(tier)
    await defender.press(1)  # show the defender's Telegram name
    found = LINK.search(defender.last_text or "")
    assert found, defender.last_text
    await contact.send("/start")
    await contact.send(f"/start {found[1]}")
    await contact.press(accept)


@dataclass
class Network:
    coordinator: ScriptedUser
    alice: ScriptedUser  # the defender
    bob: ScriptedUser  # tier 1
    carol: ScriptedUser  # tier 2
    group: int | None = None


async def network(bot: BotHarness, *, coordinators: bool = True) -> Network:
    """Alice protected by Bob (tier 1) and Carol (tier 2), and a coordinators' chat."""
    coordinator = bot.user("coordinator", first_name="Cora")  # the admin: made first
    alice = bot.user("alice", first_name="Alice")
    bob = bot.user("bob", first_name="Bob")
    carol = bot.user("carol", first_name="Carol")
    await alice.send("/start")
    await link(alice, bob, "Bobby", tier=1)
    await link(alice, carol, "Carol C", tier=2)
    net = Network(coordinator, alice, bob, carol)
    if coordinators:
        net.group = bot.emulator.create_group("Coordinators", [coordinator])
        await coordinator.send_in_group(net.group, "/coordinators")
    return net


async def set_word(person: ScriptedUser, button: str, word: str, *, pin: str = "") -> None:
    """Set the safety PIN or the duress word from /settings: typed twice (after the current
    `pin`, once a PIN is set)."""
    await person.send("/settings")
    await person.press(button)
    if pin:
        await person.send(pin)
    await person.send(word)
    await person.send(word)


def refs(texts: list[str]) -> set[str]:
    return {found for text in texts for found in REF.findall(text)}


def group_texts(bot: BotHarness, group: int | None) -> list[str]:
    assert group is not None
    return [m.text or "" for m in bot.emulator.chat_messages(group)]
