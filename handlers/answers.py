"""Answering a button press without the press waiting on it.

Telegram takes a callback answer only while the query is fresh (some seconds): after a restart
or a slow moment every queued press is old, and the answer is refused ("query is too old").
That says nothing about the press itself, so the action goes ahead either way: the answer is
sent beside it, and a refusal is only counted and logged, never shown to anyone.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator

from telegram import CallbackQuery

log = logging.getLogger(__name__)


class AnswerCounts:
    """Callback answers that failed, by error type, since the process started."""

    def __init__(self) -> None:
        self.failed: dict[str, int] = {}

    def total(self) -> int:
        return sum(self.failed.values())


COUNTS = AnswerCounts()


async def answer_quietly(
    query: CallbackQuery, text: str | None = None, *, show_alert: bool = False
) -> bool:
    """Answer the press; False (counted, logged by type) if Telegram did not take it."""
    try:
        await query.answer(text, show_alert=show_alert)
    except Exception as error:  # any failure here is the answer's alone, never the press's
        kind = type(error).__name__
        COUNTS.failed[kind] = COUNTS.failed.get(kind, 0) + 1
        log.info("a callback answer failed (%s); %d so far", kind, COUNTS.total())
        return False
    return True


@contextlib.asynccontextmanager
async def answering(
    query: CallbackQuery, text: str | None = None, *, show_alert: bool = False
) -> AsyncIterator[None]:
    """Act inside this block while the answer goes out beside it; the block never waits for
    the answer, and the answer's failure never reaches it."""
    answer = asyncio.create_task(answer_quietly(query, text, show_alert=show_alert))
    try:
        yield
    finally:
        await answer
