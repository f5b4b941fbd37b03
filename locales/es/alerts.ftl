# machine-drafted: true — see bot.ftl.
# Las variantes `--disguised` son para el modo discreto: no deben dar ninguna pista de peligro.
# keyboard-share-location está en bot.ftl.

alert-reference = Ref { $ref }
alert-reference--disguised = Ref { $ref }
# What is left of a copy of an alert once its details are taken away: no word in it may
# tell what it was.
copy-redacted = Ref { $ref } · detalles eliminados.

## Nombres

alert-name-coordinators = la coordinación de la red
alert-name-coordinators--disguised = la organización
alert-name-coordinators-count = 1
alert-name-former-contact = alguien que ya no es tu contacto de confianza
alert-name-former-contact--disguised = alguien que ya no está en tu lista
alert-name-someone = otro contacto
alert-names-and = { $first } y { $second }
alert-names-comma = { $first }, { $second }

## La alerta, para un contacto o para la coordinación

alert-title-sos = 🆘 <b>SOS: { $who } necesita ayuda ahora.</b>
alert-title-sos--disguised = 🔴 <b>{ $who } te necesita ahora.</b>
alert-title-missed = ⏰ <b>{ $who } no avisó a tiempo de que está bien.</b>
alert-title-missed--disguised = 🔴 <b>{ $who } no respondió a tiempo.</b>
alert-title-duress =
    🚨 <b>COACCIÓN: { $who } envió su palabra de coacción.</b>
    Puede que esté con alguien que le obliga. <b>No le llames ni le escribas abiertamente.</b>
alert-title-duress--disguised = 🔴 <b>{ $who } te necesita ahora. No le llames ni le escribas.</b>
alert-reminder-line = 🔁 Recordatorio: todavía nadie dijo que se encarga.
alert-reminder-line--disguised = 🔁 Recordatorio: todavía nadie respondió.
alert-escalated-line = Recibes esto porque las primeras personas a las que se pidió ayuda no respondieron.
alert-follow-up-line = Recibes esto porque la alerta sigue abierta y nadie ha informado de nada.
alert-follow-up-line--disguised = Recibes esto porque sigue abierto y nadie ha informado de nada.
alert-raised-at = Hora de la alerta: { $when }
alert-raised-at--disguised = Enviado: { $when }
alert-last-checkin = Último registro: { $when }
alert-last-checkin--disguised = Última respuesta: { $when }
alert-their-words = Su mensaje: «{ $note }»
alert-location-below = 📍 Abajo va su última ubicación conocida ({ $when }).
alert-location-none = 📍 Todavía no compartió su ubicación.
alert-location-earlier = 📍 Su última ubicación conocida ({ $when }) se te envió en este chat.
alert-location-label = 📍 <b>{ $who }</b> compartió esta ubicación a las { $when }:
alert-location-label--disguised = 📍 { $who } compartió este lugar a las { $when }:
alert-card-title = 🪪 <b>Su tarjeta de emergencia</b>
alert-card-title--disguised = 🪪 <b>Sus datos</b>
alert-card-earlier = 🪪 Su tarjeta de emergencia se te envió con el primer mensaje de esta alerta.
alert-card-earlier--disguised = 🪪 Sus datos se te enviaron con el primer mensaje.
alert-open-chat = 💬 <a href="{ $link }">Abrir un chat con { $who }</a>
alert-guidance =
    <b>Qué hacer</b>
    • Intenta comunicarte con la persona ahora, con una llamada o un mensaje.
    • Si es posible que la persona esté detenida: contacta a su abogada o abogado, y averigua dónde la tienen a través de su abogada o abogado o de una organización que apoye a personas migrantes (preguntar tú a las autoridades puede exponerte). Las normas dicen que debería tener acceso rápido a una abogada o un abogado; no todos los países lo garantizan.
    • Contacta a su consulado solo si la persona lo aceptó.
    • Pulsa «Me encargo» para que los demás lo sepan, o «No puedo ayudar» para pasar la alerta de inmediato.
    Información sobre derechos: /rights
alert-guidance--disguised =
    <b>Qué hacer</b>
    • Intenta comunicarte con la persona ahora, con una llamada o un mensaje.
    • Haz lo que acordaste antes con ella.
    • Pulsa «Me encargo» para que los demás lo sepan, o «No puedo ayudar» para pasarlo a otras personas de inmediato.
alert-guidance-duress =
    <b>Qué hacer</b>
    • No le llames ni le escribas abiertamente: puede que alguien vigile su teléfono. Su pantalla no muestra nada de esta alerta.
    • Actúa a través de personas de confianza: su abogado o abogada, sus colegas, la coordinación de la red.
    • Si es posible que la persona esté detenida: contacta a su abogada o abogado, y averigua dónde la tienen a través de su abogada o abogado o de una organización que apoye a personas migrantes (preguntar tú a las autoridades puede exponerte). Las normas dicen que debería tener acceso rápido a una abogada o un abogado; no todos los países lo garantizan.
    • Contacta a su consulado solo si lo aceptó.
    • Pulsa «Me encargo» para que los demás lo sepan, o «No puedo ayudar» para pasarlo enseguida.
    Información sobre derechos: /rights
alert-guidance-duress--disguised =
    <b>Qué hacer</b>
    • No le llames ni le escribas: otras personas pueden ver su teléfono. No ve nada de esto.
    • Haz lo que acordaron de antemano, a través de personas de confianza.
    • Pulsa «Me encargo» para que los demás lo sepan, o «No puedo ayudar» para pasarlo enseguida.
alert-button-on-it = 🙋 Me encargo
alert-button-cant-help = ✋ No puedo ayudar
alert-button-resolve = ✔️ Resolver

## Seguimiento para las personas que recibieron la alerta

alert-to-handled-by = 🙋 { $helper } se encarga de la alerta sobre { $who }.
alert-to-handled-by--disguised = 🙋 { $helper } se encarga de { $who }.
alert-to-follow-up-asked = ⏰ Dijiste que te encargabas de la alerta sobre { $who } y nadie ha sabido de ti desde entonces, así que se ha enviado a más personas. Responde a la alerta con lo que está pasando, o vuelve a pulsar «Me encargo» si sigues encargándote.
alert-to-follow-up-asked--disguised = ⏰ Dijiste que te encargarías de { $who }. Cuenta a los demás cómo va, o vuelve a pulsar «Me encargo».
alert-to-resolved = ✅ { $who } cerró la alerta con su PIN de seguridad. A una persona la pueden obligar a dar su PIN: si algo te parece raro, averigua cómo está a través de personas de confianza.
alert-to-resolved--disguised = ✅ { $who } confirmó que ya todo está bien.
alert-to-resolved-unverified = ✅ { $who } dice que está a salvo. No está verificado: no tiene PIN de seguridad. La alerta está cerrada.
alert-to-resolved-unverified--disguised = ✅ { $who } dice que ya todo está bien (sin confirmar).
alert-to-checked-in = ✅ { $who } hizo su registro a las { $time } y cerró la alerta con su PIN de seguridad. A una persona la pueden obligar a dar su PIN: si algo te parece raro, averigua cómo está a través de personas de confianza.
alert-to-checked-in--disguised = ✅ { $who } respondió a las { $time }. Todo está bien.
alert-to-checked-in-unverified = ✅ { $who } hizo su registro a las { $time }. No está verificado: no tiene PIN de seguridad. La alerta está cerrada.
alert-to-checked-in-unverified--disguised = ✅ { $who } respondió a las { $time } (sin confirmar).
alert-to-resolved-by-coordinator = ✅ La coordinación cerró la alerta sobre { $who }.
alert-to-resolved-by-coordinator--disguised = ✅ La organización dice que todo está bien con { $who }.
alert-to-resolved-reason-by-coordinator = ✅ La coordinación cerró la alerta sobre { $who }: { $reason }
alert-to-resolved-reason-by-coordinator--disguised = ✅ La organización dice que todo está bien con { $who }: { $reason }
alert-to-false-alarm = ↩️ Falsa alarma: { $who } canceló la alerta con su PIN de seguridad. No hace falta hacer nada.
alert-to-false-alarm--disguised = ↩️ { $who } envió eso por error. No hace falta hacer nada.
alert-to-possibly-coerced = ⚠️ { $who } dice que está a salvo, pero no está verificado: puede que haya tenido que decirlo a la fuerza. La alerta sigue abierta hasta que alguien confirme que está a salvo.
alert-to-possibly-coerced--disguised = ⚠️ { $who } dice que todo está bien, pero todavía no está confirmado. Por favor, comunícate tú para ver cómo está.

## Para quien defiende, sobre su alerta

sos-raised =
    🆘 <b>SOS enviado.</b> Se está avisando ahora a: { $names }.
    Si puedes, comparte tu ubicación con el botón de abajo. Pulsa «Estoy bien» cuando estés a salvo.
sos-raised--disguised =
    📞 <b>Listo.</b> Se está avisando ahora a: { $names }.
    Pulsa «Listo» cuando todo esté bien.
sos-raised-nobody =
    ⚠️ <b>Nadie puede recibir esta alerta.</b> No tienes contactos de confianza y la red no tiene chat de coordinación.
    Si estás en peligro ahora, llama o escribe directamente a alguien de confianza. Después agrega un contacto con /invite.
sos-raised-nobody--disguised =
    ⚠️ <b>No se pudo avisar a nadie.</b> Todavía no hay nadie en tu lista.
    Agrega a alguien con /invite.
sos-already-open =
    🆘 Tu alerta sigue abierta ({ $ref }). { $count ->
        [0] Todavía no ha llegado a nadie.
        [one] { $names } ya lo sabe.
       *[other] { $names } ya lo saben.
    }
    Si puedes, comparte tu ubicación con el botón de abajo, y pulsa «Estoy bien» cuando estés a salvo.
sos-already-open--disguised =
    📞 Tu mensaje sigue abierto ({ $ref }). Pulsa «Listo» cuando todo esté bien.
sos-button-false-alarm = ↩️ Falsa alarma: cancelar
sos-button-false-alarm--disguised = ↩️ Enviado por error
sos-location-shared = 📍 Tu ubicación se envió a todas las personas avisadas de tu alerta.
sos-location-shared--disguised = 📍 Se compartió tu lugar.
sos-location-no-alert = Solo comparto tu ubicación durante una alerta. Pulsa 🆘 SOS si necesitas ayuda.
sos-location-no-alert--disguised = No hay nada abierto en este momento.
sos-already-closed = Esta alerta ya está cerrada.
sos-already-closed--disguised = Esto ya está cerrado.

alert-you-who-was-notified = 📨 Alerta enviada a: { $names }.
alert-you-who-was-notified--disguised = 📨 Enviado a: { $names }.
alert-you-acknowledged-by =
    🙋 { $count ->
        [one] { $names } se encarga.
       *[other] { $names } se encargan.
    }
alert-you-unreachable = ⚠️ No se pudo contactar a { $names } (puede que hayan bloqueado el bot).
alert-you-unreachable--disguised = ⚠️ No se pudo contactar a { $names }.
alert-you-cant-help = ✋ { $names } respondió que no puede ayudar.
alert-you-cant-help--disguised = ✋ { $names } no puede encargarse.
alert-you-nobody-to-alert = ⚠️ <b>Nadie puede recibir tu alerta.</b> Agrega un contacto de confianza con /invite.
alert-you-nobody-to-alert--disguised = ⚠️ No se pudo avisar a nadie. Agrega a alguien con /invite.
alert-you-nobody-left = ⚠️ <b>No queda nadie que pueda ayudar.</b> Las personas a las que iba tu alerta no se pudieron contactar o respondieron que no pueden ayudar. Llama o escribe directamente a alguien de confianza.
alert-you-nobody-left--disguised = ⚠️ No hay nadie disponible. Llama a alguien de confianza.
alert-you-resolved = ✅ Tu alerta está cerrada. Todas las personas avisadas saben ahora que estás a salvo.
alert-you-resolved--disguised = ✅ Cerrado. Se avisó a todas las personas de que todo está bien.
alert-you-resolved-by-coordinator = ✅ La coordinación de la red cerró tu alerta: { $reason }
alert-you-resolved-by-coordinator--disguised = ✅ La organización lo cerró: { $reason }
alert-you-resolved-by-coordinator-no-reason = ✅ La coordinación de la red cerró tu alerta.
alert-you-resolved-by-coordinator-no-reason--disguised = ✅ La organización lo cerró.
alert-you-cancelled = ↩️ Cancelada. Todas las personas avisadas saben que fue una falsa alarma.
alert-you-cancelled--disguised = ↩️ Cancelado. Se avisó a todas las personas de que fue un error.
alert-you-false-alarm-window-passed = Ya es tarde para cancelar: tus contactos ya están actuando. Pulsa «Estoy bien» cuando estés a salvo.
alert-you-false-alarm-window-passed--disguised = Ya es tarde para cancelar. Pulsa «Listo» cuando todo esté bien.

## Respuestas de los contactos

alert-answer-on-it = Gracias. Todas las personas involucradas saben ahora que te encargas tú.
alert-answer-cant-help = Entendido. Se está pidiendo ayuda a otras personas.
alert-answer-closed = Esta alerta ya está cerrada. No hace falta nada más.
alert-answer-closed--disguised = Esto ya está cerrado. No hace falta nada más.
alert-answer-already = Alguien ya se está encargando; tu respuesta también quedó registrada.

## Coordinación

alerts-not-coordinator = Solo las personas que coordinan la red pueden ver las alertas abiertas.
alerts-none = ✅ No hay alertas abiertas.
alerts-header = <b>Alertas abiertas: { $count }</b>
alerts-line =
    <b>{ $ref }</b> · { $kind } · { $who }
    Enviada hace { $age } · llegó a: { $level } · se encarga: { $helper }
alerts-kind-sos = SOS
alerts-kind-missed = no avisó a tiempo
alerts-kind-duress = COACCIÓN (no contactar abiertamente)
alerts-level-0 = nadie
alerts-level-1 = contactos de nivel 1
alerts-level-2 = contactos de nivel 2
alerts-level-3 = coordinación
alerts-nobody-yet = nadie todavía
alerts-coerced = ⚠️ puede que haya dicho a la fuerza que está a salvo
alerts-button-on-it = 🙋 { $ref }: me encargo
alerts-button-resolve = ✔️ { $ref }: resolver
alerts-resolve-ask = ¿Cómo se resolvió la alerta { $ref }? (O envía /resolve { $ref } seguido de tus propias palabras.)
alerts-reason-safe = Está a salvo (confirmado)
alerts-reason-false-alarm = Falsa alarma
alerts-reason-handled = Atendida por la red
alerts-acknowledged = 🙋 { $name } (coordinación) se encarga de { $ref }.
alerts-resolved = ✔️ { $name } resolvió { $ref }: { $reason }
alerts-unknown-ref = No hay ninguna alerta abierta con la referencia { $ref }. Envía /alerts para verlas.
alerts-resolve-usage = Envía /resolve seguido de la referencia de la alerta y de lo que pasó, por ejemplo: /resolve Q7XK2M se comunicó con su abogada
alerts-closed = { $ref } ya está cerrada.
alert-answer-gone = Ya no te corresponde responder a esta alerta.
alert-answer-gone--disguised = Ya no te corresponde responder a esto.
alert-to-new-words = 💬 { $who } añade: “{ $note }”
sos-words-passed-on = Tus palabras se enviaron a todas las personas avisadas.
sos-words-passed-on--disguised = Tus palabras se enviaron.
alert-to-account-erased = ⚠️ { $who } borró su cuenta mientras su alerta seguía abierta. Puede que le hayan obligado. Comunícate con la persona directamente; aquí ya no se puede responder a la alerta.
alert-to-account-erased--disguised = ⚠️ { $who } se fue mientras esto seguía abierto. Comunícate con la persona directamente.
