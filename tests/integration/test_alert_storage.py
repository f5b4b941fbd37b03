from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.domain.alerts import (
    AlertKind,
    ContactRef,
    Policy,
    Resolution,
    ResolvedBy,
    acknowledge,
    on_deadline,
    raise_alert,
    resolve,
)
from bot.domain.users import TelegramIdentity
from storage.alerts import AlertRepository, decode_alert, encode_alert
from storage.db import database_files
from storage.ids import new_id
from storage.users import UserRepository

T0 = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
POLICY = Policy()
CONTACTS = (ContactRef("contact-tier-one", 1), ContactRef("contact-tier-two", 2))


async def defender(db) -> str:
    user, _ = await UserRepository(db).register(TelegramIdentity(4242, 4242, "Amina", "en"), T0)
    return user.id


def sos(defender_id: str, alert_id: str = "alert-1"):
    alert, _ = raise_alert(alert_id, defender_id, AlertKind.SOS, CONTACTS, True, POLICY, T0)
    return alert


@settings(deadline=None, max_examples=50)
@given(st.sampled_from(tuple(AlertKind)), st.integers(min_value=0, max_value=4))
def test_an_alert_survives_encoding_at_any_point_of_its_life(kind, steps):
    alert, _ = raise_alert("a", "d", kind, CONTACTS, True, POLICY, T0)
    now = T0
    for _ in range(steps):
        now += timedelta(minutes=11)
        alert, _ = on_deadline(alert, POLICY, now)
    alert, _ = acknowledge(alert, "contact-tier-one", now + timedelta(minutes=1))
    alert, _ = resolve(
        alert, Resolution(ResolvedBy.COORDINATOR, "found her"), now + timedelta(hours=1)
    )
    assert decode_alert(encode_alert(alert)) == alert


def test_the_follow_up_and_delivery_fields_round_trip_and_old_alerts_still_load():
    import json

    from bot.domain.alerts import delivered

    alert, _ = raise_alert("a", "d", AlertKind.SOS, CONTACTS, True, POLICY, T0)
    alert, _ = delivered(alert, "contact-tier-one", T0 + timedelta(seconds=5))
    alert, _ = acknowledge(alert, "contact-tier-one", T0 + timedelta(minutes=1), POLICY)
    assert alert.follow_up_at is not None
    assert alert.coordinators_due_at is not None
    assert decode_alert(encode_alert(alert)) == alert
    # Stored before issue 11: none of these fields.
    old = json.loads(encode_alert(alert))
    del old["follow_up_at"], old["coordinators_due_at"]
    for recipient in old["recipients"]:
        del recipient["reached_at"], recipient["announced"]
    loaded = decode_alert(json.dumps(old))
    assert (loaded.follow_up_at, loaded.coordinators_due_at) == (None, None)
    assert all(r.reached_at is None and not r.announced for r in loaded.recipients)


async def test_a_transition_is_saved_once_when_two_race(db):
    alerts = AlertRepository(db)
    alert = sos(await defender(db))
    async with db.transaction() as tx:
        first = (await alerts.insert_in(tx, alert)).version
    later = T0 + timedelta(minutes=10)
    escalated, _ = on_deadline(alert, POLICY, later)
    acknowledged, _ = acknowledge(alert, "contact-tier-one", later)
    async with db.transaction() as tx:
        assert await alerts.update_in(tx, acknowledged, expected_version=first)
    async with db.transaction() as tx:
        assert not await alerts.update_in(tx, escalated, expected_version=first)
    stored = await alerts.get(alert.id)
    assert stored is not None
    assert stored.version == first + 1
    assert stored.alert == acknowledged


async def test_an_alerts_first_version_says_nothing_of_how_often_it_changed(db):
    # A counter from 1 would show how many transitions an alert went through (a duress
    # alert's path differs from an SOS's): each alert starts somewhere else.
    alerts = AlertRepository(db)
    defender_id = await defender(db)
    firsts = set()
    for _ in range(5):
        async with db.transaction() as tx:
            firsts.add((await alerts.insert_in(tx, sos(defender_id, new_id()))).version)
    assert len(firsts) == 5
    assert 1 not in firsts


async def test_due_alerts_and_the_next_wake_up_follow_the_deadline(db):
    alerts = AlertRepository(db)
    alert = sos(await defender(db))
    async with db.transaction() as tx:
        first = (await alerts.insert_in(tx, alert)).version
    assert await alerts.next_wake() == T0 + POLICY.ack_timeout
    assert await alerts.due(T0 + timedelta(minutes=9)) == []
    assert await alerts.due(T0 + timedelta(minutes=10)) == [alert.id]
    closed, _ = resolve(alert, Resolution(ResolvedBy.DEFENDER), T0 + timedelta(minutes=1))
    async with db.transaction() as tx:
        await alerts.update_in(tx, closed, expected_version=first)
    assert await alerts.due(T0 + timedelta(hours=1)) == []
    assert await alerts.next_wake() is None
    assert await alerts.open_for(alert.defender_id) == []


async def test_alert_details_are_encrypted_and_go_with_the_defender(db):
    alerts = AlertRepository(db)
    defender_id = await defender(db)
    async with db.transaction() as tx:
        await alerts.insert_in(tx, sos(defender_id))
    await db.checkpoint()
    stored = b"".join(f.read_bytes() for f in database_files(db.path) if f.exists())
    assert b"contact-tier-one" not in stored
    async with db.transaction() as tx:
        await tx.execute("DELETE FROM users WHERE id = ?", (defender_id,))
    assert await alerts.get("alert-1") is None


@pytest.mark.parametrize("kind", list(AlertKind))
async def test_open_alerts_of_a_defender(db, kind):
    alerts = AlertRepository(db)
    defender_id = await defender(db)
    alert, _ = raise_alert("x", defender_id, kind, CONTACTS, True, POLICY, T0)
    async with db.transaction() as tx:
        await alerts.insert_in(tx, alert)
    assert [s.alert for s in await alerts.open_for(defender_id)] == [alert]


def test_notes_and_a_contact_s_closing_survive_encoding():
    from bot.domain.alerts import add_contact_note, close_by_contact

    alert = sos("d")
    alert, _ = acknowledge(alert, "contact-tier-one", T0 + timedelta(minutes=1))
    alert, _ = add_contact_note(alert, "contact-tier-one", "at the station", T0)
    assert decode_alert(encode_alert(alert)) == alert
    closed, _ = close_by_contact(alert, "contact-tier-one", "with her lawyer", T0)
    assert decode_alert(encode_alert(closed)) == closed
    assert closed.resolution is not None
    assert closed.resolution.closed_by == "contact-tier-one"


def test_an_alert_stored_before_notes_existed_still_loads():
    import json

    body = json.loads(encode_alert(sos("d")))
    del body["contact_notes"]
    for recipient in body["recipients"]:
        del recipient["last_note_at"]
    alert = decode_alert(json.dumps(body))
    assert alert.contact_notes == ()
    assert all(r.last_note_at is None for r in alert.recipients)
