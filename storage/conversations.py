"""The step each user is at in a multi-step flow, encrypted, so a restart resumes it."""

from __future__ import annotations

import json
from datetime import datetime, timedelta

from bot.domain.interaction import Conversation, ConversationLookup
from storage.db import Database
from storage.integrity import MAC_COLUMN
from storage.timecodec import to_db_time, to_db_wake

TABLE = "conversations"


class ConversationRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def save(
        self, user_id: str, conversation: Conversation, now: datetime, lifetime: timedelta
    ) -> None:
        encoded = json.dumps(
            {"flow": conversation.flow, "step": conversation.step, "data": conversation.data}
        ).encode()
        values: dict[str, object] = {
            "id": user_id,
            "state_ct": self._db.crypto.encrypt(TABLE, "state_ct", user_id, encoded),
            "expires_at": to_db_wake(now + lifetime),
        }
        values[MAC_COLUMN] = self._db.seals.seal(TABLE, values)
        async with self._db.transaction() as tx:
            await tx.execute(
                "INSERT INTO conversations (id, state_ct, expires_at, row_mac) VALUES (:id, "
                ":state_ct, :expires_at, :row_mac) ON CONFLICT (id) DO UPDATE SET "
                "state_ct = excluded.state_ct, expires_at = excluded.expires_at, "
                "row_mac = excluded.row_mac",
                values,
            )

    async def load(self, user_id: str, now: datetime) -> ConversationLookup:
        async with self._db.read() as tx:
            row = await tx.fetchone(
                "SELECT id, state_ct, expires_at, row_mac FROM conversations WHERE id = ?",
                (user_id,),
            )
        if row is None:
            return ConversationLookup(None)
        if not self._db.seals.ok(TABLE, row):
            await self.clear(user_id)  # refused: the flow starts again, nothing acted on
            return ConversationLookup(None)
        if row["expires_at"] <= to_db_time(now):
            await self.clear(user_id)
            return ConversationLookup(None, expired=True)
        raw = json.loads(self._db.crypto.decrypt(TABLE, "state_ct", user_id, row["state_ct"]))
        return ConversationLookup(Conversation(raw["flow"], raw["step"], dict(raw["data"])))

    async def clear(self, user_id: str) -> bool:
        async with self._db.transaction() as tx:
            return await tx.execute("DELETE FROM conversations WHERE id = ?", (user_id,)) == 1
