## Switching disguise on: the offer to delete this chat's earlier messages. Shown in disguise
## mode, so neutral in every language. Telegram lets the bot delete them for 48 hours only.

disguise-clear-offer =
    { $count ->
        [one] One earlier message in this chat can still be deleted (Telegram allows it for 48 hours).
       *[other] { $count } earlier messages in this chat can still be deleted (Telegram allows it for 48 hours).
    } Delete them now?
disguise-clear-button = 🧹 Delete earlier messages
disguise-clear-done =
    { $count ->
        [0] Nothing could be deleted.
        [one] One earlier message deleted.
       *[other] { $count } earlier messages deleted.
    } Older messages stay: Telegram no longer lets the bot delete them.
