"""Contacts acting together on an alert (issue 11): notes between the people on it, /alerts for
a contact, and the contact who took it on closing it, a duress alert too."""

from collections.abc import AsyncIterator
from datetime import timedelta

import pytest

from storage.audit import AuditRepository
from storage.safety_words import SafetyWord
from tests.e2e.alerting import ADMIN_ID, REF, group_texts, network
from tests.e2e.harness import BotHarness


@pytest.fixture
async def bot(tmp_path) -> AsyncIterator[BotHarness]:
    harness = BotHarness(tmp_path / "data", BOT_ADMINS=ADMIN_ID)
    await harness.start()
    yield harness
    await harness.stop()


def alert_message(person):
    titles = ("SOS: Alice", "DURESS: Alice")  # a duress alert says what it is (part B)
    return next(m for m in person.inbox if any(t in (m.text or "") for t in titles))


async def duress_alert(bot, net) -> None:
    """Alice checks in with her duress word: a check-in on her screen, a silent alert."""
    alice = await bot.app.bot_data.services.users.find(net.alice.id)
    await bot.app.bot_data.services.checkins.words.store(alice.id, SafetyWord.DURESS, "blue heron")
    await net.alice.send("/checkin blue heron")
    assert net.alice.last_text.startswith("✅ Checked in at")


async def test_a_reply_to_the_alert_is_a_note_for_everyone_else_on_it(bot):
    net = await network(bot)
    await net.alice.send("/sos")
    await bot.advance(timedelta(minutes=10))  # tier 2 and, later, everyone knows of it
    await bot.advance(timedelta(minutes=10))
    assert any("SOS: Alice" in text for text in group_texts(bot, net.group))
    ref = REF.search(alert_message(net.bob).text)[1]
    await net.bob.reply(alert_message(net.bob).message_id, "I called her sister, no answer")
    assert "Your note went to: Alice, Carol, the network's coordinators" in net.bob.last_text
    note = "Bob, on the alert about Alice: “I called her sister, no answer”"
    assert note in net.carol.last_text
    assert "Reply to this message" in net.carol.last_text
    assert ref in net.carol.last_text
    assert net.carol.last.protect_content
    assert note in group_texts(bot, net.group)[-1]
    assert "Bobby wrote: “I called her sister, no answer”" in net.alice.last_text
    # Carol answers by replying to Bob's note: it goes to Bob, not back to Carol.
    await net.carol.reply(net.carol.last.message_id, "I am going to the station")
    assert "Carol, on the alert about Alice: “I am going to the station”" in net.bob.last_text
    assert "Carol C wrote" in net.alice.last_text
    assert not any("Carol, on the alert" in text for text in net.carol.texts())


async def test_the_add_a_note_button_starts_a_short_flow(bot):
    net = await network(bot, coordinators=False)
    await net.alice.send("/sos")
    await net.bob.press_on(alert_message(net.bob).message_id, "✍️ Add a note")
    assert "Write your note for everyone on the alert about Alice" in net.bob.last_text
    await net.bob.send("on my way to her flat")
    assert "Your note went to: Alice" in net.bob.last_text
    assert "Bobby wrote: “on my way to her flat”" in net.alice.last_text
    # The flow is over: the next words are a search again, not another note.
    before = len(net.alice.inbox)
    await net.bob.send("lawyer")
    assert len(net.alice.inbox) == before
    # Carol (tier 2) has not been told of the alert yet; when she is, the alert shows the note.
    assert not any("on my way" in text for text in net.carol.texts())
    await bot.advance(timedelta(minutes=10))
    alert = alert_message(net.carol).text
    assert "Notes from the people on it" in alert
    assert "Bob (09:00): “on my way to her flat”" in alert


async def test_a_reply_to_anything_else_is_ordinary_text(bot):
    net = await network(bot, coordinators=False)
    await net.alice.send("/sos")
    await net.bob.send("/help")
    before = len(net.alice.inbox)
    await net.bob.reply(net.bob.last.message_id, "lawyer")
    assert "Your note" not in net.bob.last_text
    assert len(net.alice.inbox) == before
    await net.bob.reply(net.bob.last.message_id, "SOS")  # Bob's own SOS: he has no contacts
    assert "Nobody can receive this alert" in net.bob.last_text


async def test_alerts_for_a_contact_lists_the_alerts_they_are_on(bot):
    net = await network(bot)
    await net.bob.send("/alerts")
    assert "You are on no open alert" in net.bob.last_text
    await net.alice.send("/sos")
    ref = REF.search(alert_message(net.bob).text)[1]
    await net.carol.send("/alerts")
    assert "You are on no open alert" in net.carol.last_text  # tier 2: not told yet
    await net.bob.reply(alert_message(net.bob).message_id, "calling her now")
    await net.bob.send("/alerts")
    listing = net.bob.last
    assert "Open alerts you are on: 1" in listing.text
    assert f"{ref} · Alice" in listing.text
    assert "On it: nobody yet" in listing.text
    assert "Bob: “calling her now”" in listing.text
    assert listing.buttons == [[f"✍️ {ref}: add a note"]]
    assert listing.protect_content
    await net.bob.press_on(alert_message(net.bob).message_id, "🙋 I'm on it")
    await net.bob.send("/alerts")
    assert "On it: Bob" in net.bob.last_text
    assert net.bob.last.buttons == [[f"✍️ {ref}: add a note", f"✅ {ref}: close"]]
    # The coordinators keep their own listing of every open alert.
    await net.coordinator.send_in_group(net.group, "/alerts")
    assert "Open alerts: 1" in group_texts(bot, net.group)[-1]


async def test_the_contact_on_it_closes_it_with_what_happened_and_everyone_is_told(bot):
    net = await network(bot)
    await net.alice.send("/sos")
    await bot.advance(timedelta(minutes=10))
    ref = REF.search(alert_message(net.bob).text)[1]
    await net.carol.press_on(alert_message(net.carol).message_id, "🙋 I'm on it")
    assert net.carol.last.buttons == [["✍️ Add a note", "✅ Close it: what happened"]]
    # Bob is on the alert but did not take it on: he may not close it.
    await net.bob.send(f"/resolve {ref} she is fine")
    assert "Only the person who took this alert on" in net.bob.last_text
    await net.carol.press("✅ Close it: what happened")
    assert "What happened?" in net.carol.last_text
    await net.carol.send("she is with her lawyer")
    assert f"Closed ({ref}). Everyone on it was told: she is with her lawyer" in net.carol.last_text
    assert "Carol closed the alert about Alice: she is with her lawyer" in net.bob.last_text
    assert "Carol C closed your alert: she is with her lawyer" in net.alice.last_text
    assert await bot.app.bot_data.services.alerts.open_alerts() == []
    # Nothing follows: no reminders, no escalation to the coordinators.
    await bot.advance(timedelta(hours=1))
    assert not any("SOS: Alice" in text for text in group_texts(bot, net.group))
    async with bot.database.read() as tx:
        (alert_id,) = await tx.fetchone("SELECT id FROM alerts")
    entries = await AuditRepository(bot.database).entries_for(alert_id)
    assert [(e.action, e.actor_name, e.detail) for e in entries] == [
        ("contact-resolve", "Carol", "")  # who and when; the words stay out of the log
    ]


async def test_resolve_by_reference_from_the_contact_on_it(bot):
    net = await network(bot, coordinators=False)
    await net.alice.send("/sos")
    ref = REF.search(alert_message(net.bob).text)[1]
    await net.bob.send("/resolve")
    assert "/resolve Q7XK2M she is with her lawyer" in net.bob.last_text
    await net.bob.send("/resolve ZZZZZZ done")
    assert "no open alert with the reference ZZZZZZ" in net.bob.last_text
    await net.bob.press_on(alert_message(net.bob).message_id, "🙋 I'm on it")
    await net.bob.send(f"/resolve {ref.lower()} reached her at home")
    assert "Bobby closed your alert: reached her at home" in net.alice.last_text
    await net.bob.send(f"/resolve {ref} again")
    assert "no open alert" in net.bob.last_text


async def test_a_duress_alert_is_closed_by_the_contact_on_it_and_the_defender_sees_nothing(bot):
    net = await network(bot)
    await duress_alert(bot, net)
    seen = len(net.alice.inbox)
    assert "DURESS: Alice" in alert_message(net.bob).text
    await net.bob.press_on(alert_message(net.bob).message_id, "🙋 I'm on it")
    await net.bob.reply(alert_message(net.bob).message_id, "do not call her, I am going there")
    assert "Your note went to: the network's coordinators" in net.bob.last_text
    assert "do not call her" in group_texts(bot, net.group)[-1]
    await net.bob.press("✅ Close it: what happened")
    await net.bob.send("she is out, with friends")
    assert "Closed" in net.bob.last_text
    assert (
        "Bob closed the alert about Alice: she is out, with friends"
        in group_texts(bot, net.group)[-1]
    )
    assert await bot.app.bot_data.services.alerts.open_alerts() == []
    assert len(net.alice.inbox) == seen  # her screen showed nothing of any of it


async def test_a_contact_removed_from_the_alert_cannot_write_on_it(bot):
    net = await network(bot, coordinators=False)
    await net.alice.send("/sos")
    message = alert_message(net.bob)
    await net.bob.send("/contacts")
    await net.bob.press("Step down: Alice")
    await net.bob.press("Yes, step down")
    before = len(net.alice.inbox)
    await net.bob.reply(message.message_id, "still here")
    assert "Your note" not in net.bob.last_text
    assert not any("still here" in text for text in net.alice.texts()[before:])


async def test_a_contact_on_two_alerts_writes_on_the_one_they_reply_to(bot):
    from tests.e2e.alerting import link

    net = await network(bot, coordinators=False)
    dana = bot.user("dana", first_name="Dana")
    await dana.send("/start")
    await link(dana, net.bob, "Bob B", tier=1)
    await net.alice.send("/sos")
    await dana.send("/sos")
    danas = next(m for m in net.bob.inbox if "SOS: Dana" in (m.text or ""))
    await net.bob.reply(danas.message_id, "coming, Dana")
    assert "Bob B wrote: “coming, Dana”" in dana.last_text
    assert not any("coming, Dana" in text for text in net.alice.texts())
    # The /alerts list names both: a reply to it is not a note on either.
    await net.bob.send("/alerts")
    assert "Open alerts you are on: 2" in net.bob.last_text
    before = (len(net.alice.inbox), len(dana.inbox))
    await net.bob.reply(net.bob.last.message_id, "which one?")
    assert (len(net.alice.inbox), len(dana.inbox)) == before


async def test_notes_and_closing_words_are_encrypted_on_disk(bot):
    from storage.db import database_files

    net = await network(bot)
    await net.alice.send("/sos")
    await net.bob.press_on(alert_message(net.bob).message_id, "🙋 I'm on it")
    await net.bob.reply(alert_message(net.bob).message_id, "held at Gate 4 of Suvarnabhumi")
    await net.bob.send("/alerts")
    await net.bob.press(2)  # close
    await net.bob.send("released to Maria Lopez")
    assert "Closed" in net.bob.last_text
    await bot.database.checkpoint()
    stored = b"".join(f.read_bytes() for f in database_files(bot.database.path) if f.exists())
    for secret in (b"Gate 4", b"Suvarnabhumi", b"Maria Lopez"):
        assert secret not in stored


async def test_a_keyboard_button_pressed_while_replying_is_still_the_button(bot):
    net = await network(bot, coordinators=False)
    await net.alice.send("/sos")
    before = len(net.alice.inbox)
    await net.bob.reply(alert_message(net.bob).message_id, "✅ I'm safe")
    assert net.bob.last_text.startswith("✅ Checked in at")  # Bob's own check-in
    assert len(net.alice.inbox) == before
