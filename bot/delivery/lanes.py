"""Which lane a Bot API call waits in at the pacer: distress first, then the reply to the person
who just acted, then escalations, reminders and everything else.

The lane travels with the task (a context variable), so no call site has to name it: the update
being handled makes its calls replies, the outbox worker gives each message its row's priority,
and whatever else calls the Bot API (jobs, the admins' notices) waits in the last lane.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from contextvars import ContextVar
from enum import IntEnum

from bot.domain.outbound import Priority


class Lane(IntEnum):
    """Lower goes first."""

    DISTRESS = 0
    REPLY = 1
    ESCALATION = 2
    REMINDER = 3
    OTHER = 4
    CLEANUP = (
        5  # taking contacts' copies of a closed alert away (issue 12): never ahead of anything
    )


_LANE_OF = {
    Priority.DISTRESS: Lane.DISTRESS,
    Priority.ESCALATION: Lane.ESCALATION,
    Priority.REMINDER: Lane.REMINDER,
    Priority.OTHER: Lane.OTHER,
    Priority.CLEANUP: Lane.CLEANUP,
}

sending_lane: ContextVar[Lane] = ContextVar("sending_lane", default=Lane.OTHER)


def lane_of(priority: Priority) -> Lane:
    return _LANE_OF[priority]


@contextlib.contextmanager
def sending_in(lane: Lane) -> Iterator[None]:
    """Every Bot API call made inside this block (in this task) waits in `lane`."""
    token = sending_lane.set(lane)
    try:
        yield
    finally:
        sending_lane.reset(token)
