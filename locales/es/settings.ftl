# machine-drafted: true — see bot.ftl.

settings-title =
    <b>Ajustes</b>

    Idioma: { $language }
    Zona horaria: { $timezone } (ahora { $time })
    Borrado automático: { $autodelete }
    Modo discreto: { $disguise_mode }
    Tiempo para que tus contactos respondan a una alerta: { $answer_time }
settings-language = 🌐 Idioma
settings-timezone = 🕓 Zona horaria
settings-autodelete = 🧹 Borrado automático
settings-disguise-on = 🎭 Modo discreto: activar
settings-disguise-off = 🎭 Modo discreto: desactivar
settings-wipe = 🗑 Borrar todo
settings-wipe--disguised = 🗑 Reiniciar
settings-back = ← Volver
settings-on = activado
settings-off = desactivado

timezone-choose = Elige tu zona horaria, o pulsa «Escribir otra» y envía tu ciudad o tu país (Bangkok, Teherán, Nepal) o una diferencia como UTC+7.
timezone-type-another = ⌨️ Escribir otra
timezone-ask = Envía tu ciudad o tu país, en español o en inglés (Bangkok, Teherán, Nepal), o una diferencia como UTC+7 o GMT+5:30. /cancel para detener.
timezone-invalid = No conozco la zona horaria «{ $text }». Envía una ciudad grande cercana (Kuala Lumpur, Yakarta, Dubái), un nombre como Asia/Makassar o una diferencia como UTC+7, o /cancel.
timezone-set = Zona horaria: { $timezone } (ahora { $time }).

autodelete-explain = El bot puede borrar de este chat sus propios mensajes con contenido delicado (tu tarjeta, tus contactos, detalles de alertas) después de un tiempo, para que no estén ahí si te quitan el teléfono. Telegram permite hacerlo durante 48 horas.
autodelete-off = Desactivado
autodelete-seconds = { $minutes ->
    [1] después de 1 minuto
    [60] después de 1 hora
    [1440] después de 24 horas
   *[other] después de { $minutes } minutos
}
autodelete-set = Borrado automático: { $choice }.

disguise-on = El modo discreto está activado: este chat usa ahora palabras y botones neutros. Todo funciona igual que antes.
disguise-off = El modo discreto está desactivado.

wipe-ask =
    Esto borra <b>todo</b> lo que el bot guarda sobre ti: tus ajustes, tu tarjeta, tus contactos de confianza y las personas a las que proteges (solo se les dirá que un contacto se fue). El bot también borrará sus mensajes recientes en este chat cuando Telegram lo permita.

    No se puede deshacer. Para continuar, envía la palabra <b>{ $word }</b>. Para detenerte, envía /cancel.
wipe-ask--disguised =
    Esto borra <b>todo</b> lo que el bot guarda sobre ti: tus ajustes, tu perfil, tu lista de personas y las listas en las que estás (solo se les dirá que alguien se fue). El bot también borrará sus mensajes recientes en este chat cuando Telegram lo permita.

    No se puede deshacer. Para seguir, envía la palabra <b>{ $word }</b>. Para parar, envía /cancel.
wipe-word = BORRAR
wipe-not-confirmed = Esa no era la palabra { $word }. No se borró nada. Envía { $word } para borrar todo, o /cancel.
wipe-done = Todo lo que había sobre ti se ha borrado de este bot. Si quieres volver a usarlo, envía /start.
wipe-contact-left = Uno de tus contactos de confianza dejó el bot. Revisa tu lista con /contacts.
wipe-contact-left--disguised = Alguien se fue. Mira /contacts.

settings-title--disguised =
    <b>Ajustes</b>

    Idioma: { $language }
    Zona horaria: { $timezone } (ahora { $time })
    Borrado automático: { $autodelete }
    Estilo sencillo: { $disguise_mode }
    Tiempo para responder: { $answer_time }
settings-disguise-off--disguised = 🎭 Estilo sencillo: desactivar
autodelete-explain--disguised = El bot puede borrar sus propios mensajes de este chat después de un tiempo. Telegram permite hacerlo durante 48 horas.
disguise-on--disguised = El estilo sencillo está activado.
settings-ack-timeout = ⏱ Tiempo de respuesta
settings-ack-timeout--disguised = ⏱ Tiempo para responder
ack-timeout-explain =
    Cuando das una alerta, tus primeros contactos tienen este tiempo para pulsar “Me encargo” antes de que se avise a tus segundos contactos, y después a las personas coordinadoras. Más corto es más seguro en un momento de alto riesgo; más largo conviene si tus contactos pueden estar durmiendo en otra zona horaria.
ack-timeout-explain--disguised = Cuánto tiempo tienen las personas para responder antes de preguntar a las siguientes.
ack-timeout-network = el ajuste de la red ({ $minutes } min)
ack-timeout-minutes = { $minutes } minutos
