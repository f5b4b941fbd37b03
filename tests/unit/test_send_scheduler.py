"""The pacer's scheduler on a fake clock: who gets the next slot, and what a 429 holds."""

import asyncio
from datetime import timedelta

from bot.clock import FakeClock
from bot.delivery.lanes import Lane
from bot.delivery.pacing import Limits
from bot.delivery.scheduler import SendScheduler


async def _granted_in_order(scheduler: SendScheduler, asks: list[tuple[int, Lane]]) -> list[int]:
    """Every ask queued at once; the chat ids in the order their permits came."""
    order: list[int] = []

    async def ask(chat: int, lane: Lane) -> None:
        await scheduler.permit(chat, lane)
        order.append(chat)

    await asyncio.gather(*(ask(chat, lane) for chat, lane in asks))
    return order


async def test_when_the_overall_limit_is_full_distress_goes_first_then_replies():
    clock = FakeClock()
    scheduler = SendScheduler(clock, Limits(per_second_overall=2))
    asks = [(10, Lane.REMINDER), (11, Lane.OTHER), (12, Lane.REPLY), (13, Lane.DISTRESS)]
    asks += [(14, Lane.ESCALATION), (15, Lane.DISTRESS)]
    order = await _granted_in_order(scheduler, asks)
    # The first two found the limit free; the rest queued and go by lane.
    assert order == [10, 11, 13, 15, 12, 14]


async def test_never_more_than_the_overall_limit_in_any_second():
    clock = FakeClock()
    scheduler = SendScheduler(clock, Limits(per_second_overall=5))
    times: list[float] = []

    async def ask(chat: int) -> None:
        await scheduler.permit(chat, Lane.OTHER)
        times.append(clock.monotonic())

    await asyncio.gather(*(ask(chat) for chat in range(1, 23)))
    assert len(times) == 22
    for start in times:
        assert sum(1 for t in times if start <= t < start + 1) <= 5
    assert times[-1] - times[0] < 5  # and no slower than that


async def test_a_chat_held_by_its_own_pace_does_not_hold_back_other_chats():
    clock = FakeClock()
    scheduler = SendScheduler(clock, Limits(private_burst=1))
    await scheduler.permit(7, Lane.DISTRESS)
    order = await _granted_in_order(scheduler, [(7, Lane.DISTRESS), (8, Lane.OTHER)])
    assert order == [8, 7]


async def test_a_retry_after_for_one_chat_holds_only_that_chat():
    clock = FakeClock()
    scheduler = SendScheduler(clock)
    start = clock.monotonic()
    scheduler.rate_limited(7, 30)
    assert scheduler.chat_delay(7) == timedelta(seconds=30)
    await scheduler.permit(8, Lane.DISTRESS)
    await scheduler.permit(9, Lane.OTHER)
    assert clock.monotonic() - start < 0.1  # others went at once (a thirtieth apart)
    await scheduler.permit(7, Lane.OTHER)
    assert clock.monotonic() - start >= 30


async def test_a_global_retry_after_never_holds_the_distress_lane():
    clock = FakeClock()
    scheduler = SendScheduler(clock)
    start = clock.monotonic()
    scheduler.rate_limited(None, 20)
    await scheduler.permit(8, Lane.DISTRESS)
    assert clock.monotonic() == start
    assert scheduler.chat_delay(9) == timedelta(seconds=20)
    await scheduler.permit(9, Lane.REPLY)
    assert clock.monotonic() - start >= 20


async def test_a_waiter_that_gives_up_frees_its_place():
    clock = FakeClock()
    scheduler = SendScheduler(clock, Limits(private_burst=1))
    await scheduler.permit(7, Lane.OTHER)
    scheduler.rate_limited(7, 60)
    waiting = asyncio.create_task(scheduler.permit(7, Lane.OTHER))
    await asyncio.sleep(0)
    waiting.cancel()
    await asyncio.gather(waiting, return_exceptions=True)
    await scheduler.permit(8, Lane.OTHER)
    assert scheduler.stats.granted == 2
