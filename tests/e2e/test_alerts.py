"""SOS, escalation, acknowledgement and resolution, through the real bot and its outbox, on a
fake clock."""

from collections.abc import AsyncIterator
from datetime import timedelta

import pytest

from bot.context import BotContext
from storage.audit import AuditRepository
from tests.e2e.alerting import ADMIN_ID, REF, group_texts, network, refs, set_word
from tests.e2e.harness import BotHarness


@pytest.fixture
async def bot(tmp_path) -> AsyncIterator[BotHarness]:
    harness = BotHarness(tmp_path / "data", BOT_ADMINS=ADMIN_ID)
    await harness.start()
    yield harness
    await harness.stop()


async def test_sos_with_words_reaches_tier_one_at_once_with_card_and_guidance(bot):
    net = await network(bot)
    alice, bob, carol = net.alice, net.bob, net.carol
    await alice.send("/card")
    await alice.press("Lawyer's name")
    await alice.send("Maria Lopez")
    await alice.send("/sos stopped at the checkpoint on Route 7")
    confirmation = alice.inbox[-2].text
    assert "SOS sent" in confirmation
    assert "Bobby" in confirmation
    assert "Carol" not in confirmation  # tier 2 waits for the acknowledgement timeout
    assert alice.last.buttons == [["↩️ False alarm: cancel"]]
    alert = bob.last
    assert "SOS: Alice needs help now" in alert.text
    assert "stopped at the checkpoint on Route 7" in alert.text
    assert "Maria Lopez" in alert.text
    # Where they are held is asked through a lawyer, not by a contact who may be exposed;
    # access to a lawyer is a standard, not a promise.
    assert "through the lawyer or an organisation that supports migrants" in alert.text
    assert "ask the authorities where" not in alert.text
    assert "not every country guarantees it" in alert.text
    assert "consulate only if they agreed" in alert.text
    assert alert.buttons == [["🙋 I'm on it", "✋ I can't help"], ["✍️ Add a note"]]
    assert alert.protect_content
    assert refs([alert.text]) == refs([alice.last.text])
    assert not any("SOS: Alice" in text for text in carol.texts())
    assert not any("SOS: Alice" in text for text in group_texts(bot, net.group))


async def test_sos_without_words_and_the_keyboard_button_work_the_same(bot):
    net = await network(bot, coordinators=False)
    await net.alice.send("🆘 SOS")
    assert "SOS: Alice needs help now" in net.bob.last.text
    assert "Their message" not in net.bob.last.text
    # Pressed again while it is open: no second alert, the defender is told it stands.
    await net.alice.send("🆘 SOS")
    assert "still open" in net.alice.last.text
    assert len(refs(net.bob.texts())) == 1


async def test_with_nobody_to_alert_the_defender_is_told_plainly(bot):
    alice = bot.user("alice")
    await alice.send("/start")
    await alice.send("/sos")
    assert "Nobody can receive this alert" in alice.last_text
    assert "/invite" in alice.last_text


async def test_false_alarm_within_the_window_tells_everyone_it_was_a_mistake(bot):
    net = await network(bot)
    await net.alice.send("/sos")
    await net.alice.press("↩️ False alarm: cancel")
    assert "Cancelled" in net.alice.last_text
    # Without a safety PIN, anyone holding the phone could have pressed it: contacts are told.
    assert "Alice cancelled the alert as a false alarm" in net.bob.last_text
    assert "not verified" in net.bob.last_text
    assert refs([net.bob.last_text]) == refs(net.bob.texts())
    # Nothing follows: no escalation, no reminder.
    await bot.advance(timedelta(minutes=30))
    assert not any("SOS: Alice" in text for text in net.carol.texts())
    assert "false alarm" in net.bob.last_text


async def test_after_the_window_a_false_alarm_is_refused_and_the_alert_stays(bot):
    net = await network(bot)
    await net.alice.send("/sos")
    bot.clock.advance(timedelta(minutes=3))
    await net.alice.press("↩️ False alarm: cancel")
    assert "Too late to cancel" in net.alice.last_text
    assert "False alarm" not in net.bob.last_text


async def test_the_first_im_on_it_is_shown_to_the_defender_and_the_others(bot):
    net = await network(bot)
    await net.alice.send("/sos")
    await bot.advance(timedelta(minutes=10))  # tier 2 now has it too
    assert "SOS: Alice" in net.carol.last_text
    await net.bob.press("🙋 I'm on it")
    assert "Everyone involved now knows" in net.bob.last_text
    assert "Bobby is on it" in net.alice.last_text
    assert "Bob is handling the alert about Alice" in net.carol.last_text
    # Acknowledged: no more escalation and no reminders within the follow-up time (30 min
    # from the SOS for the coordinators; see the false-contact test for what comes after).
    before = len(net.carol.inbox), len(bot.emulator.chat_messages(net.group))
    await bot.advance(timedelta(minutes=19))
    assert (len(net.carol.inbox), len(bot.emulator.chat_messages(net.group))) == before


async def test_nobody_answering_escalates_to_tier_two_then_to_the_coordinators(bot):
    net = await network(bot)
    await net.alice.send("/sos")
    await bot.advance(timedelta(minutes=9, seconds=50))
    assert not any("SOS: Alice" in text for text in net.carol.texts())
    await bot.advance(timedelta(seconds=15))
    assert "SOS: Alice" in net.carol.last_text
    assert "first people asked have not answered" in net.carol.last_text
    await bot.advance(timedelta(minutes=10))
    group = group_texts(bot, net.group)
    assert any("SOS: Alice" in text for text in group)
    assert "Reminder" in net.bob.last_text  # the earlier levels are reminded
    # At the last level, reminders repeat until someone acknowledges.
    await bot.advance(timedelta(minutes=10))
    assert sum("Reminder" in text for text in group_texts(bot, net.group)) == 1


async def test_i_cant_help_moves_the_alert_on_at_once(bot):
    net = await network(bot)
    await net.alice.send("/sos")
    await net.bob.press("✋ I can't help")
    assert "Others are being asked instead" in net.bob.last_text
    assert "SOS: Alice" in net.carol.last_text


async def test_a_contact_who_blocked_the_bot_is_skipped_and_the_defender_told(bot):
    net = await network(bot)
    net.bob.block_bot()
    await net.alice.send("/sos")
    assert "SOS: Alice" in net.carol.last_text
    assert any("Bobby could not be reached" in text for text in net.alice.texts())
    await net.alice.send("/contacts")
    assert "unreachable" in net.alice.last_text.lower()
    # Still tried on the next alert; once a message reaches them, they count as reachable.
    await net.alice.send("✅ I'm safe")
    net.bob.unblock_bot()
    await net.alice.send("/sos")
    assert "SOS: Alice" in net.bob.last_text
    await net.alice.send("/contacts")
    assert "unreachable" not in net.alice.last_text.lower()


async def test_a_rate_limit_delays_only_that_chat(bot):
    net = await network(bot)
    await net.alice.send("/start")
    bot.emulator.fail_next("sendMessage", 429, retry_after=7, chat_id=net.bob.id)
    bot.auto_deliver = False
    await net.alice.send("/sos")
    await bot.deliver(within=timedelta(seconds=1))
    assert not any("SOS: Alice" in text for text in net.bob.texts())
    await bot.deliver(within=timedelta(seconds=10))
    assert "SOS: Alice" in net.bob.last_text
    assert len(refs(net.bob.texts())) == 1


async def test_im_safe_resolves_and_everyone_told_is_told(bot):
    net = await network(bot)
    await net.alice.send("/sos")
    await bot.advance(timedelta(minutes=10))
    await net.alice.send("✅ I'm safe")
    assert "Your alert is closed" in net.alice.last_text
    assert "Alice says they are safe" in net.bob.last_text
    assert "Alice says they are safe" in net.carol.last_text
    await bot.advance(timedelta(hours=1))
    assert not any("SOS: Alice" in text for text in group_texts(bot, net.group))


async def test_coordinators_list_take_on_and_resolve_alerts_with_an_audit_trail(bot):
    net = await network(bot)
    await net.alice.send("/sos")
    ref = REF.search(net.bob.last_text)[1]
    await net.coordinator.send_in_group(net.group, "/alerts")
    listing = group_texts(bot, net.group)[-1]
    assert ref in listing
    assert "Alice" in listing
    assert "first contacts" in listing
    await net.coordinator.press_in_group(net.group, 1)  # on it
    assert f"is on {ref}" in group_texts(bot, net.group)[-1]
    assert "the network's coordinators are on it" in net.alice.last_text
    assert "coordinators is handling" in net.bob.last_text
    await net.coordinator.send_in_group(net.group, "/alerts")
    await net.coordinator.press_in_group(net.group, 2)  # resolve
    await net.coordinator.press_in_group(net.group, "Confirmed safe")
    assert "The coordinators closed the alert about Alice: Confirmed safe" in net.bob.last_text
    # The coordinator's words reach the defender too.
    assert "coordinators closed your alert: Confirmed safe" in net.alice.last_text
    alert_id = await bot.app.bot_data.services.alerts.open_alerts_of(await _user(bot, net.alice))
    assert alert_id == []
    async with bot.database.read() as tx:
        (stored_id,) = await tx.fetchone("SELECT id FROM alerts")
    entries = await AuditRepository(bot.database).entries_for(stored_id)
    assert [(e.action, e.actor_name) for e in entries] == [
        ("acknowledge", "Cora"),
        ("resolve", "Cora"),
    ]


async def test_a_wipe_takes_the_audit_trail_of_the_defenders_alerts_with_it(bot):
    net = await network(bot)
    await net.alice.send("/sos")
    await net.coordinator.send_in_group(net.group, "/alerts")
    await net.coordinator.press_in_group(net.group, 1)  # on it
    async with bot.database.read() as tx:
        (stored_id,) = await tx.fetchone("SELECT id FROM alerts")
    audit = AuditRepository(bot.database)
    assert [e.action for e in await audit.entries_for(stored_id)] == ["acknowledge"]
    await net.alice.send("/wipe")
    await net.alice.send("DELETE")
    assert net.alice.last_text.startswith("Everything about you has been erased")
    assert await audit.entries_for(stored_id) == []
    async with bot.database.read() as tx:
        assert tuple(await tx.fetchone("SELECT COUNT(*) FROM audit_log")) == (0,)


async def test_resolve_by_reference_with_own_words_and_refusals(bot):
    net = await network(bot)
    await net.alice.send("/sos")
    ref = REF.search(net.bob.last_text)[1]
    await net.bob.send("/resolve " + ref + " she is fine")  # a contact, not on it
    assert "Only the person who took this alert on" in net.bob.last_text
    await net.coordinator.send_in_group(net.group, "/resolve")
    assert "/resolve Q7XK2M" in group_texts(bot, net.group)[-1]
    await net.coordinator.send_in_group(net.group, "/resolve ZZZZZZ done")
    assert "No open alert" in group_texts(bot, net.group)[-1]
    await net.coordinator.send("/resolve " + ref.lower() + " reached her lawyer")
    assert "reached her lawyer" in net.bob.last_text
    await net.coordinator.send_in_group(net.group, "/alerts")
    assert "No open alerts" in group_texts(bot, net.group)[-1]


async def test_a_location_goes_to_everyone_told_and_with_later_notices(bot):
    net = await network(bot)
    await net.alice.send("/sos")
    shared = await net.alice.send_location(13.75, 100.5, live_period=3600)
    assert "passed on to everyone" in net.alice.last_text
    assert net.bob.last.location is not None
    assert net.bob.last.location.latitude == pytest.approx(13.75)
    await net.alice.update_live_location(shared["message"]["message_id"], 13.76, 100.51)
    assert net.bob.last.location.latitude == pytest.approx(13.76)  # moved, not sent again
    await bot.advance(timedelta(minutes=10))
    assert "last known location" in net.carol.inbox[-2].text
    assert net.carol.last.location.latitude == pytest.approx(13.76)


async def test_a_location_with_no_alert_open_is_not_passed_on(bot):
    net = await network(bot)
    await net.alice.send_location(13.75, 100.5)
    assert "only during an alert" in net.alice.last_text
    assert all(m.location is None for m in net.bob.inbox)


async def test_a_restart_loses_no_deadline(bot):
    net = await network(bot)
    await net.alice.send("/sos")
    await bot.stop()
    bot.clock.advance(timedelta(hours=1))  # down through the acknowledgement timeout
    await bot.start()
    await bot.advance(timedelta(0))  # the start-up sweep
    assert "SOS: Alice" in net.carol.last_text


async def _user(bot, person):
    user = await bot.app.bot_data.services.users.find(person.id)
    assert user is not None
    return user


async def test_coordinators_buttons_refuse_anyone_else_and_contacts_buttons_too(bot):
    net = await network(bot)
    await net.alice.send("/sos")
    await net.coordinator.send_in_group(net.group, "/alerts")
    group_message = bot.emulator.chat_messages(net.group)[-1]
    forged = group_message.inline_keyboard[0][0].callback_data
    # Bob is no coordinator: pressing their button privately (a forged press) does nothing.
    bot.emulator.set_member_status(net.group, net.bob, "left")
    await net.bob.press_data(forged)
    assert "expired" in net.bob.answers[-1]
    # Carol cannot answer the alert with Bob's button either.
    alert_message = next(m for m in net.bob.inbox if "SOS: Alice" in (m.text or ""))
    await net.carol.press_data(alert_message.inline_keyboard[0][0].callback_data)
    assert "expired" in net.carol.answers[-1]
    assert "Bobby is on it" not in " ".join(net.alice.texts())
    alert = (await bot.app.bot_data.services.alerts.open_alerts())[0][0]
    assert alert.acknowledged_by is None


async def test_the_alarm_clock_is_aimed_at_the_acknowledgement_deadline(bot):
    net = await network(bot)
    await net.alice.send("/sos")
    (job,) = bot.app.job_queue.get_jobs_by_name("alert-deadline")
    ((alert, _),) = await bot.app.bot_data.services.alerts.open_alerts()
    assert alert.level_deadline == alert.raised_at + timedelta(minutes=10)
    assert job.job.trigger.run_date == alert.level_deadline


async def test_a_defender_can_shorten_the_time_to_answer(bot):
    net = await network(bot)
    await net.alice.send("/settings")
    assert "the network's setting (10 min)" in net.alice.last_text
    await net.alice.press("⏱ Answer time")
    await net.alice.press("5 minutes")
    assert "answer an alert: 5 minutes" in net.alice.last_text
    await net.alice.send("/sos")
    await bot.advance(timedelta(minutes=5))
    assert "SOS: Alice" in net.carol.last_text


async def test_what_an_alert_carries_is_encrypted_on_disk(bot):
    from storage.db import database_files

    net = await network(bot)
    await net.alice.send("/sos held at Gate 4 of Suvarnabhumi")
    await net.alice.send_location(13.690123, 100.750456)
    await net.bob.press("🙋 I'm on it")
    await bot.database.checkpoint()
    stored = b"".join(f.read_bytes() for f in database_files(bot.database.path) if f.exists())
    for secret in (b"Gate 4", b"Suvarnabhumi", b"13.690123", b"100.750456", b"Bobby"):
        assert secret not in stored


async def test_a_message_telegram_refuses_still_reaches_them_in_short(bot):
    net = await network(bot)
    bot.emulator.fail_next(
        "sendMessage", 400, "Bad Request: can't parse entities", chat_id=net.bob.id
    )
    await net.alice.send("/sos")
    assert "SOS: Alice needs help now" in net.bob.last_text
    assert net.bob.last.buttons == [["🙋 I'm on it", "✋ I can't help"], ["✍️ Add a note"]]
    assert refs([net.bob.last_text])
    assert not any("could not be reached" in text for text in net.alice.texts())
    assert not any("SOS: Alice" in text for text in net.carol.texts())


async def test_a_full_card_and_long_words_arrive_in_two_messages(bot):
    net = await network(bot)
    await net.alice.send("/card")
    fields = {
        "Full legal name": 200,
        "Nationality": 200,
        "Employer or organisation": 200,
        "Lawyer's name": 200,
        "Medical needs": 500,
        "Instructions": 1000,
    }
    for label, size in fields.items():
        await net.alice.press(label)
        await net.alice.send("x" * size)
        assert "Saved" in net.alice.last_text
    await net.alice.send("/sos " + "y " * 500 + "z " * 500)
    await net.alice.send("/sos " + "w " * 500)  # more words, added to the alert
    await bot.advance(timedelta(minutes=10))
    alert, card = net.carol.inbox[-2:]
    assert "SOS: Alice" in alert.text
    assert "w w w" in alert.text
    assert "x" * 1000 in card.text
    assert refs([alert.text]) == refs([card.text])
    assert refs([alert.text]) == refs([card.text])


async def test_a_closed_alert_keeps_a_short_history_for_the_retention_period(bot):
    from handlers.maintenance import purge_old_records

    net = await network(bot)
    await net.alice.send("/sos at the river crossing")
    await bot.advance(timedelta(days=40))  # open for long: never purged while open
    assert len(await bot.app.bot_data.services.alerts.open_alerts()) == 1
    await net.alice.send("✅ I'm safe")
    async with bot.database.read() as tx:
        (alert_id,) = await tx.fetchone("SELECT id FROM alerts")
    closed = await bot.app.bot_data.services.alerts.get(alert_id)
    assert (closed.note, closed.location) == ("", None)  # only who, when, who answered
    assert closed.recipients[0].was_notified
    await purge_old_records(BotContext(bot.app))
    assert await bot.app.bot_data.services.alerts.get(alert_id) is not None
    bot.clock.advance(timedelta(days=31))
    await purge_old_records(BotContext(bot.app))
    assert await bot.app.bot_data.services.alerts.get(alert_id) is None


async def test_an_erasure_during_an_alert_tells_everyone_first(bot):
    net = await network(bot)
    await net.alice.send("/sos")
    await net.alice.send("/wipe")
    await net.alice.send("DELETE")
    assert net.alice.last_text.startswith("Everything about you has been erased")
    assert "erased their account while their alert was still open" in net.bob.last_text
    group = group_texts(bot, net.group)
    assert "erased their account while their alert was still open" in group[-1]
    assert await bot.app.bot_data.services.alerts.open_alerts() == []


async def test_contacts_can_open_a_chat_and_reminders_do_not_repeat_the_card(bot):
    net = await network(bot)
    await net.alice.send("/card")
    await net.alice.press("Lawyer's name")
    await net.alice.send("Maria Lopez")
    await net.alice.send("/sos")
    alert = net.bob.last
    link = f"tg://user?id={net.alice.id}"
    assert "Open a chat with Alice" in alert.text
    assert any(e.get("url") == link for e in alert.entities)
    assert "Maria Lopez" in alert.text
    await bot.advance(timedelta(minutes=10, seconds=5))
    reminder = next(m for m in reversed(net.bob.inbox) if "Reminder" in (m.text or ""))
    assert "Maria Lopez" not in reminder.text  # the card went with the first message
    assert "was sent to you with the first message" in reminder.text
    assert refs([reminder.text]) == refs([alert.text])
    # The coordinators' group gets no link to the defender's account.
    assert not any(link in str(m.entities) for m in bot.emulator.chat_messages(net.group))


async def test_a_duress_alert_offers_no_chat_with_the_defender(bot):
    net = await network(bot)
    await set_word(net.alice, "🗝 Duress word", "blue heron")
    await net.alice.send("/checkin blue heron")
    duress = next(m for m in reversed(net.bob.inbox) if "DURESS" in (m.text or ""))
    assert "Open a chat" not in duress.text


async def test_a_closed_alert_keeps_no_answer_buttons_on_any_copy(bot):
    net = await network(bot)
    await net.alice.send("/sos")
    await bot.advance(timedelta(minutes=10, seconds=5))  # tier 2 told, Bobby reminded
    copies = [
        m for person in (net.bob, net.carol) for m in person.inbox if "SOS: Alice" in (m.text or "")
    ]
    assert len(copies) >= 3
    assert all(m.buttons for m in copies)
    await net.alice.send("✅ I'm safe")
    for copy in copies:
        shown = bot.emulator.chat_messages(copy.chat_id)
        now = next(m for m in shown if m.message_id == copy.message_id)
        assert not now.buttons, now.text
    assert "says they are safe" in net.bob.last_text
