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
from typing import cast, get_args

from bot.emulator.core import BotApiEmulator
from bot.emulator.models import BotMessageEvent, ChatMessage, MediaKind
from bot.emulator.users import ScriptedUser

HELP = """\
How to talk to the bot:
  text...            send text as the current user (reply-keyboard buttons: type their label)
  /command args      send a bot command
  https://t.me/...   open a bot link (an invitation), as tapping it in Telegram would
  N                  press inline button N of the newest message that has buttons
                     (sent as text when there is no button N)
  @name [text...]    become user "name" (created on first use), then send the text
  :loc LAT LON [S]   share a location; with S seconds it is a live location
  :move LAT LON      move your newest live location
  :file KIND [text]  send a photo, voice, video, video_note, document, audio, animation or
                     sticker, with an optional caption
  :users             list the users
  :help              show this help
  :quit              leave (so does end of input)"""


class DemoConsole:
    """Read lines, act them out as scripted users, and print everything the bot does.

    Bot actions are printed from construction until ``close``, so replies that arrive after
    the last input line (long polling) still show. With ``echo`` each input is printed too,
    as "[alice → bot] ...", which makes the transcript of a scripted demo readable.
    """

    def __init__(
        self,
        emulator: BotApiEmulator,
        lines: AsyncIterable[str],
        output: Callable[[str], None] = print,
        *,
        first_user: str = "alice",
        echo: bool = False,
    ) -> None:
        self._emulator = emulator
        self._lines = lines
        self._output = output
        self._echo = echo
        self.current: ScriptedUser = emulator.user(first_user)
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
        """Act out one input line; False means the user asked to quit."""
        line = line.strip()
        if not line:
            return True
        if line == ":quit":
            return False
        try:
            await self._dispatch(line)
        except (LookupError, ValueError, RuntimeError) as error:
            self._output(f"! {error}")
        return True

    async def _dispatch(self, line: str) -> None:
        if line.startswith("@"):
            name, _, rest = line[1:].partition(" ")
            if not name:
                raise ValueError("write @name, e.g. @bob /start")
            self.current = self._emulator.user(name)
            if rest.strip():
                await self._dispatch(rest.strip())
            else:
                self._output(f"(you are now {name})")
        elif line.startswith(":"):
            await self._console_command(line[1:].split())
        elif link := _start_link(line, self._emulator.username):
            self._say(f"(opens the link: /start {link})")
            await self.current.send(f"/start {link}")
        elif line.isdigit() and self._has_button(int(line)):
            self._say(f"(presses {line})")
            await self.current.press(int(line))
        else:
            self._say(line)
            await self.current.send(line)

    async def _console_command(self, words: list[str]) -> None:
        command, args = (words[0], words[1:]) if words else ("", [])
        if command == "help":
            self._output(HELP)
        elif command == "users":
            for user in self._emulator.users:
                marker = "*" if user is self.current else " "
                self._output(f" {marker} {user.name} (id {user.id})")
        elif command == "loc" and len(args) in (2, 3):
            latitude, longitude = float(args[0]), float(args[1])
            live = int(args[2]) if len(args) == 3 else None
            self._say(f"📍 {latitude}, {longitude}")
            await self.current.send_location(latitude, longitude, live)
        elif command == "file" and args and args[0] in get_args(MediaKind):
            caption = " ".join(args[1:]) or None
            self._say(f"📎 {args[0]}" + (f": {caption}" if caption else ""))
            await self.current.send_media(cast(MediaKind, args[0]), caption)
        elif command == "move" and len(args) == 2:
            message_id = self._newest_live_location()
            self._say(f"📍 moves to {args[0]}, {args[1]}")
            await self.current.update_live_location(message_id, float(args[0]), float(args[1]))
        else:
            raise ValueError(f"unknown console command :{' '.join(words)} (try :help)")

    def _has_button(self, number: int) -> bool:
        with_buttons = [m for m in self.current.inbox if m.inline_keyboard]
        return bool(with_buttons) and number <= len(with_buttons[-1].flat_buttons)

    def _newest_live_location(self) -> int:
        chat = self._emulator.chat_messages(self.current.id)
        for message in reversed(chat):
            location = message.location
            if message.sender_id == self.current.id and location and location.live_period:
                return message.message_id
        raise LookupError(f"{self.current.name} shares no live location; use :loc LAT LON S")

    def _say(self, text: str) -> None:
        if self._echo:
            self._output(f"[{self.current.name} → bot] {text}")

    def show(self, event: BotMessageEvent) -> None:
        """Print one bot action (the emulator listener this console registers)."""
        for line in format_event(event):
            self._output(line)


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
    for row in message.inline_keyboard:
        cells = []
        for button in row:
            number += 1
            link = " ↗" if button.callback_data is None else ""
            cells.append(f"[{number}] {button.text}{link}")
        lines.append("   " + "   ".join(cells))
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
    match = re.fullmatch(rf"(?:https://)?t\.me/{re.escape(bot_username)}\?start=([\w-]+)", line)
    return match[1] if match else None


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
