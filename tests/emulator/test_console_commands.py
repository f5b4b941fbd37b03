"""The console's ways to play people: buttons by message, numbers as text, the location button,
invitation links, groups, admins and time, against the tiny bot in sink mode."""

from dataclasses import dataclass, field
from datetime import timedelta

import pytest
from telegram import InlineKeyboardButton, InlineKeyboardMarkup, KeyboardButton, ReplyKeyboardMarkup

from bot.emulator.console import HELP, DemoConsole, parse_duration, script_lines
from bot.emulator.core import BotApiEmulator
from bot.emulator.users import ScriptedUser
from tests.emulator.tinybot import TinyBot


@dataclass
class RecordingHooks:
    """Stands in for the running demo: records what the console asked of it."""

    settled: int = 0
    waited: list[timedelta] = field(default_factory=list)
    admins: list[str] = field(default_factory=list)

    async def settle(self) -> None:
        self.settled += 1

    async def wait(self, delta: timedelta) -> None:
        self.waited.append(delta)

    def make_admin(self, user: ScriptedUser) -> None:
        self.admins.append(user.name)


async def run_script(
    emu: BotApiEmulator, lines: list[str], hooks: RecordingHooks | None = None
) -> list[str]:
    output: list[str] = []
    console = DemoConsole(emu, script_lines(lines), output.append, echo=True, hooks=hooks)
    await console.run()
    console.close()
    return output


def sent_texts(emu: BotApiEmulator, user: ScriptedUser) -> list[str]:
    return [m.text or "" for m in emu.chat_messages(user.id) if m.sender_id == user.id]


async def test_a_button_on_an_older_message_is_pressed_by_its_message_number(
    tiny: TinyBot, emu: BotApiEmulator
) -> None:
    alice = emu.user("alice")
    await run_script(emu, ["/start first", "/start second"])
    first, second = (m for m in alice.inbox if m.inline_keyboard)
    output = await run_script(emu, [f"#{first.message_id}.2"])
    assert f"[alice → bot] (presses [2] on #{first.message_id})" in output
    assert first.text == "You pressed decline"
    assert second.text == "Welcome Alice! args: second"  # the newer one is untouched
    # Without a message number, #N is the newest message with buttons.
    await run_script(emu, ["#1"])
    assert second.text == "You pressed accept"


async def test_message_numbers_are_shown_before_the_buttons(
    tiny: TinyBot, emu: BotApiEmulator
) -> None:
    output = await run_script(emu, ["/start"])
    message_id = emu.user("alice").last.message_id
    assert f"   (#{message_id}) [1] Accept   [2] Decline" in output
    assert any("#M.N" in line for line in HELP.splitlines())


async def test_numbers_are_sent_as_text_even_when_buttons_are_showing(
    tiny: TinyBot, emu: BotApiEmulator
) -> None:
    alice = emu.user("alice")
    output = await run_script(emu, ["/start", "0000", "1", "'#1", "':help", "'@bob hello"])
    assert sent_texts(emu, alice)[1:] == ["0000", "1", "#1", ":help", "@bob hello"]
    assert alice.last.text == "Welcome Alice! args: "  # no button was pressed
    assert alice.callback_answers == []
    assert "(sent as text; to press button [1], type #1)" in output
    assert sum("(sent as text" in line for line in output) == 1  # not for 0000
    assert [user.name for user in emu.users] == ["alice"]  # '@bob was text, not a switch


async def test_typing_the_location_buttons_label_shares_a_location(
    tiny: TinyBot, emu: BotApiEmulator
) -> None:
    alice = emu.user("alice")
    await alice.send("/start")
    keyboard = ReplyKeyboardMarkup(
        [[KeyboardButton("📍 Share my location", request_location=True), "☰ Menu"]]
    )
    await tiny.app.bot.send_message(alice.id, "Where are you?", reply_markup=keyboard)
    output = await run_script(emu, ["📍 Share my location", "☰ Menu"])
    assert "[alice → bot] 📍 13.7563, 100.5018 (the “📍 Share my location” button)" in output
    assert alice.last.text == "Got location 13.7563, 100.5018"
    shared, menu = [m for m in emu.chat_messages(alice.id) if m.sender_id == alice.id][-2:]
    assert shared.location is not None
    assert shared.text is None
    assert menu.text == "☰ Menu"  # an ordinary button sends its label


async def test_accept_opens_the_newest_invitation_link_shown_to_someone_else(
    tiny: TinyBot, emu: BotApiEmulator
) -> None:
    alice, carol = emu.user("alice"), emu.user("carol")
    await alice.send("/start")
    await carol.send("/start")
    link = f"https://t.me/{emu.username}?start="
    output: list[str] = []
    console = DemoConsole(emu, script_lines([]), output.append, echo=True)
    await tiny.app.bot.send_message(alice.id, f"Send this: {link}old_one")
    await tiny.app.bot.send_message(alice.id, f"Send this: {link}newest")
    await tiny.app.bot.send_message(carol.id, f"Yours: {link}carols")
    await console.handle("@bob :accept @alice")
    await console.handle(":accept")
    await console.handle("@carol :accept")
    console.close()
    bob = emu.user("bob")
    assert sent_texts(emu, bob) == ["/start newest", "/start carols"]
    assert "[bob → bot] (opens the invitation link shown to alice: /start newest)" in output
    assert sent_texts(emu, carol) == ["/start", "/start newest"]  # not her own link
    assert bob.last.text == "Welcome Bob! args: carols"


async def test_accept_says_so_when_no_link_was_shown(tiny: TinyBot, emu: BotApiEmulator) -> None:
    output = await run_script(emu, [":accept", ":accept @dan"])
    assert "! no invitation link was shown to anyone else yet (@alice /invite makes one)" in output
    assert "! no invitation link was shown to dan yet (@alice /invite makes one)" in output


async def test_a_group_is_created_joined_and_spoken_in(tiny: TinyBot, emu: BotApiEmulator) -> None:
    output = await run_script(
        emu,
        [
            ":group Coordinators @cora @dan",
            ":group Coordinators @erin",
            "@cora :in Coordinators",
            "hello everyone",
            "/start from the group",
            "#1",
            "@alice :in Coordinators",
            ":users",
        ],
    )
    group = emu.group_named("Coordinators")
    assert group is not None
    members = [(person.name, status) for person, status in emu.group_members(group)]
    assert members == [("cora", "creator"), ("dan", "member"), ("erin", "member")]
    assert "(group Coordinators created: cora, dan and the bot; cora owns it)" in output
    assert "(added to group Coordinators: erin)" in output
    assert "[cora → group Coordinators] hello everyone" in output
    assert "(the bot does not see this: in groups it reads only commands)" in output
    assert "[bot → group Coordinators] Welcome Cora! args: from the group" in output
    # Her button press went to the group's message.
    texts = [m.text for m in emu.chat_messages(group) if m.sender_id != emu.user("cora").id]
    assert texts == ["You pressed accept"]
    assert "! alice is not in group Coordinators; :group Coordinators @alice adds them" in output
    assert "   group Coordinators: cora (creator), dan, erin and the bot" in output
    assert "   cora (id 111000002, writes in Coordinators)" in output


async def test_in_alone_goes_back_to_the_private_chat_and_people_keep_their_place(
    tiny: TinyBot, emu: BotApiEmulator
) -> None:
    output = await run_script(
        emu,
        [
            ":group Team @alice",
            ":in Team",
            "@bob /start",
            "@alice",
            "/start in the group",
            ":in",
            "/start privately",
            ":in Nowhere",
        ],
    )
    alice = emu.user("alice")
    assert "(you are now alice, in group Team)" in output
    assert alice.last.text == "Welcome Alice! args: privately"
    assert "! no group Nowhere; create it with :group Nowhere @alice" in output
    group = emu.group_named("team")  # titles match whatever the case
    assert group is not None
    assert [m.text for m in emu.chat_messages(group)][-1] == "Welcome Alice! args: in the group"


async def test_admin_and_wait_go_to_the_demo_and_every_line_is_settled(
    tiny: TinyBot, emu: BotApiEmulator
) -> None:
    hooks = RecordingHooks()
    output = await run_script(emu, [":admin @cora", ":wait 1h30m", ":wait 90s", "/start"], hooks)
    assert hooks.admins == ["cora"]
    assert hooks.waited == [timedelta(hours=1, minutes=30), timedelta(seconds=90)]
    assert "(cora is now one of the bot's admins, as if listed in BOT_ADMINS)" in output
    assert "(time passes: 1 h 30 min)" in output
    assert "(time passes: 1 min 30 s)" in output
    assert hooks.settled >= 4  # after every line, and before each wait
    users = await run_script(emu, [":users"], hooks)
    assert "   cora (id 111000002, admin)" not in users  # a new console knows nothing of it


async def test_without_the_demo_admin_and_wait_explain_themselves(
    tiny: TinyBot, emu: BotApiEmulator
) -> None:
    output = await run_script(emu, [":admin @cora", ":wait 10m", ":wait soon"])
    assert "! :admin needs the running demo (python -m bot demo)" in output
    assert "! :wait needs the running demo's clock (python -m bot demo)" in output
    assert output[-1].startswith("! cannot read 'soon' as a time")


@pytest.mark.parametrize(
    ("text", "delta"),
    [
        ("10m", timedelta(minutes=10)),
        ("90s", timedelta(seconds=90)),
        ("2h", timedelta(hours=2)),
        ("1d", timedelta(days=1)),
        ("1h30m", timedelta(hours=1, minutes=30)),
        ("1D2H", timedelta(days=1, hours=2)),
    ],
)
def test_wait_reads_durations(text: str, delta: timedelta) -> None:
    assert parse_duration(text) == delta


@pytest.mark.parametrize("text", ["", "10", "m", "10x", "-5m", "0m", "31d", "10m 5s"])
def test_wait_refuses_what_is_not_a_duration(text: str) -> None:
    with pytest.raises(ValueError, match=r"as a time|between 1 second and 30 days"):
        parse_duration(text)


async def test_buttons_of_a_message_sent_while_reading_are_numbered_by_message(
    tiny: TinyBot, emu: BotApiEmulator
) -> None:
    """A new alert arriving does not change what #M.N presses."""
    alice = emu.user("alice")
    await alice.send("/start")
    older = alice.last
    markup = InlineKeyboardMarkup([[InlineKeyboardButton("Other", callback_data="other")]])
    await tiny.app.bot.send_message(alice.id, "A new alert", reply_markup=markup)
    await run_script(emu, [f"#{older.message_id}.1"])
    assert older.text == "You pressed accept"
    assert alice.callback_answers[-1].text == "Saved"
