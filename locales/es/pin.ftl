# machine-drafted: true — see bot.ftl.
## El PIN de seguridad que se pide antes de bajar la protección (cerrar o cancelar una alerta, pausar
## o desactivar los registros, quitar o bajar de nivel un contacto, cambiar el PIN o la palabra de coacción).
pin-gate-ask = 🔐 Envía tu PIN de seguridad para confirmar. Se borra de este chat de inmediato. O /cancel.
pin-gate-ask--disguised = Envía tu código para confirmar, o /cancel.
pin-gate-wrong = Ese no es tu PIN de seguridad. No se cambió nada. Vuelve a enviar tu PIN, o /cancel.
pin-gate-wrong--disguised = Ese no es tu código. No se cambió nada. Envíalo de nuevo, o /cancel.
pin-gate-locked = Demasiados PIN incorrectos. No se cambió nada. Vuelve a intentarlo después de { $time }.
pin-gate-locked--disguised = Demasiados intentos. Vuelve a intentarlo después de { $time }.

## Poner el PIN o la palabra de coacción: se escribe dos veces; se rechazan los PIN habituales.
safety-word-again = Envía lo mismo una vez más, para comprobarlo. Se borra de este chat de inmediato.
safety-word-mismatch = Las dos veces no coinciden, así que no se guardó nada. Empieza de nuevo: envía otra vez lo que quieres guardar, o /cancel.
safety-word-open-again = Esa pantalla ya se cerró. Abre /settings otra vez para hacer un cambio.
safety-pin-too-short = Un PIN necesita al menos 4 caracteres, sin contar los espacios. Envía otro, o /cancel.
safety-pin-too-short--disguised = Un código necesita al menos 4 caracteres, sin contar los espacios. Envía otro, o /cancel.
safety-pin-too-long = Un PIN puede tener como máximo 64 caracteres. Envía otro, o /cancel.
safety-pin-too-long--disguised = Un código puede tener como máximo 64 caracteres. Envía otro, o /cancel.
safety-pin-too-common = Ese PIN es de los primeros que cualquiera probaría (como 1234 o 0000). Elige otro, o /cancel.
safety-pin-too-common--disguised = Ese código es de los primeros que cualquiera probaría (como 1234 o 0000). Elige otro, o /cancel.

## A los contactos: varios PIN incorrectos escritos en el teléfono de quien defiende. Su pantalla solo muestra «PIN incorrecto».
alert-to-pin-attempts = ⚠️ Varios intentos con un PIN de seguridad incorrecto en la cuenta de { $who }: puede que esté bajo presión. En su pantalla solo aparece «PIN incorrecto». No llames ni escribas a esa persona abiertamente; averigua cómo está a través de personas de confianza.
alert-to-pin-attempts--disguised = ⚠️ Se escribieron varios códigos incorrectos en el teléfono de { $who }. Por favor, averigua con discreción cómo está, a través de personas de confianza.
alert-to-false-alarm-unverified = ↩️ { $who } canceló la alerta como falsa alarma. No está verificado: no tiene PIN de seguridad. Si algo te parece raro, averigua cómo está a través de personas de confianza.
alert-to-false-alarm-unverified--disguised = ↩️ { $who } dice que envió eso por error (sin confirmar).
