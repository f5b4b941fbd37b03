# machine-drafted: true — see bot.ftl.
# Contactos que actúan juntos ante una alerta (issue 11). Las variantes `--disguised` son para el modo discreto.

## Under the alert, and to the others on it

alert-button-note = ✍️ Añadir una nota
alert-to-contact-note = ✍️ <b>{ $author }</b>, en la alerta sobre { $who }: «{ $note }»
alert-to-contact-note--disguised = ✍️ <b>{ $author }</b>, sobre { $who }: «{ $note }»
alert-reply-hint = Responde a este mensaje para escribir a todas las personas de la alerta.
alert-reply-hint--disguised = Responde a este mensaje para escribir a todas las personas de aquí.
alert-to-closed-by-contact = ✅ { $helper } cerró la alerta sobre { $who }: { $reason }
alert-to-closed-by-contact--disguised = ✅ { $helper } dice que todo está bien con { $who }: { $reason }
alert-to-passed-on = 📎 { $who } envió esto durante la alerta.
alert-to-passed-on--disguised = 📎 De { $who }.

## To the defender

alert-you-contact-note = ✍️ { $names } escribió: «{ $note }»
alert-you-closed-by-contact = ✅ { $names } cerró tu alerta: { $reason }
alert-you-closed-by-contact--disguised = ✅ { $names } lo cerró: { $reason }
sos-passed-on = 📨 Enviado a: { $names }.
sos-passed-on-nobody = ⚠️ Guardado con tu alerta, pero ahora mismo no se puede contactar con nadie de ella. Si puedes, llama o escribe directamente a alguien de confianza.
sos-passed-on-nobody--disguised = ⚠️ Ahora mismo no se pudo contactar con nadie.

## A contact writing a note or closing the alert

contact-note-ask = ✍️ Escribe tu nota para todas las personas de la alerta sobre { $who } ({ $ref }). Envía /cancel para parar.
contact-note-ask--disguised = ✍️ Escribe tu nota sobre { $who } ({ $ref }). Envía /cancel para parar.
contact-note-sent = ✍️ Tu nota llegó a: { $names }.
contact-note-kept = ✍️ Tu nota queda guardada con la alerta; todavía no se puede contactar con nadie más de ella.
contact-note-kept--disguised = ✍️ Tu nota queda guardada; todavía no se puede contactar con nadie más.
contact-button-close = ✅ Cerrarla: qué pasó
contact-close-ask = ✅ ¿Qué pasó? Escríbelo en pocas palabras, por ejemplo: está con su abogada. Se avisará a todas las personas de la alerta sobre { $who } ({ $ref }). Envía /cancel para parar.
contact-close-ask--disguised = ✅ ¿Qué pasó? En pocas palabras, por favor. Se avisará a todas las personas implicadas ({ $ref }). Envía /cancel para parar.
contact-closed = ✅ Cerrada ({ $ref }). Se avisó a todas las personas: { $reason }
contact-closed--disguised = ✅ Cerrado ({ $ref }). Se avisó a todas las personas: { $reason }
contact-close-not-yours = Solo quien se encargó de esta alerta puede cerrarla. Escribe una nota para que todos sepan lo que sabes.
contact-close-not-yours--disguised = Solo quien se encargó puede cerrarlo.

## /alerts and /resolve for a contact

contact-alerts-none = ✅ No estás en ninguna alerta abierta.
contact-alerts-none--disguised = ✅ No tienes nada abierto.
contact-alerts-header = <b>Alertas abiertas en las que estás: { $count }</b>
contact-alerts-header--disguised = <b>Abierto para ti: { $count }</b>
contact-alerts-line =
    <b>{ $ref }</b> · { $who } · iniciada { $when }
    Se encarga: { $helper }
contact-alerts-line--disguised =
    <b>{ $ref }</b> · { $who } · desde { $when }
    Se ocupa: { $helper }
contact-alerts-nobody-yet = nadie todavía
contact-alerts-newest-note = ✍️ { $author }: «{ $note }»
contact-alerts-button-note = ✍️ { $ref }: añadir una nota
contact-alerts-button-close = ✅ { $ref }: cerrar
contact-resolve-usage = Envía /resolve seguido de la referencia de la alerta y de lo que pasó, por ejemplo: /resolve Q7XK2M está con su abogada. Solo quien se encargó de la alerta puede cerrarla.
contact-resolve-usage--disguised = Envía /resolve seguido de la referencia y de lo que pasó, por ejemplo: /resolve Q7XK2M ya está bien. Solo quien se ocupa puede cerrarlo.
contact-resolve-unknown = No estás en ninguna alerta abierta con la referencia { $ref }. Envía /alerts para ver las tuyas.
contact-resolve-unknown--disguised = No tienes nada abierto con la referencia { $ref }.

## Typed panic: a message that is only one of these words raises an SOS (see the English file).

sos-typed-words = ayuda, ayúdame, ayúdenme, socorro, auxilio

## In the alert itself, for someone told of it after contacts wrote notes

alert-notes-so-far = ✍️ <b>Notas de las personas de la alerta</b>
alert-notes-so-far--disguised = ✍️ <b>Notas hasta ahora</b>
alert-note-line = • { $author } ({ $time }): «{ $note }»
