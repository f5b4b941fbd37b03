"""The emergency card: filled and read by its defender, released only inside an alert."""

from __future__ import annotations

from datetime import date

from bot.clock import Clock
from bot.domain.card import Accepted, CardField, EmergencyCard, Validation, validate
from bot.domain.settings import zone_of
from bot.domain.users import User
from storage.cards import CardRepository


class CardService:
    def __init__(self, cards: CardRepository, clock: Clock) -> None:
        self._cards = cards
        self._clock = clock

    async def get(self, user: User) -> EmergencyCard:
        """The defender's own card, for them to see."""
        return await self._cards.get(user.id)

    def check(self, user: User, card_field: CardField, text: str) -> Validation:
        """What `set_field` would save, without saving it (to ask the defender first)."""
        return validate(card_field, text, self._today_for(user))

    async def set_field(self, user: User, card_field: CardField, text: str) -> Validation:
        """Check what the defender typed and, if it is acceptable, save it normalised."""
        result = validate(card_field, text, self._today_for(user))
        if isinstance(result, Accepted):
            await self._cards.set_value(user.id, card_field, result.value)
        return result

    async def clear_field(self, user: User, card_field: CardField) -> EmergencyCard | None:
        """The card after clearing; None when that field was already empty."""
        return await self._cards.clear_value(user.id, card_field)

    async def clear_all(self, user: User) -> bool:
        """True when there was anything to clear."""
        return await self._cards.clear_all(user.id)

    async def card_for_alert(self, user_id: str) -> EmergencyCard | None:
        """The card to put in an alert about `user_id`, or None when they have not filled it.

        Only the alert flow calls this: the card goes to the defender's active trusted
        contacts and, on escalation, to the coordinators; never to anyone else.
        """
        card = await self._cards.get(user_id)
        return card or None

    def _today_for(self, user: User) -> date:
        """Today where the defender is, so a birth date typed near midnight is judged fairly."""
        return self._clock.now().astimezone(zone_of(user.settings.timezone)).date()
