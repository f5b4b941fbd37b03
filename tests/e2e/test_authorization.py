"""The authorization matrix (issue 19, item 6): every button the bot showed anyone, and every
command that acts beyond one's own data, tried by every wrong kind of person: the defender's
contacts and the defender herself, a former contact, a registered stranger, a coordinator,
someone from another group. Nothing may change, and nobody but the presser may hear of it.

A wrong person cannot tap a button in someone else's chat, but a modified client can send any
callback data from a message in its own chat: that is what each try does.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from dataclasses import dataclass

import pytest

from bot.content.navigation import PATTERN
from bot.emulator.models import ChatMessage
from bot.emulator.users import ScriptedUser
from tests.e2e.alerting import ADMIN_ID, LINK, REF, Network, link, network
from tests.e2e.harness import BotHarness

# What a refused press may change: the record that the update was seen, and the record of a
# message sent to the presser (for auto-delete).
BOOKKEEPING = {"processed_updates", "sent_messages"}
REWRITES = {"editmessagetext", "editmessagereplymarkup", "deletemessage"}
# Methods that reach a chat.
TO_A_CHAT = {
    "sendmessage", "editmessagetext", "editmessagereplymarkup", "deletemessage",
    "sendlocation", "editmessagelivelocation", "stopmessagelivelocation", "sendchataction",
}  # fmt: skip


@dataclass
class Scene:
    bot: BotHarness
    net: Network
    eve: ScriptedUser  # was Alice's contact; removed
    mallory: ScriptedUser  # started the bot, knows nobody
    hal: ScriptedUser  # in another group
    neighbours: int  # that group
    buttons: list[tuple[str, str]]  # (whose, callback data)
    alert_ref: str
    invite_token: str


async def snapshot(bot: BotHarness) -> dict[str, list[tuple[object, ...]]]:
    async with bot.database.read() as tx:
        tables = [
            row[0]
            for row in await tx.fetchall("SELECT name FROM sqlite_master WHERE type = 'table'")
            if row[0] not in BOOKKEEPING and not row[0].startswith("sqlite_")
        ]
        return {
            table: sorted(tuple(row) for row in await tx.fetchall(f"SELECT * FROM {table}"))
            for table in tables
        }


def is_rights_page(message: ChatMessage) -> bool:
    data = [b.callback_data for b in message.flat_buttons]
    return bool(data) and all(d is not None and re.match(PATTERN, d) for d in data)


def buttons_seen(person: ScriptedUser) -> list[str]:
    return [
        button.callback_data
        for message in person.inbox
        for button in message.flat_buttons
        if button.callback_data
    ]


@pytest.fixture
async def scene(tmp_path) -> AsyncIterator[Scene]:
    bot = BotHarness(tmp_path / "data", BOT_ADMINS=ADMIN_ID)
    await bot.start()
    try:
        net = await network(bot)
        alice, bob, carol, cora = net.alice, net.bob, net.carol, net.coordinator
        eve, mallory, hal = bot.user("eve"), bot.user("mallory"), bot.user("hal")
        for person in (eve, mallory, hal):
            await person.send("/start")
        await link(alice, eve, "Eve", tier=2)
        neighbours = bot.emulator.create_group("Neighbours", [hal, mallory])
        # Screens with buttons, for everyone.
        for command in ("/contacts", "/card", "/settings", "/rights", "/directory", "/invite"):
            await alice.send(command)
        await alice.send("/cancel")
        for person in (bob, carol, eve):
            await person.send("/contacts")
        await alice.send("/sos at the bridge")
        await alice.send_location(13.75, 100.5)
        await cora.send_in_group(net.group, "/alerts")
        await cora.send("/alerts")
        # Eve leaves Alice's contacts, her old buttons still in her chat.
        await alice.send("/contacts")
        await alice.press("Remove Eve")
        await alice.press("Yes, remove")
        found_ref = next(REF.search(t) for t in bob.texts() if REF.search(t))
        found_link = next(LINK.search(t) for t in alice.texts() if LINK.search(t))
        assert found_ref is not None
        assert found_link is not None
        owned = [
            (person.name, data)
            for person in (alice, bob, carol, eve, cora)
            for data in buttons_seen(person)
        ]
        owned += [
            ("group", button.callback_data)
            for message in bot.emulator.chat_messages(net.group)
            for button in message.flat_buttons
            if button.callback_data
        ]
        yield Scene(bot, net, eve, mallory, hal, neighbours, owned, found_ref[1], found_link[1])
    finally:
        await bot.stop()


def wrong_people(scene: Scene, whose: str) -> list[ScriptedUser]:
    net = scene.net
    everyone = [net.alice, net.bob, net.carol, net.coordinator, scene.eve, scene.mallory, scene.hal]
    if whose == "group":  # the coordinators' buttons: anyone who is not a coordinator
        return [p for p in everyone if p is not net.coordinator]
    return [p for p in everyone if p.name != whose]


async def test_no_button_works_for_anyone_but_the_person_it_was_shown_to(scene):
    bot = scene.bot
    assert len(scene.buttons) > 40  # the set-up really collected the screens
    tries = 0
    for whose, data in scene.buttons:
        for person in wrong_people(scene, whose):
            before = await snapshot(bot)
            pages = {m.message_id for m in person.inbox if is_rights_page(m)}
            calls = len(bot.emulator.calls)
            await person.press_data(data)
            tries += 1
            reached = {
                call.params.get("chat_id")
                for call in bot.emulator.calls[calls:]
                if call.method.lower() in TO_A_CHAT
            }
            assert reached <= {person.id}, (whose, person.name, reached)
            # Not even the presser's own messages (an alert with its buttons) are rewritten;
            # only a rights page turns to another page (public, and meant to).
            changed = [
                call.method
                for call in bot.emulator.calls[calls:]
                if call.method.lower() in REWRITES and call.params.get("message_id") not in pages
            ]
            assert changed == [], (whose, person.name, changed)
            assert await snapshot(bot) == before, (whose, data, person.name)
    print(f"{tries} presses by the wrong person, none took effect")
    # The control: the same check sees the right person's press.
    before = await snapshot(bot)
    alert = next(m for m in scene.net.bob.inbox if "needs help now" in (m.text or ""))
    await scene.net.bob.press_on(alert.message_id, "🙋 I'm on it")
    assert await snapshot(bot) != before


async def test_commands_beyond_ones_own_data_do_nothing_for_the_wrong_people(scene):
    bot, net = scene.bot, scene.net
    commands = [
        "/alerts",
        f"/resolve {scene.alert_ref}",
        "/coordinators",
        "/reload",
        f"/start {scene.invite_token}",
    ]
    outsiders = (scene.eve, scene.mallory, scene.hal)
    tries = 0
    for person in (net.bob, net.carol, scene.eve, scene.mallory, scene.hal, net.alice):
        for command in commands:
            for where in ("private", "group"):
                if where == "group" and person not in (scene.hal, scene.mallory):
                    continue
                before = await snapshot(bot)
                calls = len(bot.emulator.calls)
                if where == "private":
                    await person.send(command)
                    allowed = {person.id}
                else:
                    await person.send_in_group(scene.neighbours, command)
                    allowed = {scene.neighbours}
                tries += 1
                sent = [c for c in bot.emulator.calls[calls:] if c.method.lower() in TO_A_CHAT]
                reached = {c.params.get("chat_id") for c in sent}
                assert reached <= allowed, (person.name, command, where, reached)
                for call in sent:
                    text = str(call.params.get("text", ""))
                    if person in outsiders:  # nothing of Alice for those she has not chosen
                        assert scene.alert_ref not in text, (person.name, command)
                        assert "Alice" not in text, (person.name, command)
                after = await snapshot(bot)
                changed = {t for t in after if after[t] != before[t]}
                # Opening an invitation shows it (a conversation step) and nothing more.
                assert changed <= {"conversations", "button_sets"}, (person.name, command)
                assert after["alerts"] == before["alerts"]
                assert after["contacts"] == before["contacts"]
    print(f"{tries} commands by the wrong person, none took effect")
