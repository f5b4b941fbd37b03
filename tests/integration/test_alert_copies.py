"""The record of alert copies (issue 12): sealed rows, due times, and refusals."""

from datetime import UTC, datetime, timedelta

from bot.domain.copies import AlertCopy, CopyKind
from storage.alert_copies import AlertCopyRepository
from storage.timecodec import MINUTE, to_db_time

NOW = datetime(2026, 3, 1, 12, 0, 30, tzinfo=UTC)


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
    assert await repo.expire_unscheduled(NOW, NOW + timedelta(hours=24)) == 1
    async with db.transaction() as tx:
        assert len(await repo.due_in(tx, NOW, 10)) == 1


async def test_a_copy_re_pointed_at_another_alert_is_refused_and_forgotten(db):
    repo = AlertCopyRepository(db)
    async with db.transaction() as tx:
        await repo.record_in(tx, copy(alert_id="alert-1"), NOW, NOW)
        await tx.execute("UPDATE alert_copies SET alert_id = 'alert-2'")
        assert await repo.due_in(tx, NOW, 10) == []
    assert await repo.count() == 0


async def test_a_link_that_ended_without_its_copies_marked_is_found_by_the_sweep(db):
    """A crash between the end of a link and the marking of its copies loses nothing."""
    repo = AlertCopyRepository(db)
    async with db.transaction() as tx:
        await repo.record_in(tx, copy("contact-1"), None, NOW)
        await repo.record_in(tx, copy("coordinators"), None, NOW)
    assert await repo.expire_departed(NOW) == 1  # no such contact; the coordinators stay
    async with db.transaction() as tx:
        (due,) = await repo.due_in(tx, NOW, 10)
    assert due.recipient_id == "contact-1"
