"""Telegram's flood limits, enforced the way the real server enforces them: a 429 with
``retry_after``, and the same 429 again for that chat (or for the whole bot) until it is over.

The published guidance: about 30 messages a second overall, about one a second to one
private chat (Telegram lets short bursts through), 20 a minute to one group. Sends and edits
count; a refused call counts for nothing.

Time is the emulator's clock, so tests that run on a fake clock get the same answers on
every machine. On that clock people act instantly, which no real person does: a test that
scripts twenty taps in a row would then look like a bot flooding a chat with its replies.
So each action of a scripted person moves the limits' own clock on by ``action_seconds``
(two seconds by default: quicker than people read a reply and tap) — the bot's answers to
people get the room they would have in life, while whatever the bot sends on its own at
one instant (alerts, reminders, escalations) meets the limits exactly.
"""

from __future__ import annotations

import math
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from bot.emulator.models import ApiError

RATE_LIMITED_METHODS: frozenset[str] = frozenset(
    {
        "sendmessage",
        "sendlocation",
        "copymessage",
        "editmessagetext",
        "editmessagereplymarkup",
        "editmessagelivelocation",
        "stopmessagelivelocation",
    }
)
_SECOND = timedelta(seconds=1)
_MINUTE = timedelta(minutes=1)
_OVERALL = 0  # no chat has id 0: the key of the bot-wide limit


@dataclass(frozen=True)
class RateLimits:
    """The thresholds; a test that needs other numbers states them."""

    overall_per_second: int = 30
    private_per_second: float = 1.0
    private_burst: int = 3
    group_per_minute: int = 20
    action_seconds: float = 2.0


def too_many_requests(retry_after: int) -> ApiError:
    return ApiError(429, f"Too Many Requests: retry after {retry_after}", retry_after)


class RateLimiter:
    """Counts the bot's sends per chat and overall; refuses the one that goes over."""

    def __init__(self, limits: RateLimits, now: Callable[[], datetime]) -> None:
        self.limits = limits
        self.refused = 0
        self._now = now
        self._offset = timedelta()
        self._overall: deque[datetime] = deque()
        self._groups: dict[int, deque[datetime]] = {}
        self._private: dict[int, tuple[float, datetime]] = {}  # tokens, as of
        self._blocked_until: dict[int, datetime] = {}

    def person_acted(self) -> None:
        """A scripted person sent, pressed or edited something (see the module docstring)."""
        self._offset += timedelta(seconds=self.limits.action_seconds)

    def check(self, chat_id: int, is_group: bool) -> None:
        """Raise the 429 Telegram would answer to one more send to ``chat_id`` now."""
        now = self._clock()
        for key in (_OVERALL, chat_id):
            blocked = self._blocked_until.get(key)
            if blocked is not None and now < blocked:
                self.refused += 1
                raise too_many_requests(max(1, math.ceil((blocked - now).total_seconds())))
        _drop_older(self._overall, now - _SECOND)
        if len(self._overall) >= self.limits.overall_per_second:
            self._refuse(_OVERALL, now, self._overall[0] + _SECOND)
        if is_group:
            sent = self._groups.get(chat_id, deque())
            _drop_older(sent, now - _MINUTE)
            if len(sent) >= self.limits.group_per_minute:
                self._refuse(chat_id, now, sent[0] + _MINUTE)
        else:
            tokens = self._tokens(chat_id, now)
            if tokens < 1:
                wait = (1 - tokens) / self.limits.private_per_second
                self._refuse(chat_id, now, now + timedelta(seconds=wait))

    def record(self, chat_id: int, is_group: bool) -> None:
        """Count one send that went through."""
        now = self._clock()
        self._overall.append(now)
        if is_group:
            self._groups.setdefault(chat_id, deque()).append(now)
        else:
            self._private[chat_id] = (self._tokens(chat_id, now) - 1, now)

    def _clock(self) -> datetime:
        return self._now() + self._offset

    def _tokens(self, chat_id: int, now: datetime) -> float:
        burst = float(self.limits.private_burst)
        tokens, as_of = self._private.get(chat_id, (burst, now))
        elapsed = max(0.0, (now - as_of).total_seconds())
        return min(burst, tokens + elapsed * self.limits.private_per_second)

    def _refuse(self, key: int, now: datetime, free_at: datetime) -> None:
        retry_after = max(1, math.ceil((free_at - now).total_seconds()))
        self._blocked_until[key] = now + timedelta(seconds=retry_after)
        self.refused += 1
        raise too_many_requests(retry_after)


def _drop_older(times: deque[datetime], cutoff: datetime) -> None:
    while times and times[0] <= cutoff:
        times.popleft()
