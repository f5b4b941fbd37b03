"""Our own pacing within Telegram's limits, because python-telegram-bot's AIORateLimiter has no
per-chat limit for private chats and pauses every chat on one RetryAfter, which would hold an
SOS back behind someone else's flood limit.

Limits (Telegram's published guidance): about 30 messages a second overall, about 1 a second
to one private chat (a short burst of a few is fine, as Telegram allows), 20 a minute to one
group. A RetryAfter pauses only the chat it came from; one Telegram gives for everything
(`pause_all`) holds every lane but distress. Pure bookkeeping over the times it is given.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass
from datetime import datetime, timedelta

# Kept beyond each limit's edge: our clock and Telegram's never agree to the microsecond.
MARGIN = timedelta(milliseconds=2)


@dataclass(frozen=True)
class Limits:
    per_second_overall: int = 30
    # At most this many at once overall, then spread evenly: a burst of thirty would leave
    # the next SOS a whole second to wait.
    overall_burst: int = 5
    private_chat_gap: timedelta = timedelta(seconds=1)
    # A private chat may take this many at once, then one a `private_chat_gap` (a bucket).
    private_burst: int = 3
    group_per_minute: int = 20
    # No bursts into a group either: its twenty a minute are spread out.
    group_gap: timedelta = timedelta(seconds=1)


@dataclass
class _Bucket:
    tokens: float
    at: datetime


class Pacer:
    def __init__(self, limits: Limits | None = None) -> None:
        self._limits = limits or Limits()
        self._overall: deque[datetime] = deque()
        self._private: dict[int, _Bucket] = {}
        self._group_recent: dict[int, deque[datetime]] = {}
        self._paused_until: dict[int, datetime] = {}
        self._all_paused_until: datetime | None = None
        self._overall_bucket: _Bucket | None = None

    @property
    def limits(self) -> Limits:
        return self._limits

    def earliest(
        self, chat_id: int | None, is_group: bool, now: datetime, *, distress: bool = False
    ) -> datetime:
        """The first moment a message to `chat_id` may go; `now` when it may go at once.
        `chat_id` None: a call that concerns no one chat (only the overall limit holds it)."""
        return max(
            self.chat_free(chat_id, is_group, now, distress=distress), self.overall_free(now)
        )

    def chat_free(
        self, chat_id: int | None, is_group: bool, now: datetime, *, distress: bool = False
    ) -> datetime:
        """The first moment the chat's own limits (and any pause) let one more go."""
        moments = [now]
        if not distress and self._all_paused_until is not None:
            moments.append(self._all_paused_until)
        if chat_id is None:
            return max(moments)
        moments.append(self._paused_until.get(chat_id, now))
        if is_group:
            minute = timedelta(minutes=1)
            sent = [t for t in self._group_recent.get(chat_id, ()) if t > now - minute]
            if len(sent) >= self._limits.group_per_minute:
                moments.append(sent[-self._limits.group_per_minute] + minute + MARGIN)
            if sent:
                moments.append(sent[-1] + self._limits.group_gap)
        elif (bucket := self._private.get(chat_id)) is not None:
            tokens = self._refilled(bucket, now)
            if tokens < 1:
                moments.append(now + (1 - tokens) * self._limits.private_chat_gap + MARGIN)
        return max(moments)

    def overall_free(self, now: datetime) -> datetime:
        """The first moment the overall limit has room for one more: never more than the
        limit in any second, and beyond a short burst spread evenly."""
        second = timedelta(seconds=1)
        moments = [now]
        tokens = self._overall_tokens(now)
        if tokens < 1:
            moments.append(now + (1 - tokens) * second / self._limits.per_second_overall)
        # One sent a second ago, give or take the margin, still counts.
        recent = [t for t in self._overall if t > now - second - MARGIN]
        if len(recent) >= self._limits.per_second_overall:
            moments.append(recent[-self._limits.per_second_overall] + second + MARGIN)
        return max(moments)

    def record(self, chat_id: int | None, is_group: bool, when: datetime) -> None:
        self._overall_bucket = _Bucket(self._overall_tokens(when) - 1, when)
        self._overall.append(when)
        while self._overall and self._overall[0] <= when - timedelta(seconds=1) - MARGIN:
            self._overall.popleft()
        if chat_id is None:
            return
        if is_group:
            sent = self._group_recent.setdefault(chat_id, deque())
            sent.append(when)
            while sent and sent[0] <= when - timedelta(minutes=1):
                sent.popleft()
            return
        bucket = self._private.get(chat_id)
        tokens = self._limits.private_burst if bucket is None else self._refilled(bucket, when)
        self._private[chat_id] = _Bucket(tokens - 1, when)

    def pause(self, chat_id: int, until: datetime) -> None:
        """Telegram said RetryAfter for this chat: hold it, and only it, until then."""
        self._paused_until[chat_id] = max(until, self._paused_until.get(chat_id, until))

    def pause_all(self, until: datetime) -> None:
        """Telegram said RetryAfter for everything: hold every lane but distress until then."""
        current = self._all_paused_until
        self._all_paused_until = until if current is None else max(until, current)

    def _overall_tokens(self, now: datetime) -> float:
        burst = float(min(self._limits.overall_burst, self._limits.per_second_overall))
        bucket = self._overall_bucket
        if bucket is None:
            return burst
        gained = (now - bucket.at).total_seconds() * self._limits.per_second_overall
        return min(burst, bucket.tokens + max(gained, 0.0))

    def _refilled(self, bucket: _Bucket, now: datetime) -> float:
        gained = (now - bucket.at) / self._limits.private_chat_gap
        return min(float(self._limits.private_burst), bucket.tokens + max(gained, 0.0))
