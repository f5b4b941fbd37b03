## /settings → Your phone: what a phone can still show, and the limit on deleting

settings-phone = 📱 Your phone
phone-advice =
    <b>📱 What your phone can still show</b>

    The bot deletes what it can, but someone who takes or checks your phone may still see:
    • this chat in your chat list, with the bot's name and photo;
    • new messages on the lock screen, in notifications;
    • messages older than 48 hours, or sent while auto-delete was off: Telegram no longer lets the bot delete them.

    <b>What you can do</b>
    • Archive this chat and mute it, so it stays out of your main chat list.
    • Hide message previews: in Telegram's Settings → Notifications and Sounds, turn off message previews; in your phone's settings, hide notification content on the lock screen.
    • Lock Telegram with a passcode: Telegram's Settings → Privacy and Security → Passcode.
    • Turn on auto-delete here, and disguise if the bot's words could give you away.
    • Before your phone may be checked, delete this chat, but do not block or stop the bot: what it keeps for you stays, and the chat comes back when the bot next writes to you or when you send /start.
phone-advice--disguised =
    <b>📱 Privacy on this phone</b>

    Anyone holding your phone may see this chat in your chat list, with the bot's name and photo, new messages on the lock screen, and messages older than 48 hours (Telegram no longer lets the bot delete them).

    • Archive this chat and mute it.
    • Hide message previews: in Telegram's Settings → Notifications and Sounds, and in your phone's lock screen settings.
    • Lock Telegram with a passcode: Telegram's Settings → Privacy and Security → Passcode.
    • Turn on auto-delete here.
    • You can delete this chat at any time (do not block the bot); it comes back when the bot writes to you or when you send /start.

autodelete-telegram-limit =
    Telegram lets a bot delete a message only in the 48 hours after it was sent. So what you type when the bot asks for it (a card field, a name, a PIN, the word to erase everything) is deleted at once. What you send during an alert, and your searches, go with the bot's messages after your delay, and never later than 46 hours. Anything older, and everything while auto-delete is off, stays until you delete it yourself: delete the messages, or the whole chat.
autodelete-telegram-limit--disguised =
    Telegram lets a bot delete a message only in the 48 hours after it was sent. So what you type when the bot asks a question is deleted at once; your other messages here, and your searches, go with the bot's messages after your delay, and never later than 46 hours. Anything older, and everything while auto-delete is off, stays until you delete it yourself.
