"""Chats as the emulator keeps them: a private chat per user, and groups with members."""

from dataclasses import dataclass, field
from typing import Literal

from bot.emulator.models import ChatMessage, JSONDict, ReplyButton
from bot.emulator.users import ScriptedUser

MemberStatus = Literal["creator", "administrator", "member", "left", "kicked"]
PRESENT: frozenset[MemberStatus] = frozenset({"creator", "administrator", "member"})


@dataclass
class Chat:
    """One chat: its messages (numbered per chat, as in Telegram) and per-chat settings."""

    id: int
    type: Literal["private", "group"]
    title: str | None = None
    user: ScriptedUser | None = None
    members: dict[int, MemberStatus] = field(default_factory=dict)
    messages: dict[int, ChatMessage] = field(default_factory=dict)
    last_message_id: int = 0
    reply_keyboard: list[list[ReplyButton]] | None = None
    menu_button: JSONDict | None = None
    actions: list[str] = field(default_factory=list)

    def next_message_id(self) -> int:
        self.last_message_id += 1
        return self.last_message_id

    def to_api(self) -> JSONDict:
        """The Bot API ``Chat`` object."""
        if self.user is None:
            return {"id": self.id, "type": self.type, "title": self.title}
        data: JSONDict = {"id": self.id, "type": "private", "first_name": self.user.first_name}
        if self.user.last_name:
            data["last_name"] = self.user.last_name
        if self.user.username:
            data["username"] = self.user.username
        return data


_ADMIN_RIGHTS = (
    "can_manage_chat",
    "can_delete_messages",
    "can_manage_video_chats",
    "can_restrict_members",
    "can_change_info",
    "can_invite_users",
    "can_pin_messages",
)
_ADMIN_LIMITS = (
    "can_be_edited",
    "is_anonymous",
    "can_promote_members",
    "can_post_stories",
    "can_edit_stories",
    "can_delete_stories",
)


def member_json(status: MemberStatus, user: JSONDict) -> JSONDict:
    """A ``ChatMember`` with the fields PTB requires for each status."""
    data: JSONDict = {"status": status, "user": user}
    if status == "creator":
        data["is_anonymous"] = False
    elif status == "kicked":
        data["until_date"] = 0
    elif status == "administrator":
        data.update(dict.fromkeys(_ADMIN_RIGHTS, True))
        data.update(dict.fromkeys(_ADMIN_LIMITS, False))
    return data
