"""Erasing everything about a person at their request (/wipe)."""

from __future__ import annotations

from bot.clock import Clock
from bot.domain.users import User
from bot.services.redaction import RedactionService
from storage.erasure import Erasure, ErasureRepository


class ErasureService:
    def __init__(
        self,
        erasures: ErasureRepository,
        clock: Clock,
        redactions: RedactionService | None = None,
    ) -> None:
        self._erasures = erasures
        self._clock = clock
        self._redactions = redactions

    async def erase(self, user: User) -> Erasure:
        erasure = await self._erasures.erase(user.id, self._clock.now())
        if self._redactions is not None:
            # Their alerts went with them, and their links as a contact: what the people on
            # those alerts hold, and what they held as someone's contact, goes now. After a
            # crash here the sweep finds the same (a copy whose alert or link is gone).
            for link_id, defender_id in erasure.links_ended:
                await self._redactions.expire_recipient(link_id, defender_id)
            await self._redactions.alerts_gone()
        return erasure
