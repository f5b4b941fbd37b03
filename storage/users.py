"""Users, found by a blind index of their Telegram id; everything else about them encrypted.

Each row is sealed (storage/integrity.py) over its lookup index and every ciphertext, and a
lookup also checks that the row found holds the Telegram id asked for: swapping two rows'
index values finds a row that is refused, not another person.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime

from bot.domain.settings import UserSettings
from bot.domain.users import TelegramIdentity, User
from storage.anchors import Anchor, seal_anchor
from storage.db import Database, Tx
from storage.ids import new_id
from storage.integrity import MAC_COLUMN
from storage.sealed import rewrite_sealed_in
from storage.timecodec import from_db_day, to_db_day

TABLE = "users"


class UserRepository:
    def __init__(self, db: Database) -> None:
        self._db = db
        self._crypto = db.crypto

    def _lookup_key(self, telegram_user_id: int) -> bytes:
        return self._crypto.blind_index_int(TABLE, "tg_user_id", telegram_user_id)

    async def register(self, identity: TelegramIdentity, now: datetime) -> tuple[User, bool]:
        """Create the user, or refresh their chat, name and language; True when created."""
        async with self._db.transaction() as tx:
            existing = await self._find(tx, identity.telegram_user_id)
            user_id = existing.id if existing else new_id()
            created_on = existing.created_on if existing else now.date()
            user = User(
                id=user_id,
                telegram_user_id=identity.telegram_user_id,
                chat_id=identity.chat_id,
                display_name=identity.display_name,
                language=(existing.language if existing else None) or identity.language_code,
                created_on=created_on,
                settings=existing.settings if existing else UserSettings(),
            )
            if existing is None:
                values = {
                    "id": user.id,
                    "tg_user_id_bidx": self._lookup_key(user.telegram_user_id),
                    "tg_user_id_ct": self._crypto.row(TABLE, user.id).integer(
                        "tg_user_id_ct", user.telegram_user_id
                    ),
                    **self._profile_columns(user),
                    "settings_ct": None,
                    "state_ct": seal_anchor(self._db, user.id, Anchor()),
                }
                values[MAC_COLUMN] = self._db.seals.seal(TABLE, values)
                await tx.execute(
                    "INSERT INTO users (id, tg_user_id_bidx, tg_user_id_ct, chat_id_ct, "
                    "display_name_ct, language_ct, settings_ct, state_ct, row_mac, created_on) "
                    "VALUES (:id, :tg_user_id_bidx, :tg_user_id_ct, :chat_id_ct, "
                    ":display_name_ct, :language_ct, :settings_ct, :state_ct, :row_mac, "
                    ":created_on)",
                    {**values, "created_on": to_db_day(created_on)},
                )
            elif existing != user:
                await rewrite_sealed_in(self._db, tx, TABLE, user.id, self._profile_columns(user))
        return user, existing is None

    def _profile_columns(self, user: User) -> dict[str, bytes | None]:
        row = self._crypto.row(TABLE, user.id)
        return {
            "chat_id_ct": row.integer("chat_id_ct", user.chat_id),
            "display_name_ct": row.text("display_name_ct", user.display_name),
            "language_ct": row.optional_text("language_ct", user.language),
        }

    async def find_by_telegram_id(self, telegram_user_id: int) -> User | None:
        async with self._db.read() as tx:
            return await self._find(tx, telegram_user_id)

    async def get(self, user_id: str) -> User | None:
        async with self._db.read() as tx:
            row = await tx.fetchone("SELECT * FROM users WHERE id = ?", (user_id,))
        return None if row is None else self._decode(row)

    async def set_language(self, user_id: str, language: str) -> None:
        value = self._crypto.row(TABLE, user_id).text("language_ct", language)
        async with self._db.transaction() as tx:
            await rewrite_sealed_in(self._db, tx, TABLE, user_id, {"language_ct": value})

    async def set_settings(self, user_id: str, settings: UserSettings) -> None:
        value = self._crypto.row(TABLE, user_id).text("settings_ct", settings.to_json())
        async with self._db.transaction() as tx:
            await rewrite_sealed_in(self._db, tx, TABLE, user_id, {"settings_ct": value})

    async def count(self) -> int:
        async with self._db.read() as tx:
            return int(await tx.scalar("SELECT count(*) FROM users"))

    async def _find(self, tx: Tx, telegram_user_id: int) -> User | None:
        row = await tx.fetchone(
            "SELECT * FROM users WHERE tg_user_id_bidx = ?", (self._lookup_key(telegram_user_id),)
        )
        if row is None:
            return None
        user = self._decode(row)
        if user.telegram_user_id != telegram_user_id:
            raise self._db.seals.refuse(TABLE)
        return user

    def _decode(self, row: sqlite3.Row) -> User:
        """The user in a checked row; `TamperedRowError` when the row fails its check."""
        self._db.seals.check(TABLE, row)
        cipher = self._crypto.row(TABLE, row["id"])
        return User(
            id=row["id"],
            telegram_user_id=cipher.read_integer("tg_user_id_ct", row["tg_user_id_ct"]),
            chat_id=cipher.read_integer("chat_id_ct", row["chat_id_ct"]),
            display_name=cipher.read_text("display_name_ct", row["display_name_ct"]),
            language=cipher.read_optional_text("language_ct", row["language_ct"]),
            created_on=from_db_day(row["created_on"]),
            settings=UserSettings.from_json(
                cipher.read_optional_text("settings_ct", row["settings_ct"])
            ),
        )
