from datetime import timedelta

from bot.clock import FakeClock
from bot.services.updates import UpdateGate
from storage.updates import ProcessedUpdateRepository


async def commit_something(db, value: int) -> None:
    async with db.transaction() as tx:
        await tx.execute("INSERT INTO meta (name, value_ct) VALUES (?, x'00')", (f"t{value}",))


async def test_an_update_counts_as_processed_when_its_first_transaction_commits(db):
    gate = UpdateGate(ProcessedUpdateRepository(db), FakeClock())
    with gate.handling(41):
        assert not await gate.already_processed(41)
        await commit_something(db, 1)
    assert await gate.already_processed(41)
    assert not await gate.already_processed(42)


async def test_a_failed_transaction_does_not_mark_its_update(db):
    gate = UpdateGate(ProcessedUpdateRepository(db), FakeClock())
    with gate.handling(43):
        try:
            async with db.transaction() as tx:
                await tx.execute("INSERT INTO meta (name, value_ct) VALUES ('t', x'00')")
                raise RuntimeError("the handler fails half-way")
        except RuntimeError:
            pass
    assert not await gate.already_processed(43)


async def test_only_the_hour_is_kept(db):
    clock = FakeClock()
    clock.advance(timedelta(minutes=37, seconds=12))
    gate = UpdateGate(ProcessedUpdateRepository(db), clock)
    with gate.handling(44):
        await commit_something(db, 2)
    async with db.read() as tx:
        seen_at = await tx.scalar("SELECT seen_at FROM processed_updates WHERE update_id = 44")
    assert seen_at % 3_600_000_000 == 0


async def test_old_update_ids_are_forgotten_after_telegram_stops_resending_them(db):
    clock = FakeClock()
    gate = UpdateGate(ProcessedUpdateRepository(db), clock)
    with gate.handling(1):
        await commit_something(db, 1)
    clock.advance(timedelta(hours=30))
    with gate.handling(2):
        await commit_something(db, 2)
    assert await gate.forget_old() == 0
    clock.advance(timedelta(hours=20))
    assert await gate.forget_old() == 1
    assert not await gate.already_processed(1)
    assert await gate.already_processed(2)
