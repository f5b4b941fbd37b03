# English UI strings: the source language. Every other language falls back to these, message by
# message. Variables are HTML-escaped by the bot before they reach a message.

start-welcome =
    Welcome, { $name }.

    This bot helps human rights defenders stay safe: regular check-ins, alerts to people you trust when you need help, and information on your rights.

    Everything it stores about you is encrypted. Send /help to see what you can do.
start-welcome-back =
    Welcome back, { $name }.

    Send /help to see what you can do.
help =
    What you can do here:

    /start – begin, or see the welcome again
    /help – this list

    The bot never contacts the police or any authority on its own.
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
