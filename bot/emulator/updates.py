"""Update delivery: Telegram's getUpdates queue with long polling, or a direct sink.

Long polling waits on a condition rather than a clock, so it never reads the time: a poll
ends when an update arrives, when its ``asyncio.timeout`` passes, when a newer poll takes
over (Telegram's 409 Conflict, which exposes two bot instances running at once) or when
the emulator shuts down.
"""

import asyncio
import contextlib
from collections.abc import Awaitable, Callable, Iterable

from bot.emulator.models import ApiError, JSONDict

UpdateSink = Callable[[JSONDict], Awaitable[None]]

DEFAULT_UPDATE_TYPES = frozenset({"message", "edited_message", "callback_query"})


class UpdateQueue:
    """Numbers updates and hands them to the bot, queued or through a sink."""

    def __init__(self, first_id: int = 1, on_numbered: Callable[[int], None] | None = None) -> None:
        self.sink: UpdateSink | None = None
        self._pending: list[JSONDict] = []
        self._next_id = first_id
        self._on_numbered = on_numbered
        self._allowed = DEFAULT_UPDATE_TYPES
        self._changed = asyncio.Condition()
        self._generation = 0
        self._release_epoch = 0

    @property
    def next_id(self) -> int:
        return self._next_id

    @property
    def pending(self) -> list[JSONDict]:
        """Queued updates not yet confirmed by an offset."""
        return list(self._pending)

    async def deliver(self, kind: str, payload: JSONDict) -> JSONDict:
        """Number the update and hand it over; with a sink, return once the sink is done."""
        update = {"update_id": self._next_id, kind: payload}
        self._next_id += 1
        if self._on_numbered is not None:
            self._on_numbered(self._next_id)
        if self.sink is not None:
            await self.sink(update)
        elif kind in self._allowed:
            async with self._changed:
                self._pending.append(update)
                self._changed.notify_all()
        return update

    async def get(
        self,
        *,
        offset: int | None,
        limit: int,
        wait_seconds: int,
        allowed_updates: Iterable[str] | None,
    ) -> list[JSONDict]:
        """Telegram's getUpdates: confirm up to ``offset``, then wait for an update if none."""
        if allowed_updates is not None:
            self._allowed = frozenset(allowed_updates) or DEFAULT_UPDATE_TYPES
        self._confirm(offset)
        self._generation += 1
        generation, epoch = self._generation, self._release_epoch
        async with self._changed:
            self._changed.notify_all()
            if not self._pending and wait_seconds > 0:
                with contextlib.suppress(TimeoutError):
                    async with asyncio.timeout(wait_seconds):
                        await self._changed.wait_for(
                            lambda: (
                                bool(self._pending)
                                or self._generation != generation
                                or self._release_epoch != epoch
                            )
                        )
        if self._generation != generation:
            raise ApiError(
                409,
                "Conflict: terminated by other getUpdates request; "
                "make sure that only one bot instance is running",
            )
        return self._pending[:limit]

    async def drop_pending(self) -> None:
        async with self._changed:
            self._pending.clear()
            self._changed.notify_all()

    async def wait_for_poll(self) -> None:
        """Return once any getUpdates request has arrived (at once if one already has)."""
        async with self._changed:
            await self._changed.wait_for(lambda: self._generation > 0)

    async def wait_until_confirmed(self) -> None:
        """Return once every queued update is confirmed by a later getUpdates offset.

        PTB confirms a batch only after putting it on ``Application.update_queue``, so after
        this the bot holds everything sent so far.
        """
        async with self._changed:
            await self._changed.wait_for(lambda: not self._pending)

    async def release(self) -> None:
        """End every waiting poll now with whatever is queued (used when shutting down)."""
        async with self._changed:
            self._release_epoch += 1
            self._changed.notify_all()

    def _confirm(self, offset: int | None) -> None:
        if offset is None:
            return
        if offset < 0:
            self._pending = self._pending[offset:]
        else:
            self._pending = [update for update in self._pending if update["update_id"] >= offset]
