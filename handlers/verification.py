"""What the defender and the contact see to confirm an acceptance: a shared safety code and
the contact's @username, which Telegram keeps unique (a display name anyone can copy)."""

from __future__ import annotations

from dataclasses import dataclass

from telegram import Update

from bot.context import BotContext
from bot.domain.users import User
from bot.domain.verification import safety_code
from handlers.ui import say


@dataclass(frozen=True)
class AcceptanceCheck:
    code: str
    username: str | None

    def for_contact(self, context: BotContext, contact: User, defender_name: str) -> str:
        return say(
            context, contact, "verification-code-contact", code=self.code, name=defender_name
        )

    def for_defender(self, context: BotContext, defender: User) -> str:
        who = (
            say(context, defender, "verification-username", username=self.username)
            if self.username
            else say(context, defender, "verification-no-username")
        )
        return f"{who}\n{say(context, defender, 'verification-code-defender', code=self.code)}"


def acceptance_check(update: Update, invite_id: str, contact: User) -> AcceptanceCheck:
    username = update.effective_user.username if update.effective_user else None
    return AcceptanceCheck(safety_code(invite_id, contact.id), username)
