# English UI strings: the source language. Every other language falls back to these, message by
# message. Variables are HTML-escaped by the bot before they reach a message.

# The name of this language, in this language, for the language picker.
language-name = English

start-welcome =
    Welcome, { $name }.

    This bot helps human rights defenders stay safe: regular check-ins, alerts to people you trust when you need help, and information on your rights.

    <b>What it keeps:</b> your Telegram name and language, your settings, your trusted contacts and, if you fill it, your emergency card. All of it is encrypted before it is stored.

    <b>Your contacts see nothing</b> until an alert goes out: only then do they get what they need to help you.

    <b>/wipe</b> erases everything about you, at once.
start-welcome--disguised =
    Welcome, { $name }.

    Everything this bot keeps about you is encrypted. /wipe erases it at once.
start-welcome-back =
    Welcome back, { $name }.

    Send /help to see what you can do.
help--disguised =
    What you can do here:

    /contacts – people
    /invite – invite someone
    /card – profile
    /settings – settings
    /wipe – reset
    /cancel – stop
    /help – this list
start-choose-language = Choose your language:
language-set = Language: { $language }.
help =
    What you can do here:

    /sos – alert your trusted contacts now (you can add what is happening: /sos stopped at the border)
    🆘 SOS and ✅ I'm safe – the same from the keyboard; 📍 shares your location during an alert
    /checkin – check in; /schedule – check-ins that alert your contacts if you miss one; /status
    /contacts – your trusted contacts, and the people you protect
    /invite – invite someone to be your trusted contact
    /card – your emergency card
    /rights – your rights: detention, visas, legal help (or just type a word to search)
    /directory – legal aid, hotlines and emergency lines
    /settings – language, time zone, auto-delete, disguise
    /wipe – erase everything about you
    /cancel – stop what you are doing
    /help – this list

    The bot never contacts the police or any authority on its own.
    For the network's coordinators: /alerts and /resolve.
start-in-group = Please talk to me in a private chat: open my profile and press Start. Nothing about you is shared in this group.
not-understood = I did not understand that. Send /help to see what you can do.
error-generic = Something went wrong on our side. Nothing you saved was lost. Please try again in a moment.
error-storage-full = The bot could not save this because its server is out of space. What you saved before is safe. Please try again later.

## Conversation plumbing
button-expired = This button has expired. Nothing was changed.
step-expired = That step took too long and was stopped. Nothing was changed; please start again.
cancelled = Cancelled. Nothing was changed.
nothing-to-cancel = There is nothing to cancel.

## The persistent keyboard. Disguised wording must not hint at danger.
keyboard-sos = 🆘 SOS
keyboard-sos--disguised = 📞 Call
keyboard-safe = ✅ I'm safe
keyboard-safe--disguised = ✅ Done
keyboard-rights = ⚖️ Rights
keyboard-rights--disguised = 📖 Read
keyboard-menu = ☰ Menu

## Menu and keyboard answers
menu =
    <b>Menu</b>

    /sos – alert your contacts now
    /checkin – I'm safe
    /schedule – check-ins that alert your contacts if you miss one
    /status – your schedule and any open alert
    /contacts – trusted contacts
    /invite – invite a trusted contact
    /card – emergency card
    /rights – your rights
    /directory – legal aid, hotlines and emergency lines
    /settings – settings
    /setup – guided set-up
    /help – help
menu--disguised =
    <b>Menu</b>

    /checkin – done
    /schedule – routine
    /status – status
    /contacts – people
    /invite – invite someone
    /card – profile
    /settings – settings
    /help – help

## Command menus, one per language (setMyCommands)
command-start = Start, or see the welcome again
command-help = What you can do
command-sos = Alert your trusted contacts now
command-sos--disguised = Call
command-checkin = Check in: I'm safe
command-checkin--disguised = Reply: all is well
command-schedule = Your safety check-in schedule
command-schedule--disguised = Your routine
command-status = Your schedule, next check-in and open alerts
command-status--disguised = Your routine and next reply
command-contacts = Your trusted contacts
command-contacts--disguised = People
command-invite = Invite a trusted contact
command-invite--disguised = Invite someone
command-card = Your emergency card
command-card--disguised = Profile
command-rights = Your rights: detention, visas, legal help
command-rights--disguised = Reading
command-directory = Legal aid, hotlines and emergency lines
command-directory--disguised = Addresses
command-settings = Language, time zone, privacy
command-wipe = Erase everything about you
command-wipe--disguised = Reset
command-cancel = Stop what you are doing

## Coordinators
coordinators-set = This group is now the network's coordinators' chat. Alerts that nobody handles in time will come here. Members of this group are coordinators.
coordinators-not-admin = Only an admin of this bot can do this.
coordinators-in-private = Send /coordinators inside the group that should become the coordinators' chat.

## The guided set-up after choosing a language (/setup to see it again)
setup-step-title = <b>Getting started · step { $number } of { $total }</b>
setup-timezone-explain = Your time zone, so check-ins and times are shown on your own clock.
setup-timezone-do = 🕓 Choose my time zone
setup-card-explain = Your emergency card: what your trusted contacts need to help if you are detained (your name, documents, lawyer, medical needs). It is shared only inside an alert.
setup-card-explain--disguised = Your profile: what the people you choose would need to help you. It is shared only when you call for help.
setup-card-do = 🪪 Fill my card
setup-card-do--disguised = 🪪 Fill my profile
setup-card-menu = Choose a field to fill; skip any you prefer not to give. { $filled } of { $total } fields filled. Press ⏭ Next on the set-up message when you are done.
setup-contact-explain = A trusted contact: someone who receives your alerts and acts on them. They become one only by accepting the invitation link you send them.
setup-contact-explain--disguised = Someone you trust, who is told when you call for help. They must accept the link you send them.
setup-contact-do = ➕ Invite a contact
setup-schedule-explain = A check-in schedule: if you do not check in on time, your contacts are alerted. Useful before a risky visit, a hearing or a crossing.
setup-schedule-explain--disguised = A routine: if you do not reply on time, the people you chose are told.
setup-schedule-do = 🗓 Set a schedule
setup-schedule-do--disguised = 🗓 Set a routine
setup-pin-explain = A safety PIN: without it, nobody holding your phone can close your alert, pause your check-ins or remove your contacts.
setup-pin-explain--disguised = A code: without it, nobody holding your phone can change what you set up here.
setup-pin-do = 🔐 Set a safety PIN
setup-pin-do--disguised = 🔐 Set a code
setup-next = ⏭ Next
setup-stop = ✖️ Stop setting up
setup-done = ✅ You are set up. Everything can be changed later: /settings, /card, /contacts, /schedule. Send /help to see what you can do.
setup-stopped = Set-up stopped. Continue any time with /setup.
