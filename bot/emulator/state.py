"""What the fake Telegram knows, and the lookups and JSON every Bot API method shares.

Checks live here in one place so that every method refuses the same things in the same
words: an unknown chat, a user who blocked the bot or never started it, a message that is
gone or not the bot's to edit.
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from bot.emulator.chats import Chat
from bot.emulator.commands import CommandMenus
from bot.emulator.keyboards import inline_keyboard_json, parse_reply_markup
from bot.emulator.models import (
    ApiCall,
    ApiError,
    BotMessageEvent,
    CallbackAnswer,
    ChatMessage,
    EventKind,
    Fault,
    JSONDict,
    bad_request,
)
from bot.emulator.params import Params
from bot.emulator.updates import UpdateQueue
from bot.emulator.users import ScriptedUser

BOT_ID = 1000000001
LIVE_FOREVER = 0x7FFFFFFF

Listener = Callable[[BotMessageEvent], None]


@dataclass(frozen=True)
class PendingQuery:
    """A button press the bot has not answered yet."""

    user: ScriptedUser
    chat_id: int
    message_id: int
    pressed_at: datetime


class EmulatorState:
    """The emulator's data and the helpers shared by its Bot API methods."""

    def __init__(
        self,
        *,
        now: Callable[[], datetime],
        token: str,
        username: str,
        first_name: str,
        can_read_all_group_messages: bool,
        callback_query_timeout: timedelta | None,
    ) -> None:
        self.token = token
        self.username = username
        self.first_name = first_name
        self.can_read_all_group_messages = can_read_all_group_messages
        self.callback_query_timeout = callback_query_timeout
        self.calls: list[ApiCall] = []
        self.webhook_url = ""
        self._now = now
        self._users: dict[str, ScriptedUser] = {}
        self._chats: dict[int, Chat] = {}
        self._updates = UpdateQueue()
        self._queries: dict[str, PendingQuery] = {}
        self._next_query_id = 4000000000000000001
        self._menus = CommandMenus()
        self._default_menu_button: JSONDict = {"type": "commands"}
        self._listeners: list[Listener] = []
        self._faults: list[Fault] = []

    # ----------------------------------------------------------------- JSON

    def bot_json(self) -> JSONDict:
        """The bot as a Bot API ``User``."""
        return {
            "id": BOT_ID,
            "is_bot": True,
            "first_name": self.first_name,
            "username": self.username,
        }

    def message_json(self, message: ChatMessage, *, with_reply: bool = True) -> JSONDict:
        """The message as the Bot API serialises it (dates in whole seconds)."""
        chat = self._chats[message.chat_id]
        data: JSONDict = {
            "message_id": message.message_id,
            "from": self._user_json(message.sender_id),
            "chat": chat.to_api(),
            "date": int(message.date.timestamp()),
        }
        if message.edit_date is not None:
            data["edit_date"] = int(message.edit_date.timestamp())
        if message.text is not None:
            data["text"] = message.text
            if message.entities:
                data["entities"] = message.entities
        if message.location is not None:
            data["location"] = message.location.to_api()
        if message.media is not None:
            data[message.media.kind] = message.media.to_api()
            if message.caption is not None:
                data["caption"] = message.caption
        if message.inline_keyboard:
            data["reply_markup"] = inline_keyboard_json(message.inline_keyboard)
        if message.protect_content:
            data["has_protected_content"] = True
        target = chat.messages.get(message.reply_to_message_id or 0)
        if with_reply and target is not None and not target.deleted:
            data["reply_to_message"] = self.message_json(target, with_reply=False)
        return data

    def _user_json(self, user_id: int) -> JSONDict:
        if user_id == BOT_ID:
            return self.bot_json()
        chat = self._chats.get(user_id)
        if chat is None or chat.user is None:
            raise bad_request("user not found")
        return chat.user.to_api()

    # ----------------------------------------------------------------- lookups

    def _known_chat(self, params: Params) -> Chat:
        chat_id = params.chat_id()
        chat = self._chats.get(chat_id) if isinstance(chat_id, int) else None
        if chat is None or (chat.user is not None and not chat.user.started):
            raise bad_request("chat not found")
        return chat

    def _writable_chat(self, params: Params) -> Chat:
        chat_id = params.chat_id()
        chat = self._chats.get(chat_id) if isinstance(chat_id, int) else None
        if chat is None:
            raise bad_request("chat not found")
        if chat.user is not None:
            if chat.user.blocked:
                raise ApiError(403, "Forbidden: bot was blocked by the user")
            if not chat.user.started:
                raise ApiError(403, "Forbidden: bot can't initiate conversation with a user")
        elif chat.members.get(BOT_ID) in ("left", "kicked"):
            raise ApiError(403, "Forbidden: bot is not a member of the group chat")
        return chat

    def _bot_message(self, chat: Chat, params: Params) -> ChatMessage:
        if params.has("inline_message_id"):
            raise bad_request("inline messages are not supported by the emulator")
        message = chat.messages.get(params.req_int("message_id"))
        if message is None or message.deleted:
            raise bad_request("message to edit not found")
        if message.sender_id != BOT_ID:
            raise bad_request("message can't be edited")
        return message

    def _is_live(self, message: ChatMessage) -> bool:
        location = message.location
        if location is None or location.live_period is None or message.live_stopped:
            return False
        if location.live_period == LIVE_FOREVER:
            return True
        return self._now() < message.date + timedelta(seconds=location.live_period)

    # ----------------------------------------------------------------- changes

    def _new_bot_message(self, chat: Chat) -> ChatMessage:
        return ChatMessage(
            message_id=chat.next_message_id(), chat_id=chat.id, sender_id=BOT_ID, date=self._now()
        )

    def _post(self, chat: Chat, params: Params, message: ChatMessage) -> JSONDict:
        """Add a new bot message with its reply markup, reply target and protection."""
        markup = parse_reply_markup(params.get("reply_markup"))
        message.reply_to_message_id = self._reply_target(chat, params)
        message.protect_content = params.flag("protect_content")
        message.inline_keyboard = markup.inline
        message.reply_keyboard = markup.keyboard
        message.remove_keyboard = markup.remove_keyboard
        message.force_reply = markup.force_reply
        if markup.keyboard is not None:
            chat.reply_keyboard = markup.keyboard
        elif markup.remove_keyboard:
            chat.reply_keyboard = None
        chat.messages[message.message_id] = message
        self._notify("sent", message)
        return self.message_json(message)

    def _reply_target(self, chat: Chat, params: Params) -> int | None:
        reply = params.get("reply_parameters")
        if isinstance(reply, dict):
            target_id = Params(reply).opt_int("message_id")
            allow_missing = Params(reply).flag("allow_sending_without_reply")
        else:
            target_id = params.opt_int("reply_to_message_id")
            allow_missing = params.flag("allow_sending_without_reply")
        if target_id is None:
            return None
        target = chat.messages.get(target_id)
        if target is None or target.deleted:
            if allow_missing:
                return None
            raise bad_request("message to be replied not found")
        return target.message_id

    def _edited(self, message: ChatMessage) -> JSONDict:
        message.edit_date = self._now()
        self._notify("edited", message)
        return self.message_json(message)

    def _notify(
        self, kind: EventKind, message: ChatMessage, answer: CallbackAnswer | None = None
    ) -> None:
        chat = self._chats[message.chat_id]
        event = BotMessageEvent(kind, message, chat.user, chat.title, answer)
        for listener in list(self._listeners):
            listener(event)
