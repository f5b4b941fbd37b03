"""Our own pacing within Telegram's limits, because python-telegram-bot's AIORateLimiter has no
per-chat limit for private chats and pauses every chat on one RetryAfter, which would hold an
SOS back behind someone else's flood limit.

Limits (Telegram's published guidance): about 30 messages a second overall, about 1 a second
to one private chat, 20 a minute to one group. A RetryAfter pauses only the chat it came from.
Pure bookkeeping over the times it is given.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass
from datetime import datetime, timedelta


@dataclass(frozen=True)
class Limits:
    per_second_overall: int = 30
    private_chat_gap: timedelta = timedelta(seconds=1)
    group_per_minute: int = 20
    # No bursts into a group either: its twenty a minute are spread out.
    group_gap: timedelta = timedelta(seconds=1)


class Pacer:
    def __init__(self, limits: Limits | None = None) -> None:
        self._limits = limits or Limits()
        self._overall: deque[datetime] = deque()
        self._private_last: dict[int, datetime] = {}
        self._group_recent: dict[int, deque[datetime]] = {}
        self._paused_until: dict[int, datetime] = {}

    def earliest(self, chat_id: int, is_group: bool, now: datetime) -> datetime:
        """The first moment a message to `chat_id` may go; `now` when it may go at once."""
        moments = [now, self._paused_until.get(chat_id, now)]
        second = timedelta(seconds=1)
        recent = [t for t in self._overall if t > now - second]
        if len(recent) >= self._limits.per_second_overall:
            moments.append(recent[-self._limits.per_second_overall] + second)
        if is_group:
            minute = timedelta(minutes=1)
            sent = [t for t in self._group_recent.get(chat_id, ()) if t > now - minute]
            if len(sent) >= self._limits.group_per_minute:
                moments.append(sent[-self._limits.group_per_minute] + minute)
            if sent:
                moments.append(sent[-1] + self._limits.group_gap)
        elif chat_id in self._private_last:
            moments.append(self._private_last[chat_id] + self._limits.private_chat_gap)
        return max(moments)

    def record(self, chat_id: int, is_group: bool, when: datetime) -> None:
        self._overall.append(when)
        while self._overall and self._overall[0] <= when - timedelta(seconds=1):
            self._overall.popleft()
        if is_group:
            sent = self._group_recent.setdefault(chat_id, deque())
            sent.append(when)
            while sent and sent[0] <= when - timedelta(minutes=1):
                sent.popleft()
        else:
            self._private_last[chat_id] = when

    def pause(self, chat_id: int, until: datetime) -> None:
        """Telegram said RetryAfter for this chat: hold it, and only it, until then."""
        self._paused_until[chat_id] = max(until, self._paused_until.get(chat_id, until))
