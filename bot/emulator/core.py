"""A fake Telegram: the state behind the Bot API that the real python-telegram-bot talks to.

Tests drive it from the human side (``emu.user("alice").send("/start")``) and read what the
bot did (``alice.inbox``, ``emu.calls``). The bot side reaches it through ``call`` — in
process via ``EmulatorRequest`` or over loopback HTTP via ``start_http_emulator``. Error
statuses and descriptions follow the real Bot API closely enough that PTB raises the same
exception types it would in production.
"""

import asyncio
import re
from collections.abc import Callable, Iterable
from datetime import datetime, timedelta
from typing import Any

from bot.emulator.chats import PRESENT, Chat, MemberStatus
from bot.emulator.formatting import utf16_length
from bot.emulator.limits import RATE_LIMITED_METHODS, RateLimiter, RateLimits
from bot.emulator.methods import BotApiMethods
from bot.emulator.models import (
    ApiCall,
    ApiError,
    ChatMessage,
    Fault,
    JSONDict,
    Location,
    Media,
    ReplyButton,
)
from bot.emulator.params import Params
from bot.emulator.state import BOT_ID, Listener, PendingQuery
from bot.emulator.updates import UpdateQueue, UpdateSink
from bot.emulator.users import ScriptedUser

__all__ = ["BOT_ID", "BotApiEmulator", "Listener", "UpdateSink"]

DEFAULT_TOKEN = "1000000001:TEST-emulator-token-0123456789abcdef"  # noqa: S105 (fake)
DEFAULT_USERNAME = "defender_test_bot"
FIRST_USER_ID = 111000001
FIRST_GROUP_ID = -4000000001

TELEGRAM_LIMITS = RateLimits()
CALLBACK_QUERY_TIMEOUT = timedelta(seconds=15)

_COMMAND = re.compile(r"/[A-Za-z0-9_]{1,64}(?:@[A-Za-z0-9_]{3,32})?(?=\s|$)")


class BotApiEmulator(BotApiMethods):
    """One bot, its scripted users and chats, and the Bot API methods the project uses.

    ``now`` is the only source of time: message dates, the 48-hour deletion window and
    live-location expiry all follow it, so tests move time by moving their clock.
    """

    def __init__(
        self,
        *,
        now: Callable[[], datetime],
        token: str = DEFAULT_TOKEN,
        username: str = DEFAULT_USERNAME,
        first_name: str = "Defender Test Bot",
        can_read_all_group_messages: bool = False,
        first_update_id: int = 1,
        on_update_numbered: Callable[[int], None] | None = None,
        rate_limits: RateLimits | None = TELEGRAM_LIMITS,
        callback_query_timeout: timedelta | None = CALLBACK_QUERY_TIMEOUT,
    ) -> None:
        """``first_update_id`` and ``on_update_numbered`` (called with the next free id) let
        a later emulator go on numbering where this one stopped, as Telegram does: the bot
        drops an update whose id it has already handled.

        As Telegram does, the emulator answers 429 when the bot sends faster than
        ``rate_limits`` allow (``None``: never) and refuses to answer a button press older
        than ``callback_query_timeout`` (``None``: any age)."""
        super().__init__(
            now=now,
            token=token,
            username=username,
            first_name=first_name,
            can_read_all_group_messages=can_read_all_group_messages,
            callback_query_timeout=callback_query_timeout,
        )
        self.limiter: RateLimiter | None = None
        self.set_rate_limits(rate_limits)
        self._updates = UpdateQueue(first_update_id, on_update_numbered)
        self._methods = self.method_table()
        self._stalled_methods: set[str] = set()

    # ----------------------------------------------------------------- the Bot API side

    async def call(self, token: str, method: str, params: dict[str, Any]) -> tuple[int, JSONDict]:
        """Run one Bot API request; return the HTTP status and the JSON envelope."""
        entry = self._methods.get(method.lower())
        name = entry[0] if entry is not None else method
        self.calls.append(ApiCall(name, dict(params), self._now()))
        try:
            if token != self.token:
                raise ApiError(401, "Unauthorized")
            if entry is None:
                raise ApiError(404, "Not Found")
            self._raise_scripted_fault(name, params)
            if name.lower() in self._stalled_methods:
                await asyncio.Event().wait()  # never answers, as a hung Telegram would
            limited = self._rate_limited_chat(name, params)
            if limited is not None:
                assert self.limiter is not None
                self.limiter.check(*limited)
            result = await entry[1](Params(params))
            if limited is not None:
                assert self.limiter is not None
                self.limiter.record(*limited)
        except ApiError as error:
            return error.status, error.envelope()
        return 200, {"ok": True, "result": result}

    def set_rate_limits(self, limits: RateLimits | None) -> None:
        """Enforce other flood limits from now on (``None``: none), counting afresh."""
        self.limiter = RateLimiter(limits, self._now) if limits is not None else None

    @property
    def refused_for_rate(self) -> int:
        """How many calls were answered 429 by the flood limits (scripted faults aside)."""
        return self.limiter.refused if self.limiter is not None else 0

    def _rate_limited_chat(self, method: str, params: dict[str, Any]) -> tuple[int, bool] | None:
        if self.limiter is None or method.lower() not in RATE_LIMITED_METHODS:
            return None
        chat = self._chats.get(params.get("chat_id"))  # type: ignore[arg-type]
        return None if chat is None else (chat.id, chat.type == "group")

    def _person_acted(self) -> None:
        if self.limiter is not None:
            self.limiter.person_acted()

    def calls_to(self, method: str) -> list[ApiCall]:
        """The recorded calls of one method, matched case-insensitively."""
        return [call for call in self.calls if call.method.lower() == method.lower()]

    def fail_next(
        self,
        method: str,
        status: int,
        description: str | None = None,
        retry_after: int | None = None,
        chat_id: int | str | None = None,
        times: int = 1,
    ) -> None:
        """Make the next ``times`` calls of ``method`` (to ``chat_id``, if given) fail.

        The failing call changes nothing. Without a description, Telegram's usual one for
        the status is used (e.g. "Too Many Requests: retry after 7").
        """
        if description is None:
            description = _default_description(status, retry_after)
        self._faults.append(Fault(method, status, description, retry_after, chat_id, times))

    def stall(self, method: str) -> None:
        """From now on, calls of ``method`` never get an answer (until the bot gives up)."""
        self._stalled_methods.add(method.lower())

    def add_listener(self, listener: Listener) -> None:
        """Call ``listener`` whenever the bot sends, edits, deletes or answers something."""
        self._listeners.append(listener)

    def remove_listener(self, listener: Listener) -> None:
        self._listeners.remove(listener)

    def set_update_sink(self, sink: UpdateSink | None) -> None:
        """Deliver updates by awaiting ``sink`` instead of queueing them for getUpdates.

        With a sink that runs ``Application.process_update``, ``await alice.send(...)``
        returns only after the bot has handled the update, so tests need no waiting.
        """
        self._updates.sink = sink

    async def release_pollers(self) -> None:
        """End every waiting long poll now (used when shutting the emulator down)."""
        await self._updates.release()

    async def deliver_raw(self, kind: str, payload: JSONDict) -> JSONDict:
        """Queue an update of any shape, even one Telegram would never send (robustness tests)."""
        return await self._updates.deliver(kind, payload)

    async def wait_for_poll(self) -> None:
        """Return once the bot has called getUpdates at least once."""
        await self._updates.wait_for_poll()

    async def wait_until_fetched(self) -> None:
        """Return once the bot has fetched and confirmed every queued update.

        Confirmation (a later getUpdates with a higher offset) means PTB has already put the
        updates on its own queue; ``await application.update_queue.join()`` then waits for
        the handlers. Returns at once in sink mode, where nothing is queued.
        """
        await self._updates.wait_until_confirmed()

    @property
    def next_update_id(self) -> int:
        return self._updates.next_id

    @property
    def pending_updates(self) -> list[JSONDict]:
        """Updates queued for getUpdates and not yet confirmed by an offset."""
        return self._updates.pending

    @property
    def pending_callback_queries(self) -> list[str]:
        """Ids of button presses the bot has not answered yet."""
        return list(self._queries)

    # ------------------------------------------------------------------ people and chats

    def user(
        self,
        name: str,
        *,
        first_name: str | None = None,
        last_name: str | None = None,
        language_code: str | None = "en",
        username: str | None = None,
    ) -> ScriptedUser:
        """The scripted user called ``name``, created on first use with the next free id.

        A new user has not started the bot yet: until they write to it, the bot gets
        403 "bot can't initiate conversation with a user", as in Telegram.
        """
        if name in self._users:
            return self._users[name]
        user = ScriptedUser(
            self,
            user_id=FIRST_USER_ID + len(self._users),
            name=name,
            first_name=first_name or name.capitalize(),
            last_name=last_name,
            username=username,
            language_code=language_code,
        )
        self._users[name] = user
        self._chats[user.id] = Chat(id=user.id, type="private", user=user)
        return user

    def now(self) -> datetime:
        """The emulator's time (the clock it was given)."""
        return self._now()

    @property
    def users(self) -> list[ScriptedUser]:
        return list(self._users.values())

    def create_group(
        self,
        title: str,
        members: Iterable[ScriptedUser | str],
        *,
        bot_status: MemberStatus = "member",
    ) -> int:
        """Create a group with the bot in it; the first member owns it. Returns its chat id.

        Unless the bot is an administrator or ``can_read_all_group_messages`` is set, it
        only receives commands from the group (Telegram's privacy mode).
        """
        chat_id = FIRST_GROUP_ID - sum(1 for chat in self._chats.values() if chat.type == "group")
        chat = Chat(id=chat_id, type="group", title=title)
        for index, member in enumerate(members):
            user = self.user(member) if isinstance(member, str) else member
            chat.members[user.id] = "creator" if index == 0 else "member"
        chat.members[BOT_ID] = bot_status
        self._chats[chat_id] = chat
        return chat_id

    def set_member_status(
        self, chat_id: int, user: ScriptedUser | None, status: MemberStatus
    ) -> None:
        """Change a group member's status; ``user=None`` means the bot itself."""
        chat = self._chats.get(chat_id)
        if chat is None or chat.type != "group":
            raise LookupError(f"no group chat {chat_id}")
        chat.members[BOT_ID if user is None else user.id] = status

    def group_named(self, title: str) -> int | None:
        """The id of the newest group called ``title`` (case-insensitively), or None."""
        found = [
            chat.id
            for chat in self._chats.values()
            if chat.type == "group" and (chat.title or "").casefold() == title.casefold()
        ]
        return min(found) if found else None  # group ids count down

    def group_title(self, chat_id: int) -> str:
        chat = self._chats.get(chat_id)
        if chat is None or chat.type != "group":
            raise LookupError(f"no group chat {chat_id}")
        return chat.title or ""

    def group_members(self, chat_id: int) -> list[tuple[ScriptedUser, MemberStatus]]:
        """The people in a group now (not the bot), with their status, in joining order."""
        chat = self._chats.get(chat_id)
        if chat is None or chat.type != "group":
            raise LookupError(f"no group chat {chat_id}")
        people = {user.id: user for user in self._users.values()}
        return [
            (people[user_id], status)
            for user_id, status in chat.members.items()
            if user_id in people and status in PRESENT
        ]

    @property
    def groups(self) -> list[int]:
        """The ids of every group, oldest first."""
        return [chat.id for chat in self._chats.values() if chat.type == "group"]

    def chat_messages(self, chat_id: int) -> list[ChatMessage]:
        """Every message still visible in a chat, from anyone, oldest first."""
        return [m for m in self._chats[chat_id].messages.values() if not m.deleted]

    def chat_actions(self, chat_id: int) -> list[str]:
        """The chat actions ("typing", ...) the bot sent to a chat, in order."""
        return list(self._chats[chat_id].actions)

    def menu_button(self, chat_id: int | None = None) -> JSONDict:
        """The menu button a chat shows (the bot-wide default when ``chat_id`` is None)."""
        chat_button = self._chats[chat_id].menu_button if chat_id is not None else None
        return dict(chat_button or self._default_menu_button)

    def commands(self, language_code: str = "", scope: JSONDict | None = None) -> list[JSONDict]:
        """The commands stored for exactly this scope and language."""
        return self._menus.get(scope, language_code)

    def visible_commands(self, user: ScriptedUser) -> list[JSONDict]:
        """The command menu ``user`` sees in the private chat, resolved as Telegram does."""
        return self._menus.visible_in_private_chat(user.id, user.language_code or "")

    # ------------------------------------------------ used by ScriptedUser, not by tests

    def _bot_messages(self, user: ScriptedUser) -> list[ChatMessage]:
        chat = self._chats[user.id]
        return [m for m in chat.messages.values() if m.sender_id == BOT_ID]

    def _current_keyboard(self, user: ScriptedUser) -> list[list[ReplyButton]] | None:
        return self._chats[user.id].reply_keyboard

    async def _receive(
        self,
        user: ScriptedUser,
        chat_id: int,
        *,
        text: str | None,
        location: Location | None,
        media: Media | None = None,
        caption: str | None = None,
        reply_to: int | None = None,
    ) -> JSONDict | None:
        chat = self._chats[chat_id]
        self._person_acted()
        if chat.type == "private":
            if user.blocked:
                raise RuntimeError(
                    f"{user.name} has blocked the bot; call unblock_bot() before sending"
                )
            user.started = True
        elif chat.members.get(user.id) not in PRESENT:
            raise ValueError(f"{user.name} is not a member of chat {chat_id}")
        message = ChatMessage(
            message_id=chat.next_message_id(),
            chat_id=chat.id,
            sender_id=user.id,
            date=self._now(),
            text=text,
            raw_text=text,
            entities=_command_entities(text),
            location=location,
            media=media,
            caption=caption,
        )
        if reply_to is not None:
            target = chat.messages.get(reply_to)
            if target is None or target.deleted:
                raise LookupError(f"{user.name} cannot reply to message #{reply_to}: not there")
            message.reply_to_message_id = reply_to
        chat.messages[message.message_id] = message
        if chat.type == "group" and not self._bot_sees_in_group(chat, text):
            return None
        return await self._updates.deliver("message", self.message_json(message))

    async def _press(self, user: ScriptedUser, message: ChatMessage, data: str) -> JSONDict:
        query_id = str(self._next_query_id)
        self._next_query_id += 1
        self._person_acted()
        self._queries[query_id] = PendingQuery(
            user, message.chat_id, message.message_id, self._now()
        )
        payload = {
            "id": query_id,
            "from": user.to_api(),
            "message": self.message_json(message),
            "chat_instance": str(8000000000000000000 + message.chat_id),
            "data": data,
        }
        return await self._updates.deliver("callback_query", payload)

    async def _move_live_location(
        self, user: ScriptedUser, message_id: int, latitude: float, longitude: float
    ) -> JSONDict:
        message = self._chats[user.id].messages.get(message_id)
        if message is None or message.sender_id != user.id or message.location is None:
            raise LookupError(f"{user.name} sent no location as message #{message_id}")
        if not self._is_live(message):
            raise ValueError(f"message #{message_id} is not a live location any more")
        self._person_acted()
        message.location = Location(latitude, longitude, message.location.live_period)
        message.edit_date = self._now()
        return await self._updates.deliver("edited_message", self.message_json(message))

    async def _edit_text(self, user: ScriptedUser, message_id: int, text: str) -> JSONDict:
        message = self._chats[user.id].messages.get(message_id)
        if message is None or message.sender_id != user.id or message.text is None:
            raise LookupError(f"{user.name} sent no text message #{message_id}")
        self._person_acted()
        message.text = message.raw_text = text
        message.entities = _command_entities(text)
        message.edit_date = self._now()
        return await self._updates.deliver("edited_message", self.message_json(message))

    def _bot_sees_in_group(self, chat: Chat, text: str | None) -> bool:
        if self.can_read_all_group_messages or chat.members.get(BOT_ID) == "administrator":
            return True
        return text is not None and text.startswith("/")

    def _raise_scripted_fault(self, method: str, params: dict[str, Any]) -> None:
        for fault in self._faults:
            if fault.method.lower() != method.lower():
                continue
            if fault.chat_id is not None and params.get("chat_id") != fault.chat_id:
                continue
            fault.remaining -= 1
            if fault.remaining <= 0:
                self._faults.remove(fault)
            raise ApiError(fault.status, fault.description, fault.retry_after)


def _default_description(status: int, retry_after: int | None) -> str:
    if status == 429:
        return f"Too Many Requests: retry after {retry_after or 1}"
    return {
        400: "Bad Request: emulated failure",
        401: "Unauthorized",
        403: "Forbidden: emulated failure",
        404: "Not Found",
        409: "Conflict: emulated failure",
    }.get(status, "Internal Server Error")


def _command_entities(text: str | None) -> list[JSONDict]:
    match = _COMMAND.match(text or "")
    if match is None:
        return []
    return [{"type": "bot_command", "offset": 0, "length": utf16_length(match.group(0))}]
