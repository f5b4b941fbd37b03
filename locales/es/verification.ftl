# Spanish UI strings.
# machine-drafted: true — see bot.ftl.

verification-code-contact = 🔐 Código de seguridad: <b>{ $code }</b>. { $name } puede llamarle y pedírselo, para estar seguro de que fue usted quien aceptó.
verification-code-contact--disguised = Código: <b>{ $code }</b>. { $name } puede pedírselo.
verification-code-defender = 🔐 Código de seguridad: <b>{ $code }</b>. Llame a esa persona y pregúntele qué código ve. Si no es este, otra persona abrió su enlace: elimínela en /contacts.
verification-code-defender--disguised = Código: <b>{ $code }</b>. Pregúntele qué código ve; si es distinto, elimínela en /contacts.
verification-username = Su nombre de usuario de Telegram: @{ $username }
verification-no-username = No tiene nombre de usuario de Telegram, así que compruebe el código de viva voz.
