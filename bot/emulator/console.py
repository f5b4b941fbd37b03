"""A terminal chat with the bot for ``make demo``: type as a user, read the bot's replies.

Replies are printed from an emulator listener the moment the bot sends them, so the console
works the same whether updates reach the bot by long polling or through a sink. Input is an
async iterator of lines, so a demo script or a test can stand in for the keyboard.
"""

import asyncio
import contextlib
import os
import re
import sys
from collections.abc import AsyncGenerator, AsyncIterable, AsyncIterator, Callable, Iterable
from datetime import timedelta
from typing import Protocol, cast, get_args

from bot.emulator.core import BotApiEmulator
from bot.emulator.models import BotMessageEvent, ChatMessage, MediaKind
from bot.emulator.sample import SAMPLE_DONE, SAMPLE_INTRO, SAMPLE_SCRIPT
from bot.emulator.users import ScriptedUser

HELP = """\
How to talk to the bot:
  text...            send text as the current person (numbers too: 0000 is sent as text)
  'text...           send the text exactly as typed, even if it starts with @ : # or '
  /command args      send a bot command
  https://t.me/...   open a bot link (an invitation), as tapping it in Telegram would
  #N                 press button [N] of the newest message with buttons
  #M.N               press button [N] of message #M (shown as "(#M)" before its buttons)
  keyboard label     tap a keyboard button ("📍 Share my location" shares a location)
  @name [text...]    become person "name" (created on first use), then send the text
  :loc LAT LON [S]   share a location; with S seconds it is a live location
  :move LAT LON      move your newest live location
  :accept [@name]    open the newest invitation link the bot showed (to @name)
  :file KIND [text]  send a photo, voice, video, video_note, document, audio, animation or
                     sticker, with an optional caption
People, groups and time:
  :group NAME @a @b  create the group NAME with @a (its owner), @b and the bot; if it
                     exists, add @a and @b to it
  :in NAME           speak in the group NAME from now on (:in alone: back to the bot's chat)
  :admin @name       make @name one of the bot's admins (BOT_ADMINS), who may send
                     /coordinators in a group to make it the coordinators' chat
  :wait 10m          let time pass at once (90s, 10m, 2h, 1d, 1h30m): escalations,
                     reminders and missed check-ins that fall due happen now
  :sample            set up a network: alice, her contacts bob and carol, coordinator cora
  :users             list the people and groups
  :help              show this help
  :quit              leave (so does end of input, or Ctrl-C)"""

DEMO_LOCATION = (13.7563, 100.5018)  # shared by the keyboard's location button
MAX_WAIT = timedelta(days=30)
_PRESS = re.compile(r"#(\d+)(?:\.(\d+))?")
_DURATION = re.compile(r"(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?")


class ConsoleHooks(Protocol):
    """What the console needs from the running demo beyond the emulator."""

    async def settle(self) -> None:
        """Return once the bot has handled and delivered everything sent so far."""
        ...

    async def wait(self, delta: timedelta) -> None:
        """Move the bot's and the emulator's clock on; do and deliver what falls due."""
        ...

    def make_admin(self, user: ScriptedUser) -> None:
        """Count ``user`` among the bot's admins from now on."""
        ...


class DemoConsole:
    """Read lines, act them out as scripted users, and print everything the bot does.

    Bot actions are printed from construction until ``close``, so replies that arrive after
    the last input line (long polling) still show. With ``echo`` each input is printed too,
    as "[alice → bot] ...", which makes the transcript of a scripted demo readable. With
    ``hooks`` (the demo's), each line is settled before the next is read, and time can move.
    """

    def __init__(
        self,
        emulator: BotApiEmulator,
        lines: AsyncIterable[str],
        output: Callable[[str], None] = print,
        *,
        first_user: str = "alice",
        echo: bool = False,
        hooks: ConsoleHooks | None = None,
    ) -> None:
        self._emulator = emulator
        self._lines = lines
        self._output = output
        self._echo = echo
        self._hooks = hooks
        self.current: ScriptedUser = emulator.user(first_user)
        self._places: dict[str, int] = {}  # person -> the group they speak in
        self._links: list[tuple[str, str]] = []  # (who was shown it, payload), oldest first
        self._admins: set[str] = set()
        emulator.add_listener(self.show)

    def close(self) -> None:
        """Stop printing the bot's actions."""
        self._emulator.remove_listener(self.show)

    async def run(self) -> None:
        """Process lines until ``:quit`` or the end of input."""
        iterator = aiter(self._lines)
        try:
            self._output(f"You are {self.current.name}. Type :help for help.")
            async for line in iterator:
                if not await self.handle(line):
                    break
        finally:
            if isinstance(iterator, AsyncGenerator):
                await iterator.aclose()

    async def handle(self, line: str) -> bool:
        """Act out one input line and let the bot settle; False means the user asked to quit."""
        line = line.strip()
        if not line:
            return True
        if line == ":quit":
            return False
        try:
            await self._dispatch(line)
        except (LookupError, ValueError, RuntimeError) as error:
            self._output(f"! {error}")
        await self._settle()
        return True

    async def _settle(self) -> None:
        if self._hooks is not None:
            await self._hooks.settle()

    @property
    def _group(self) -> int | None:
        """The group the current person speaks in, or None for the private chat."""
        return self._places.get(self.current.name)

    async def _dispatch(self, line: str) -> None:
        if line.startswith("'"):
            await self._send_text(line[1:])
        elif line.startswith("@"):
            name, _, rest = line[1:].partition(" ")
            if not name:
                raise ValueError("write @name, e.g. @bob /start")
            self.current = self._emulator.user(name)
            if rest.strip():
                await self._dispatch(rest.strip())
            else:
                where = f", in group {self._title(self._group)}" if self._group else ""
                self._output(f"(you are now {name}{where})")
        elif line.startswith(":"):
            await self._console_command(line[1:].split())
        elif (link := _start_link(line, self._emulator.username)) and self._group is None:
            self._say(f"(opens the link: /start {link})")
            await self.current.send(f"/start {link}")
        elif press := _PRESS.fullmatch(line):
            await self._press(press)
        elif self._group is None and (button := self.current.keyboard_button(line)):
            if button.request_location:
                latitude, longitude = DEMO_LOCATION
                self._say(f"📍 {latitude}, {longitude} (the “{line}” button)")
                await self.current.send_location(latitude, longitude)
            else:
                await self._send_text(line)
        else:
            await self._send_text(line)

    async def _send_text(self, text: str) -> None:
        if not text.strip():
            raise ValueError("nothing to send")
        self._say(text)
        group = self._group
        if group is not None:
            if await self.current.send_in_group(group, text) is None:
                self._output("(the bot does not see this: in groups it reads only commands)")
            return
        await self.current.send(text)
        newest = self._newest_with_buttons()
        if text.isdigit() and newest is not None and 1 <= int(text) <= len(newest.flat_buttons):
            self._output(f"(sent as text; to press button [{int(text)}], type #{int(text)})")

    async def _press(self, press: re.Match[str]) -> None:
        if press[2] is None:
            message = self._newest_with_buttons()
            if message is None:
                raise LookupError(f"{self.current.name} sees no message with buttons here")
            message_id, button = message.message_id, int(press[1])
        else:
            message_id, button = int(press[1]), int(press[2])
        self._say(f"(presses [{button}] on #{message_id})")
        await self.current.press_on(message_id, button, chat_id=self._group)

    async def _console_command(self, words: list[str]) -> None:
        command, args = (words[0], words[1:]) if words else ("", [])
        if command == "help":
            self._output(HELP)
        elif command == "users":
            self._list_people()
        elif command == "loc" and len(args) in (2, 3):
            self._private_only("share a location")
            latitude, longitude = float(args[0]), float(args[1])
            live = int(args[2]) if len(args) == 3 else None
            self._say(f"📍 {latitude}, {longitude}")
            await self.current.send_location(latitude, longitude, live)
        elif command == "file" and args and args[0] in get_args(MediaKind):
            caption = " ".join(args[1:]) or None
            self._say(f"📎 {args[0]}" + (f": {caption}" if caption else ""))
            await self.current.send_media(cast(MediaKind, args[0]), caption)
        elif command == "move" and len(args) == 2:
            self._private_only("move a live location")
            message_id = self._newest_live_location()
            self._say(f"📍 moves to {args[0]}, {args[1]}")
            await self.current.update_live_location(message_id, float(args[0]), float(args[1]))
        elif command == "group" and len(args) >= 2:
            self._make_group(args[0], args[1:])
        elif command == "in" and len(args) <= 1:
            self._move_to(args[0] if args else None)
        elif command == "admin" and len(args) == 1:
            self._make_admin(args[0])
        elif command == "wait" and len(args) == 1:
            await self._wait(parse_duration(args[0]))
        elif command == "accept" and len(args) <= 1:
            await self._accept(args[0] if args else None)
        elif command == "sample" and not args:
            await self._sample()
        else:
            raise ValueError(f"unknown console command :{' '.join(words)} (try :help)")

    # ------------------------------------------------------------- groups and admins

    def _make_group(self, title: str, names: list[str]) -> None:
        people = [self._emulator.user(_person(name)) for name in names]
        chat_id = self._emulator.group_named(title)
        if chat_id is None:
            chat_id = self._emulator.create_group(title, people)
            listed = ", ".join(person.name for person in people)
            self._output(f"(group {title} created: {listed} and the bot; {people[0].name} owns it)")
            return
        present = {person.id for person, _ in self._emulator.group_members(chat_id)}
        for person in people:
            if person.id not in present:
                self._emulator.set_member_status(chat_id, person, "member")
        added = ", ".join(person.name for person in people)
        self._output(f"(added to group {self._title(chat_id)}: {added})")

    def _move_to(self, title: str | None) -> None:
        name = self.current.name
        if title is None:
            self._places.pop(name, None)
            self._output(f"({name} now writes in the private chat with the bot)")
            return
        chat_id = self._emulator.group_named(title)
        if chat_id is None:
            raise LookupError(f"no group {title}; create it with :group {title} @{name}")
        if all(person.id != self.current.id for person, _ in self._emulator.group_members(chat_id)):
            raise LookupError(f"{name} is not in group {title}; :group {title} @{name} adds them")
        self._places[name] = chat_id
        self._output(f"({name} now writes in group {self._title(chat_id)}; :in alone goes back)")

    def _make_admin(self, name: str) -> None:
        if self._hooks is None:
            raise RuntimeError(":admin needs the running demo (python -m bot demo)")
        person = self._emulator.user(_person(name))
        self._hooks.make_admin(person)
        self._admins.add(person.name)
        self._output(f"({person.name} is now one of the bot's admins, as if listed in BOT_ADMINS)")

    def _private_only(self, what: str) -> None:
        if self._group is not None:
            raise ValueError(f"{what} in the private chat: type :in first")

    def _title(self, chat_id: int | None) -> str:
        return "" if chat_id is None else self._emulator.group_title(chat_id)

    def _list_people(self) -> None:
        for user in self._emulator.users:
            marker = "*" if user is self.current else " "
            notes = [f"id {user.id}"]
            if user.name in self._admins:
                notes.append("admin")
            if (group := self._places.get(user.name)) is not None:
                notes.append(f"writes in {self._title(group)}")
            self._output(f" {marker} {user.name} ({', '.join(notes)})")
        for chat_id in self._emulator.groups:
            members = ", ".join(
                person.name + (f" ({status})" if status != "member" else "")
                for person, status in self._emulator.group_members(chat_id)
            )
            self._output(f"   group {self._title(chat_id)}: {members or 'nobody'} and the bot")

    # ------------------------------------------------------------- time, links, sample

    async def _wait(self, delta: timedelta) -> None:
        if self._hooks is None:
            raise RuntimeError(":wait needs the running demo's clock (python -m bot demo)")
        await self._settle()
        self._output(f"(time passes: {_show_duration(delta)})")
        await self._hooks.wait(delta)
        self._output(f"(it is now {self._emulator.now():%Y-%m-%d %H:%M} UTC)")

    async def _accept(self, name: str | None) -> None:
        self._private_only("open a link")
        shown_to = _person(name) if name is not None else None
        found = next(
            (
                (person, payload)
                for person, payload in reversed(self._links)
                if person == shown_to or (shown_to is None and person != self.current.name)
            ),
            None,
        )
        if found is None:
            whom = f"to {shown_to}" if shown_to else "to anyone else"
            raise LookupError(f"no invitation link was shown {whom} yet (@alice /invite makes one)")
        person, payload = found
        self._say(f"(opens the invitation link shown to {person}: /start {payload})")
        await self.current.send(f"/start {payload}")

    async def _sample(self) -> None:
        self._output(SAMPLE_INTRO)
        for line in SAMPLE_SCRIPT:
            await self.handle(line)
        self._output(SAMPLE_DONE)

    # ------------------------------------------------------------- helpers

    def _newest_with_buttons(self) -> ChatMessage | None:
        group = self._group
        if group is None:
            messages = self.current.inbox
        else:
            messages = [
                m for m in self._emulator.chat_messages(group) if m.sender_id != self.current.id
            ]
        with_buttons = [m for m in messages if m.inline_keyboard]
        return with_buttons[-1] if with_buttons else None

    def _newest_live_location(self) -> int:
        chat = self._emulator.chat_messages(self.current.id)
        for message in reversed(chat):
            location = message.location
            if message.sender_id == self.current.id and location and location.live_period:
                return message.message_id
        raise LookupError(f"{self.current.name} shares no live location; use :loc LAT LON S")

    def _say(self, text: str) -> None:
        if self._echo:
            group = self._group
            where = "bot" if group is None else f"group {self._title(group)}"
            self._output(f"[{self.current.name} → {where}] {text}")

    def show(self, event: BotMessageEvent) -> None:
        """Print one bot action (the emulator listener this console registers)."""
        if event.user is not None and event.kind in ("sent", "edited"):
            for payload in _links_in(event.message, self._emulator.username):
                self._links.append((event.user.name, payload))
        for line in format_event(event):
            self._output(line)


def parse_duration(text: str) -> timedelta:
    """`90s`, `10m`, `2h`, `1d`, `1h30m`: how long `:wait` lets pass."""
    match = _DURATION.fullmatch(text.strip().lower())
    if not text.strip() or match is None:
        raise ValueError(f"cannot read {text!r} as a time: write e.g. 90s, 10m, 2h, 1d or 1h30m")
    days, hours, minutes, seconds = (int(part or 0) for part in match.groups())
    delta = timedelta(days=days, hours=hours, minutes=minutes, seconds=seconds)
    if not timedelta(0) < delta <= MAX_WAIT:
        raise ValueError("wait between 1 second and 30 days")
    return delta


def _show_duration(delta: timedelta) -> str:
    seconds = int(delta.total_seconds())
    parts = []
    for unit, size in (("d", 86400), ("h", 3600), ("min", 60), ("s", 1)):
        if seconds >= size:
            parts.append(f"{seconds // size} {unit}")
            seconds %= size
    return " ".join(parts)


def _person(name: str) -> str:
    person = name.removeprefix("@")
    if not person:
        raise ValueError("name people as @name")
    return person


def format_event(event: BotMessageEvent) -> list[str]:
    """The console lines for one bot action."""
    where = event.user.name if event.user is not None else f"group {event.chat_title}"
    message = event.message
    if event.kind == "deleted":
        possessive = f"{where}'s" if event.user is not None else where
        return [f"[bot deleted a message in {possessive} chat]"]
    if event.kind == "answered":
        answer = event.answer
        if answer is None or not answer.text:
            return []
        style = "alert" if answer.show_alert else "notice"
        return [f"[bot → {where}, {style}] {answer.text}"]
    header = f"[bot → {where}]"
    if event.kind == "edited":
        header = f"[bot → {where}, edited #{message.message_id}]"
    body = _body_lines(message)
    lines = [f"{header} {body[0]}", *(f"   {extra}" for extra in body[1:])]
    return lines + _markup_lines(message)


def _body_lines(message: ChatMessage) -> list[str]:
    if message.location is not None:
        location = message.location
        text = f"📍 {location.latitude}, {location.longitude}"
        if message.live_stopped:
            text += " (live location stopped)"
        elif location.live_period is not None:
            text += f" (live for {location.live_period} s)"
        return [text]
    if message.media is not None:
        caption = f": {message.caption}" if message.caption else ""
        return [f"📎 {message.media.kind}{caption}"]
    return (message.text or "").split("\n")


def _markup_lines(message: ChatMessage) -> list[str]:
    lines: list[str] = []
    number = 0
    label = f"(#{message.message_id}) "
    for row in message.inline_keyboard:
        cells = []
        for button in row:
            number += 1
            link = " ↗" if button.callback_data is None else ""
            cells.append(f"[{number}] {button.text}{link}")
        lines.append("   " + label + "   ".join(cells))
        label = " " * len(label)
    if message.keyboard is not None:
        labels = [label for row in message.keyboard for label in row]
        lines.append("   keyboard: " + " | ".join(labels))
    if message.remove_keyboard:
        lines.append("   (keyboard removed)")
    if message.force_reply:
        lines.append("   (reply requested)")
    if message.protect_content:
        lines.append("   (protected: cannot be forwarded or saved)")
    return lines


def _start_link(line: str, bot_username: str) -> str | None:
    """The payload of a `https://t.me/<bot>?start=...` link, which Telegram turns into /start."""
    match = re.fullmatch(_link_pattern(bot_username), line)
    return match[1] if match else None


def _links_in(message: ChatMessage, bot_username: str) -> list[str]:
    """The payloads of the bot links in a message's text and buttons, in order."""
    pattern = _link_pattern(bot_username)
    texts = [message.text or ""] + [button.url or "" for button in message.flat_buttons]
    payloads = [found[1] for text in texts for found in re.finditer(pattern, text)]
    return list(dict.fromkeys(payloads))


def _link_pattern(bot_username: str) -> str:
    return rf"(?:https://)?t\.me/{re.escape(bot_username)}\?start=([\w-]+)"


async def script_lines(lines: Iterable[str]) -> AsyncIterator[str]:
    """Feed a fixed script to the console, yielding to the event loop between lines."""
    for line in lines:
        await asyncio.sleep(0)
        yield line


async def stdin_lines() -> AsyncIterator[str]:
    """Lines typed on standard input, read without blocking the event loop; ends on EOF."""
    loop = asyncio.get_running_loop()
    stdin_fd = sys.stdin.fileno()
    pipe = os.fdopen(os.dup(stdin_fd), "rb", buffering=0)
    reader = asyncio.StreamReader()
    try:
        transport, _ = await loop.connect_read_pipe(
            lambda: asyncio.StreamReaderProtocol(reader), pipe
        )
    except ValueError:
        pipe.close()
        while line := await asyncio.to_thread(sys.stdin.readline):
            yield line.rstrip("\n")
        return
    try:
        while raw := await reader.readline():
            yield raw.decode(errors="replace").rstrip("\n")
    finally:
        transport.close()
        # The duplicate shares stdin's open file, so the terminal was left non-blocking too.
        with contextlib.suppress(OSError):
            os.set_blocking(stdin_fd, True)
