"""Work that costs real time (an Argon2id check: about a tenth of a second and 64 MiB, on
purpose) runs in threads off the event loop, a few at a time across everyone and one at a
time per person: one person sending hundreds of messages takes one of the places, never all,
so nobody else's SOS waits behind them.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator

from bot.keyed_locks import KeyedLocks
from storage.db import Database
from storage.safety_words import SafetyWord, SafetyWordRepository

# Argon2id checks at once, across everyone: the machine's cores, not more.
SLOTS = 2


class ExpensiveWork:
    def __init__(self, slots: int = SLOTS) -> None:
        self.slots = slots
        self._slots = asyncio.Semaphore(slots)
        self._people = KeyedLocks()
        self.done = 0

    @contextlib.asynccontextmanager
    async def slot(self, person: str) -> AsyncIterator[None]:
        """A person's turn first, then a place: a person's queued work holds no place."""
        async with self._people.hold(person), self._slots:
            yield
        self.done += 1


class BoundedSafetyWords(SafetyWordRepository):
    """The safety words, each check in a place of the bounded work (`ExpensiveWork`)."""

    def __init__(self, db: Database, work: ExpensiveWork) -> None:
        super().__init__(db)
        self.work = work

    async def matches(self, user_id: str, text: str) -> SafetyWord | None:
        async with self.work.slot(user_id):
            return await super().matches(user_id, text)
