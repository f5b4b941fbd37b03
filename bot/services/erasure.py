"""Erasing everything about a person at their request (/wipe)."""

from __future__ import annotations

from bot.clock import Clock
from bot.domain.users import User
from storage.erasure import Erasure, ErasureRepository


class ErasureService:
    def __init__(self, erasures: ErasureRepository, clock: Clock) -> None:
        self._erasures = erasures
        self._clock = clock

    async def erase(self, user: User) -> Erasure:
        return await self._erasures.erase(user.id, self._clock.now())
