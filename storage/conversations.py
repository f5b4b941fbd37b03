"""The step each user is at in a multi-step flow, encrypted, so a restart resumes it."""

from __future__ import annotations

import json
from datetime import datetime, timedelta

from bot.domain.interaction import Conversation, ConversationLookup
from storage.db import Database
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
        value = self._db.crypto.encrypt(TABLE, "state_ct", user_id, encoded)
        async with self._db.transaction() as tx:
            await tx.execute(
                "INSERT INTO conversations (id, state_ct, expires_at) VALUES (?, ?, ?) "
                "ON CONFLICT (id) DO UPDATE SET state_ct = excluded.state_ct, "
                "expires_at = excluded.expires_at",
                (user_id, value, to_db_wake(now + lifetime)),
            )

    async def load(self, user_id: str, now: datetime) -> ConversationLookup:
        async with self._db.read() as tx:
            row = await tx.fetchone(
                "SELECT state_ct, expires_at FROM conversations WHERE id = ?", (user_id,)
            )
        if row is None:
            return ConversationLookup(None)
        if row["expires_at"] <= to_db_time(now):
            await self.clear(user_id)
            return ConversationLookup(None, expired=True)
        raw = json.loads(self._db.crypto.decrypt(TABLE, "state_ct", user_id, row["state_ct"]))
        return ConversationLookup(Conversation(raw["flow"], raw["step"], dict(raw["data"])))

    async def clear(self, user_id: str) -> bool:
        async with self._db.transaction() as tx:
            return await tx.execute("DELETE FROM conversations WHERE id = ?", (user_id,)) == 1
