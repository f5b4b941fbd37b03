"""The guided set-up after the first choice of language: each step explained, done or
skipped, and resumed after a restart."""

from tests.e2e.alerting import LINK

TITLE = "Getting started · step {} of 5"


async def test_a_newcomer_is_guided_through_every_step(bot):
    rosa = bot.user("rosa", first_name="Rosa")
    await rosa.send("/start")
    await rosa.press("English")
    assert TITLE.format(1) in rosa.last_text
    assert "your own clock" in rosa.last_text
    await rosa.press("🕓 Choose my time zone")
    await rosa.press("Bangkok (UTC+07:00)")
    assert TITLE.format(2) in rosa.last_text  # the time zone was chosen: on to the card
    await rosa.press("🪪 Fill my card")
    assert "Choose a field to fill" in rosa.last_text
    await rosa.press_on(rosa.inbox[-2].message_id, "⏭ Next")
    assert TITLE.format(3) in rosa.last_text
    await rosa.press("➕ Invite a contact")
    await rosa.send("My sister")
    await rosa.press(1)
    await rosa.press(1)
    assert any(LINK.search(text) for text in rosa.texts()[-2:])
    assert TITLE.format(4) in rosa.last_text
    await rosa.press("🗓 Set a schedule")
    await rosa.press("every 4h")
    assert TITLE.format(5) in rosa.last_text
    await rosa.press("🔐 Set a safety PIN")
    await rosa.send("4711")
    await rosa.send("4711")
    assert rosa.last_text.startswith("✅ You are set up.")
    settings = (await bot.app.bot_data.services.users.find(rosa.id)).settings
    assert settings.timezone == "Asia/Bangkok"
    assert settings.setup_step is None


async def test_the_set_up_resumes_after_a_restart_and_every_step_can_be_skipped(bot):
    rosa = bot.user("rosa")
    await rosa.send("/start")
    await rosa.press("English")
    await rosa.press("⏭ Next")
    assert TITLE.format(2) in rosa.last_text
    await bot.restart()
    await rosa.send("/start")
    assert TITLE.format(2) in rosa.last_text
    for step in (3, 4, 5):
        await rosa.press("⏭ Next")
        assert TITLE.format(step) in rosa.last_text
    await rosa.press("⏭ Next")
    assert rosa.last_text.startswith("✅ You are set up.")
    await rosa.send("/start")
    assert "Getting started" not in rosa.last_text  # finished: not shown again


async def test_the_set_up_can_be_stopped_and_taken_up_again_with_setup(bot):
    rosa = bot.user("rosa")
    await rosa.send("/start")
    await rosa.press("English")
    await rosa.press("✖️ Stop setting up")
    assert "Continue any time with /setup" in rosa.last_text
    await rosa.send("/start")
    assert "Getting started" not in rosa.last_text
    await rosa.send("/setup")
    assert TITLE.format(1) in rosa.last_text


async def test_an_old_next_button_does_not_skip_a_later_step(bot):
    rosa = bot.user("rosa")
    await rosa.send("/start")
    await rosa.press("English")
    first = rosa.last.message_id
    await rosa.press("⏭ Next")
    await rosa.press_on(first, "⏭ Next")  # pressed again, on step 1's message
    assert TITLE.format(2) in rosa.last_text


async def test_a_contact_arriving_by_invitation_is_not_sent_into_the_defenders_set_up(bot):
    alice = bot.user("alice", first_name="Alice")
    nadia = bot.user("nadia", first_name="Nadia")
    await alice.send("/start")
    await alice.send("/invite")
    await alice.send("Nadia")
    await alice.press(1)
    await alice.press(1)
    token = LINK.search(" ".join(alice.texts()))
    assert token
    await nadia.send(f"/start {token[1]}")
    await nadia.press_on(nadia.inbox[-2].message_id, "Français")
    assert "Getting started" not in " ".join(nadia.texts())
    assert (await bot.app.bot_data.services.users.find(nadia.id)).language == "fr"
