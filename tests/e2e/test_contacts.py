"""Trusted contacts, only with consent: /invite, the link, /contacts, through the real bot."""

import re
import secrets
from dataclasses import replace
from datetime import timedelta

from storage.db import database_files

LINK = re.compile(r"https://t\.me/defender_test_bot\?start=([A-Za-z0-9_-]+)")


async def invite(defender, label="Bob", tier=1) -> str:
    """The defender invites someone through the bot; the link's token."""
    await defender.send("/invite")
    await defender.send(label)
    await defender.press(tier)
    await defender.press(1)  # they will see the defender's Telegram name
    found = LINK.search(defender.last_text)
    assert found, defender.last_text
    return found[1]


async def linked(bot, defender, contact, label="Bob", tier=1) -> None:
    token = await invite(defender, label, tier)
    await contact.send(f"/start {token}")
    await contact.press("✅ Accept")


def services(bot):
    return bot.app.bot_data.services


async def user_of(bot, scripted):
    user = await services(bot).users.find(scripted.id)
    assert user is not None
    return user


async def count(bot, table: str, where: str = "1") -> int:
    async with bot.database.read() as tx:
        return int(await tx.scalar(f"SELECT count(*) FROM {table} WHERE {where}"))


def buttons_of(person) -> list[str]:
    return [button.text for button in person.last.flat_buttons]


def data_of(person, label: str) -> str:
    for button in person.last.flat_buttons:
        if button.text == label:
            return button.callback_data
    raise LookupError(label)


# ---------------------------------------------------------------------- accept and decline


async def test_an_invited_contact_who_accepts_is_active_on_both_sides(bot):
    alice = bot.user("alice", first_name="Alice")
    bob = bot.user("bob", first_name="Robert", last_name="Smith")
    await alice.send("/invite")
    assert "Type the name you call them" in alice.last_text
    await alice.send("  Bob  ")
    assert "When should Bob be alerted?" in alice.last_text
    await alice.press("Tier 1 – alerted first")
    assert "Which name will Bob see for you?" in alice.last_text
    await alice.press("Use “Alice”")
    assert "Here is the invitation for Bob" in alice.last_text
    assert "72 hours" in alice.last_text
    token = LINK.search(alice.last_text)[1]
    assert len(token) >= 22  # 128 random bits

    await bob.send(f"/start {token}")
    offer = bob.last_text
    assert offer.startswith("Alice asks you to be one of their trusted contacts.")
    assert "SOS alerts" in offer
    assert "location and their emergency card" in offer
    assert "never contacts the police" in offer
    assert buttons_of(bob) == ["✅ Accept", "Decline"]
    assert bob.last.protect_content

    await bob.press("✅ Accept")
    assert bob.last_text.startswith("You are now a trusted contact for Alice.")
    assert alice.last_text.startswith(
        "Bob accepted your invitation (their Telegram name: Robert Smith)"
    )

    await alice.send("/contacts")
    assert "Bob – tier 1 – active" in alice.last_text
    assert "Invitations waiting" not in alice.last_text
    assert alice.last.protect_content
    await bob.send("/contacts")
    assert "You are a trusted contact for\n• Alice" in bob.last_text
    assert "Step down: Alice" in buttons_of(bob)

    active = await services(bot).contacts.active_contacts(await user_of(bot, alice))
    assert [(c.label, c.tier, c.contact_user_id) for c in active] == [
        ("Bob", 1, (await user_of(bot, bob)).id)
    ]
    assert await count(bot, "invites", "status = 'used'") == 1


async def test_an_invited_contact_who_declines_is_not_linked_and_the_defender_is_told(bot):
    alice = bot.user("alice", first_name="Alice")
    bob = bot.user("bob", first_name="Bob")
    token = await invite(alice, "Bobby", tier=2)
    await bob.send(f"/start {token}")
    await bob.press("Decline")
    assert bob.last_text.startswith("You declined. Alice has been told")
    assert alice.last_text.startswith("Bobby declined your invitation (their Telegram name: Bob)")
    assert await count(bot, "contacts") == 0
    assert await count(bot, "invites", "status = 'declined'") == 1
    await alice.send("/contacts")
    assert "You have no trusted contacts yet" in alice.last_text
    assert "Bobby" not in alice.last_text
    await bob.send("/contacts")
    assert "You are a trusted contact for" not in bob.last_text


async def test_a_pending_invitation_is_listed_and_can_be_revoked(bot):
    alice = bot.user("alice", first_name="Alice")
    bob = bot.user("bob")
    token = await invite(alice, "Bob", tier=2)
    await alice.send("/contacts")
    # 72 hours from when it was made (each scripted action moves the emulator's clock on).
    assert re.search(r"Bob – tier 2 – pending until 2026-01-18 09:0\d", alice.last_text)
    await alice.press("Revoke invitation: Bob")
    assert alice.last_text.startswith("The invitation for Bob was revoked")
    assert "Invitations waiting" not in alice.last_text
    await bob.send(f"/start {token}")
    assert (
        bob.last_text
        == "This invitation was revoked by the person who sent it, so it no longer works."
    )
    assert "Alice" not in bob.last_text
    assert await count(bot, "contacts") == 0


# ---------------------------------------------------------------------- bad links


async def test_every_bad_link_gets_its_own_message_and_creates_no_contact(bot):
    alice = bot.user("alice", first_name="Alice")
    bob = bot.user("bob", first_name="Bob")
    carol = bot.user("carol", first_name="Carol")
    messages = {}

    await carol.send("/start not-a-token!")
    messages["malformed"] = carol.last_text
    await carol.send("/start " + "a" * 19)
    assert carol.last_text == messages["malformed"]
    await carol.send(f"/start {secrets.token_urlsafe(16)}")
    messages["unknown"] = carol.last_text

    expiring = await invite(alice, "Expiring")
    bot.clock.advance(timedelta(hours=73))
    await carol.send(f"/start {expiring}")
    messages["expired"] = carol.last_text

    revoked = await invite(alice, "Revoked")
    await alice.send("/contacts")
    await alice.press("Revoke invitation: Revoked")
    await carol.send(f"/start {revoked}")
    messages["revoked"] = carol.last_text

    declined = await invite(alice, "Declined")
    await bob.send(f"/start {declined}")
    await bob.press("Decline")
    await carol.send(f"/start {declined}")
    messages["declined"] = carol.last_text

    own = await invite(alice, "Mine")
    await alice.send(f"/start {own}")
    messages["own"] = alice.last_text

    assert await count(bot, "contacts") == 0
    assert len(set(messages.values())) == len(messages), messages
    for text in messages.values():
        assert "Alice" not in text
    assert "expired" in messages["expired"]
    assert "not known" in messages["unknown"]
    assert "not a valid invitation link" in messages["malformed"]
    assert "your own invitation link" in messages["own"]
    # The defender's own look at their link does not spend it.
    await bob.send(f"/start {own}")
    await bob.press("✅ Accept")
    assert await count(bot, "contacts") == 1


async def test_a_link_opened_again_after_it_was_accepted_helps_no_one_else(bot):
    alice = bot.user("alice", first_name="Alice")
    bob = bot.user("bob")
    carol = bot.user("carol")
    token = await invite(alice)
    await bob.send(f"/start {token}")
    await bob.press("✅ Accept")

    await carol.send(f"/start {token}")
    assert carol.last_text.startswith("This invitation link has already been used")
    assert "Alice" not in carol.last_text
    assert carol.last.inline_keyboard == []
    await bob.send(f"/start {token}")
    assert bob.last_text.startswith("You already accepted this invitation")
    assert await count(bot, "contacts") == 1


async def test_when_two_people_open_one_link_only_the_first_to_accept_is_linked(bot):
    alice = bot.user("alice", first_name="Alice")
    bob = bot.user("bob")
    carol = bot.user("carol")
    token = await invite(alice)
    await bob.send(f"/start {token}")
    await carol.send(f"/start {token}")
    await bob.press("✅ Accept")
    await carol.press("✅ Accept")
    assert carol.last_text.startswith("This invitation link has already been used")
    contacts = await services(bot).contacts.active_contacts(await user_of(bot, alice))
    assert [c.contact_user_id for c in contacts] == [(await user_of(bot, bob)).id]
    assert sum("accepted your invitation" in text for text in alice.texts()) == 1


async def test_an_existing_contact_opening_a_new_link_is_told_and_not_linked_twice(bot):
    alice = bot.user("alice", first_name="Alice")
    bob = bot.user("bob")
    await linked(bot, alice, bob)
    token = await invite(alice, "Bob again")
    await bob.send(f"/start {token}")
    assert bob.last_text == "You are already a trusted contact for Alice. Nothing was changed."
    assert await count(bot, "contacts") == 1


# ---------------------------------------------------------------------- authorization


async def test_a_stranger_cannot_press_the_invited_persons_accept_button(bot):
    alice = bot.user("alice", first_name="Alice")
    bob = bot.user("bob")
    mallory = bot.user("mallory")
    await mallory.send("/start")
    token = await invite(alice)
    await bob.send(f"/start {token}")
    accept = data_of(bob, "✅ Accept")

    await mallory.press_data(accept)
    assert mallory.answers[-1] == "This button has expired. Nothing was changed."
    assert await count(bot, "contacts") == 0
    assert await count(bot, "invites", "status = 'pending'") == 1
    await bob.press("✅ Accept")
    assert bob.last_text.startswith("You are now a trusted contact")


async def test_a_replayed_accept_changes_nothing(bot):
    alice = bot.user("alice", first_name="Alice")
    bob = bot.user("bob")
    token = await invite(alice)
    await bob.send(f"/start {token}")
    accept = data_of(bob, "✅ Accept")
    await bob.press_data(accept)
    sent_to_alice = len(alice.texts())
    await bob.press_data(accept)
    assert bob.answers[-1] == "This button has expired. Nothing was changed."
    assert await count(bot, "contacts") == 1
    assert len(alice.texts()) == sent_to_alice


async def test_only_the_defender_can_change_their_contacts(bot):
    alice = bot.user("alice", first_name="Alice")
    bob = bot.user("bob")
    mallory = bot.user("mallory")
    await mallory.send("/start")
    await linked(bot, alice, bob)
    await alice.send("/contacts")
    remove, tier = data_of(alice, "Remove Bob"), data_of(alice, "Bob: to tier 2")
    for intruder in (mallory, bob):
        for data in (remove, tier):
            await intruder.press_data(data)
            assert intruder.answers[-1] == "This button has expired. Nothing was changed."
    assert await count(bot, "contacts", "tier = 1") == 1
    # The defender's own buttons still work.
    await alice.press("Bob: to tier 2")
    assert alice.last_text.startswith("Bob is now in tier 2.")


async def test_the_service_refuses_changes_by_anyone_but_the_owner(bot):
    alice = bot.user("alice", first_name="Alice")
    bob = bot.user("bob")
    mallory = bot.user("mallory")
    await mallory.send("/start")
    await linked(bot, alice, bob)
    contacts = services(bot).contacts
    defender, contact, stranger = [await user_of(bot, p) for p in (alice, bob, mallory)]
    [link] = await contacts.active_contacts(defender)
    assert await contacts.set_tier(stranger, link.id, 2) is None
    assert await contacts.set_tier(contact, link.id, 2) is None
    assert await contacts.remove(stranger, link.id) is None
    assert await contacts.remove(contact, link.id) is None
    assert await contacts.step_down(stranger, link.id) is None
    assert await contacts.step_down(defender, link.id) is None
    assert await contacts.active_contacts(defender) == [link]


# ---------------------------------------------------------------------- changing the links


async def test_the_defender_moves_a_contact_between_tiers(bot):
    alice = bot.user("alice", first_name="Alice")
    bob = bot.user("bob")
    await linked(bot, alice, bob)
    await alice.send("/contacts")
    await alice.press("Bob: to tier 2")
    assert "Bob – tier 2 – active" in alice.last_text
    await alice.press("Bob: to tier 1")
    assert alice.last_text.startswith("Bob is now in tier 1.")
    assert "Bob – tier 1 – active" in alice.last_text


async def test_removing_a_contact_asks_first_and_tells_them_only_that_it_ended(bot):
    alice = bot.user("alice", first_name="Alice")
    bob = bot.user("bob")
    await linked(bot, alice, bob, label="My brother")
    await alice.send("/contacts")
    await alice.press("Remove My brother")
    assert alice.last_text.startswith("Remove My brother from your trusted contacts?")
    await alice.press("No, keep")
    assert alice.last_text.startswith("Nothing was changed.")
    assert await count(bot, "contacts") == 1

    await alice.press("Remove My brother")
    await alice.press("Yes, remove")
    assert alice.last_text.startswith("My brother is no longer your trusted contact.")
    assert bob.last_text == "You are no longer a trusted contact for Alice."
    assert await count(bot, "contacts") == 0
    await bob.send("/contacts")
    assert "You are a trusted contact for" not in bob.last_text


async def test_a_contact_who_steps_down_is_asked_first_and_the_defender_is_told(bot):
    alice = bot.user("alice", first_name="Alice")
    bob = bot.user("bob")
    await linked(bot, alice, bob)
    await bob.send("/contacts")
    await bob.press("Step down: Alice")
    assert bob.last_text.startswith("Stop being a trusted contact for Alice?")
    await bob.press("Yes, step down")
    assert bob.last_text.startswith("You are no longer a trusted contact for Alice.")
    assert alice.last_text.startswith("Bob is no longer your trusted contact")
    assert await services(bot).contacts.active_contacts(await user_of(bot, alice)) == []


async def test_a_person_can_be_a_defender_and_a_contact_at_once(bot):
    alice = bot.user("alice", first_name="Alice")
    bob = bot.user("bob", first_name="Bob")
    await linked(bot, alice, bob, label="Bob")
    await linked(bot, bob, alice, label="Ally")
    await alice.send("/contacts")
    assert "Bob – tier 1 – active" in alice.last_text
    assert "You are a trusted contact for\n• Bob" in alice.last_text
    await bob.send("/contacts")
    assert "Ally – tier 1 – active" in bob.last_text
    assert "You are a trusted contact for\n• Alice" in bob.last_text


async def test_a_defender_cannot_have_more_than_ten_contacts_and_invitations(bot):
    alice = bot.user("alice", first_name="Alice")
    bob = bot.user("bob")
    await linked(bot, alice, bob)
    defender = await user_of(bot, alice)
    for number in range(8):
        assert await services(bot).contacts.create_invite(defender, f"Friend {number}", 2)
    await invite(alice, "The tenth")
    await alice.send("/invite")
    assert alice.last_text.startswith("You already have 10 trusted contacts and open invitations")
    assert await services(bot).contacts.create_invite(defender, "Eleventh", 1) is None
    assert await count(bot, "invites") == 10
    # An expired invitation no longer counts.
    bot.clock.advance(timedelta(hours=73))
    await invite(alice, "After expiry")
    assert await count(bot, "invites", "status = 'pending'") == 10


async def test_labels_are_trimmed_checked_and_shown_as_text(bot):
    alice = bot.user("alice", first_name="Alice")
    await alice.send("/invite")
    await alice.send("x" * 65)
    assert alice.last_text.startswith("Please type a name of 1 to 64 characters")
    await alice.send("<b>Boss</b> & co")
    assert "When should <b>Boss</b> & co be alerted?" in alice.last_text
    await alice.press(2)
    await alice.press(1)
    await alice.send("/contacts")
    assert "Revoke invitation: <b>Boss</b> & co" in buttons_of(alice)


async def test_an_invitation_can_be_cancelled_midway(bot):
    alice = bot.user("alice", first_name="Alice")
    await alice.send("/invite")
    await alice.send("Bob")
    tier_buttons = alice.last.message_id
    await alice.send("/cancel")
    await alice.press_on(tier_buttons, 1)
    assert alice.last_text.startswith("That step took too long")
    assert await count(bot, "invites") == 0


async def test_the_invite_flow_continues_after_a_restart(bot):
    alice = bot.user("alice", first_name="Alice")
    await alice.send("/invite")
    await bot.restart()
    await alice.send("Bob")
    assert "When should Bob be alerted?" in alice.last_text
    await bot.restart()
    await alice.press(1)
    await bot.restart()
    await alice.send("Auntie")  # the name Bob will see, typed
    token = LINK.search(alice.last_text)[1]
    bob = bot.user("bob")
    await bob.send(f"/start {token}")
    await bob.press("✅ Accept")
    assert alice.last_text.startswith("Bob accepted your invitation")


async def test_the_invite_button_under_contacts_starts_the_flow(bot):
    alice = bot.user("alice", first_name="Alice")
    await alice.send("/contacts")
    await alice.press("➕ Invite a contact")
    assert "Type the name you call them" in alice.last_text


async def test_disguise_mode_words_the_tiers_neutrally(bot):
    alice = bot.user("alice", first_name="Alice")
    await alice.send("/start")
    defender = await user_of(bot, alice)
    await services(bot).users.update_settings(defender, replace(defender.settings, disguise=True))
    await alice.send("/invite")
    await alice.send("Bob")
    for text in [alice.last_text, *buttons_of(alice)]:
        assert "alert" not in text.lower()
    await alice.send("/contacts")
    assert "alert" not in alice.last_text.lower()


# ---------------------------------------------------------------------- at rest


async def test_tokens_labels_and_names_never_reach_the_disk_in_plaintext(bot):
    alice = bot.user("alice", first_name="Zebulonia")
    bob = bot.user("bob", first_name="Bartholomew")
    pending = await invite(alice, "Quixotic Pending")
    used = await invite(alice, "Quixotic Accepted")
    await bob.send(f"/start {used}")
    await bob.press("✅ Accept")
    needles = [pending, used, "Quixotic", "Zebulonia", "Bartholomew"]

    def on_disk() -> bytes:
        files = database_files(bot.database.path)
        return b"".join(f.read_bytes() for f in files if f.exists())

    async with bot.database.read() as tx:
        hashes = [row[0] for row in await tx.fetchall("SELECT token_hash FROM invites")]
    assert len(hashes) == 2
    written_while_open = on_disk()
    await bot.database.checkpoint()
    written_after_checkpoint = on_disk()
    for needle in needles:
        assert needle.encode() not in written_while_open, needle
        assert needle.encode() not in written_after_checkpoint, needle
    assert all(h in written_after_checkpoint for h in hashes)


async def test_the_deployment_sets_the_contact_limit_and_link_lifetime(tmp_path):
    from tests.e2e.harness import BotHarness

    bot = BotHarness(tmp_path / "data", BOT_MAX_CONTACTS="1", BOT_INVITE_TTL_HOURS="2")
    await bot.start()
    try:
        alice = bot.user("alice", first_name="Alice")
        bob = bot.user("bob", first_name="Bob")
        token = await invite(alice, "Bob")
        assert "2 hours" in alice.last_text
        await alice.send("/invite")
        assert "You already have a trusted contact or an open invitation" in alice.last_text
        bot.clock.advance(timedelta(hours=3))
        await bob.send(f"/start {token}")
        assert "expired" in bob.last_text
    finally:
        await bot.stop()


async def test_a_contact_who_wipes_is_reported_to_their_defender_without_details(bot):
    alice = bot.user("alice", first_name="Alice")
    bob = bot.user("bob", first_name="Bob")
    await linked(bot, alice, bob, label="Brother")
    await bob.send("/wipe")
    await bob.send("DELETE")
    assert (
        alice.last_text
        == "One of your trusted contacts has left the bot. Check your list with /contacts."
    )
    await alice.send("/contacts")
    assert "Brother" not in alice.last_text


async def test_someone_new_arriving_through_a_link_is_welcomed_before_the_invitation(bot):
    alice = bot.user("alice", first_name="Alice")
    newcomer = bot.user("nadia", first_name="Nadia")
    token = await invite(alice, "Nadia")
    await newcomer.send(f"/start {token}")
    welcome, picker, invitation = newcomer.inbox[-3:]
    assert welcome.text.startswith("Welcome, Nadia.")
    assert welcome.reply_keyboard is not None
    assert picker.text == "Choose your language:"  # a contact chooses theirs too
    assert "Français" in [b.text for row in picker.inline_keyboard for b in row]
    assert "Alice" in invitation.text
    assert [b.text for b in invitation.inline_keyboard[0]] == ["✅ Accept", "Decline"]


async def test_the_defender_chooses_the_name_the_contact_sees(bot):
    alice = bot.user("alice", first_name="Alice", last_name="Realname")
    bob = bot.user("bob", first_name="Bob")
    await alice.send("/invite")
    await alice.send("Bob")
    await alice.press(1)
    await alice.send("x" * 65)
    assert alice.last_text.startswith("Please type a name of 1 to 64 characters")
    await alice.send("Teacher Maya")
    token = LINK.search(alice.last_text)[1]
    assert "they will see the name Teacher Maya" in alice.last_text
    await bob.send(f"/start {token}")
    assert "Teacher Maya" in bob.last_text
    assert "Realname" not in bob.last_text
    await bob.press("✅ Accept")
    await bob.send("/contacts")
    assert "Teacher Maya" in bob.last_text
    assert "Realname" not in bob.last_text


async def test_the_invited_person_reads_the_invitation_in_their_own_language(bot):
    alice = bot.user("alice", first_name="Alice")
    rosa = bot.user("rosa", first_name="Rosa", language_code="es")
    token = await invite(alice, "Rosa")
    await rosa.send(f"/start {token}")
    assert "te pide ser uno de sus contactos de confianza" in rosa.last_text
    await rosa.press("✅ Aceptar")
    assert rosa.last_text.startswith("Ahora eres contacto de confianza de Alice")
    assert alice.last_text.startswith("Rosa accepted your invitation")
