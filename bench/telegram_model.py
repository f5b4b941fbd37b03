"""Telegram as strict as its limits, as a request object for python-telegram-bot, on the
simulated clock: a call that would exceed a limit is answered 429 with a `retry_after`.

The limits modelled (Telegram publishes only approximations; these are the ones the pacer is
configured for): 30 messages in any one second overall, a private chat a burst of 3 and then
one a second, 20 a minute to a group. Each call takes `round_trip` seconds.
"""

from __future__ import annotations

import asyncio
import json
from collections import deque
from dataclasses import dataclass
from typing import Any

from telegram._utils.defaultvalue import DEFAULT_NONE
from telegram._utils.types import ODVInput
from telegram.request import BaseRequest, RequestData

OVERALL_PER_S = 30
PRIVATE_BURST = 3
PRIVATE_GAP_S = 1.0
GROUP_PER_MINUTE = 20
OVERALL_RETRY_AFTER = 5
CHAT_RETRY_AFTER = 3


@dataclass
class Delivered:
    at: float
    chat_id: int
    text: str


class TelegramModel(BaseRequest):
    def __init__(self, round_trip: float = 0.05) -> None:
        self.round_trip = round_trip
        self.delivered: list[Delivered] = []
        self.refused = 0  # 429s answered
        self.refused_overall = 0  # of which for the bot-wide limit
        self._overall: deque[float] = deque()
        self._buckets: dict[int, tuple[float, float]] = {}
        self._groups: dict[int, deque[float]] = {}
        self._next_id = 1

    @property
    def read_timeout(self) -> float | None:
        return None

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: ODVInput[float] = DEFAULT_NONE,
        write_timeout: ODVInput[float] = DEFAULT_NONE,
        connect_timeout: ODVInput[float] = DEFAULT_NONE,
        pool_timeout: ODVInput[float] = DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        name = url.rstrip("/").rpartition("/")[2]
        parameters = request_data.parameters if request_data is not None else {}
        await asyncio.sleep(self.round_trip / 2)
        now = asyncio.get_running_loop().time()
        if name == "getMe":
            me = {"id": 1, "is_bot": True, "first_name": "Bench", "username": "bench_bot"}
            answer = {"ok": True, "result": me}
        elif name == "sendMessage":
            chat = int(parameters["chat_id"])
            wait = self._refusal(chat, now)
            if wait is not None:
                self.refused += 1
                answer = {
                    "ok": False,
                    "error_code": 429,
                    "description": f"Too Many Requests: retry after {wait}",
                    "parameters": {"retry_after": wait},
                }
                await asyncio.sleep(self.round_trip / 2)
                return 429, json.dumps(answer).encode()
            self._take(chat, now)
            self.delivered.append(Delivered(now, chat, str(parameters.get("text", ""))))
            self._next_id += 1
            kind = "group" if chat < 0 else "private"
            message = {"message_id": self._next_id, "date": 0, "chat": {"id": chat, "type": kind}}
            answer = {"ok": True, "result": message}
        else:
            answer = {"ok": True, "result": True}
        await asyncio.sleep(self.round_trip / 2)
        return 200, json.dumps(answer).encode()

    def _refusal(self, chat: int, now: float) -> int | None:
        while self._overall and self._overall[0] <= now - 1.0:
            self._overall.popleft()
        if len(self._overall) >= OVERALL_PER_S:
            self.refused_overall += 1
            return OVERALL_RETRY_AFTER
        if chat < 0:
            sent = self._groups.get(chat, deque())
            while sent and sent[0] <= now - 60.0:
                sent.popleft()
            return CHAT_RETRY_AFTER if len(sent) >= GROUP_PER_MINUTE else None
        if self._tokens(chat, now) < 1.0 - 1e-9:
            return CHAT_RETRY_AFTER
        return None

    def _take(self, chat: int, now: float) -> None:
        self._overall.append(now)
        if chat < 0:
            self._groups.setdefault(chat, deque()).append(now)
        else:
            self._buckets[chat] = (self._tokens(chat, now) - 1.0, now)

    def _tokens(self, chat: int, now: float) -> float:
        tokens, at = self._buckets.get(chat, (float(PRIVATE_BURST), now))
        return min(float(PRIVATE_BURST), tokens + (now - at) / PRIVATE_GAP_S)

    def summary(self) -> dict[str, Any]:
        return {"delivered": len(self.delivered), "refused_429": self.refused}
