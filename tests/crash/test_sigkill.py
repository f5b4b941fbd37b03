"""Crash safety: `python -m bot run` killed with SIGKILL at any instant loses no alert.

The bot runs as a real process against the HTTP emulator, which lives in this test's process
and so outlives every bot process, as Telegram would. Like Telegram, the emulator keeps an
update until a later getUpdates confirms it, so an update that a killed process fetched but
did not confirm comes back to the next one.

Kills land at random instants from a seeded generator, and at chosen ones: the instant
Telegram accepts a message (the bot never hears that it went, so it may send it again) and
the instant the bot confirms an update. The seed is printed (pytest shows it when a test
fails); `CRASH_TEST_SEED=<seed>` replays the same random instants.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import os
import random
import re
import signal
import sys
from collections import Counter
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from bot.clock import SystemClock
from bot.emulator.core import BotApiEmulator
from bot.emulator.http import RunningEmulator, start_http_emulator
from bot.emulator.models import BotMessageEvent
from bot.emulator.users import ScriptedUser
from bot.i18n import Translator

ROOT = Path(__file__).resolve().parents[2]
SEED = int(os.environ.get("CRASH_TEST_SEED", "20240611"))
WAIT_SECONDS = 30.0
POLL_INTERVAL = 0.01
ACK_TIMEOUT_SECONDS = 5  # the shortest BOT_ACK_TIMEOUT: tier 2 is alerted during the kills
STARTUP_CATCH_UP = 10.0
KILL_ROUNDS = 16
SHORT_DELAY = 0.3  # most kills: within this long after the SOS, while it is raised and sent
LONG_DELAY = 1.0  # some: later, during escalations and the catch-up after a start
DEFENDERS = ("dana", "eli", "farah", "goran")
TIER_1 = ("amal", "bilal")
TIER_2 = ("chen",)

REF = re.compile(r"Ref ([A-Z0-9]{6})")
LINK = re.compile(r"https://t\.me/defender_test_bot\?start=([A-Za-z0-9_-]+)")
ACCEPT = "✅ Accept"


# ------------------------------------------------------------------------------ helpers


async def wait_until(
    predicate: Callable[[], object], within: float = WAIT_SECONDS, what: str = ""
) -> None:
    """Return once `predicate()` is true; TimeoutError if it is not within that many seconds."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + within
    while not predicate():
        if loop.time() >= deadline:
            raise TimeoutError(f"still not true after {within:.0f} s: {what or predicate}")
        await asyncio.sleep(POLL_INTERVAL)


class BotProcess:
    """`python -m bot run` on one data directory, started, killed and started again."""

    def __init__(self, server: RunningEmulator, data_dir: Path, logs_dir: Path, **env: str) -> None:
        self.emulator = server.emulator
        self.env = {
            "PATH": os.environ["PATH"],
            "TELEGRAM_BOT_TOKEN": self.emulator.token,
            "TELEGRAM_API_URL": server.base_url,
            "TELEGRAM_API_FILE_URL": server.base_file_url,
            "BOT_DATA_DIR": str(data_dir),
            **env,
        }
        self.logs_dir = logs_dir
        self.starts = 0
        self.kills = 0
        self._process: asyncio.subprocess.Process | None = None

    @property
    def running(self) -> bool:
        return self._process is not None and self._process.returncode is None

    async def start(self) -> None:
        """Start the bot; return once it polls for updates (connected, and serving)."""
        assert not self.running, "the previous bot process is still running"
        calls_before = len(self.emulator.calls)
        self.starts += 1
        log_path = self.logs_dir / f"bot-{self.starts:03d}.log"
        with log_path.open("wb") as log:  # the child keeps its own copy of the descriptor
            process = await asyncio.create_subprocess_exec(
                sys.executable,
                "-m",
                "bot",
                "run",
                cwd=ROOT,
                env=self.env,
                stdout=log,
                stderr=asyncio.subprocess.STDOUT,
            )
        self._process = process
        await wait_until(
            lambda: process.returncode is not None or self._polled_since(calls_before),
            what=f"bot process {self.starts} polls for updates",
        )
        assert process.returncode is None, (
            f"bot process {self.starts} exited with {process.returncode}:\n{self.output()}"
        )

    def kill_now(self) -> None:
        """SIGKILL from inside an emulator call, before Telegram's answer leaves."""
        if self._process is not None and self._process.returncode is None:
            with contextlib.suppress(ProcessLookupError):
                os.kill(self._process.pid, signal.SIGKILL)

    async def kill(self) -> None:
        """SIGKILL (unless `kill_now` already did): no clean-up of any kind, as when the power
        goes or the OOM killer strikes. Returns once the process is gone."""
        process = self._process
        assert process is not None, "the bot was never started"
        with contextlib.suppress(ProcessLookupError):
            process.kill()
        async with asyncio.timeout(WAIT_SECONDS):
            returncode = await process.wait()
        # asyncio reports 255 when the child's exit status was lost to another reaper; the bot
        # itself never exits with 255 (it returns 0, 1 or 2).
        assert returncode in (-signal.SIGKILL, 255), (
            f"bot process ended by itself ({returncode}):\n{self.output()}"
        )
        self.kills += 1

    async def crash_and_restart(self) -> None:
        await self.kill()
        await self.start()

    async def stop(self) -> None:
        """SIGTERM, as a service manager stops it: it must end cleanly."""
        process = self._process
        assert process is not None, "the bot was never started"
        if process.returncode is None:
            process.send_signal(signal.SIGTERM)
        async with asyncio.timeout(WAIT_SECONDS):
            returncode = await process.wait()
        assert returncode == 0, f"bot process ended with {returncode}:\n{self.output()}"

    async def kill_if_running(self) -> None:
        if self.running:
            await self.kill()

    def output(self) -> str:
        """What every bot process printed, in the order they ran."""
        return "".join(
            f"--- {path.name}\n{path.read_text(errors='replace')}"
            for path in sorted(self.logs_dir.glob("bot-*.log"))
        )

    def _polled_since(self, index: int) -> bool:
        return any(call.method == "getUpdates" for call in self.emulator.calls[index:])


class KillOnSend:
    """Kills the bot the instant Telegram accepts its n-th message (of those `which` picks)
    from now on: the message is delivered, but the bot never learns that it was. This is the
    window in which a restart may send the message again.

    Each message is cut off at most once: the outbox promises one duplicate per crash, and a
    second kill in the window of the same message would rightly make a third copy.
    """

    def __init__(self, bot: BotProcess) -> None:
        self._bot = bot
        self._which: Callable[[BotMessageEvent], bool] = lambda event: True
        self._left: int | None = None
        self._cut_off: set[tuple[int, str | None]] = set()
        self.fired = False

    def arm(self, nth: int = 1, which: Callable[[BotMessageEvent], bool] | None = None) -> None:
        self._which = which or (lambda event: True)
        self._left, self.fired = nth, False

    def disarm(self) -> None:
        self._left = None

    def __call__(self, event: BotMessageEvent) -> None:
        message = (event.message.chat_id, event.message.text)
        if event.kind != "sent" or self._left is None or message in self._cut_off:
            return
        if not self._which(event):
            return
        self._left -= 1
        if self._left == 0:
            self._left, self.fired = None, True
            self._cut_off.add(message)
            self._bot.kill_now()


@dataclass(frozen=True)
class Sent:
    """A message Telegram accepted from the bot, as it read when it was sent, and which bot
    process (1 for the first one started) sent it."""

    chat_id: int
    text: str
    process: int = 0

    @property
    def refs(self) -> set[str]:
        return set(REF.findall(self.text))

    @property
    def is_reminder(self) -> bool:
        return any(line in self.text for line in reminder_lines())


@functools.cache
def reminder_lines() -> set[str]:
    """The line that makes an alert a reminder, in every language and wording."""
    return Translator.load().every_wording("alert-reminder-line")


def record_sends(emulator: BotApiEmulator, process: Callable[[], int] = lambda: 0) -> list[Sent]:
    """Every message the bot sends to a private chat from now on (later edits aside)."""
    sent: list[Sent] = []

    def on_event(event: BotMessageEvent) -> None:
        if event.kind == "sent" and event.user is not None:
            sent.append(Sent(event.message.chat_id, event.message.text or "", process()))

    emulator.add_listener(on_event)
    return sent


@pytest.fixture
async def server() -> AsyncIterator[RunningEmulator]:
    running = await start_http_emulator(BotApiEmulator(now=SystemClock().now))
    yield running
    await running.stop()


@pytest.fixture
async def bot(server: RunningEmulator, tmp_path: Path) -> AsyncIterator[BotProcess]:
    logs = tmp_path / "logs"
    logs.mkdir()
    process = BotProcess(server, tmp_path / "data", logs, BOT_ACK_TIMEOUT=f"{ACK_TIMEOUT_SECONDS}s")
    yield process
    await process.kill_if_running()


@pytest.fixture
def sent(server: RunningEmulator, bot: BotProcess) -> list[Sent]:
    return record_sends(server.emulator, lambda: bot.starts)


@pytest.fixture
def kill_on_send(bot: BotProcess) -> KillOnSend:
    switch = KillOnSend(bot)
    bot.emulator.add_listener(switch)
    return switch


@pytest.fixture
def rng() -> random.Random:
    print(f"crash test seed: {SEED} (replay with CRASH_TEST_SEED={SEED})")
    return random.Random(SEED)


def has_button(person: ScriptedUser, label: str) -> bool:
    return any(button.text == label for message in person.inbox for button in message.flat_buttons)


async def told(person: ScriptedUser, fragment: str) -> None:
    """Wait until the newest bot message to `person` contains `fragment`."""
    await wait_until(
        lambda: fragment in (person.last_text or ""), what=f"{person.name} is told {fragment!r}"
    )


async def nothing() -> None:
    return None


async def link_contact(
    defender: ScriptedUser,
    contact: ScriptedUser,
    tier: int,
    between_steps: Callable[[], Awaitable[None]] = nothing,
) -> None:
    """The invitation as people go through it: /invite, a label, a tier, the link, Accept."""
    label = contact.first_name
    await defender.send("/invite")
    await told(defender, "Type the name")
    await between_steps()
    await defender.send(label)
    await told(defender, f"When should {label} be alerted?")
    await between_steps()
    await defender.press(tier)
    await told(defender, f"Which name will {label} see for you?")
    await between_steps()
    await defender.press(1)  # the defender's own Telegram name
    await wait_until(lambda: LINK.search(defender.last_text or ""), what="the invitation link")
    found = LINK.search(defender.last_text or "")
    assert found is not None
    await between_steps()
    await contact.send(f"/start {found[1]}")
    await wait_until(lambda: has_button(contact, ACCEPT), what=f"{contact.name} is invited")
    await between_steps()
    await contact.press(ACCEPT)
    await told(contact, "You are now a trusted contact")
    await wait_until(
        lambda: any(f"{label} accepted your invitation" in text for text in defender.texts()),
        what=f"{defender.name} learns that {label} accepted",
    )
    await between_steps()


def assert_no_traceback(bot: BotProcess) -> None:
    output = bot.output()
    assert "Traceback" not in output, output
    assert "an unexpected error stopped the bot" not in output, output


# ------------------------------------------------------------------------------ the process


async def test_a_contact_linked_through_a_bot_killed_after_every_step_is_active(bot):
    """Start, SIGKILL and restart work, and what each step stored survives the kill after it."""
    dana = bot.emulator.user("dana", first_name="Dana")
    amal = bot.emulator.user("amal", first_name="Amal")
    await bot.start()
    await link_contact(dana, amal, 1, between_steps=bot.crash_and_restart)
    await dana.send("/contacts")
    await told(dana, "Amal – tier 1 – active")
    await bot.stop()
    assert bot.kills == 6
    assert_no_traceback(bot)


async def test_an_update_the_bot_confirmed_was_handled_even_if_killed_at_once(bot, monkeypatch):
    emulator = bot.emulator
    dana = emulator.user("dana", first_name="Dana")
    await bot.start()
    answer = emulator.call

    async def kill_on_confirmation(token: str, method: str, params: dict[str, Any]) -> Any:
        offset = int(params.get("offset") or 0)
        pending = [update["update_id"] for update in emulator.pending_updates]
        if method == "getUpdates" and any(update_id < offset for update_id in pending):
            bot.kill_now()  # Telegram has the confirmation: it forgets the update
        return await answer(token, method, params)

    with monkeypatch.context() as patch:
        patch.setattr(emulator, "call", kill_on_confirmation)
        await dana.send("/help")
        await wait_until(lambda: not bot.running, what="the bot confirms /help and is killed")
    await bot.kill()
    await bot.start()
    # Updates are handled in order: once /contacts is answered, /help was, if it ever will be.
    await dana.send("/contacts")
    await told(dana, "You have no trusted contacts yet")
    assert any(text.startswith("What you can do here") for text in dana.texts())
    await bot.stop()
    assert_no_traceback(bot)


# ------------------------------------------------------------------------------ the alerts


def people(emulator: BotApiEmulator, *names: str) -> list[ScriptedUser]:
    return [emulator.user(name, first_name=name.capitalize()) for name in names]


def refs_to(sent: Iterable[Sent], person: ScriptedUser) -> set[str]:
    """The alerts (their refs) that reached `person`. Reminders do not count: an alert or an
    escalation that went missing must not pass unnoticed because a reminder followed it."""
    return {
        ref
        for message in sent
        if message.chat_id == person.id and not message.is_reminder
        for ref in message.refs
    }


async def test_an_alert_cut_off_mid_delivery_reaches_everyone_soon_after_the_restart(
    bot, sent, kill_on_send
):
    """Killed the instant Telegram accepts the alert for the first contact: that contact may
    get it twice, and the other gets it as soon as the bot is back, not minutes later."""
    dana, amal, bilal = people(bot.emulator, "dana", "amal", "bilal")
    await bot.start()
    for contact in (amal, bilal):
        await link_contact(dana, contact, 1)
    kill_on_send.arm(which=lambda event: event.user in (amal, bilal))
    await dana.send("/sos")
    await wait_until(lambda: kill_on_send.fired, what="the alert is sent to a first contact")
    await bot.kill()
    await bot.start()
    await wait_until(
        lambda: refs_to(sent, amal) and refs_to(sent, amal) == refs_to(sent, bilal),
        within=STARTUP_CATCH_UP,
        what="both contacts have the alert",
    )
    await bot.stop()
    assert len(refs_to(sent, amal) | refs_to(sent, dana)) == 1
    # One kill: at most one copy more of any message.
    assert most_copies(sent) <= 2, transcript(sent, [dana, amal, bilal])
    assert not sent_twice_by_one_process(sent), transcript(sent, [dana, amal, bilal])
    assert_no_traceback(bot)


async def test_an_escalation_that_fell_due_while_the_bot_was_down_happens_at_start_up(bot, sent):
    """DESIGN.md: at start-up every overdue row is processed at once."""
    dana, amal, chen = people(bot.emulator, "dana", "amal", "chen")
    await bot.start()
    await link_contact(dana, amal, 1)
    await link_contact(dana, chen, 2)
    await dana.send("/sos")
    await wait_until(lambda: refs_to(sent, amal), what="tier 1 has the alert")
    await bot.kill()
    # Only the wall clock moves a real process's deadlines: stay down until this one passed.
    await asyncio.sleep(ACK_TIMEOUT_SECONDS + 1)
    await bot.start()
    # Well within the 30 s of a periodic sweep: only a catch-up at start-up makes it.
    await wait_until(lambda: refs_to(sent, chen), within=STARTUP_CATCH_UP, what="tier 2 is told")
    await bot.stop()
    assert refs_to(sent, chen) == refs_to(sent, amal)
    assert_no_traceback(bot)


async def test_every_sos_reaches_every_contact_through_random_sigkills(
    bot, sent, kill_on_send, rng
):
    """The bot killed before, during and after it sends alerts and escalates them, and
    started again each time: in the end every alert reached everyone it was meant for, none
    was lost, none was raised twice, and no message was duplicated except by a crash (at most
    one copy per kill; see `sent_twice_by_one_process`).

    A defender has one open alert at a time (a second SOS adds to it), so each of several
    defenders raises one; they share their contacts, two in tier 1 and one in tier 2. Nobody
    answers, so every alert escalates to tier 2 and then repeats as reminders.
    """
    emulator = bot.emulator
    defenders = people(emulator, *DEFENDERS)
    tier_1 = people(emulator, *TIER_1)
    tier_2 = people(emulator, *TIER_2)
    recipients = [*tier_1, *tier_2]
    await bot.start()
    for defender in defenders:
        for contact in tier_1:
            await link_contact(defender, contact, 1)
        for contact in tier_2:
            await link_contact(defender, contact, 2)

    # Who presses SOS in which round; some press it twice, at once or a few rounds later.
    presses: dict[int, list[ScriptedUser]] = {}
    for defender in defenders:
        first = rng.randrange(KILL_ROUNDS - 4)
        presses.setdefault(first, []).append(defender)
        if rng.random() < 0.5:
            presses.setdefault(first + rng.choice((0, 1, 3)), []).append(defender)

    async def press_sos(round_no: int) -> None:
        # In quick succession: nothing awaited in between. Words differ from press to press.
        for index, defender in enumerate(presses.get(round_no, [])):
            await defender.send(f"/sos round {round_no}, press {index}")

    for round_no in range(KILL_ROUNDS):
        while_down = rng.random() < 0.25  # sent with no bot running: fetched at start-up
        if while_down:
            await press_sos(round_no)
        if not bot.running:
            await bot.start()
        if not while_down:
            await press_sos(round_no)
        if rng.random() < 0.3:
            kill_on_send.arm(rng.randint(1, 3))
            with contextlib.suppress(TimeoutError):  # nothing more to send: kill anyway
                await wait_until(lambda: kill_on_send.fired, within=2 * LONG_DELAY)
            kill_on_send.disarm()
        else:
            longest = LONG_DELAY if rng.random() < 0.2 else SHORT_DELAY
            await asyncio.sleep(rng.uniform(0, longest))
        await bot.kill()

    await bot.start()

    def all_told() -> bool:
        seen = set().union(*(refs_to(sent, person) for person in recipients))
        return (
            len(seen) >= len(defenders)
            and all(refs_to(sent, person) >= seen for person in recipients)
            and all(refs_to(sent, defender) for defender in defenders)
        )

    # Tier 2 hears only after the acknowledgement timeout; everyone gets one message a second.
    with contextlib.suppress(TimeoutError):
        await wait_until(all_told, within=WAIT_SECONDS + 5 * len(defenders))
    await bot.stop()
    print(transcript(sent, [*defenders, *recipients]))

    alerts = {defender.name: refs_to(sent, defender) for defender in defenders}
    context = f"seed {SEED}, {bot.kills} kills, each defender's refs {alerts}"
    for name, refs in alerts.items():
        assert len(refs) == 1, f"{name} pressed SOS: one alert, no more, no fewer ({context})"
    raised_refs = set().union(*alerts.values())
    assert len(raised_refs) == len(defenders), f"alerts share a ref ({context})"
    for person in recipients:
        refs = refs_to(sent, person)
        assert refs >= raised_refs, f"{person.name} missed {raised_refs - refs} ({context})"
        assert refs <= raised_refs, f"{person.name} got unknown {refs - raised_refs} ({context})"
    resent = sent_twice_by_one_process(sent)
    assert not resent, f"a duplicate with no crash to explain it: {resent} ({context})"
    assert_no_traceback(bot)


def transcript(sent: Iterable[Sent], participants: Iterable[ScriptedUser]) -> str:
    """Who was sent what about which alert, for the report of a failure."""
    names = {person.id: person.name for person in participants}
    return "\n".join(
        f"→ {names.get(message.chat_id, message.chat_id)}: {sorted(message.refs)} "
        f"{message.text.splitlines()[0][:70]!r}"
        for message in sent
        if message.refs
    )


def sent_twice_by_one_process(sent: Iterable[Sent]) -> dict[str, int]:
    """Messages about an alert that one bot process sent to one chat more than once.

    At-least-once delivery resends a message only when a crash cut its process off between
    Telegram accepting it and the outbox recording that: each kill can add one copy of each
    message then in flight, and nothing else may. (Two kills landing in the same message's
    window would rightly give two duplicates; Telegram offers no way to ask whether a message
    went.) A duplicate has the same text, since the outbox keeps what it sends. Reminders
    are left out: the same reminder rightly repeats until someone answers.
    """
    copies = Counter(
        (message.process, message.chat_id, message.text)
        for message in sent
        if message.refs and not message.is_reminder
    )
    return {
        f"process {process}, chat {chat_id}: {text[:60]!r}…": count
        for (process, chat_id, text), count in copies.items()
        if count > 1
    }


def most_copies(sent: Iterable[Sent]) -> int:
    """How many times the most repeated message about an alert reached one chat."""
    copies = Counter(
        (message.chat_id, message.text)
        for message in sent
        if message.refs and not message.is_reminder
    )
    return max(copies.values(), default=0)
