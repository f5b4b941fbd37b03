"""Updates of different people at once, each person's own in order (bot/update_order.py)."""

import asyncio

from telegram import Update

from bot.update_order import PerPersonUpdates, person_of


def message_from(user_id: int, update_id: int) -> Update:
    return Update.de_json(
        {
            "update_id": update_id,
            "message": {
                "message_id": update_id,
                "date": 0,
                "chat": {"id": user_id, "type": "private"},
                "from": {"id": user_id, "is_bot": False, "first_name": "P"},
                "text": "hello",
            },
        },
        None,
    )


async def test_one_persons_updates_wait_for_each_other_and_nobody_else():
    processor = PerPersonUpdates()
    done: list[int] = []
    first_may_end = asyncio.Event()

    async def handle(update_id: int, gate: asyncio.Event | None = None) -> None:
        if gate is not None:
            await gate.wait()
        done.append(update_id)

    tasks = [
        asyncio.create_task(processor.process_update(message_from(7, 1), handle(1, first_may_end))),
        asyncio.create_task(processor.process_update(message_from(7, 2), handle(2))),
        asyncio.create_task(processor.process_update(message_from(8, 3), handle(3))),
    ]
    for _ in range(100):
        await asyncio.sleep(0)
    assert done == [3]  # the other person's update did not wait; 7's second waits for its first
    first_may_end.set()
    await asyncio.gather(*tasks)
    assert done == [3, 1, 2]
    assert len(processor.turns) == 0  # nothing kept once nobody waits


async def test_a_flood_from_one_person_holds_no_place_of_the_concurrency_limit():
    processor = PerPersonUpdates(concurrent=2)
    gate = asyncio.Event()
    done: list[int] = []

    async def handle(update_id: int, wait: bool) -> None:
        if wait:
            await gate.wait()
        done.append(update_id)

    flood = [
        asyncio.create_task(processor.process_update(message_from(7, n), handle(n, True)))
        for n in range(50)
    ]
    other = asyncio.create_task(processor.process_update(message_from(8, 99), handle(99, False)))
    await other
    assert done == [99]
    gate.set()
    await asyncio.gather(*flood)
    assert done == [99, *range(50)]


def test_updates_are_keyed_by_person_then_by_chat():
    assert person_of(message_from(7, 1)) == person_of(message_from(7, 2))
    assert person_of(message_from(7, 1)) != person_of(message_from(8, 1))
    assert person_of(object()) == person_of(object())
