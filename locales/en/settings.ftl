## /settings

settings-title =
    <b>Settings</b>

    Language: { $language }
    Time zone: { $timezone } (now { $time })
    Auto-delete: { $autodelete }
    Disguise: { $disguise_mode }
    Time for your contacts to answer an alert: { $answer_time }
settings-language = 🌐 Language
settings-timezone = 🕓 Time zone
settings-autodelete = 🧹 Auto-delete
settings-ack-timeout = ⏱ Answer time
settings-ack-timeout--disguised = ⏱ Reply time
settings-disguise-on = 🎭 Disguise: turn on
settings-disguise-off = 🎭 Disguise: turn off
settings-wipe = 🗑 Erase everything
settings-wipe--disguised = 🗑 Reset
settings-back = ← Back

settings-on = on
settings-off = off

timezone-choose = Choose your time zone, or press “Type another” and send your city or country (Bangkok, Tehran, Nepal) or an offset such as UTC+7.
timezone-type-another = ⌨️ Type another
timezone-ask = Send your city or country, in your language or in English (Bangkok, Tehran, Nepal), or an offset such as UTC+7 or GMT+5:30. /cancel to stop.
timezone-invalid = I do not know the time zone “{ $text }”. Send a nearby big city (Kuala Lumpur, Jakarta, Dubai), a name such as Asia/Makassar, or an offset such as UTC+7, or /cancel.
timezone-set = Time zone: { $timezone } (now { $time }).

autodelete-explain =
    The bot can delete its own messages that show sensitive things (your card, your contacts, alert details) from this chat after a delay, so they are not there if your phone is taken. Telegram lets the bot do this for 48 hours.
autodelete-off = Off
autodelete-seconds = { $minutes ->
    [1] after 1 minute
    [60] after 1 hour
    [1440] after 24 hours
   *[other] after { $minutes } minutes
}
autodelete-set = Auto-delete: { $choice }.

ack-timeout-explain =
    When you raise an alert, your first contacts have this long to press “I'm on it” before your second contacts are told, and then the coordinators. Shorter is safer in a high-risk moment; longer suits contacts who may be asleep in another time zone.
ack-timeout-explain--disguised = How long people have to reply before the next people are asked.
ack-timeout-network = the network's setting ({ $minutes } min)
ack-timeout-minutes = { $minutes } minutes

disguise-on = Disguise is on: this chat now uses neutral words and buttons. Everything works as before.
disguise-off = Disguise is off.

wipe-ask =
    This erases <b>everything</b> the bot keeps about you: your settings, your card, your trusted contacts and the people you protect (they will be told only that a contact left). The bot will also delete its recent messages in this chat where Telegram allows.

    This cannot be undone. To go ahead, send the word <b>{ $word }</b>. To stop, send /cancel.
wipe-ask--disguised =
    This erases <b>everything</b> the bot keeps about you: your settings, your profile, your list of people and the lists you are in (they will be told only that someone left). The bot will also delete its recent messages in this chat where Telegram allows.

    This cannot be undone. To go ahead, send the word <b>{ $word }</b>. To stop, send /cancel.
wipe-word = DELETE
wipe-not-confirmed = That was not the word { $word }. Nothing was erased. Send { $word } to erase everything, or /cancel.
wipe-done = Everything about you has been erased from this bot. If you want to use it again, send /start.
wipe-contact-left = One of your trusted contacts has left the bot. Check your list with /contacts.
wipe-contact-left--disguised = Someone left. See /contacts.

## Neutral wording while disguise mode is on
settings-title--disguised =
    <b>Settings</b>

    Language: { $language }
    Time zone: { $timezone } (now { $time })
    Auto-delete: { $autodelete }
    Plain style: { $disguise_mode }
    Time to reply: { $answer_time }
settings-disguise-off--disguised = 🎭 Plain style: turn off
autodelete-explain--disguised = The bot can delete its own messages from this chat after a delay. Telegram lets it do this for 48 hours.
disguise-on--disguised = Plain style is on.
