"""Which Telegram update the current unit of work belongs to (see storage/updates.py)."""

from __future__ import annotations

from contextvars import ContextVar
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from storage.db import Tx


@dataclass(frozen=True)
class UpdateInProgress:
    update_id: int
    seen_at: int


update_in_progress: ContextVar[UpdateInProgress | None] = ContextVar(
    "update_in_progress", default=None
)


async def record_update_in_progress(tx: Tx) -> None:
    current = update_in_progress.get()
    if current is not None:
        await tx.execute(
            "INSERT OR IGNORE INTO processed_updates (update_id, seen_at) VALUES (?, ?)",
            (current.update_id, current.seen_at),
        )
