"""What every handler needs: who is speaking, in which language, and a way to answer."""

from __future__ import annotations

from telegram import Update
from telegram.error import TelegramError

from bot.context import BotContext
from bot.domain.users import TelegramIdentity, User, display_name_of
from bot.services.alerts import Coordinator
from handlers.ui import send


def identity_of(update: Update) -> TelegramIdentity | None:
    """The sender of a private message; None for channels, anonymous admins and the like."""
    user = update.effective_user
    chat = update.effective_chat
    if user is None or chat is None or user.is_bot:
        return None
    return TelegramIdentity(
        telegram_user_id=user.id,
        chat_id=chat.id,
        display_name=display_name_of(user.first_name, user.last_name),
        language_code=user.language_code,
    )


async def registered_user(update: Update, context: BotContext) -> User | None:
    """The sender, registered (or refreshed) on the way: every private command starts here."""
    identity = identity_of(update)
    if identity is None:
        return None
    return (await context.services.users.register(identity)).user


# Members of the coordinators' chat, as Telegram names them; "restricted" members are checked
# for still being in the chat.
MEMBER_STATUSES = frozenset({"creator", "administrator", "member"})


async def acting_coordinator(update: Update, context: BotContext) -> Coordinator | None:
    """The sender, if they may act for the coordinators: anyone in the coordinators' chat
    (checked with Telegram when they act privately), or one of the deployment's admins."""
    user, chat = update.effective_user, update.effective_chat
    if user is None or chat is None or user.is_bot:
        return None
    coordinator = Coordinator(user.id, display_name_of(user.first_name, user.last_name))
    service = context.services.coordinators
    designated = await service.current()
    if designated is not None and chat.id == designated.chat_id:
        return coordinator
    if chat.type != chat.PRIVATE:
        return None  # never in any other group, where others would see the alerts
    if service.is_admin(user.id):
        return coordinator
    if designated is None:
        return None
    try:
        member = await context.bot.get_chat_member(designated.chat_id, user.id)
    except TelegramError:
        return None
    still_in = member.status in MEMBER_STATUSES or bool(getattr(member, "is_member", False))
    return coordinator if still_in else None


async def reply_with(update: Update, context: BotContext, message_id: str) -> None:
    """Answer a private message with one catalogue message, in the sender's language and,
    when they use disguise mode, its neutral wording."""
    identity = identity_of(update)
    message = update.effective_message
    if identity is None or message is None:
        return
    translate = context.services.translate
    user = await context.services.users.find(identity.telegram_user_id)
    if user is None:
        await message.reply_text(translate(identity.language_code, message_id))
        return
    text = translate(user.language, message_id, disguise=user.settings.disguise)
    await send(context, user, text)  # recorded, so that /wipe can delete it from the chat too
