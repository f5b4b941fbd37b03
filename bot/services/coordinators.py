"""Which group is the network's coordinators' chat; only the deployment's admins may set it."""

from __future__ import annotations

from storage.coordinators import CoordinatorChat, CoordinatorRepository


class CoordinatorService:
    def __init__(self, chats: CoordinatorRepository, admin_ids: frozenset[int]) -> None:
        self._chats = chats
        self._admin_ids = admin_ids

    def is_admin(self, telegram_user_id: int) -> bool:
        return telegram_user_id in self._admin_ids

    async def designate(
        self, telegram_user_id: int, chat_id: int, title: str
    ) -> CoordinatorChat | None:
        """Make `chat_id` the coordinators' chat; None when the asker is not an admin."""
        if not self.is_admin(telegram_user_id):
            return None
        return await self._chats.replace(chat_id, title)

    async def current(self) -> CoordinatorChat | None:
        return await self._chats.current()
