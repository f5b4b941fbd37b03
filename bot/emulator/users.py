"""Scripted humans: the Telegram app side of a conversation with the bot.

A ``ScriptedUser`` does what a person can do in the app — type, tap an inline button, share a
(live) location, block the bot — and reads what the person would see in the private chat.
A tampered client can send any callback data, so ``press_data`` exists for security tests.
"""

from typing import TYPE_CHECKING

from bot.emulator.models import (
    CallbackAnswer,
    ChatMessage,
    InlineButton,
    JSONDict,
    Location,
    Media,
    MediaKind,
    ReplyButton,
)

if TYPE_CHECKING:
    from bot.emulator.core import BotApiEmulator


class ScriptedUser:
    """One human user of the bot; create through ``BotApiEmulator.user``."""

    def __init__(
        self,
        emulator: "BotApiEmulator",
        *,
        user_id: int,
        name: str,
        first_name: str,
        last_name: str | None,
        username: str | None,
        language_code: str | None,
    ) -> None:
        self._emulator = emulator
        self.id = user_id
        self.name = name
        self.first_name = first_name
        self.last_name = last_name
        self.username = username
        self.language_code = language_code
        self.blocked = False
        self.started = False
        self.callback_answers: list[CallbackAnswer] = []
        self._files_sent = 0

    def __repr__(self) -> str:
        return f"ScriptedUser({self.name!r}, id={self.id})"

    def to_api(self) -> JSONDict:
        """The user as the Bot API's ``User`` object."""
        data: JSONDict = {"id": self.id, "is_bot": False, "first_name": self.first_name}
        if self.last_name:
            data["last_name"] = self.last_name
        if self.username:
            data["username"] = self.username
        if self.language_code:
            data["language_code"] = self.language_code
        return data

    # ------------------------------------------------------------------ acting

    async def send(self, text: str) -> JSONDict:
        """Type ``text`` in the private chat; a leading ``/command`` is marked as a command."""
        update = await self._emulator._receive(self, self.id, text=text, location=None)
        assert update is not None
        return update

    async def reply(self, message_id: int, text: str) -> JSONDict:
        """Answer a message in the private chat with Telegram's "Reply" (quoting it)."""
        update = await self._emulator._receive(
            self, self.id, text=text, location=None, reply_to=message_id
        )
        assert update is not None
        return update

    async def send_media(self, kind: MediaKind, caption: str | None = None) -> JSONDict:
        """Send a photo, a voice note, a video, a document... (a fresh file each time)."""
        self._files_sent += 1
        unique = f"{self.id}-{self._files_sent}"
        media = Media(kind, f"{kind}-file-{unique}", f"{kind}-{unique}")
        update = await self._emulator._receive(
            self, self.id, text=None, location=None, media=media, caption=caption
        )
        assert update is not None
        return update

    async def press(self, button: str | int) -> JSONDict:
        """Tap a button (label, or 1-based number) on the newest bot message with buttons."""
        message = self._newest_with_buttons()
        if message is None:
            raise LookupError(f"{self.name} has no bot message with inline buttons")
        return await self._press_button(message, button)

    async def press_on(
        self, message_id: int, button: str | int, *, chat_id: int | None = None
    ) -> JSONDict:
        """Tap a button on an older bot message, in the private chat or in group ``chat_id``."""
        if chat_id is None:
            return await self._press_button(self._visible_bot_message(message_id), button)
        for message in self._emulator.chat_messages(chat_id):
            if message.message_id == message_id and message.sender_id != self.id:
                return await self._press_button(message, button)
        raise LookupError(f"{self.name} sees no bot message #{message_id} in group {chat_id}")

    async def press_in_group(self, chat_id: int, button: str | int) -> JSONDict:
        """Tap a button on the newest bot message with buttons in a group this user is in."""
        with_buttons = [
            m
            for m in self._emulator.chat_messages(chat_id)
            if m.inline_keyboard and m.sender_id != self.id
        ]
        if not with_buttons:
            raise LookupError(f"no bot message with buttons in group {chat_id}")
        return await self._press_button(with_buttons[-1], button)

    async def press_data(self, data: str, message_id: int | None = None) -> JSONDict:
        """Send arbitrary callback data, as a modified client could, from a bot message."""
        if message_id is not None:
            message = self._visible_bot_message(message_id)
        else:
            newest = self._newest_with_buttons()
            message = newest if newest is not None else self.last
        return await self._emulator._press(self, message, data)

    async def send_location(
        self, latitude: float, longitude: float, live_period: int | None = None
    ) -> JSONDict:
        """Share a location; with ``live_period`` (seconds) it is a live location."""
        location = Location(latitude, longitude, live_period)
        update = await self._emulator._receive(self, self.id, text=None, location=location)
        assert update is not None
        return update

    async def update_live_location(
        self, message_id: int, latitude: float, longitude: float
    ) -> JSONDict:
        """Move a live location this user shares; the bot gets an ``edited_message``."""
        return await self._emulator._move_live_location(self, message_id, latitude, longitude)

    async def edit(self, message_id: int, text: str) -> JSONDict:
        """Edit a text message this user sent earlier; the bot gets an ``edited_message``."""
        return await self._emulator._edit_text(self, message_id, text)

    async def send_in_group(self, chat_id: int, text: str) -> JSONDict | None:
        """Write in a group; ``None`` when the bot's privacy mode keeps the message from it."""
        return await self._emulator._receive(self, chat_id, text=text, location=None)

    def block_bot(self) -> None:
        """Block the bot: from now on it gets 403 when it writes to this user."""
        self.blocked = True

    def unblock_bot(self) -> None:
        self.blocked = False

    # ------------------------------------------------------------------ reading

    @property
    def inbox(self) -> list[ChatMessage]:
        """The bot's messages in this user's private chat as they look now, oldest first."""
        return [m for m in self._emulator._bot_messages(self) if not m.deleted]

    @property
    def deleted(self) -> list[ChatMessage]:
        """The bot's messages that were deleted from this user's private chat."""
        return [m for m in self._emulator._bot_messages(self) if m.deleted]

    @property
    def last(self) -> ChatMessage:
        """The newest bot message still visible to this user."""
        if not self.inbox:
            raise LookupError(f"{self.name} has no messages from the bot")
        return self.inbox[-1]

    @property
    def last_text(self) -> str | None:
        """Text of the newest visible bot message, or None if there is none."""
        return self.inbox[-1].text if self.inbox else None

    def texts(self) -> list[str]:
        """Texts of every visible bot message, oldest first."""
        return [m.text for m in self.inbox if m.text is not None]

    @property
    def answers(self) -> list[str]:
        """Texts the bot showed in answer to this user's button presses."""
        return [answer.text for answer in self.callback_answers if answer.text]

    @property
    def keyboard(self) -> list[list[str]] | None:
        """The reply keyboard the bot left on this user's screen, if any."""
        rows = self._emulator._current_keyboard(self)
        return None if rows is None else [[button.text for button in row] for row in rows]

    def keyboard_button(self, label: str) -> ReplyButton | None:
        """The reply-keyboard button with this label on this user's screen, if there is one."""
        for row in self._emulator._current_keyboard(self) or []:
            for button in row:
                if button.text == label:
                    return button
        return None

    @property
    def commands(self) -> list[str]:
        """The bot's command menu as this user sees it (names without the slash)."""
        return [command["command"] for command in self._emulator.visible_commands(self)]

    # ------------------------------------------------------------------ helpers

    def _newest_with_buttons(self) -> ChatMessage | None:
        with_buttons = [m for m in self.inbox if m.inline_keyboard]
        return with_buttons[-1] if with_buttons else None

    def _visible_bot_message(self, message_id: int) -> ChatMessage:
        for message in self.inbox:
            if message.message_id == message_id:
                return message
        raise LookupError(f"{self.name} sees no bot message #{message_id}")

    async def _press_button(self, message: ChatMessage, button: str | int) -> JSONDict:
        found = _find_button(message, button)
        if found.callback_data is None:
            raise LookupError(
                f"button {found.text!r} opens {found.url!r}; it sends nothing to the bot"
            )
        return await self._emulator._press(self, message, found.callback_data)


def _find_button(message: ChatMessage, button: str | int) -> InlineButton:
    buttons = message.flat_buttons
    if isinstance(button, int):
        if 1 <= button <= len(buttons):
            return buttons[button - 1]
    else:
        for candidate in buttons:
            if candidate.text == button:
                return candidate
    labels = ", ".join(f"[{i}] {b.text}" for i, b in enumerate(buttons, start=1))
    raise LookupError(f"no button {button!r} on message #{message.message_id}; it has {labels}")
