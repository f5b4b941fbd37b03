# Trusted contacts, only with consent: /invite, the invitation link, /contacts.
# Variables are HTML-escaped by the bot. Disguised wording (--disguised) avoids alert, SOS,
# danger and detention, for a phone someone else might glance at.

## Inviting (the defender)
invite-ask-label =
    Who do you want to invite as a trusted contact? Type the name you call them (up to 64 characters). Only you will see it.

    Send /cancel to stop.
invite-ask-label--disguised =
    Who do you want to invite? Type the name you call them (up to 64 characters). Only you will see it.

    Send /cancel to stop.
invite-label-invalid = Please type a name of 1 to 64 characters, or send /cancel to stop.
invite-ask-tier =
    When should <b>{ $label }</b> be alerted?

    Tier 1: alerted first.
    Tier 2: alerted if nobody in tier 1 responds.
invite-ask-tier--disguised =
    When should <b>{ $label }</b> hear from the bot?

    Tier 1: first.
    Tier 2: if nobody in tier 1 answers.
invite-tier-1 = Tier 1 – alerted first
invite-tier-1--disguised = Tier 1 – first
invite-tier-2 = Tier 2 – if tier 1 does not respond
invite-tier-2--disguised = Tier 2 – second
invite-ask-name =
    Which name will <b>{ $label }</b> see for you? Use your Telegram name, or type the name they know you by (up to 64 characters).
invite-use-own-name = Use “{ $name }”
invite-choose-tier = Please choose a tier with the buttons, or send /cancel to stop.
invite-link =
    Here is the invitation for <b>{ $label }</b>. Send them this link, ideally through a secure messenger:

    { $link }

    It works once, for { $hours } hours. When they open it they will see the name <b>{ $name }</b>, and can accept or decline; you will be told their answer. You can revoke it in /contacts.
invite-full = { $limit ->
    [one] You already have a trusted contact or an open invitation, the most allowed.
   *[other] You already have { $limit } trusted contacts and open invitations, the most allowed.
} Remove a contact or revoke an invitation in /contacts first.
invite-full--disguised =
    { $limit ->
        [one] You already have someone in your list or an open invitation, the most allowed.
       *[other] You already have { $limit } people in your list and open invitations, the most allowed.
    } Remove someone or revoke an invitation in /contacts first.

## Opening the link (the invited person)
invite-offer =
    <b>{ $name }</b> asks you to be one of their trusted contacts.

    This bot helps human rights defenders stay safe. As a trusted contact you would:
    • receive their SOS alerts, and an alert when they miss a check-in;
    • possibly receive their location and their emergency card (identity details, lawyer, medical needs);
    • be asked to act, for example try to reach them or call their lawyer.

    The bot never contacts the police or any other authority. You can step down at any time in /contacts.

    Whatever you answer, { $name } will be told, with your Telegram name.
invite-offer--disguised =
    <b>{ $name }</b> asks you to join their list of people.

    If they need you, this bot will write to you, possibly with where they are and their personal details (identity, adviser, health needs), and ask you to act, for example try to reach them or call someone for them. The bot never contacts any authority. You can leave the list at any time in /contacts.

    Whatever you answer, { $name } will be told, with your Telegram name.
invite-accept = ✅ Accept
invite-decline = Decline
invite-accepted = You are now a trusted contact for <b>{ $name }</b>. Thank you. /contacts shows the people you protect, and lets you step down.
invite-accepted--disguised = You are now in the list of <b>{ $name }</b>. Thank you. See /contacts.
invite-declined = You declined. <b>{ $name }</b> has been told; the link no longer works.
invite-malformed = This is not a valid invitation link. Check that you opened the whole link, or ask the person who sent it for a new one.
invite-unknown = This invitation link is not known. Ask the person who sent it for a new one.
invite-expired = This invitation link has expired: links work for { $hours } hours. Ask the person who sent it for a new one.
invite-used = This invitation link has already been used: each link works only once. Ask the person who sent it for a new one.
invite-already-accepted = You already accepted this invitation: you are a trusted contact for <b>{ $name }</b>. See /contacts.
invite-already-accepted--disguised = You already accepted this invitation: you are in the list of <b>{ $name }</b>. See /contacts.
invite-revoked = This invitation was revoked by the person who sent it, so it no longer works.
invite-was-declined = This invitation was declined, so it no longer works. Ask the person who sent it for a new one.
invite-own = This is your own invitation link: you cannot be your own trusted contact. Send the link to the person you want to invite; it still works.
invite-own--disguised = This is your own invitation link: you cannot be in your own list. Send the link to the person you want to invite; it still works.
invite-already-contact = You are already a trusted contact for <b>{ $name }</b>. Nothing was changed.
invite-already-contact--disguised = You are already in the list of <b>{ $name }</b>. Nothing was changed.

## Told to the defender
invite-defender-accepted =
    <b>{ $label }</b> accepted your invitation (their Telegram name: { $contact }). They are now your trusted contact, tier { $tier }, and will be alerted if you need help.

    If this is not who you meant to invite, remove them in /contacts.
invite-defender-accepted--disguised =
    <b>{ $label }</b> accepted your invitation (their Telegram name: { $contact }).

    If this is not who you meant to invite, remove them in /contacts.
invite-defender-declined = <b>{ $label }</b> declined your invitation (their Telegram name: { $contact }). The link no longer works.

## /contacts
contacts-title = <b>Your trusted contacts</b>
contacts-title--disguised = <b>Your people</b>
contacts-none = You have no trusted contacts yet. Invite someone you trust: they will be alerted if you need help.
contacts-none--disguised = You have nobody here yet. Invite someone you trust.
contacts-entry = • <b>{ $label }</b> – tier { $tier } – { $status }
contacts-status-active = active
contacts-status-unreachable = unreachable
contacts-tiers-note = Tier 1 is alerted first; tier 2 if nobody in tier 1 responds.
contacts-tiers-note--disguised = Tier 1 hears first; tier 2 if nobody in tier 1 answers.
contacts-invites-title = <b>Invitations waiting for an answer</b>
contacts-invite-entry = • <b>{ $label }</b> – tier { $tier } – pending until { $until }
contacts-protected-title = <b>You are a trusted contact for</b>
contacts-protected-title--disguised = <b>You are in the list of</b>
contacts-protected-entry = • <b>{ $name }</b>
contacts-button-tier = { $label }: to tier { $tier }
contacts-button-remove = Remove { $label }
contacts-button-revoke = Revoke invitation: { $label }
contacts-button-invite = ➕ Invite a contact
contacts-button-step-down = Step down: { $name }
contacts-button-keep = No, keep
contacts-remove-confirm = Remove <b>{ $label }</b> from your trusted contacts? They will only be told that they are no longer your trusted contact.
contacts-remove-confirm--disguised = Remove <b>{ $label }</b> from your list? They will only be told that they are no longer in it.
contacts-remove-yes = Yes, remove
contacts-removed = <b>{ $label }</b> is no longer your trusted contact.
contacts-removed--disguised = <b>{ $label }</b> is no longer in your list.
contacts-removed-notice = You are no longer a trusted contact for <b>{ $name }</b>.
contacts-removed-notice--disguised = You are no longer in the list of <b>{ $name }</b>.
contacts-tier-changed = <b>{ $label }</b> is now in tier { $tier }.
contacts-revoked = The invitation for <b>{ $label }</b> was revoked: its link no longer works.
contacts-step-down-confirm = Stop being a trusted contact for <b>{ $name }</b>? They will be told.
contacts-step-down-confirm--disguised = Leave the list of <b>{ $name }</b>? They will be told.
contacts-step-down-yes = Yes, step down
contacts-stepped-down = You are no longer a trusted contact for <b>{ $name }</b>. They have been told.
contacts-stepped-down--disguised = You are no longer in the list of <b>{ $name }</b>. They have been told.
contacts-stepped-down-notice = <b>{ $label }</b> is no longer your trusted contact: they stepped down. You can invite someone else in /contacts.
contacts-stepped-down-notice--disguised = <b>{ $label }</b> left your list. You can invite someone else in /contacts.
contacts-nothing-changed = Nothing was changed.
contacts-gone = That contact or invitation is no longer there. Nothing was changed.
