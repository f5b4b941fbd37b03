## Contacts acting together on an alert, and what the defender sends while it is open (issue 11).
## Messages to recipients start with alert-, to a contact acting on an alert with contact-,
## to the defender with alert-you- or sos-. Disguised wording must not hint at danger.

## Under the alert, and to the others on it

alert-button-note = ✍️ Add a note
alert-to-contact-note = ✍️ <b>{ $author }</b>, on the alert about { $who }: “{ $note }”
alert-to-contact-note--disguised = ✍️ <b>{ $author }</b>, about { $who }: “{ $note }”
alert-reply-hint = Reply to this message to write to everyone on it.
alert-reply-hint--disguised = Reply to this message to write to everyone here.
alert-to-closed-by-contact = ✅ { $helper } closed the alert about { $who }: { $reason }
alert-to-closed-by-contact--disguised = ✅ { $helper } says all is well with { $who }: { $reason }
alert-to-passed-on = 📎 { $who } sent this during the alert.
alert-to-passed-on--disguised = 📎 From { $who }.

## To the defender

alert-you-contact-note = ✍️ { $names } wrote: “{ $note }”
alert-you-closed-by-contact = ✅ { $names } closed your alert: { $reason }
alert-you-closed-by-contact--disguised = ✅ { $names } closed it: { $reason }
sos-passed-on = 📨 Passed on to: { $names }.
sos-passed-on-nobody = ⚠️ Kept with your alert, but nobody on it can be reached right now. If you can, call or message someone you trust directly.
sos-passed-on-nobody--disguised = ⚠️ Nobody could be reached right now.

## A contact writing a note or closing the alert

contact-note-ask = ✍️ Write your note for everyone on the alert about { $who } ({ $ref }). Send /cancel to stop.
contact-note-ask--disguised = ✍️ Write your note about { $who } ({ $ref }). Send /cancel to stop.
contact-note-sent = ✍️ Your note went to: { $names }.
contact-note-kept = ✍️ Your note is kept with the alert; nobody else on it can be reached yet.
contact-note-kept--disguised = ✍️ Your note is kept; nobody else can be reached yet.
contact-button-close = ✅ Close it: what happened
contact-close-ask = ✅ What happened? Write it in a few words, for example: she is with her lawyer. Everyone on the alert about { $who } ({ $ref }) will be told. Send /cancel to stop.
contact-close-ask--disguised = ✅ What happened? A few words, please. Everyone involved will be told ({ $ref }). Send /cancel to stop.
contact-closed = ✅ Closed ({ $ref }). Everyone on it was told: { $reason }
contact-closed--disguised = ✅ Closed ({ $ref }). Everyone was told: { $reason }
contact-close-not-yours = Only the person who took this alert on can close it. Write a note instead, so everyone knows what you know.
contact-close-not-yours--disguised = Only the person who took this on can close it.

## /alerts and /resolve for a contact

contact-alerts-none = ✅ You are on no open alert.
contact-alerts-none--disguised = ✅ Nothing is open for you.
contact-alerts-header = <b>Open alerts you are on: { $count }</b>
contact-alerts-header--disguised = <b>Open for you: { $count }</b>
contact-alerts-line =
    <b>{ $ref }</b> · { $who } · raised { $when }
    On it: { $helper }
contact-alerts-line--disguised =
    <b>{ $ref }</b> · { $who } · since { $when }
    Taking care of it: { $helper }
contact-alerts-nobody-yet = nobody yet
contact-alerts-newest-note = ✍️ { $author }: “{ $note }”
contact-alerts-button-note = ✍️ { $ref }: add a note
contact-alerts-button-close = ✅ { $ref }: close
contact-resolve-usage = Send /resolve followed by the alert's reference and what happened, for example: /resolve Q7XK2M she is with her lawyer. Only the person who took the alert on can close it.
contact-resolve-usage--disguised = Send /resolve followed by the reference and what happened, for example: /resolve Q7XK2M she is fine now. Only the person taking care of it can close it.
contact-resolve-unknown = You are on no open alert with the reference { $ref }. Send /alerts to see yours.
contact-resolve-unknown--disguised = Nothing open for you has the reference { $ref }.

## Typed panic: a message that is only one of these words raises an SOS, as the 🆘 button does.
## Separate the words with commas. Only a whole message counts ("legal help" stays a search), so
## list the words a frightened person would type alone, not words people often search for.

sos-typed-words = help, help me, sos, s.o.s

## In the alert itself, for someone told of it after contacts wrote notes

alert-notes-so-far = ✍️ <b>Notes from the people on it</b>
alert-notes-so-far--disguised = ✍️ <b>Notes so far</b>
alert-note-line = • { $author } ({ $time }): “{ $note }”
