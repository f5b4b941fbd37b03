"""Scheduled check-ins through the real bot on a fake clock: reminders, missed check-ins,
pauses, deadlines, the duress word and the safety PIN."""

import asyncio
from collections.abc import AsyncIterator
from datetime import timedelta

import pytest

from bot.i18n import Translator
from tests.e2e.alerting import ADMIN_ID, group_texts, network, set_word
from tests.e2e.harness import BotHarness


@pytest.fixture
async def bot(tmp_path) -> AsyncIterator[BotHarness]:
    harness = BotHarness(tmp_path / "data", BOT_ADMINS=ADMIN_ID)
    await harness.start()
    yield harness
    await harness.stop()


def alerted(person) -> bool:
    return any("missed a safety check-in" in text for text in person.texts())


async def test_a_reminder_then_a_missed_check_in_alerts_contacts_after_grace(bot):
    net = await network(bot)
    await net.alice.send("/checkin")
    await net.alice.send("/schedule every 2h")
    assert "every 2h" in net.alice.last_text
    await bot.advance(timedelta(hours=1, minutes=50))
    assert "Time to check in" in net.alice.last_text
    assert net.alice.last.buttons == [["✅ I'm safe"]]
    await bot.advance(timedelta(minutes=39))
    assert not alerted(net.bob)
    await bot.advance(timedelta(minutes=2))  # due + 30 minutes of grace
    assert alerted(net.bob)
    assert "Last check-in: 2026-01-15 09:00" in net.bob.last_text
    assert not alerted(net.carol)  # tier 2 only after the acknowledgement timeout


async def test_a_check_in_after_the_alert_resolves_it_and_says_when(bot):
    net = await network(bot)
    await net.alice.send("/schedule every 1h")
    await bot.advance(timedelta(minutes=55))
    assert "Time to check in" in net.alice.last_text
    await bot.advance(timedelta(minutes=36))
    assert alerted(net.bob)
    await net.alice.press("✅ I'm safe")  # the button under the reminder
    assert "Checked in at" in net.alice.inbox[-2].text or "Checked in at" in net.alice.last_text
    assert "Alice checked in at 10:3" in net.bob.last_text
    assert "not verified" in net.bob.last_text
    assert await bot.app.bot_data.services.alerts.open_alerts() == []


async def test_an_early_check_in_moves_the_next_due_time(bot):
    net = await network(bot)
    await net.alice.send("/schedule every 2h")
    await bot.advance(timedelta(hours=1))
    await net.alice.send("/checkin")
    assert "Next check-in due by 2026-01-15 12:00" in net.alice.last_text
    await bot.advance(timedelta(hours=2, minutes=20))
    assert not alerted(net.bob)


async def test_a_paused_schedule_never_alerts_and_says_when_it_resumes(bot):
    net = await network(bot)
    await net.alice.send("/schedule every 1h")
    await net.alice.send("/pause 1d")
    assert "Paused until 2026-01-16 09:00" in net.alice.last_text
    await bot.advance(timedelta(hours=20))
    assert not alerted(net.bob)
    await net.alice.send("/resume")
    assert "Next check-in due by 2026-01-16 06:00" in net.alice.last_text
    await bot.advance(timedelta(hours=1, minutes=31))
    assert alerted(net.bob)


async def test_a_one_off_deadline_beside_a_schedule_ends_with_a_check_in(bot):
    net = await network(bot)
    await net.alice.send("/schedule daily 09:00 21:00")
    await net.alice.send("/checkin_by 13:00")
    assert "One-off deadline: 2026-01-15 13:00" in net.alice.last_text
    await bot.advance(timedelta(hours=3))
    await net.alice.send("/checkin")
    assert "Your deadline of 2026-01-15 13:00 UTC is done" in net.alice.last_text
    await bot.advance(timedelta(hours=2))
    assert not alerted(net.bob)


async def test_a_missed_one_off_deadline_alerts(bot):
    net = await network(bot)
    await net.alice.send("/checkin_by 2h")
    await bot.advance(timedelta(hours=2, minutes=31))
    assert alerted(net.bob)


async def test_bad_arguments_get_the_accepted_forms(bot):
    net = await network(bot)
    for typed in ("/schedule every 5m", "/schedule sometimes", "/grace 2d", "/pause until 1999"):
        await net.alice.send(typed)
        assert "For example" in net.alice.last_text or "/schedule every 2h" in (
            net.alice.last_text
        ), typed
    await net.alice.send("/schedule every 5m")
    assert "the shortest is 15m" in net.alice.last_text


async def test_setting_a_schedule_with_nobody_to_alert_warns(bot):
    alice = bot.user("alice")
    await alice.send("/start")
    await alice.send("/schedule every 4h")
    assert "Nobody would be alerted" in alice.last_text


async def test_a_restart_with_overdue_schedules_alerts_at_once(bot):
    net = await network(bot)
    await net.alice.send("/schedule every 1h")
    await bot.stop()
    bot.clock.advance(timedelta(hours=5))
    await bot.start()
    await bot.advance(timedelta(0))  # the start-up catch-up
    assert alerted(net.bob)
    assert sum("missed a safety check-in" in t for t in net.bob.texts()) == 1


async def test_a_timer_and_the_sweep_racing_on_one_schedule_alert_once(bot):
    net = await network(bot)
    await net.alice.send("/schedule every 1h")
    bot.clock.advance(timedelta(hours=1, minutes=31))
    checkins = bot.app.bot_data.services.checkins
    await asyncio.gather(checkins.process_due(), checkins.process_due())
    await bot.deliver()
    assert sum("missed a safety check-in" in t for t in net.bob.texts()) == 1


async def test_the_duress_word_looks_exactly_like_a_check_in_and_alerts_silently(tmp_path):
    transcripts = []
    for duress in (False, True):
        harness = BotHarness(tmp_path / f"run-{duress}", BOT_ADMINS=ADMIN_ID)
        await harness.start()
        try:
            net = await network(harness)
            await set_word(net.alice, "🗝 Duress word", "blue heron")
            assert "saved" in net.alice.last_text
            await net.alice.send("/schedule every 2h")
            before = len(net.alice.inbox)
            await net.alice.send("/checkin blue heron" if duress else "/checkin")
            await harness.advance(timedelta(minutes=20))  # the duress alert escalates meanwhile
            await net.alice.send("/status")
            transcripts.append([(m.text, m.buttons) for m in net.alice.inbox[before:]])
            assert any("DURESS: Alice" in t for t in net.bob.texts()) is duress
            if duress:
                assert any("DURESS: Alice" in t for t in group_texts(harness, net.group))
        finally:
            await harness.stop()
    assert transcripts[0] == transcripts[1]


async def test_the_duress_word_as_a_plain_message_checks_in_too(bot):
    net = await network(bot)
    await set_word(net.alice, "🗝 Duress word", "blue heron")
    await net.alice.send("Blue Heron")
    assert net.alice.last_text.startswith("✅ Checked in at")
    assert "DURESS: Alice" in net.bob.last_text


async def test_with_a_pin_an_alert_closes_only_after_the_pin(bot):
    net = await network(bot)
    await set_word(net.alice, "🔐 Safety PIN", "4711")
    pin_message = net.alice.inbox[-1]
    assert all(m.text != "4711" for m in net.alice.inbox)  # deleted from the chat
    assert pin_message.text.startswith("🔐 Your safety PIN is saved")
    await net.alice.send("/sos")
    await net.alice.send("✅ I'm safe")
    assert "send your safety PIN" in net.alice.last_text
    await net.alice.send("1234")
    assert "not your safety PIN" in net.alice.last_text
    assert len(await bot.app.bot_data.services.alerts.open_alerts()) == 1
    await net.alice.send("4711")
    assert "Your alert is closed" in net.alice.last_text
    assert "closed the alert with their safety PIN" in net.bob.last_text


async def test_the_duress_word_at_the_pin_prompt_shows_closed_but_keeps_it_open(bot):
    net = await network(bot)
    await set_word(net.alice, "🔐 Safety PIN", "4711")
    await set_word(net.alice, "🗝 Duress word", "blue heron", pin="4711")
    await net.alice.send("/sos")
    await net.alice.send("✅ I'm safe")
    await net.alice.send("blue heron")
    assert "Your alert is closed" in net.alice.last_text
    assert "may have been forced" in net.bob.last_text
    ((alert, _),) = await bot.app.bot_data.services.alerts.open_alerts()
    assert alert.possible_coercion
    await net.coordinator.send_in_group(net.group, "/alerts")
    assert "possibly forced" in group_texts(bot, net.group)[-1]


async def test_the_schedule_menu_sets_a_schedule_with_one_tap_and_a_pause_ends_by_itself(bot):
    net = await network(bot)
    await net.alice.send("/schedule")
    await net.alice.press("every 4h")
    assert "Check-ins: every 4h" in net.alice.last_text
    await net.alice.send("/pause 2h")
    await bot.advance(timedelta(hours=2))
    assert "Your pause is over" in net.alice.last_text
    assert not alerted(net.bob)


async def test_an_sos_during_a_missed_check_in_alert_is_raised_as_its_own_alert(bot):
    net = await network(bot)
    await net.alice.send("/schedule every 1h")
    await bot.advance(timedelta(hours=1, minutes=31))
    assert alerted(net.bob)
    await net.alice.send("/sos they took my phone")
    assert "SOS: Alice needs help now" in net.bob.last_text


async def test_after_the_duress_word_at_the_pin_prompt_nothing_shows_the_alert(bot):
    net = await network(bot)
    await set_word(net.alice, "🔐 Safety PIN", "4711")
    await set_word(net.alice, "🗝 Duress word", "blue heron", pin="4711")
    await net.alice.send("/sos")
    await net.alice.send("✅ I'm safe")
    await net.alice.send("blue heron")
    seen = len(net.alice.inbox)
    await net.bob.press("🙋 I'm on it")
    await net.alice.send("/status")
    await net.alice.send("✅ I'm safe")
    await bot.advance(timedelta(minutes=30))
    later = " ".join(net.alice.texts()[seen:])
    for giveaway in ("alert", "Bobby", "PIN", "SOS"):
        assert giveaway not in later, giveaway


async def test_the_duress_word_leaves_the_chat_and_a_grace_change_forgives_nothing(bot):
    net = await network(bot)
    await set_word(net.alice, "🗝 Duress word", "blue heron")
    await net.alice.send("/checkin blue heron")
    assert all("blue heron" not in (m.text or "") for m in bot.emulator.chat_messages(net.alice.id))
    await net.alice.send("/schedule every 2h")
    await bot.advance(timedelta(hours=2, minutes=10))  # overdue, within grace
    await net.alice.send("/grace 30m")
    await bot.advance(timedelta(minutes=21))
    assert alerted(net.bob)


async def test_a_new_time_zone_moves_daily_check_ins_with_the_defender(bot):
    net = await network(bot)
    await net.alice.send("/schedule daily 09:00 21:00")
    await net.alice.send("/settings")
    await net.alice.press("🕓 Time zone")
    await net.alice.press("Kolkata (UTC+05:30)")
    await net.alice.send("/status")
    assert "Next check-in due by 2026-01-15 21:00" in net.alice.last_text
    await net.alice.send("/checkin_by 23:00")
    assert "One-off deadline: 2026-01-15 23:00" in net.alice.last_text


async def test_missed_check_ins_are_processed_before_reminders_due_with_them(bot):
    """After downtime, say: reminders that fell due earlier still come after the alerts."""
    net = await network(bot)
    await net.alice.send("/schedule every 1h")  # due 10:00, missed at 10:30
    await net.alice.send("/reminder off")
    bot.clock.advance(timedelta(minutes=25))
    for n in range(3):
        person = bot.user(f"d{n}")
        await person.send("/start")
        await person.send("/schedule every 1h")  # due 10:25, reminded at 10:15
    bot.clock.advance(timedelta(minutes=66))  # 10:31: the bot was down since 09:25
    order: list[str] = []
    bot.app.bot_data.services.alerts.wire(
        on_wake=lambda when: None, on_enqueued=lambda: order.append("alert")
    )
    checkins = bot.app.bot_data.services.checkins
    checkins.wire(on_wake=lambda when: None, on_enqueued=lambda: order.append("reminder"))
    await checkins.process_due()
    # One batch, one commit: the alert is queued first, the reminders' one kick after it.
    assert order == ["alert", "reminder"]


async def test_a_schedule_that_cannot_be_read_does_not_stall_the_others(bot):
    net = await network(bot)
    dora = bot.user("dora")
    await dora.send("/start")
    await dora.send("/schedule every 1h")
    await net.alice.send("/schedule every 1h")
    dora_id = (await bot.app.bot_data.services.users.find(dora.id)).id
    async with bot.database.transaction() as tx:
        await tx.execute("UPDATE schedules SET body_ct = X'00' WHERE id = ?", (dora_id,))
    await bot.advance(timedelta(hours=1, minutes=31))
    assert alerted(net.bob)
    async with bot.database.read() as tx:
        postponed = await tx.scalar("SELECT next_wake_at FROM schedules WHERE id = ?", (dora_id,))
    assert postponed is not None


async def test_a_time_already_passed_today_is_asked_about_before_it_means_tomorrow(bot):
    net = await network(bot)
    bot.clock.advance(timedelta(minutes=14))  # 09:14
    await net.alice.send("/checkin_by 09:00")
    assert "09:00 has already passed today. Do you mean tomorrow at 09:00?" in net.alice.last_text
    await net.alice.send("/status")
    assert "One-off deadline" not in net.alice.last_text  # nothing set yet
    await net.alice.send("/checkin_by 9am")
    await net.alice.press("Yes, tomorrow at 09:00")
    assert "One-off deadline: 2026-01-16 09:00 UTC" in net.alice.last_text


async def test_everyday_schedule_forms_through_the_bot(bot):
    net = await network(bot)
    await net.alice.send("/schedule every 1.5h")
    assert "Check-ins: every 1h30m" in net.alice.last_text
    await net.alice.send("/schedule daily 9am 9pm")
    assert "Check-ins: daily 09:00 21:00" in net.alice.last_text
    await net.alice.send("/schedule whenever")
    assert "I could not read that" in net.alice.last_text
    assert "/schedule every 2h" in net.alice.last_text  # the accepted forms, with examples


async def test_a_time_passed_today_is_asked_about_in_arabic_too(bot):
    arabic = Translator.load()
    amal = bot.user("amal", first_name="Amal", language_code="ar")
    await amal.send("/start")
    bot.clock.advance(timedelta(minutes=14))  # 09:14
    await amal.send("/checkin_by 09:00")
    assert "09:00" in amal.last_text
    assert amal.last_text.lstrip("\u200f").startswith("لقد مضى الوقت")
    await amal.press(arabic("ar", "schedule-button-tomorrow", time="09:00"))
    assert "2026-01-16 09:00" in amal.last_text
