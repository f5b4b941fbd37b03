"""The safety PIN at every prompt that guards a stand-down: right, wrong, the duress word, or
locked after too many wrong ones (the rules are `bot.domain.safety_pin`).

The duress word always works, locked or not: a person forced to the prompt must still be able
to give the alarm. While the prompts are locked the right PIN is refused like any other word,
so a lock says nothing about what was typed.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from bot.clock import Clock
from bot.domain.safety_pin import PinProblem, pin_problem, right_pin, wrong_pin
from bot.domain.users import User
from bot.services.alerts import AlertService
from storage.db import Database
from storage.pin_attempts import PinAttemptRepository
from storage.safety_words import (
    SafetyWord,
    SafetyWordRepository,
    hash_word,
    word_matches_hash,
)

log = logging.getLogger(__name__)


class PinAnswer(StrEnum):
    RIGHT = "right"
    DURESS = "duress"
    WRONG = "wrong"
    LOCKED = "locked"


@dataclass(frozen=True)
class PinCheck:
    answer: PinAnswer
    locked_until: datetime | None = None  # for LOCKED: when the prompts open again


class SafetyPinService:
    def __init__(
        self,
        db: Database,
        clock: Clock,
        alerts: AlertService,
        words: SafetyWordRepository | None = None,
    ) -> None:
        self._clock = clock
        self._alerts = alerts
        self.words = words or SafetyWordRepository(db)
        self._attempts = PinAttemptRepository(db)

    async def is_set(self, user: User) -> bool:
        return SafetyWord.PIN in await self.words.which_are_set(user.id)

    async def locked_until(self, user: User) -> datetime | None:
        return (await self._attempts.get(user.id)).locked_at(self._clock.now())

    async def check(self, user: User, typed: str) -> PinCheck:
        """What `typed` is at a PIN prompt; a wrong PIN counts towards the warning and lock."""
        which = await self.words.matches(user.id, typed)
        if which is SafetyWord.DURESS:
            return PinCheck(PinAnswer.DURESS)
        attempts = await self._attempts.get(user.id)
        now = self._clock.now()
        locked = attempts.locked_at(now)
        if locked is not None:
            return PinCheck(PinAnswer.LOCKED, locked)
        if which is SafetyWord.PIN:
            await self._attempts.save(user.id, right_pin(attempts))
            return PinCheck(PinAnswer.RIGHT)
        counted = wrong_pin(attempts, now)
        await self._attempts.save(user.id, counted.attempts)
        if counted.warn:
            log.warning("several wrong safety PINs on one account: its people are told")
            await self._alerts.warn_of_pin_attempts(user)
        if counted.locked_until is not None:
            return PinCheck(PinAnswer.LOCKED, counted.locked_until)
        return PinCheck(PinAnswer.WRONG)

    @staticmethod
    def problem_with_new_pin(pin: str) -> PinProblem | None:
        return pin_problem(pin)

    @staticmethod
    async def hash_first_entry(word: str) -> str:
        """Kept (in the encrypted conversation) until the word is typed a second time."""
        return await hash_word(word)

    @staticmethod
    async def second_entry_matches(first_hash: str, word: str) -> bool:
        return await word_matches_hash(first_hash, word)
