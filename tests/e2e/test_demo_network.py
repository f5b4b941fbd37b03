"""`make demo` with a whole network: `:sample`, time moved on with `:wait`, the coordinators'
group, the console's traps removed, and Ctrl-C. Each test pipes a script into the real demo
(the bot over HTTP against the emulator) and reads the transcript."""

import asyncio
import re
import signal
from datetime import datetime, timedelta

from tests.e2e.test_demo import start_demo

SOS = "🆘 SOS: Alice needs help now."


async def run_script(tmp_path, lines: list[str]) -> list[str]:
    process = await start_demo(tmp_path / "demo")
    async with asyncio.timeout(120):
        output_bytes, _ = await process.communicate("\n".join([*lines, ":quit", ""]).encode())
    output = output_bytes.decode()
    assert process.returncode == 0, output
    assert "Traceback" not in output
    lines = output.splitlines()
    assert [line for line in lines if line.startswith("! ")] == []  # no line was refused
    return lines


def first(lines: list[str], text: str, after: int = -1) -> int:
    """The index of the first line after `after` that contains `text`; fails without one."""
    for index in range(after + 1, len(lines)):
        if text in lines[index]:
            return index
    raise AssertionError(f"{text!r} not found after line {after}:\n" + "\n".join(lines))


def alert_line(lines: list[str], recipient: str, after: int = -1) -> int:
    return first(lines, f"[bot → {recipient}] {SOS}", after)


async def test_the_sample_network_takes_an_sos_through_both_tiers_to_the_coordinators(tmp_path):
    lines = await run_script(
        tmp_path,
        [":sample", "/sos at the border post", ":wait 10m", ":wait 10m", "@cora #1", ":users"],
    )
    # The network: two contacts accepted, in two tiers, and the coordinators' chat set.
    ready = first(lines, "The sample network is ready")
    assert first(lines, "Bob accepted your invitation") < ready
    assert first(lines, "They are now your trusted contact, tier 1") < ready
    assert first(lines, "They are now your trusted contact, tier 2") < ready
    assert first(lines, "This group is now the network's coordinators' chat") < ready
    # Tier 1 at once; tier 2 only once ten minutes have passed; then the coordinators.
    tier_1 = alert_line(lines, "bob", ready)
    first_wait = first(lines, "(time passes: 10 min)", ready)
    assert tier_1 < first_wait
    tier_2 = alert_line(lines, "carol", ready)
    assert first_wait < tier_2 < first(lines, "(it is now", first_wait)
    assert "first people asked have not answered" in "\n".join(lines[tier_2 : tier_2 + 3])
    second_wait = first(lines, "(time passes: 10 min)", first_wait)
    assert tier_2 < second_wait
    coordinators = alert_line(lines, "group Coordinators", ready)
    assert second_wait < coordinators
    # Cora takes it on from the group, with the button under the alert there.
    press = first(lines, "[cora → group Coordinators] (presses [1] on #", coordinators)
    first(lines, "[bot → alice] 🙋 the network's coordinators are on it", press)
    first(lines, "* cora (id 111000002, admin, writes in Coordinators)", press)
    assert "   group Coordinators: cora (creator) and the bot" in lines
    # The clock moved by the waits, not by the wall: twenty minutes between the two times.
    raised = re.search(r"Raised: \d{4}-\d\d-\d\d (\d\d):(\d\d)", "\n".join(lines[tier_1:]))
    now = re.findall(r"\(it is now \d{4}-\d\d-\d\d (\d\d):(\d\d) UTC\)", "\n".join(lines))
    assert raised is not None
    assert len(now) == 2
    minutes = [int(h) * 60 + int(m) for h, m in (raised.groups(), now[-1])]
    assert 20 <= (minutes[1] - minutes[0]) % (24 * 60) <= 25  # plus the seconds the script took


async def test_one_long_wait_steps_through_every_deadline_in_turn(tmp_path):
    lines = await run_script(tmp_path, [":sample", "/sos", ":wait 25m"])
    wait = first(lines, "(time passes: 25 min)")
    tier_2 = alert_line(lines, "carol", wait)
    coordinators = alert_line(lines, "group Coordinators", wait)
    assert tier_2 < coordinators < first(lines, "(it is now", wait)
    # Each step was delivered, and reported to alice, before the next one came.
    # Told once Telegram took it for Carol (issue 11), before the coordinators' step.
    sent_to_carol = first(lines, "[bot → alice] 📨 Your alert reached Carol.", wait)
    assert tier_2 < sent_to_carol < coordinators


async def test_a_missed_check_in_is_watched_with_wait(tmp_path):
    lines = await run_script(tmp_path, [":sample", "/schedule every 1h", ":wait 55m", ":wait 40m"])
    first_wait = first(lines, "(time passes: 55 min)")
    reminder = first(lines, "[bot → alice] ", first_wait)
    assert "Time to check in" in lines[reminder]
    second_wait = first(lines, "(time passes: 40 min)", reminder)
    first(lines, "missed a safety check-in", second_wait)


async def test_a_pin_of_digits_is_typed_as_text_and_the_location_button_shares_a_location(
    tmp_path,
):
    lines = await run_script(
        tmp_path, ["@alice /start", "/settings", "#5", "0000", "📍 Share my location"]
    )
    typed = first(lines, "[alice → bot] 0000")
    first(lines, "That PIN is among the first anyone would guess", typed)
    shared = first(lines, "[alice → bot] 📍 13.7563, 100.5018", typed)
    first(lines, "I pass on your location only during an alert", shared)
    assert not any("Articles for" in line for line in lines)  # not a search of the rights


async def test_ctrl_c_ends_the_demo_cleanly(tmp_path):
    process = await start_demo(tmp_path / "demo")
    assert process.stdin is not None
    assert process.stdout is not None
    seen: list[str] = []
    async with asyncio.timeout(60):
        while "You are alice" not in "".join(seen):
            line = (await process.stdout.readline()).decode()
            assert line, "the demo ended early:\n" + "".join(seen)
            seen.append(line)
        process.send_signal(signal.SIGINT)
        rest, _ = await process.communicate()
    output = "".join(seen) + rest.decode()
    assert process.returncode == 0, output
    assert "Traceback" not in output
    assert "KeyboardInterrupt" not in output
    assert output.rstrip().endswith(
        "Demo ended. The bot's data stays encrypted in " + str(tmp_path / "demo")
    )


async def test_a_second_demo_run_carries_on_from_the_time_the_first_one_reached(tmp_path):
    def reached(lines: list[str]) -> datetime:
        found = re.findall(r"\(it is now (\d{4}-\d\d-\d\d \d\d:\d\d) UTC\)", "\n".join(lines))
        return datetime.strptime(found[-1], "%Y-%m-%d %H:%M")

    first_run = reached(await run_script(tmp_path, [":wait 2d"]))
    second_run = reached(await run_script(tmp_path, [":wait 1m"]))
    assert second_run - first_run >= timedelta(minutes=1)
    assert second_run - first_run < timedelta(days=1)  # not back on the wall clock


async def test_wait_runs_the_auto_delete_that_falls_due(tmp_path):
    # Settings, Auto-delete, "after 10 minutes"; then the card, a sensitive message.
    lines = await run_script(
        tmp_path, ["@alice /start", "/settings", "#3", "#3", "/card", ":wait 9m", ":wait 2m"]
    )
    short_wait = first(lines, "(time passes: 9 min)")
    assert not any("[bot deleted a message" in line for line in lines[:short_wait])
    long_wait = first(lines, "(time passes: 2 min)", short_wait)
    deleted = first(lines, "[bot deleted a message in alice's chat]", short_wait)
    assert long_wait < deleted < first(lines, "(it is now", long_wait)
