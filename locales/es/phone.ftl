# Spanish UI strings.
# machine-drafted: true — see bot.ftl.

## /settings → Tu teléfono: lo que un teléfono aún puede mostrar, y el límite para borrar

# translation_of: 16e6f00c2b81
settings-phone = 📱 Tu teléfono
# translation_of: 982b23a847c7
phone-advice =
    <b>📱 Lo que tu teléfono aún puede mostrar</b>

    El bot borra lo que puede, pero quien te quite o revise el teléfono aún puede ver:
    • este chat en tu lista de chats, con el nombre y la foto del bot;
    • los mensajes nuevos en la pantalla de bloqueo, en las notificaciones;
    • los mensajes de hace más de 48 horas, o enviados mientras el borrado automático estaba desactivado: Telegram ya no deja que el bot los borre.

    <b>Lo que puedes hacer</b>
    • Archiva este chat y siléncialo, para que quede fuera de tu lista principal de chats.
    • Oculta la vista previa de los mensajes: en Telegram, Ajustes → Notificaciones y sonidos, desactiva la vista previa; en los ajustes del teléfono, oculta el contenido de las notificaciones en la pantalla de bloqueo.
    • Bloquea Telegram con un código: Ajustes de Telegram → Privacidad y seguridad → Código de bloqueo.
    • Activa aquí el borrado automático, y el modo discreto si las palabras del bot pueden delatarte.
    • Antes de que puedan revisar tu teléfono, borra este chat, pero no bloquees ni detengas el bot: lo que guarda para ti se queda, y el chat vuelve cuando el bot te escribe o cuando envías /start.
# translation_of: e7bb3f994d5d
phone-advice--disguised =
    <b>📱 Privacidad en este teléfono</b>

    Quien tenga tu teléfono puede ver este chat en tu lista de chats, con el nombre y la foto del bot, los mensajes nuevos en la pantalla de bloqueo, y los mensajes de hace más de 48 horas (Telegram ya no deja que el bot los borre).

    • Archiva este chat y siléncialo.
    • Oculta la vista previa de los mensajes: en Telegram, Ajustes → Notificaciones y sonidos, y en los ajustes de la pantalla de bloqueo del teléfono.
    • Bloquea Telegram con un código: Ajustes de Telegram → Privacidad y seguridad → Código de bloqueo.
    • Activa aquí el borrado automático.
    • Puedes borrar este chat cuando quieras (sin bloquear el bot); vuelve cuando el bot te escribe o cuando envías /start.

# translation_of: a19bff7ec5cf
autodelete-telegram-limit =
    Telegram solo deja que un bot borre un mensaje en las 48 horas siguientes a su envío. Por eso lo que escribes cuando el bot te lo pide (un campo de la tarjeta, un nombre, un PIN, la palabra para borrarlo todo) se borra enseguida. Lo que envías durante una alerta, y tus búsquedas, se borran con los mensajes del bot tras el plazo que elegiste, y nunca después de 46 horas. Lo más antiguo, y todo lo enviado mientras el borrado automático está desactivado, se queda hasta que lo borres tú: borra los mensajes, o el chat entero.
# translation_of: ef0c66e9e1a3
autodelete-telegram-limit--disguised =
    Telegram solo deja que un bot borre un mensaje en las 48 horas siguientes a su envío. Por eso lo que escribes cuando el bot te hace una pregunta se borra enseguida; tus demás mensajes aquí, y tus búsquedas, se borran con los mensajes del bot tras el plazo que elegiste, y nunca después de 46 horas. Lo más antiguo, y todo lo enviado mientras el borrado automático está desactivado, se queda hasta que lo borres tú.
