"""Onboarding: the greeting, the language picker, the persistent keyboard, command menus."""

from datetime import timedelta

from storage.users import UserRepository


async def test_a_new_user_gets_the_explanation_the_keyboard_and_a_language_picker(bot):
    alice = bot.user("alice", first_name="Alice")
    await alice.send("/start")
    welcome, picker = alice.inbox[-2:]
    assert "encrypted" in welcome.text
    assert "see nothing" in welcome.text
    assert "/wipe" in welcome.text
    assert [[b.text for b in row] for row in welcome.reply_keyboard] == [
        ["🆘 SOS", "✅ I'm safe"],
        ["📍 Share my location"],
        ["⚖️ Rights", "☰ Menu"],
    ]
    assert picker.text == "Choose your language:"
    names = [name for row in picker.buttons for name in row]
    assert names[:4] == ["العربية", "বাংলা", "English", "Español"]  # by language code
    assert {"Français", "فارسی", "Bahasa Indonesia", "ไทย"} <= set(names)
    assert len(names) == 9


async def test_choosing_a_language_stores_it(bot):
    alice = bot.user("alice", first_name="Alice", language_code="pt-BR")
    await alice.send("/start")
    await alice.press("English")
    assert any(t == "Language: English." for t in alice.texts())
    stored = await UserRepository(bot.database).find_by_telegram_id(alice.id)
    assert stored.language == "en"


async def test_the_language_picker_cannot_be_pressed_twice_or_by_someone_else(bot):
    alice = bot.user("alice", first_name="Alice")
    mallory = bot.user("mallory")
    await mallory.send("/start")
    await alice.send("/start")
    picker = alice.inbox[-1]
    data = picker.inline_keyboard[0][0].callback_data
    await mallory.press_data(data, message_id=picker.message_id)
    assert mallory.answers[-1] == "This button has expired. Nothing was changed."
    await alice.press("English")
    await alice.press_data(data, message_id=picker.message_id)
    assert alice.answers[-1] == "This button has expired. Nothing was changed."


async def test_a_forged_button_changes_nothing(bot):
    alice = bot.user("alice")
    await alice.send("/start")
    for forged in ("x", "x.0", "AAAAAAAAAAAAAAAAAAAAAA.0", "../../etc", "1" * 64):
        await alice.press_data(forged)
        assert alice.answers[-1] == "This button has expired. Nothing was changed."


async def test_buttons_expire(bot):
    alice = bot.user("alice")
    await alice.send("/start")
    bot.clock.advance(timedelta(days=3))
    await alice.press("English")
    assert alice.answers[-1] == "This button has expired. Nothing was changed."


async def test_keyboard_buttons_answer_honestly_until_their_features_exist(bot):
    alice = bot.user("alice")
    await alice.send("/start")
    await alice.send("🆘 SOS")  # with nobody to alert yet: said plainly
    assert "Nobody can receive this alert" in alice.last_text
    assert "someone you trust directly" in alice.last_text
    await alice.send("☰ Menu")
    everyday = ("/sos", "/checkin", "/schedule", "/status", "/contacts", "/invite", "/card")
    for command in (*everyday, "/rights", "/directory"):
        assert command in alice.last_text, command


async def test_command_menus_are_published_for_every_language(bot):
    default = bot.emulator.commands()
    english = bot.emulator.commands(language_code="en")
    names = [c["command"] for c in default]
    assert names == [
        "start",
        "help",
        "sos",
        "checkin",
        "schedule",
        "status",
        "contacts",
        "invite",
        "card",
        "rights",
        "directory",
        "settings",
        "wipe",
        "cancel",
    ]
    assert english == default


async def test_onboarding_in_spanish_from_telegrams_language(bot):
    rosa = bot.user("rosa", first_name="Rosa", language_code="es-MX")
    await rosa.send("/start")
    welcome, picker = rosa.inbox[-2:]
    assert welcome.text.startswith("Hola, Rosa.")
    assert "cifra" in welcome.text
    assert [[b.text for b in row] for row in welcome.reply_keyboard] == [
        ["🆘 SOS", "✅ Estoy bien"],
        ["📍 Compartir mi ubicación"],
        ["⚖️ Derechos", "☰ Menú"],
    ]
    assert picker.text == "Elige tu idioma:"
    await rosa.send("✅ Estoy bien")
    assert rosa.last_text.startswith("✅ Registro hecho a las")


async def test_switching_language_changes_the_words_and_the_keyboard(bot):
    rosa = bot.user("rosa", first_name="Rosa", language_code="es")
    await rosa.send("/start")
    await rosa.press("English")
    assert "Language: English." in rosa.texts()
    keyboard = [[b.text for b in row] for row in rosa.inbox[-2].reply_keyboard]
    assert "Getting started · step 1 of 5" in rosa.last_text  # the guided set-up follows
    assert keyboard[0] == ["🆘 SOS", "✅ I'm safe"]
    await rosa.send("/settings")
    await rosa.press("🌐 Language")
    await rosa.press("Español")
    assert "Idioma: Español." in rosa.texts()


async def test_the_wipe_word_is_the_users_own(bot):
    rosa = bot.user("rosa", language_code="es")
    await rosa.send("/start")
    await rosa.send("/wipe")
    assert "BORRAR" in rosa.last_text
    await rosa.send("borrar")
    assert rosa.last_text.startswith("Todo lo que había sobre ti se ha borrado")


async def test_command_menus_exist_in_each_language(bot):
    spanish = bot.emulator.commands(language_code="es")
    assert spanish[0] == {"command": "start", "description": "Empezar, o ver la bienvenida"}
