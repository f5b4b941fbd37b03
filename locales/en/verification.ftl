# Confirming who accepted an invitation: a short code both sides see, and the contact's
# Telegram username (which, unlike a display name, nobody else can copy).

verification-code-contact = 🔐 Safety code: <b>{ $code }</b>. { $name } may call you and ask for it, to be sure it was really you who accepted.
verification-code-contact--disguised = Code: <b>{ $code }</b>. { $name } may ask you for it.
verification-code-defender = 🔐 Safety code: <b>{ $code }</b>. Call them and ask which code they see. If it is not this one, someone else opened your link: remove them in /contacts.
verification-code-defender--disguised = Code: <b>{ $code }</b>. Ask them which code they see; if it differs, remove them in /contacts.
verification-username = Their Telegram username: @{ $username }
verification-no-username = They have no Telegram username, so check the code by voice.
