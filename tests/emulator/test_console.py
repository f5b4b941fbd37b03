"""The demo console, fed a script, against the tiny bot in sink mode."""

from telegram import ReplyKeyboardMarkup

from bot.emulator.console import DemoConsole, script_lines
from bot.emulator.core import BotApiEmulator
from tests.emulator.tinybot import TinyBot


async def run_script(emu: BotApiEmulator, lines: list[str]) -> list[str]:
    output: list[str] = []
    console = DemoConsole(emu, script_lines(lines), output.append, echo=True)
    await console.run()
    console.close()
    return output


async def test_console_shows_buttons_presses_them_and_switches_users(
    tiny: TinyBot, emu: BotApiEmulator
) -> None:
    output = await run_script(
        emu,
        ["/start", "#1", "@bob /start hi", "#2", ":users", ":quit", "/start never sent"],
    )
    alice_message = emu.user("alice").last.message_id
    bob_message = emu.user("bob").last.message_id
    assert output == [
        "You are alice. Type :help for help.",
        "[alice → bot] /start",
        "[bot → alice] Welcome Alice! args: ",
        f"   (#{alice_message}) [1] Accept   [2] Decline",
        "        [3] Help ↗",
        f"[alice → bot] (presses [1] on #{alice_message})",
        "[bot → alice, notice] Saved",
        f"[bot → alice, edited #{alice_message}] You pressed accept",
        "[bob → bot] /start hi",
        "[bot → bob] Welcome Bob! args: hi",
        f"   (#{bob_message}) [1] Accept   [2] Decline",
        "        [3] Help ↗",
        f"[bob → bot] (presses [2] on #{bob_message})",
        "[bot → bob, notice] Saved",
        f"[bot → bob, edited #{bob_message}] You pressed decline",
        "   alice (id 111000001)",
        " * bob (id 111000002)",
    ]
    assert len(emu.calls_to("sendMessage")) == 2


async def test_console_locations_keyboards_deletions_and_mistakes(
    tiny: TinyBot, emu: BotApiEmulator
) -> None:
    output = await run_script(emu, [":loc 50.45 30.52 600", ":move 50.5 30.6", "7", ":nope"])
    alice = emu.user("alice")
    assert output[1:6] == [
        "[alice → bot] 📍 50.45, 30.52",
        "[bot → alice] Got location 50.45, 30.52",
        "[alice → bot] 📍 moves to 50.5, 30.6",
        "[bot → alice] Moved to 50.5, 30.6",
        "[alice → bot] 7",
    ]
    assert output[-1] == "! unknown console command :nope (try :help)"

    output = []
    console = DemoConsole(emu, script_lines([]), output.append)
    keyboard = ReplyKeyboardMarkup([["SOS", "I'm safe"]])
    sent = await tiny.app.bot.send_message(alice.id, "Status?", reply_markup=keyboard)
    await tiny.app.bot.send_location(alice.id, 1.5, 2.5, protect_content=True)
    await tiny.app.bot.delete_message(alice.id, sent.message_id)
    assert output == [
        "[bot → alice] Status?",
        "   keyboard: SOS | I'm safe",
        "[bot → alice] 📍 1.5, 2.5",
        "   (protected: cannot be forwarded or saved)",
        "[bot deleted a message in alice's chat]",
    ]
    console.close()
    await tiny.app.bot.send_message(alice.id, "Unseen")
    assert output[-1] == "[bot deleted a message in alice's chat]"


async def test_console_help_and_errors_do_not_stop_it(tiny: TinyBot, emu: BotApiEmulator) -> None:
    output = await run_script(emu, [":help", "@", ":move 1 2", "", "/start"])
    assert any("@name [text...]" in line for line in output)
    assert "! write @name, e.g. @bob /start" in output
    assert any(line.startswith("! alice shares no live location") for line in output)
    assert output[-3] == "[bot → alice] Welcome Alice! args: "


async def test_a_bot_link_is_opened_as_telegram_would(emu: BotApiEmulator) -> None:
    from bot.emulator.console import DemoConsole, script_lines

    seen: list[str] = []
    console = DemoConsole(
        emu, script_lines([f"https://t.me/{emu.username}?start=abc_DEF-1"]), seen.append
    )
    await console.run()
    update = emu.pending_updates[-1]
    assert update["message"]["text"] == "/start abc_DEF-1"


async def test_console_sends_files_and_shows_copies(tiny: TinyBot, emu: BotApiEmulator) -> None:
    output = await run_script(emu, ["hi", ":file photo the van", ":file sticker"])
    assert "[alice → bot] 📎 photo: the van" in output
    assert "[alice → bot] 📎 sticker" in output
    alice = emu.user("alice")
    photo = next(m for m in emu.chat_messages(alice.id) if m.media is not None)
    output = []
    console = DemoConsole(emu, script_lines([]), output.append)
    await tiny.app.bot.copy_message(alice.id, alice.id, photo.message_id, protect_content=True)
    console.close()
    assert output == [
        "[bot → alice] 📎 photo: the van",
        "   (protected: cannot be forwarded or saved)",
    ]
