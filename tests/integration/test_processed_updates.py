from datetime import timedelta

from bot.clock import FakeClock
from bot.services.updates import UpdateGate
from storage.updates import ProcessedUpdateRepository


async def test_an_update_id_is_claimed_once(db):
    gate = UpdateGate(ProcessedUpdateRepository(db), FakeClock())
    assert await gate.first_sight(41)
    assert not await gate.first_sight(41)
    assert await gate.first_sight(42)


async def test_old_update_ids_are_forgotten_after_telegram_stops_resending_them(db):
    clock = FakeClock()
    gate = UpdateGate(ProcessedUpdateRepository(db), clock)
    await gate.first_sight(1)
    clock.advance(timedelta(hours=30))
    await gate.first_sight(2)
    assert await gate.forget_old() == 0
    clock.advance(timedelta(hours=20))
    assert await gate.forget_old() == 1
    assert not await gate.first_sight(2)
