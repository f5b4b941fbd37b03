"""The network's coordinators' group chat, where alerts nobody handles end up."""

from __future__ import annotations

from dataclasses import dataclass, field

from storage.db import Database
from storage.ids import new_id
from storage.integrity import MAC_COLUMN

TABLE = "coordinator_chats"


@dataclass(frozen=True)
class CoordinatorChat:
    id: str
    chat_id: int = field(repr=False)
    title: str = field(repr=False)


class CoordinatorRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def replace(self, chat_id: int, title: str) -> CoordinatorChat:
        """One coordinators' chat per deployment: setting a new one replaces the old."""
        chat = CoordinatorChat(new_id(), chat_id, title)
        row = self._db.crypto.row(TABLE, chat.id)
        values = {
            "id": chat.id,
            "chat_id_bidx": self._db.crypto.blind_index_int(TABLE, "chat_id", chat_id),
            "chat_id_ct": row.integer("chat_id_ct", chat_id),
            "title_ct": row.text("title_ct", title),
        }
        values[MAC_COLUMN] = self._db.seals.seal(TABLE, values)
        async with self._db.transaction() as tx:
            await tx.execute("DELETE FROM coordinator_chats")
            await tx.execute(
                "INSERT INTO coordinator_chats (id, chat_id_bidx, chat_id_ct, title_ct, row_mac) "
                "VALUES (:id, :chat_id_bidx, :chat_id_ct, :title_ct, :row_mac)",
                values,
            )
        return chat

    async def current(self) -> CoordinatorChat | None:
        async with self._db.read() as tx:
            found = await tx.fetchone("SELECT * FROM coordinator_chats LIMIT 1")
        # A row that fails its seal is refused: no alert goes to a chat nobody set.
        if found is None or not self._db.seals.ok(TABLE, found):
            return None
        row = self._db.crypto.row(TABLE, found["id"])
        return CoordinatorChat(
            found["id"],
            row.read_integer("chat_id_ct", found["chat_id_ct"]),
            row.read_text("title_ct", found["title_ct"]),
        )
