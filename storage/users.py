"""Users, found by a blind index of their Telegram id; everything else about them encrypted."""

from __future__ import annotations

import sqlite3
from datetime import datetime

from bot.domain.settings import UserSettings
from bot.domain.users import TelegramIdentity, User
from storage.db import Database, Tx
from storage.ids import new_id
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
                await tx.execute(
                    "INSERT INTO users (id, tg_user_id_bidx, tg_user_id_ct, chat_id_ct, "
                    "display_name_ct, language_ct, created_on) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (
                        user.id,
                        self._lookup_key(user.telegram_user_id),
                        self._crypto.row(TABLE, user.id).integer(
                            "tg_user_id_ct", user.telegram_user_id
                        ),
                        *self._profile_columns(user),
                        to_db_day(created_on),
                    ),
                )
            elif existing != user:
                await tx.execute(
                    "UPDATE users SET chat_id_ct = ?, display_name_ct = ?, language_ct = ? "
                    "WHERE id = ?",
                    (*self._profile_columns(user), user.id),
                )
        return user, existing is None

    def _profile_columns(self, user: User) -> tuple[bytes, bytes, bytes | None]:
        row = self._crypto.row(TABLE, user.id)
        return (
            row.integer("chat_id_ct", user.chat_id),
            row.text("display_name_ct", user.display_name),
            row.optional_text("language_ct", user.language),
        )

    async def find_by_telegram_id(self, telegram_user_id: int) -> User | None:
        async with self._db.read() as tx:
            return await self._find(tx, telegram_user_id)

    async def get(self, user_id: str) -> User | None:
        async with self._db.read() as tx:
            row = await tx.fetchone("SELECT * FROM users WHERE id = ?", (user_id,))
        return None if row is None else self._decode(row)

    async def set_language(self, user_id: str, language: str) -> None:
        async with self._db.transaction() as tx:
            await tx.execute(
                "UPDATE users SET language_ct = ? WHERE id = ?",
                (self._crypto.row(TABLE, user_id).text("language_ct", language), user_id),
            )

    async def set_settings(self, user_id: str, settings: UserSettings) -> None:
        async with self._db.transaction() as tx:
            await tx.execute(
                "UPDATE users SET settings_ct = ? WHERE id = ?",
                (self._crypto.row(TABLE, user_id).text("settings_ct", settings.to_json()), user_id),
            )

    async def count(self) -> int:
        async with self._db.read() as tx:
            return int(await tx.scalar("SELECT count(*) FROM users"))

    async def _find(self, tx: Tx, telegram_user_id: int) -> User | None:
        row = await tx.fetchone(
            "SELECT * FROM users WHERE tg_user_id_bidx = ?", (self._lookup_key(telegram_user_id),)
        )
        return None if row is None else self._decode(row)

    def _decode(self, row: sqlite3.Row) -> User:
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
