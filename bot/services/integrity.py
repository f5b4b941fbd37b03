"""Telling the admins, once, that the database was changed by something without the key.

Storage refuses every row that fails its integrity check (storage/integrity.py) and rings its
`TamperAlarm` once per process; this turns that into a notice to each admin's private chat,
through the outbox like every other notice. It names no person and no row: only that rows
were refused and what to do.
"""

from __future__ import annotations

import asyncio
import logging

from bot.errors import StorageError
from bot.i18n import Translator
from bot.services.notices import NoticeService
from storage.db import Database
from storage.users import UserRepository

log = logging.getLogger(__name__)

MESSAGE = "admin-database-tampered"


class TamperNotice:
    def __init__(
        self,
        database: Database,
        notices: NoticeService,
        translate: Translator,
        admin_ids: frozenset[int],
    ) -> None:
        self._database = database
        self._notices = notices
        self._users = UserRepository(database)
        self._translate = translate
        self._admin_ids = admin_ids
        self._tasks: set[asyncio.Task[None]] = set()

    def watch(self) -> None:
        self._database.tamper.subscribe(self._on_refused)

    def _on_refused(self, _table: str) -> None:
        # Called from inside storage, perhaps inside a transaction: queue the notice for later.
        task = asyncio.get_running_loop().create_task(self.tell_admins())
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def tell_admins(self) -> None:
        log.warning("tampered-rows-refused: telling %d admins", len(self._admin_ids))
        for admin_id in sorted(self._admin_ids):
            try:
                found = await self._users.find_by_telegram_id(admin_id)
            except StorageError:
                found = None  # their own row may be the one refused: English will do
            language = None if found is None else found.language
            try:
                await self._notices.tell_chat(admin_id, self._translate(language, MESSAGE))
            except StorageError as error:
                log.error("tamper notice not queued: %s", type(error).__name__)
