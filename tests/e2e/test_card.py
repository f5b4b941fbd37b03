"""/card through the real Application and the emulated Bot API."""

from dataclasses import replace
from datetime import timedelta

from bot.domain.card import CardField
from bot.i18n import Translator
from storage.sent_messages import SentMessageRepository

NAME = "Full legal name"
PHONE = "Lawyer's phone"


def services(bot):
    return bot.app.bot_data.services


async def card_of(bot, person):
    user = await services(bot).users.find(person.id)
    return dict(await services(bot).cards.get(user))


async def fill(person, label: str, value: str):
    await person.press(label)
    return await person.send(value)


async def test_card_explains_who_can_see_it_and_offers_every_field(bot):
    alice = bot.user("alice", first_name="Alice")
    await alice.send("/card")
    text = alice.last_text
    assert "Emergency card" in text
    assert "Nobody but you, until an alert goes out" in text
    assert "your active trusted contacts" in text
    assert "the network's coordinators" in text
    assert "never sends it to the police or to anyone else" in text
    assert "0 of 10 fields filled" in text
    assert alice.last.buttons == [
        ["👁 Show my card"],
        [NAME],
        ["Date of birth"],
        ["Nationality"],
        ["Passport or ID number"],
        ["Visa or permit type and expiry"],
        ["Employer or organisation"],
        ["Medical needs"],
        ["Lawyer's name"],
        [PHONE],
        ["Instructions"],
    ]
    assert alice.last.protect_content


async def test_a_defender_fills_a_field_and_sees_it_ticked(bot):
    alice = bot.user("alice", first_name="Alice")
    await alice.send("/card")
    await alice.press(NAME)
    assert "full legal name" in alice.last_text
    assert "Example:" in alice.last_text
    await alice.send("  Alice   Nakamura ")
    assert alice.last_text.startswith(f"✅ Saved: {NAME}. 1 of 10 fields filled.")
    assert ["✓ " + NAME] in alice.last.buttons
    assert ["🧹 Clear a field"] in alice.last.buttons
    assert await card_of(bot, alice) == {CardField.FULL_NAME: "Alice Nakamura"}


async def test_show_my_card_lists_the_filled_fields_protected(bot):
    alice = bot.user("alice", first_name="Alice")
    await alice.send("/card")
    await alice.press("👁 Show my card")
    assert "Your card is empty" in alice.last_text
    await fill(alice, NAME, "Alice <Nakamura> & co")
    await fill(alice, "Date of birth", "31.05.1990")
    assert alice.last_text.startswith("That is 31 May 1990.")
    await alice.press("✅ Save")
    await alice.press("👁 Show my card")
    shown = alice.last
    assert shown.text == (
        f"🪪 Your emergency card\n\n{NAME}\nAlice <Nakamura> & co\n\nDate of birth\n1990-05-31"
    )
    assert shown.protect_content


async def test_a_field_is_changed_with_its_current_value_shown(bot):
    alice = bot.user("alice", first_name="Alice")
    await alice.send("/card")
    await fill(alice, "Nationality", "Japanese")
    await alice.press("✓ Nationality")
    assert "Now: Japanese" in alice.last_text
    assert "to replace it" in alice.last_text
    await alice.send("Japanese, Brazilian")
    assert await card_of(bot, alice) == {CardField.NATIONALITY: "Japanese, Brazilian"}


async def test_one_field_is_cleared_after_choosing_it_and_confirming(bot):
    alice = bot.user("alice", first_name="Alice")
    await alice.send("/card")
    await fill(alice, NAME, "Alice Nakamura")
    await fill(alice, "Nationality", "Japanese")
    await alice.press("🧹 Clear a field")
    assert alice.last.buttons == [[NAME], ["Nationality"], ["No, keep it"]]
    await alice.press("Nationality")
    assert alice.last_text == "Clear Nationality? It is deleted for good."
    await alice.press("Yes, clear it")
    assert alice.last_text.startswith("🧹 Cleared: Nationality. 1 of 10 fields filled.")
    assert await card_of(bot, alice) == {CardField.FULL_NAME: "Alice Nakamura"}


async def test_a_field_can_be_cleared_from_its_own_prompt(bot):
    alice = bot.user("alice", first_name="Alice")
    await alice.send("/card")
    await fill(alice, PHONE, "+60 12-777 3311")
    await alice.press("✓ " + PHONE)
    await alice.press("🧹 Clear this field")
    await alice.press("Yes, clear it")
    assert await card_of(bot, alice) == {}
    # The change that was being typed ended with the clear.
    await alice.send("+60 99-999 9999")
    assert await card_of(bot, alice) == {}


async def test_keeping_a_field_changes_nothing(bot):
    alice = bot.user("alice", first_name="Alice")
    await alice.send("/card")
    await fill(alice, NAME, "Alice Nakamura")
    await alice.press("🧹 Clear a field")
    await alice.press(NAME)
    await alice.press("No, keep it")
    assert alice.last_text.startswith("Nothing was changed.")
    assert await card_of(bot, alice) == {CardField.FULL_NAME: "Alice Nakamura"}


async def test_the_whole_card_is_cleared_only_after_confirming(bot):
    alice = bot.user("alice", first_name="Alice")
    await alice.send("/card")
    await fill(alice, NAME, "Alice Nakamura")
    await fill(alice, PHONE, "+60 12-777 3311")
    await alice.press("🗑 Clear the whole card")
    assert "Every field is deleted for good" in alice.last_text
    assert await card_of(bot, alice) != {}
    await alice.press("Yes, clear everything")
    assert alice.last_text.startswith("🗑 Your emergency card is cleared")
    assert await card_of(bot, alice) == {}
    assert "🗑 Clear the whole card" not in str(alice.last.buttons)


async def test_an_invalid_phone_is_refused_with_the_reason_and_asked_again(bot):
    alice = bot.user("alice", first_name="Alice")
    await alice.send("/card")
    await alice.press(PHONE)
    await alice.send("call Ramesh")
    assert "only have digits, spaces, brackets, dashes and a + at the start" in alice.last_text
    assert "send it again" in alice.last_text
    await alice.send("12 34")
    assert "6 to 20 digits" in alice.last_text
    assert await card_of(bot, alice) == {}
    await alice.send("+60 12-777 3311")
    assert alice.last_text.startswith(f"✅ Saved: {PHONE}.")
    assert await card_of(bot, alice) == {CardField.LAWYER_PHONE: "+60 12-777 3311"}


async def test_an_impossible_or_future_birth_date_is_refused(bot):
    alice = bot.user("alice", first_name="Alice")
    await alice.send("/card")
    await alice.press("Date of birth")
    await alice.send("31.02.2000")
    assert "That day does not exist" in alice.last_text
    await alice.send("01.01.2099")
    assert "must be in the past" in alice.last_text
    await alice.send("2000-02-29")
    await alice.press("✅ Save")
    assert await card_of(bot, alice) == {CardField.DATE_OF_BIRTH: "2000-02-29"}


async def test_a_date_is_spelled_out_in_the_readers_language_before_it_is_saved(bot):
    for language, spelled in (("en", "5 March 1990"), ("fr", "5 mars 1990"), ("ar", "مارس")):
        person = bot.user(f"p-{language}", language_code=language)
        await person.send("/card")
        await person.press(3)  # the date of birth, under "show" and the name
        await person.send("05/03/1990")
        assert spelled in person.last_text, language
        assert await card_of(bot, person) == {}
        await person.press(1)
        assert await card_of(bot, person) == {CardField.DATE_OF_BIRTH: "1990-03-05"}


async def test_a_phone_number_without_a_country_code_is_asked_about(bot):
    alice = bot.user("alice", first_name="Alice")
    await alice.send("/card")
    await alice.press(PHONE)
    await alice.send("081 234 5678")
    assert "has no country code" in alice.last_text
    assert await card_of(bot, alice) == {}
    await alice.send("+66 81 234 5678")  # sent again, with the code: saved at once
    assert alice.last_text.startswith(f"✅ Saved: {PHONE}.")
    await alice.press("✓ " + PHONE)
    await alice.send("081 234 5678")
    await alice.press("✅ Save")  # kept as it is, on purpose
    assert await card_of(bot, alice) == {CardField.LAWYER_PHONE: "081 234 5678"}


async def test_a_replayed_or_forged_button_changes_nothing(bot):
    alice = bot.user("alice", first_name="Alice")
    await alice.send("/card")
    await fill(alice, NAME, "Alice Nakamura")
    await alice.press("🗑 Clear the whole card")
    confirm = alice.last
    yes = confirm.callback_data[0][0]
    await alice.press("Yes, clear everything")
    await fill(alice, NAME, "Alice Nakamura")
    # Pressing the spent confirmation again, and data no button ever carried.
    await alice.press_data(yes, message_id=confirm.message_id)
    await alice.press_data(yes.split(".")[0] + ".7")
    await alice.press_data("card-clear-all-do")
    assert alice.answers == ["This button has expired. Nothing was changed."] * 3
    assert await card_of(bot, alice) == {CardField.FULL_NAME: "Alice Nakamura"}


async def test_someone_elses_card_button_does_nothing(bot):
    alice = bot.user("alice", first_name="Alice")
    mallory = bot.user("mallory", first_name="Mallory")
    await alice.send("/card")
    await fill(alice, NAME, "Alice Nakamura")
    await alice.press("🗑 Clear the whole card")
    yes = alice.last.callback_data[0][0]
    await mallory.send("/card")
    await mallory.press_data(yes)
    assert mallory.answers == ["This button has expired. Nothing was changed."]
    await alice.press("Yes, clear everything")
    assert await card_of(bot, alice) == {}


async def test_a_field_being_set_survives_a_restart(bot):
    alice = bot.user("alice", first_name="Alice")
    await alice.send("/card")
    await alice.press("Medical needs")
    await bot.restart()
    await alice.send("Asthma: salbutamol inhaler")
    assert alice.last_text.startswith("✅ Saved: Medical needs.")
    assert await card_of(bot, alice) == {CardField.MEDICAL_NEEDS: "Asthma: salbutamol inhaler"}


async def test_cancel_in_the_middle_of_a_field_keeps_the_card(bot):
    alice = bot.user("alice", first_name="Alice")
    await alice.send("/card")
    await fill(alice, NAME, "Alice Nakamura")
    await alice.press("✓ " + NAME)
    await alice.send("/cancel")
    assert alice.last_text == "Cancelled. Nothing was changed."
    await alice.send("Someone Else")  # no longer a card field: a search of the rights pages
    assert "“Someone Else”" in alice.last_text
    assert await card_of(bot, alice) == {CardField.FULL_NAME: "Alice Nakamura"}


async def test_opening_the_card_again_ends_a_half_typed_change(bot):
    alice = bot.user("alice", first_name="Alice")
    await alice.send("/card")
    await alice.press(NAME)
    await alice.send("/card")
    await alice.send("Someone Else")  # no longer a card field: a search of the rights pages
    assert "“Someone Else”" in alice.last_text
    assert await card_of(bot, alice) == {}


async def test_the_shown_card_is_deleted_on_the_users_schedule_the_typed_value_at_once(bot):
    alice = bot.user("alice", first_name="Alice")
    await alice.send("/card")
    user = await services(bot).users.find(alice.id)
    await services(bot).users.update_settings(user, replace(user.settings, autodelete_seconds=60))
    typed = await fill(alice, NAME, "Alice Nakamura")
    await alice.press("👁 Show my card")
    shown = alice.last
    assert "Alice Nakamura" in shown.text
    assert shown.protect_content
    sent = SentMessageRepository(bot.database)
    almost = await sent.due(bot.clock.now() + timedelta(seconds=59))
    due = {m.message_id for m in await sent.due(bot.clock.now() + timedelta(seconds=60))}
    assert shown.message_id not in {m.message_id for m in almost}
    assert shown.message_id in due
    still_there = [m.message_id for m in bot.emulator.chat_messages(alice.id)]
    assert typed["message"]["message_id"] not in still_there


async def test_without_auto_delete_the_card_is_kept_but_still_protected(bot):
    alice = bot.user("alice", first_name="Alice")
    await alice.send("/card")
    await alice.press("👁 Show my card")
    assert alice.last.protect_content
    sent = SentMessageRepository(bot.database)
    assert await sent.due(bot.clock.now() + timedelta(days=2)) == []


async def test_disguise_mode_calls_the_card_a_profile(bot):
    alice = bot.user("alice", first_name="Alice")
    await alice.send("/card")
    user = await services(bot).users.find(alice.id)
    await services(bot).users.update_settings(user, replace(user.settings, disguise=True))
    await alice.send("/card")
    text = alice.last_text
    assert text.startswith("👤 Profile")
    for word in ("Emergency", "emergency", "alert", "police", "detained"):
        assert word not in text
    assert ["👁 Show my profile"] in alice.last.buttons
    assert ["Notes"] in alice.last.buttons
    await alice.press("👁 Show my profile")
    assert alice.last_text.startswith("👤 Your profile")


async def test_the_alert_flow_gets_the_card_by_user_id(bot):
    alice = bot.user("alice", first_name="Alice")
    await alice.send("/card")
    user = await services(bot).users.find(alice.id)
    assert await services(bot).cards.card_for_alert(user.id) is None
    await fill(alice, PHONE, "+60 12-777 3311")
    card = await services(bot).cards.card_for_alert(user.id)
    assert card is not None
    assert dict(card) == {CardField.LAWYER_PHONE: "+60 12-777 3311"}


async def test_a_phone_number_without_a_country_code_is_asked_about_in_arabic(bot):
    arabic = Translator.load()
    amal = bot.user("amal", language_code="ar")
    await amal.send("/card")
    await amal.press(arabic("ar", "card-field-lawyer-phone"))
    await amal.send("٠٨١ ٢٣٤ ٥٦٧٨")  # Arabic-Indic digits, no country code
    assert "081 234 5678" in amal.last_text
    assert await card_of(bot, amal) == {}
    await amal.press(arabic("ar", "card-button-save"))
    assert await card_of(bot, amal) == {CardField.LAWYER_PHONE: "081 234 5678"}
