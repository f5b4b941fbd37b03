"""Emergency cards: one row per defender, every field inside one encrypted JSON object.

One ciphertext for the whole card, padded to a multiple of `PAD_TO` bytes, hides which fields
are filled and how long they are. An emptied card is deleted rather than stored empty, so a
cleared card leaves no row behind.
"""

from __future__ import annotations

import json

from bot.domain.card import CARD_FIELDS, CardField, EmergencyCard, field_named
from storage.db import Database, Tx
from storage.integrity import MAC_COLUMN

TABLE = "cards"
COLUMN = "fields_ct"
PAD_TO = 512


class CardRepository:
    def __init__(self, db: Database) -> None:
        self._db = db
        self._crypto = db.crypto

    async def get(self, user_id: str) -> EmergencyCard:
        async with self._db.read() as tx:
            return await self._load(tx, user_id)

    async def set_value(self, user_id: str, card_field: CardField, value: str) -> EmergencyCard:
        async with self._db.transaction() as tx:
            card = (await self._load(tx, user_id)).with_value(card_field, value)
            await self._store(tx, user_id, card)
        return card

    async def clear_value(self, user_id: str, card_field: CardField) -> EmergencyCard | None:
        """The card without the field; None when the field was not filled (nothing changed)."""
        async with self._db.transaction() as tx:
            card = await self._load(tx, user_id)
            if card_field not in card:
                return None
            card = card.without(card_field)
            await self._store(tx, user_id, card)
        return card

    async def clear_all(self, user_id: str) -> bool:
        """True when there was a card to delete."""
        async with self._db.transaction() as tx:
            return await tx.execute("DELETE FROM cards WHERE id = ?", (user_id,)) == 1

    async def _load(self, tx: Tx, user_id: str) -> EmergencyCard:
        row = await tx.fetchone("SELECT id, fields_ct, row_mac FROM cards WHERE id = ?", (user_id,))
        # A card that fails its seal is refused (the alarm rings) and read as empty: an alert
        # must not stop for it, and the next change writes a sealed card again.
        if row is None or not self._db.seals.ok(TABLE, row):
            return EmergencyCard()
        raw = json.loads(self._crypto.row(TABLE, user_id).read_text(COLUMN, row[COLUMN]))
        # A name no longer in CardField is ignored rather than shown under a wrong label.
        known = {field_named(str(name)): str(value) for name, value in raw.items()}
        return EmergencyCard.of({f: v for f, v in known.items() if f is not None})

    async def _store(self, tx: Tx, user_id: str, card: EmergencyCard) -> None:
        if not card:
            await tx.execute("DELETE FROM cards WHERE id = ?", (user_id,))
            return
        encoded = json.dumps({str(f): card[f] for f in CARD_FIELDS if f in card})
        encoded += " " * (-len(encoded) % PAD_TO)  # JSON allows trailing whitespace
        values = {"id": user_id, COLUMN: self._crypto.row(TABLE, user_id).text(COLUMN, encoded)}
        values[MAC_COLUMN] = self._db.seals.seal(TABLE, values)
        await tx.execute(
            "INSERT INTO cards (id, fields_ct, row_mac) VALUES (:id, :fields_ct, :row_mac) "
            "ON CONFLICT (id) DO UPDATE SET fields_ct = excluded.fields_ct, "
            "row_mac = excluded.row_mac",
            values,
        )
