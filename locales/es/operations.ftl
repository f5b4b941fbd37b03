# Spanish UI strings.
# machine-drafted: true — see bot.ftl.

## Another program is using the bot's token (Telegram's "Conflict")

operations-token-polling =
    🚨 <b>Otro programa está usando el token de este bot.</b>
    Telegram indica que un segundo programa está recogiendo los mensajes de este bot. Quien tenga el token puede leer los mensajes que la gente envía al bot antes de que el bot los vea (incluidos los SOS) y enviar mensajes como si fuera el bot.
    <b>Revoque el token ahora:</b> en Telegram abra @BotFather, envíe /mybots, elija este bot y luego API Token → Revoke current token. Ponga el nuevo token en TELEGRAM_BOT_TOKEN (o en el archivo indicado por TELEGRAM_BOT_TOKEN_FILE) y reinicie el bot.
    Si usted mismo inició una segunda copia del bot, deténgala.
    Este aviso se repite cada { $minutes } minutos mientras continúe.
operations-token-polling--disguised =
    🚨 <b>Otro programa está usando el token de este bot.</b>
    Telegram indica que un segundo programa está recogiendo los mensajes de este bot. Quien tenga el token puede leer los mensajes que la gente envía al bot antes de que el bot los vea y enviar mensajes como si fuera el bot.
    <b>Revoque el token ahora:</b> en Telegram abra @BotFather, envíe /mybots, elija este bot y luego API Token → Revoke current token. Ponga el nuevo token en TELEGRAM_BOT_TOKEN (o en el archivo indicado por TELEGRAM_BOT_TOKEN_FILE) y reinicie el bot.
    Si usted mismo inició una segunda copia del bot, deténgala.
    Este aviso se repite cada { $minutes } minutos mientras continúe.
operations-token-webhook =
    🚨 <b>Otro programa está usando el token de este bot.</b>
    Alguien configuró un webhook para este bot, que envía sus mensajes a otro lugar. Quien tenga el token puede leer los mensajes que la gente envía al bot (incluidos los SOS) y enviar mensajes como si fuera el bot. El bot eliminó el webhook para recuperar sus mensajes, pero solo un token nuevo detiene al otro programa.
    <b>Revoque el token ahora:</b> en Telegram abra @BotFather, envíe /mybots, elija este bot y luego API Token → Revoke current token. Ponga el nuevo token en TELEGRAM_BOT_TOKEN (o en el archivo indicado por TELEGRAM_BOT_TOKEN_FILE) y reinicie el bot.
    Este aviso se repite cada { $minutes } minutos mientras continúe.
operations-token-webhook--disguised =
    🚨 <b>Otro programa está usando el token de este bot.</b>
    Alguien configuró un webhook para este bot, que envía sus mensajes a otro lugar. Quien tenga el token puede leer los mensajes que la gente envía al bot y enviar mensajes como si fuera el bot. El bot eliminó el webhook para recuperar sus mensajes, pero solo un token nuevo detiene al otro programa.
    <b>Revoque el token ahora:</b> en Telegram abra @BotFather, envíe /mybots, elija este bot y luego API Token → Revoke current token. Ponga el nuevo token en TELEGRAM_BOT_TOKEN (o en el archivo indicado por TELEGRAM_BOT_TOKEN_FILE) y reinicie el bot.
    Este aviso se repite cada { $minutes } minutos mientras continúe.
operations-token-webhook-changed =
    🚨 <b>Otro programa está usando el token de este bot.</b>
    Alguien cambió o eliminó el webhook de este bot, así que Telegram dejó de enviarle sus mensajes o los envía a otro lugar. Quien tiene el token puede leer los mensajes que la gente envía al bot y enviar mensajes en nombre del bot. El bot volvió a poner su webhook, pero solo un token nuevo detiene al otro programa.
    <b>Revoque el token ahora:</b> en Telegram abra @BotFather, envíe /mybots, elija este bot y luego API Token → Revoke current token. Ponga el nuevo token en TELEGRAM_BOT_TOKEN (o en el archivo indicado por TELEGRAM_BOT_TOKEN_FILE) y reinicie el bot.
    Este aviso se repite cada { $minutes } minutos mientras continúe.
operations-token-quiet = ✅ Ningún otro programa ha usado el token de este bot desde hace un rato. Si aún no ha revocado el token, hágalo ahora: quien lo usó puede seguir teniéndolo.
