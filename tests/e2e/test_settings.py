"""/settings: time zone, auto-delete (deadlines in the database), disguise."""

from datetime import timedelta

from bot.context import BotContext
from bot.i18n import Translator
from handlers.maintenance import delete_due_messages
from handlers.ui import send
from storage.users import UserRepository


async def stored(bot, person):
    return await UserRepository(bot.database).find_by_telegram_id(person.id)


async def start_typing_a_time_zone(person) -> None:
    await person.send("/settings")
    await person.press("🕓 Time zone")
    await person.press("⌨️ Type another")


async def run_job(bot, job) -> None:
    """Run a JobQueue callback now, as the scheduler would."""
    await job(BotContext(bot.app))


async def test_settings_show_the_current_values(bot):
    alice = bot.user("alice")
    await alice.send("/settings")
    text = alice.last_text
    assert "Language: English" in text
    assert "Time zone: UTC (now 09:00)" in text
    assert "Auto-delete: Off" in text
    assert "Disguise: off" in text


async def test_a_time_zone_from_the_list(bot):
    alice = bot.user("alice")
    await alice.send("/settings")
    await alice.press("🕓 Time zone")
    await alice.press("Kathmandu (UTC+05:45)")
    assert "Time zone: Asia/Kathmandu (now 14:45)" in alice.last_text
    assert (await stored(bot, alice)).settings.timezone == "Asia/Kathmandu"


async def test_a_typed_time_zone_name_or_offset(bot):
    alice = bot.user("alice")
    await start_typing_a_time_zone(alice)
    await alice.send("Mars/Olympus")
    assert "I do not know the time zone “Mars/Olympus”" in alice.last_text
    await alice.send("utc+5:30")
    assert alice.last_text == "Time zone: UTC+05:30 (now 14:30)."
    await alice.send("Asia/Bangkok")  # the step is over: no longer read as a time zone
    assert (await stored(bot, alice)).settings.timezone == "UTC+05:30"


async def test_a_typed_time_zone_survives_a_restart_mid_step(bot):
    alice = bot.user("alice")
    await start_typing_a_time_zone(alice)
    await bot.restart()
    await alice.send("Asia/Jakarta")
    assert (await stored(bot, alice)).settings.timezone == "Asia/Jakarta"


async def test_a_stale_step_ends_cleanly(bot):
    alice = bot.user("alice")
    await start_typing_a_time_zone(alice)
    bot.clock.advance(timedelta(hours=2))
    await alice.send("Asia/Jakarta")
    assert "took too long" in alice.last_text
    assert (await stored(bot, alice)).settings.timezone == "UTC"


async def test_cancel_ends_a_step(bot):
    alice = bot.user("alice")
    await start_typing_a_time_zone(alice)
    await alice.send("/cancel")
    assert alice.last_text == "Cancelled. Nothing was changed."
    await alice.send("/cancel")
    assert alice.last_text == "There is nothing to cancel."


async def test_auto_delete_removes_sensitive_messages_after_the_delay_even_across_a_restart(bot):
    alice = bot.user("alice")
    await alice.send("/settings")
    await alice.press("🧹 Auto-delete")
    await alice.press("after 10 minutes")
    assert "Auto-delete: after 10 minutes" in alice.last_text
    user = await stored(bot, alice)
    sensitive = await send(BotContext(bot.app), user, "card details", sensitive=True)
    plain = await send(BotContext(bot.app), user, "hello")
    await bot.restart()
    bot.clock.advance(timedelta(minutes=9))
    await run_job(bot, delete_due_messages)
    assert sensitive.message_id in [m.message_id for m in alice.inbox]
    bot.clock.advance(timedelta(minutes=2))
    await run_job(bot, delete_due_messages)
    remaining = [m.message_id for m in alice.inbox]
    assert sensitive.message_id not in remaining
    assert plain.message_id in remaining
    assert await bot.app.bot_data.services.messages.due_for_deletion() == []


async def test_disguise_changes_the_words_and_keyboard_but_not_what_works(bot):
    alice = bot.user("alice", first_name="Alice")
    await alice.send("/start")
    await alice.send("/settings")
    await alice.press("🎭 Disguise: turn on")
    keyboard = [[b.text for b in row] for row in alice.inbox[-1].reply_keyboard]
    assert keyboard == [["📞 Call", "✅ Done"], ["📍 Share place"], ["📖 Read", "☰ Menu"]]
    await alice.send("📞 Call")
    await alice.send("/start")
    await alice.send("/help")
    visible = " ".join(alice.texts()[-3:]).lower()
    for word in ("sos", "alert", "detention", "emergency"):
        assert word not in visible.replace("/wipe", "")
    menu = bot.emulator.visible_commands(alice)
    assert "card" in [c["command"] for c in menu]
    assert all("emergency" not in c["description"].lower() for c in menu)


async def test_settings_screens_stay_neutral_in_disguise(bot):
    alice = bot.user("alice")
    await alice.send("/settings")
    await alice.press("🎭 Disguise: turn on")
    await alice.send("/settings")
    screens = [alice.last_text, " ".join(b for row in alice.inbox[-1].buttons for b in row)]
    await alice.press("🧹 Auto-delete")
    screens.append(alice.last_text)
    for screen in screens:
        for word in ("disguise", "alert", "emergency", "sos"):
            assert word not in screen.lower()


async def test_a_city_or_a_button_label_typed_is_understood(bot):
    alice = bot.user("alice")
    await start_typing_a_time_zone(alice)
    await alice.send("Bangkok (UTC+07:00)")
    assert alice.last_text == "Time zone: Asia/Bangkok (now 16:00)."
    await start_typing_a_time_zone(alice)
    await alice.send("tehran")
    assert (await stored(bot, alice)).settings.timezone == "Asia/Tehran"


async def test_a_city_is_understood_in_the_readers_own_right_to_left_language(bot):
    amal = bot.user("amal", language_code="ar")
    arabic = Translator.load()
    await amal.send("/settings")
    await amal.press(arabic("ar", "settings-timezone"))
    await amal.press(arabic("ar", "timezone-type-another"))
    await amal.send("طهران")
    assert (await stored(bot, amal)).settings.timezone == "Asia/Tehran"
