"""/start and /help through the real Application and the emulated Bot API."""

from telegram import Update

from storage.users import UserRepository


async def registered_users(bot) -> int:
    return await UserRepository(bot.database).count()


def welcome_text(person) -> str:
    """The greeting: a new user then gets the language picker after it."""
    return next(t for t in reversed(person.texts()) if t.startswith("Welcome"))


async def test_two_people_start_the_bot_and_are_greeted_by_name(bot):
    alice = bot.user("alice", first_name="Alice")
    bob = bot.user("bob", first_name="Bob")
    await alice.send("/start")
    await bob.send("/start")
    assert welcome_text(alice).startswith("Welcome, Alice.")
    assert welcome_text(bob).startswith("Welcome, Bob.")
    assert "encrypted" in welcome_text(alice)
    assert "/wipe" in welcome_text(alice)
    assert await registered_users(bot) == 2


async def test_starting_again_welcomes_back_without_a_second_registration(bot):
    alice = bot.user("alice", first_name="Alice")
    await alice.send("/start")
    await alice.send("/start")
    assert alice.last_text.startswith("Welcome back, Alice.")
    assert await registered_users(bot) == 1


async def test_help_lists_the_commands(bot):
    alice = bot.user("alice")
    await alice.send("/help")
    for command in ("/contacts", "/invite", "/card", "/settings", "/wipe", "/cancel", "/help"):
        assert command in alice.last_text


async def test_names_with_markup_are_shown_as_text(bot):
    mallory = bot.user("mallory", first_name="<b>Boss</b> & co")
    await mallory.send("/start")
    assert welcome_text(mallory).startswith("Welcome, <b>Boss</b> & co.")


async def test_registration_survives_a_restart(bot):
    alice = bot.user("alice", first_name="Alice")
    await alice.send("/start")
    await bot.restart()
    await alice.send("/start")
    assert alice.last_text.startswith("Welcome back, Alice.")


async def test_an_update_replayed_after_a_restart_is_processed_once(bot):
    alice = bot.user("alice", first_name="Alice")
    update = await alice.send("/start")
    await bot.restart()
    # Telegram re-sends updates the bot had not confirmed before it went down.
    await bot.app.process_update(Update.de_json(update, bot.app.bot))
    assert len(alice.texts()) == 2  # the welcome and the language picker, once


async def test_an_update_whose_handling_failed_is_processed_when_telegram_resends_it(bot):
    alice = bot.user("alice", first_name="Alice")
    await bot.fill_the_disk()
    update = await alice.send("/start")
    assert "out of space" in alice.last_text
    await bot.free_the_disk()
    await bot.restart()
    await bot.app.process_update(Update.de_json(update, bot.app.bot))
    assert welcome_text(alice).startswith("Welcome, Alice.")
    assert await registered_users(bot) == 1


async def test_a_full_disk_gets_a_clear_message_and_loses_nothing(bot):
    alice = bot.user("alice", first_name="Alice")
    await alice.send("/start")
    await bot.fill_the_disk()
    bob = bot.user("bob", first_name="Bob")
    await bob.send("/start")
    assert bob.texts() == [bot.app.bot_data.services.translate("en", "error-storage-full")]
    await bot.free_the_disk()
    await alice.send("/start")
    assert alice.last_text.startswith("Welcome back, Alice.")
    await bob.send("/start")
    assert welcome_text(bob).startswith("Welcome, Bob.")


async def test_commands_in_a_group_do_not_register_the_group(bot):
    alice = bot.user("alice")
    group = bot.emulator.create_group("Coordinators", [alice])
    await alice.send_in_group(group, "/start")
    assert await registered_users(bot) == 0
    assert "private chat" in bot.emulator.chat_messages(group)[-1].text
    assert alice.texts() == []


async def test_a_message_the_bot_cannot_handle_gets_a_pointer_to_help(bot):
    alice = bot.user("alice")
    await alice.send("hello?")
    await alice.send("/nosuchcommand")
    assert alice.texts() == [bot.app.bot_data.services.translate("en", "not-understood")] * 2


async def test_the_update_id_purge_is_scheduled_so_it_survives_missed_runs(bot):
    jobs = bot.app.job_queue.get_jobs_by_name("purge-old-records")
    assert len(jobs) == 1
    assert jobs[0].job.misfire_grace_time is None
    assert jobs[0].job.coalesce is True
