"""The record of alert copies (issue 12): sealed rows, due times, and refusals."""

from datetime import UTC, datetime, timedelta

from bot.domain.copies import AlertCopy, CopyKind
from storage.alert_copies import AlertCopyRepository
from storage.timecodec import MINUTE, to_db_time

NOW = datetime(2026, 3, 1, 12, 0, 30, tzinfo=UTC)


async def open_alert(tx, alert_id: str) -> None:
    """An open alert row (its contents do not matter here: only that it exists, and its state)."""
    await tx.execute(
        "INSERT INTO alerts (id, defender_ct, defender_bidx, state, body_ct, version, raised_on) "
        "VALUES (?, x'00', x'00', 'open', x'00', 1, 0)",
        (alert_id,),
    )


def copy(recipient: str = "contact-1", alert_id: str = "alert-1") -> AlertCopy:
    return AlertCopy(alert_id, recipient, 5_550_123_987, False, 42, CopyKind.TEXT, "es")


async def test_a_copy_is_due_no_earlier_than_asked_and_its_time_is_kept_coarse(db):
    repo = AlertCopyRepository(db)
    async with db.transaction() as tx:
        await repo.record_in(tx, copy(), NOW + timedelta(hours=24), NOW)
    async with db.read() as tx:
        stored = await tx.scalar("SELECT redact_at FROM alert_copies")
    assert stored % MINUTE == 0
    assert stored >= to_db_time(NOW + timedelta(hours=24))
    async with db.transaction() as tx:
        assert await repo.due_in(tx, NOW + timedelta(hours=24), 10) == []
        (due,) = await repo.due_in(tx, NOW + timedelta(hours=24, minutes=1), 10)
    assert due.recipient_id == "contact-1"


async def test_a_departed_recipients_copies_fall_due_at_once_and_no_one_elses(db):
    repo = AlertCopyRepository(db)
    async with db.transaction() as tx:
        await repo.record_in(tx, copy("contact-1"), None, NOW)
        await repo.record_in(tx, copy("contact-2"), None, NOW)
    assert await repo.expire_recipient("contact-1", ["alert-1"], NOW) == 1
    async with db.transaction() as tx:
        (due,) = await repo.due_in(tx, NOW, 10)
    assert due.recipient_id == "contact-1"


async def test_copies_of_an_alert_that_no_longer_exists_fall_due(db):
    """Whatever erased the alert (a wipe, any other path), its copies go."""
    repo = AlertCopyRepository(db)
    async with db.transaction() as tx:
        await repo.record_in(tx, copy(), None, NOW)
    assert await repo.expire_stale(NOW, NOW + timedelta(hours=24)) == 1
    async with db.transaction() as tx:
        assert len(await repo.due_in(tx, NOW, 10)) == 1


async def test_a_copy_re_pointed_at_another_alert_is_refused_and_forgotten(db):
    repo = AlertCopyRepository(db)
    async with db.transaction() as tx:
        first = await repo.record_in(tx, copy(alert_id="alert-1"), NOW, NOW)
        other = await repo.record_in(tx, copy(alert_id="alert-2"), None, NOW)
        # Without the key, a link can only be copied from another row, never written.
        await tx.execute(
            "UPDATE alert_copies SET (alert_ct, alert_bidx) = "
            "(SELECT alert_ct, alert_bidx FROM alert_copies WHERE id = ?) WHERE id = ?",
            (other, first),
        )
        assert await repo.due_in(tx, NOW, 10) == []
    assert await repo.count() == 1  # the re-pointed row is forgotten; the other one stays


async def test_a_link_that_ended_without_its_copies_marked_is_found_by_the_sweep(db):
    """A crash between the end of a link and the marking of its copies loses nothing."""
    repo = AlertCopyRepository(db)
    async with db.transaction() as tx:
        await open_alert(tx, "alert-1")
        await repo.record_in(tx, copy("contact-1"), None, NOW)
        await repo.record_in(tx, copy("coordinators"), None, NOW)
    # No such contact; the coordinators' copy of the alert, still open, stays.
    assert await repo.expire_stale(NOW, NOW + timedelta(hours=24)) == 1
    async with db.transaction() as tx:
        (due,) = await repo.due_in(tx, NOW, 10)
    assert due.recipient_id == "contact-1"


async def test_a_closed_alerts_copies_recorded_without_a_time_get_the_grace(db):
    repo = AlertCopyRepository(db)
    async with db.transaction() as tx:
        await open_alert(tx, "alert-1")
        await tx.execute("UPDATE alerts SET state = 'resolved' WHERE id = 'alert-1'")
        await repo.record_in(tx, copy("coordinators"), None, NOW)
    assert await repo.expire_stale(NOW, NOW + timedelta(hours=24)) == 1
    async with db.transaction() as tx:
        assert await repo.due_in(tx, NOW + timedelta(hours=23), 10) == []
        assert len(await repo.due_in(tx, NOW + timedelta(hours=24, minutes=1), 10)) == 1
