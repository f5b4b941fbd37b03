"""The Bot API methods the project uses, with Telegram's checks and error wording.

Each method takes the decoded parameters and returns the ``result`` value, or raises
``ApiError`` for the envelope Telegram would send. Rules that bite real bots are kept:
editing without ``reply_markup`` removes the inline keyboard, messages older than 48 hours
cannot be deleted, live locations expire, a callback query can be answered only once.
"""

import contextlib
from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta
from typing import Any

from bot.emulator.chats import Chat, member_json
from bot.emulator.commands import SCOPES_WITH_CHAT, check_language_code, check_scope
from bot.emulator.formatting import render_text, utf16_length
from bot.emulator.keyboards import parse_reply_markup
from bot.emulator.models import ApiError, CallbackAnswer, JSONDict, Location, bad_request
from bot.emulator.params import Params
from bot.emulator.state import BOT_ID, LIVE_FOREVER, EmulatorState

Handler = Callable[[Params], Awaitable[Any]]

DELETE_WINDOW = timedelta(hours=48)
MAX_CALLBACK_ANSWER = 200
_NOT_MODIFIED = (
    "message is not modified: specified new message content and reply markup are exactly "
    "the same as a current content and reply markup of the message"
)
_QUERY_TOO_OLD = "query is too old and response timeout expired or query ID is invalid"
_MENU_BUTTONS = frozenset({"default", "commands", "web_app"})
_CHAT_ACTIONS = frozenset(
    {
        "typing",
        "upload_photo",
        "record_video",
        "upload_video",
        "record_voice",
        "upload_voice",
        "upload_document",
        "choose_sticker",
        "find_location",
        "record_video_note",
        "upload_video_note",
    }
)
_ALL_GIFTS = dict.fromkeys(
    (
        "unlimited_gifts",
        "limited_gifts",
        "unique_gifts",
        "premium_subscription",
        "gifts_from_channels",
    ),
    True,
)


class BotApiMethods(EmulatorState):
    """Bot API method implementations; ``method_table`` maps their Telegram names."""

    def method_table(self) -> dict[str, tuple[str, Handler]]:
        """Lower-cased Telegram method name -> (Telegram's spelling, handler)."""
        handlers: dict[str, Handler] = {
            "getMe": self._get_me,
            "getUpdates": self._get_updates,
            "setWebhook": self._set_webhook,
            "deleteWebhook": self._delete_webhook,
            "getWebhookInfo": self._get_webhook_info,
            "close": self._close,
            "logOut": self._close,
            "sendMessage": self._send_message,
            "editMessageText": self._edit_message_text,
            "editMessageReplyMarkup": self._edit_message_reply_markup,
            "answerCallbackQuery": self._answer_callback_query,
            "deleteMessage": self._delete_message,
            "deleteMessages": self._delete_messages,
            "sendLocation": self._send_location,
            "copyMessage": self._copy_message,
            "editMessageLiveLocation": self._edit_message_live_location,
            "stopMessageLiveLocation": self._stop_message_live_location,
            "setMyCommands": self._set_my_commands,
            "getMyCommands": self._get_my_commands,
            "deleteMyCommands": self._delete_my_commands,
            "setChatMenuButton": self._set_chat_menu_button,
            "getChatMenuButton": self._get_chat_menu_button,
            "sendChatAction": self._send_chat_action,
            "getChat": self._get_chat,
            "getChatMember": self._get_chat_member,
        }
        return {name.lower(): (name, handler) for name, handler in handlers.items()}

    # ----------------------------------------------------------------- bot and updates

    async def _get_me(self, params: Params) -> JSONDict:
        return {
            **self.bot_json(),
            "can_join_groups": True,
            "can_read_all_group_messages": self.can_read_all_group_messages,
            "supports_inline_queries": False,
            "can_connect_to_business": False,
            "has_main_web_app": False,
        }

    async def _get_updates(self, params: Params) -> list[JSONDict]:
        if self.webhook_url:
            raise ApiError(
                409,
                "Conflict: can't use getUpdates method while webhook is active; "
                "use deleteWebhook to delete the webhook first",
            )
        allowed = params.get("allowed_updates")
        return await self._updates.get(
            offset=params.opt_int("offset"),
            limit=min(max(params.opt_int("limit") or 100, 1), 100),
            wait_seconds=params.opt_int("timeout") or 0,
            allowed_updates=[str(kind) for kind in allowed] if isinstance(allowed, list) else None,
        )

    async def _set_webhook(self, params: Params) -> bool:
        self.webhook_url = params.opt_str("url") or ""
        if params.flag("drop_pending_updates"):
            await self._updates.drop_pending()
        if self.webhook_url:
            await self._updates.release()  # a waiting long poll ends; the next one conflicts
        return True

    async def _delete_webhook(self, params: Params) -> bool:
        self.webhook_url = ""
        if params.flag("drop_pending_updates"):
            await self._updates.drop_pending()
        return True

    async def _get_webhook_info(self, params: Params) -> JSONDict:
        return {
            "url": self.webhook_url,
            "has_custom_certificate": False,
            "pending_update_count": len(self._updates.pending),
        }

    async def _close(self, params: Params) -> bool:
        return True

    # ----------------------------------------------------------------- messages

    async def _send_message(self, params: Params) -> JSONDict:
        chat = self._writable_chat(params)
        text, entities = render_text(
            params.opt_str("text"), params.opt_str("parse_mode"), params.get("entities")
        )
        message = self._new_bot_message(chat)
        message.text, message.entities = text, entities
        message.raw_text, message.parse_mode = params.opt_str("text"), params.opt_str("parse_mode")
        return self._post(chat, params, message)

    async def _edit_message_text(self, params: Params) -> JSONDict:
        message = self._bot_message(self._writable_chat(params), params)
        if message.text is None:
            raise bad_request("there is no text in the message to edit")
        text, entities = render_text(
            params.opt_str("text"), params.opt_str("parse_mode"), params.get("entities")
        )
        inline = parse_reply_markup(params.get("reply_markup"), inline_only=True).inline
        if (text, entities, inline) == (message.text, message.entities, message.inline_keyboard):
            raise bad_request(_NOT_MODIFIED)
        message.text, message.entities, message.inline_keyboard = text, entities, inline
        message.raw_text, message.parse_mode = params.opt_str("text"), params.opt_str("parse_mode")
        return self._edited(message)

    async def _edit_message_reply_markup(self, params: Params) -> JSONDict:
        message = self._bot_message(self._writable_chat(params), params)
        inline = parse_reply_markup(params.get("reply_markup"), inline_only=True).inline
        if inline == message.inline_keyboard:
            raise bad_request(_NOT_MODIFIED)
        message.inline_keyboard = inline
        return self._edited(message)

    async def _answer_callback_query(self, params: Params) -> bool:
        query_id = params.opt_str("callback_query_id") or ""
        query = self._queries.pop(query_id, None)
        if query is None or self._expired(query.pressed_at):
            raise bad_request(_QUERY_TOO_OLD)
        text = params.opt_str("text")
        if text is not None and utf16_length(text) > MAX_CALLBACK_ANSWER:
            self._queries[query_id] = query  # refused: it may still be answered
            raise bad_request("MESSAGE_TOO_LONG")
        answer = CallbackAnswer(
            query_id=query_id,
            text=text,
            show_alert=params.flag("show_alert"),
            url=params.opt_str("url"),
        )
        query.user.callback_answers.append(answer)
        message = self._chats[query.chat_id].messages.get(query.message_id)
        if message is not None:
            self._notify("answered", message, answer)
        return True

    def _expired(self, pressed_at: datetime) -> bool:
        timeout = self.callback_query_timeout
        return timeout is not None and self._now() - pressed_at > timeout

    async def _delete_message(self, params: Params) -> bool:
        self._delete(self._known_chat(params), params.req_int("message_id"))
        return True

    async def _delete_messages(self, params: Params) -> bool:
        chat = self._known_chat(params)
        ids = params.get("message_ids")
        if not isinstance(ids, list) or not 1 <= len(ids) <= 100:
            raise bad_request("message_ids must be a list of 1 to 100 message identifiers")
        for message_id in ids:
            with contextlib.suppress(ApiError):
                self._delete(chat, int(message_id))
        return True

    def _delete(self, chat: Chat, message_id: int) -> None:
        message = chat.messages.get(message_id)
        if message is None or message.deleted:
            raise bad_request("message to delete not found")
        if self._now() - message.date >= DELETE_WINDOW:
            raise bad_request("message can't be deleted for everyone")
        bot_is_admin = chat.members.get(BOT_ID) in ("administrator", "creator")
        if chat.type == "group" and message.sender_id != BOT_ID and not bot_is_admin:
            raise bad_request("message can't be deleted")
        message.deleted = True
        self._notify("deleted", message)

    async def _copy_message(self, params: Params) -> JSONDict:
        """A copy without a link to the original: text, media, caption and location."""
        chat = self._writable_chat(params)
        source_chat = self._known_chat(Params({"chat_id": params.get("from_chat_id")}))
        original = source_chat.messages.get(params.req_int("message_id"))
        if original is None or original.deleted:
            raise bad_request("message to copy not found")
        message = self._new_bot_message(chat)
        message.text, message.entities = original.text, list(original.entities)
        message.raw_text = original.raw_text
        message.location, message.media = original.location, original.media
        message.caption = original.caption
        if params.has("caption"):
            message.caption = params.opt_str("caption")
        self._post(chat, params, message)
        return {"message_id": message.message_id}

    # ----------------------------------------------------------------- locations

    async def _send_location(self, params: Params) -> JSONDict:
        chat = self._writable_chat(params)
        live_period = params.opt_int("live_period")
        if live_period is not None and not (
            60 <= live_period <= 86400 or live_period == LIVE_FOREVER
        ):
            raise bad_request("wrong live period specified")
        message = self._new_bot_message(chat)
        message.location = _location(params, live_period)
        return self._post(chat, params, message)

    async def _edit_message_live_location(self, params: Params) -> JSONDict:
        message = self._bot_message(self._writable_chat(params), params)
        if message.location is None or not self._is_live(message):
            raise bad_request("message can't be edited")
        live_period = params.opt_int("live_period") or message.location.live_period
        location = _location(params, live_period)
        inline = parse_reply_markup(params.get("reply_markup"), inline_only=True).inline
        if (location, inline) == (message.location, message.inline_keyboard):
            raise bad_request(_NOT_MODIFIED)
        message.location, message.inline_keyboard = location, inline
        return self._edited(message)

    async def _stop_message_live_location(self, params: Params) -> JSONDict:
        message = self._bot_message(self._writable_chat(params), params)
        if not self._is_live(message):
            raise bad_request("message can't be edited")
        markup = parse_reply_markup(params.get("reply_markup"), inline_only=True)
        message.live_stopped, message.inline_keyboard = True, markup.inline
        return self._edited(message)

    # ----------------------------------------------------------------- commands and menu

    async def _set_my_commands(self, params: Params) -> bool:
        scope, language_code = self._menu_key(params)
        self._menus.set(scope, language_code, params.get("commands"))
        return True

    async def _get_my_commands(self, params: Params) -> list[JSONDict]:
        return self._menus.get(*self._menu_key(params))

    async def _delete_my_commands(self, params: Params) -> bool:
        self._menus.delete(*self._menu_key(params))
        return True

    def _menu_key(self, params: Params) -> tuple[JSONDict, str]:
        language_code = check_language_code(params.opt_str("language_code"))
        scope = check_scope(params.get("scope"))
        if scope["type"] in SCOPES_WITH_CHAT:
            self._known_chat(Params(scope))
        return scope, language_code

    async def _set_chat_menu_button(self, params: Params) -> bool:
        button = params.get("menu_button") or {"type": "default"}
        if not isinstance(button, dict) or button.get("type") not in _MENU_BUTTONS:
            raise bad_request("can't parse menu button")
        if params.has("chat_id"):
            self._known_chat(params).menu_button = button
        else:
            self._default_menu_button = button
        return True

    async def _get_chat_menu_button(self, params: Params) -> JSONDict:
        if params.has("chat_id"):
            return dict(self._known_chat(params).menu_button or self._default_menu_button)
        return dict(self._default_menu_button)

    # ----------------------------------------------------------------- chats

    async def _send_chat_action(self, params: Params) -> bool:
        chat = self._writable_chat(params)
        action = params.opt_str("action")
        if action not in _CHAT_ACTIONS:
            raise bad_request("wrong parameter action in request")
        chat.actions.append(action)
        return True

    async def _get_chat(self, params: Params) -> JSONDict:
        return {
            **self._known_chat(params).to_api(),
            "accent_color_id": 0,
            "max_reaction_count": 11,
            "accepted_gift_types": dict(_ALL_GIFTS),
        }

    async def _get_chat_member(self, params: Params) -> JSONDict:
        chat = self._known_chat(params)
        user_id = params.req_int("user_id")
        user = self._user_json(user_id)
        if chat.user is None:
            return member_json(chat.members.get(user_id, "left"), user)
        if user_id not in (chat.id, BOT_ID):
            raise bad_request("user not found")
        return member_json("member", user)


def _location(params: Params, live_period: int | None) -> Location:
    latitude, longitude = params.req_float("latitude"), params.req_float("longitude")
    if not -90 <= latitude <= 90 or not -180 <= longitude <= 180:
        raise bad_request("wrong coordinates specified")
    accuracy = params.get("horizontal_accuracy")
    if accuracy is not None:
        accuracy = params.req_float("horizontal_accuracy")
        if not 0 <= accuracy <= 1500:
            raise bad_request("wrong horizontal accuracy specified")
    heading = params.opt_int("heading")
    if heading is not None and not 1 <= heading <= 360:
        raise bad_request("wrong heading specified")
    radius = params.opt_int("proximity_alert_radius")
    if radius is not None and not 1 <= radius <= 100000:
        raise bad_request("wrong proximity alert radius specified")
    return Location(
        latitude=latitude,
        longitude=longitude,
        live_period=live_period,
        heading=heading,
        horizontal_accuracy=accuracy,
    )
