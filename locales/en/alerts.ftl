## Alerts. Messages to recipients (contacts, coordinators) start with alert-; messages to the
## defender about their alert start with alert-you- or sos-. Every alert message ends with its
## reference, so a copy sent twice after a restart is recognisable.
## Disguised wording: for people who turned disguise mode on. It must not hint at danger.

alert-reference = Ref { $ref }
alert-reference--disguised = Ref { $ref }
# What is left of a copy of an alert once its details are taken away: no word in it may
# tell what it was.
copy-redacted = Ref { $ref } · details removed.

## Names

alert-name-coordinators = the network's coordinators
alert-name-coordinators--disguised = the organisers
# How many people the name above counts as when words agree with it: 2 when it is
# plural ("the coordinators are"), 1 when it is singular ("la coordination est").
alert-name-coordinators-count = 2
alert-name-former-contact = someone who is no longer your contact
alert-name-former-contact--disguised = someone who is no longer in your list
alert-name-someone = another contact

## Lists of names (issue 11): "A and B", "A, B and C". Translate only the joining words.
## $first may itself be a list already joined with alert-names-comma.

alert-names-and = { $first } and { $second }
alert-names-comma = { $first }, { $second }

## The alert itself, to a contact or to the coordinators

alert-title-sos = 🆘 <b>SOS: { $who } needs help now.</b>
alert-title-sos--disguised = 🔴 <b>{ $who } needs you now.</b>
alert-title-missed = ⏰ <b>{ $who } missed a safety check-in.</b>
alert-title-missed--disguised = 🔴 <b>{ $who } has not replied on time.</b>

## A duress alert (issue 11): the person typed their duress word, so someone may be forcing
## them and watching their phone. Never suggest calling or messaging them.

alert-title-duress =
    🚨 <b>DURESS: { $who } sent their duress word.</b>
    They may be with someone who is forcing them. <b>Do not call or message them openly.</b>
alert-title-duress--disguised = 🔴 <b>{ $who } needs you now. Do not call or message them.</b>
alert-reminder-line = 🔁 Reminder: nobody has said they are on it yet.
alert-reminder-line--disguised = 🔁 Reminder: nobody has replied yet.
alert-escalated-line = You are receiving this because the first people asked have not answered.
alert-follow-up-line = You are receiving this because the alert is still open and nobody has reported back on it.
alert-follow-up-line--disguised = You are receiving this because it is still open and nobody has reported back on it.
alert-raised-at = Raised: { $when }
alert-raised-at--disguised = Sent: { $when }
alert-last-checkin = Last check-in: { $when }
alert-last-checkin--disguised = Last reply: { $when }
alert-their-words = Their message: “{ $note }”
alert-location-below = 📍 Their last known location ({ $when }) follows below.
alert-location-none = 📍 They have not shared a location yet.
alert-location-earlier = 📍 Their last known location ({ $when }) was sent to you in this chat.
alert-location-label = 📍 <b>{ $who }</b> shared this location at { $when }:
alert-location-label--disguised = 📍 { $who } shared this place at { $when }:
alert-card-title = 🪪 <b>Their emergency card</b>
alert-card-title--disguised = 🪪 <b>Their details</b>
alert-card-earlier = 🪪 Their emergency card was sent to you with the first message about this alert.
alert-card-earlier--disguised = 🪪 Their details were sent to you with the first message.
alert-open-chat = 💬 <a href="{ $link }">Open a chat with { $who }</a>
alert-guidance =
    <b>What to do</b>
    • Try to reach them now, by call or message.
    • If they may be detained: contact their lawyer, and find out where they are held through the lawyer or an organisation that supports migrants (asking the authorities yourself can expose you). Standards say they should have prompt access to a lawyer; not every country guarantees it.
    • Contact their consulate only if they agreed to it.
    • Press “I'm on it” so others know, or “I can't help” to pass it on at once.
    Rights information: /rights
alert-guidance--disguised =
    <b>What to do</b>
    • Try to reach them now, by call or message.
    • Do what you agreed with them beforehand.
    • Press “I'm on it” so others know, or “I can't help” to pass it on at once.
alert-guidance-duress =
    <b>What to do</b>
    • Do not call or message them openly: someone may be watching their phone. Their screen shows nothing of this alert.
    • Act through people you trust: their lawyer, their colleagues, the network's coordinators.
    • If they may be detained: contact their lawyer, and find out where they are held through the lawyer or an organisation that supports migrants (asking the authorities yourself can expose you). Standards say they should have prompt access to a lawyer; not every country guarantees it.
    • Contact their consulate only if they agreed to it.
    • Press “I'm on it” so others know, or “I can't help” to pass it on at once.
    Rights information: /rights
alert-guidance-duress--disguised =
    <b>What to do</b>
    • Do not call or message them: others may see their phone. They see nothing of this.
    • Do what you agreed with them beforehand, through people you trust.
    • Press “I'm on it” so others know, or “I can't help” to pass it on at once.
alert-button-on-it = 🙋 I'm on it
alert-button-cant-help = ✋ I can't help
alert-button-resolve = ✔️ Resolve

## Follow-ups to the people an alert reached

alert-to-handled-by = 🙋 { $helper } is handling the alert about { $who }.
alert-to-handled-by--disguised = 🙋 { $helper } is taking care of { $who }.
alert-to-follow-up-asked = ⏰ You said you were on the alert about { $who }, and nobody has heard from you since, so it has gone to more people. Reply to the alert with what is happening, or press “I'm on it” on it again if you are still on it.
alert-to-follow-up-asked--disguised = ⏰ You said you would take care of { $who }. Please tell the others how it is going, or press “I'm on it” again.
alert-to-resolved = ✅ { $who } closed the alert with their safety PIN. A PIN can be forced out of someone: if anything seems wrong, check on them through people you trust.
alert-to-resolved--disguised = ✅ { $who } confirmed all is well now.
alert-to-resolved-unverified = ✅ { $who } says they are safe. This is not verified: they have set no safety PIN. The alert is closed.
alert-to-resolved-unverified--disguised = ✅ { $who } says all is well now (not confirmed).
alert-to-checked-in = ✅ { $who } checked in at { $time } and closed the alert with their safety PIN. A PIN can be forced out of someone: if anything seems wrong, check on them through people you trust.
alert-to-checked-in--disguised = ✅ { $who } replied at { $time }. All is well.
alert-to-checked-in-unverified = ✅ { $who } checked in at { $time }. This is not verified: they have set no safety PIN. The alert is closed.
alert-to-checked-in-unverified--disguised = ✅ { $who } replied at { $time } (not confirmed).
alert-to-resolved-by-coordinator = ✅ The coordinators closed the alert about { $who }.
alert-to-resolved-by-coordinator--disguised = ✅ The organisers say all is well with { $who }.
alert-to-resolved-reason-by-coordinator = ✅ The coordinators closed the alert about { $who }: { $reason }
alert-to-resolved-reason-by-coordinator--disguised = ✅ The organisers say all is well with { $who }: { $reason }
alert-to-false-alarm = ↩️ False alarm: { $who } cancelled the alert with their safety PIN. No action is needed.
alert-to-false-alarm--disguised = ↩️ { $who } sent that by mistake. No action is needed.
alert-to-possibly-coerced = ⚠️ { $who } says they are safe, but this is not verified: they may have been forced to say so. The alert stays open until someone confirms they are safe.
alert-to-account-erased = ⚠️ { $who } erased their account while their alert was still open. They may have been forced to. Check on them directly; the alert can no longer be answered here.
alert-to-account-erased--disguised = ⚠️ { $who } left while this was still open. Please check on them directly.
alert-to-new-words = 💬 { $who } adds: “{ $note }”
alert-to-possibly-coerced--disguised = ⚠️ { $who } says all is well, but this is not confirmed yet. Please check on them yourself.

## To the defender, about their alert

sos-raised =
    🆘 <b>SOS sent.</b> Sending it now to: { $names }.
    If you can, share your location with the button below. Press “I'm safe” when you are safe.
sos-raised--disguised =
    📞 <b>Done.</b> Sending it now to: { $names }.
    Press “Done” when all is well.
sos-raised-nobody =
    ⚠️ <b>Nobody can receive this alert.</b> You have no trusted contacts, and the network has no coordinators' chat.
    If you are in danger now, call or message someone you trust directly. Then add a contact with /invite.
sos-raised-nobody--disguised =
    ⚠️ <b>Nobody could be told.</b> There is nobody in your list yet.
    Add someone with /invite.
sos-already-open =
    🆘 Your alert is still open ({ $ref }). { $count ->
        [0] It has not reached anyone yet.
        [one] { $names } has been told.
       *[other] { $names } have been told.
    }
    Share your location with the button below if you can, and press “I'm safe” when you are safe.
sos-already-open--disguised =
    📞 Your message is still open ({ $ref }). Press “Done” when all is well.
sos-words-passed-on = Your words were passed on to everyone told.
sos-words-passed-on--disguised = Your words were passed on.
sos-button-false-alarm = ↩️ False alarm: cancel
sos-button-false-alarm--disguised = ↩️ Sent by mistake
keyboard-share-location = 📍 Share my location
keyboard-share-location--disguised = 📍 Share place
sos-location-shared = 📍 Your location was passed on to everyone told of your alert.
sos-location-shared--disguised = 📍 Your place was passed on.
sos-location-no-alert = I pass on your location only during an alert. Press 🆘 SOS if you need help.
sos-location-no-alert--disguised = Nothing is open at the moment.
sos-already-closed = This alert is already closed.
sos-already-closed--disguised = This is already closed.

alert-you-who-was-notified = 📨 Your alert reached { $names }.
alert-you-who-was-notified--disguised = 📨 Delivered to { $names }.
alert-you-acknowledged-by =
    🙋 { $count ->
        [one] { $names } is on it.
       *[other] { $names } are on it.
    }
alert-you-unreachable = ⚠️ { $names } could not be reached (they may have blocked the bot).
alert-you-unreachable--disguised = ⚠️ { $names } could not be reached.
alert-you-cant-help = ✋ { $names } said they cannot help.
alert-you-cant-help--disguised = ✋ { $names } cannot do it.
alert-you-nobody-to-alert = ⚠️ <b>Nobody can receive your alert.</b> Add a trusted contact with /invite.
alert-you-nobody-to-alert--disguised = ⚠️ Nobody could be told. Add someone with /invite.
alert-you-nobody-left = ⚠️ <b>Nobody is left to help.</b> Everyone your alert was meant for could not be reached or said they cannot help. Call or message someone you trust directly.
alert-you-nobody-left--disguised = ⚠️ Nobody is available. Call someone you trust.
alert-you-resolved = ✅ Your alert is closed. Everyone who was told now knows you are safe.
alert-you-resolved--disguised = ✅ Closed. Everyone was told all is well.
alert-you-resolved-by-coordinator = ✅ The network's coordinators closed your alert: { $reason }
alert-you-resolved-by-coordinator--disguised = ✅ The organisers closed it: { $reason }
alert-you-resolved-by-coordinator-no-reason = ✅ The network's coordinators closed your alert.
alert-you-resolved-by-coordinator-no-reason--disguised = ✅ The organisers closed it.
alert-you-cancelled = ↩️ Cancelled. Everyone who was told knows it was a false alarm.
alert-you-cancelled--disguised = ↩️ Cancelled. Everyone was told it was a mistake.
alert-you-false-alarm-window-passed = Too late to cancel: your contacts are already acting on it. Press “I'm safe” when you are safe.
alert-you-false-alarm-window-passed--disguised = Too late to cancel. Press “Done” when all is well.

## Contacts answering

alert-answer-on-it = Thank you. Everyone involved now knows you are on it.
alert-answer-cant-help = Understood. Others are being asked instead.
alert-answer-gone = This alert is no longer yours to answer.
alert-answer-gone--disguised = This is no longer yours to answer.
alert-answer-closed = This alert is already closed. Nothing else is needed.
alert-answer-closed--disguised = This is already closed. Nothing else is needed.
alert-answer-already = Someone is already on it; you are recorded too.

## Coordinators

alerts-not-coordinator = Only the network's coordinators can see open alerts.
alerts-none = ✅ No open alerts.
alerts-header = <b>Open alerts: { $count }</b>
alerts-line =
    <b>{ $ref }</b> · { $kind } · { $who }
    Raised { $age } ago · reached: { $level } · on it: { $helper }
alerts-kind-sos = SOS
alerts-kind-missed = missed check-in
alerts-kind-duress = DURESS (do not contact them openly)
alerts-level-0 = nobody
alerts-level-1 = first contacts
alerts-level-2 = second contacts
alerts-level-3 = coordinators
alerts-nobody-yet = nobody yet
alerts-coerced = ⚠️ possibly forced to say they are safe
alerts-button-on-it = 🙋 { $ref }: on it
alerts-button-resolve = ✔️ { $ref }: resolve
alerts-resolve-ask = How was the alert { $ref } resolved? (Or send /resolve { $ref } followed by your own words.)
alerts-reason-safe = Confirmed safe
alerts-reason-false-alarm = False alarm
alerts-reason-handled = Handled by the network
alerts-acknowledged = 🙋 { $name } (coordinators) is on { $ref }.
alerts-resolved = ✔️ { $name } resolved { $ref }: { $reason }
alerts-unknown-ref = No open alert has the reference { $ref }. Send /alerts to see them.
alerts-resolve-usage = Send /resolve followed by the alert's reference and what happened, for example: /resolve Q7XK2M reached her lawyer
alerts-closed = { $ref } is already closed.
