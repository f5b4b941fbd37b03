"""Recognising a label the user pressed or typed, whatever invisible marks came with it."""

from __future__ import annotations

from collections.abc import Iterable

from telegram import Message
from telegram.ext.filters import MessageFilter

from bot.text import typed


class TypedText(MessageFilter):
    """Like `filters.Text`, but both sides normalised by `bot.text.typed`: a right-to-left
    mark, an isolation mark copied from a message, or another Unicode form of an accent does
    not stop "🆘 SOS" from raising the alert."""

    __slots__ = ("wordings",)

    def __init__(self, wordings: Iterable[str]) -> None:
        self.wordings = frozenset(typed(wording).strip() for wording in wordings)
        super().__init__(name="TypedText")

    def filter(self, message: Message) -> bool:
        return message.text is not None and typed(message.text).strip() in self.wordings
