# machine-drafted: true — see bot.ftl.
## Registros y calendarios (/checkin, /schedule, /grace, /reminder, /checkin_by, /pause,
## /resume, /status). Un registro con la palabra de coacción muestra exactamente estos mensajes.

checkin-done = ✅ Registro hecho a las { $time }.
checkin-done--disguised = ✅ Anotado a las { $time }.
checkin-next = Próximo registro antes de { $due }.
checkin-next--disguised = Próxima respuesta antes de { $due }.
checkin-deadline-ended = Tu plazo ({ $deadline }) quedó cumplido.
checkin-pin-ask = Tu alerta sigue abierta. Para cerrarla, envía tu PIN de seguridad.
checkin-pin-ask--disguised = Para cerrarlo, envía tu código.
checkin-pin-wrong = Ese no es tu PIN de seguridad. La alerta sigue abierta. Envía tu PIN otra vez, o /cancel.
checkin-pin-wrong--disguised = Ese no es tu código. Envíalo de nuevo, o /cancel.
checkin-resumed = ▶️ Tu pausa terminó: los registros vuelven a estar activos. Próximo registro antes de { $due }.
checkin-resumed--disguised = ▶️ Tu descanso terminó. Próxima respuesta antes de { $due }.
checkin-reminder = ⏰ Es hora de tu registro: antes de { $due }. Pulsa abajo si estás bien.
checkin-reminder--disguised = ⏰ Recordatorio: responde antes de { $due }.

schedule-forms-schedule =
    Para fijar un calendario, escribe una de estas opciones:
    /schedule every 2h – cada 2 horas (de 15 minutos a 7 días; también every 90m, every 1.5h)
    /schedule daily 09:00 21:00 – a estas horas cada día, en tu zona horaria (también daily 9am 9pm)
    /schedule off – detener el calendario
    También: /grace 30m (el margen después de la hora límite antes de avisar a tus contactos), /reminder 10m o /reminder off, /checkin_by 13:00 (un plazo único), /pause 2d o /pause until 2026-12-01 09:00, /resume, /status.
schedule-forms-schedule--disguised =
    Para fijar una rutina, escribe una de estas opciones:
    /schedule every 2h
    /schedule daily 09:00 21:00
    /schedule off
    También: /grace 30m, /reminder 10m o /reminder off, /checkin_by 13:00, /pause 2d, /resume, /status.
schedule-menu-choose = O elige:
schedule-button-every = cada { $every }
schedule-button-off = Detener el calendario
schedule-forms-grace = Por ejemplo: /grace 30m (de 1 minuto a 24 horas).
schedule-forms-reminder = Por ejemplo: /reminder 10m, o /reminder off.
schedule-forms-checkin-by = Por ejemplo: /checkin_by 13:00, /checkin_by tomorrow 08:00, /checkin_by 2026-12-01 13:00, /checkin_by 2h, o /checkin_by off.
schedule-forms-pause = Por ejemplo: /pause 3h, /pause 2d, o /pause until 2026-12-01 09:00 (30 días como máximo).

schedule-problem-format = No pude entender eso.
schedule-time-passed = Hoy ya pasó la hora { $time }. ¿Quieres decir mañana a las { $time }? Si no, envía el comando otra vez con una fecha, por ejemplo 2026-12-01 { $time }.
schedule-button-tomorrow = Sí, mañana a las { $time }
schedule-problem-no-such-time = Esa hora no existe.
schedule-problem-too-short = Es demasiado corto: el mínimo es { $limit }.
schedule-problem-too-long = Es demasiado largo: el máximo es { $limit }.
schedule-problem-too-close = Las horas diarias deben estar separadas por al menos { $limit }.
schedule-problem-in-the-past = Esa hora ya pasó.
schedule-problem-too-far-ahead = Está demasiado lejos: como máximo { $limit }.
schedule-problem-reminder-too-long = El recordatorio debe llegar menos de { $limit } antes de la hora límite.
schedule-problem-deadline-during-pause = Esa pausa cubriría el plazo de tu registro. Cambia primero el plazo (/checkin_by off).

status-no-schedule = 🗓 No hay un calendario de registros periódicos.
status-no-schedule--disguised = 🗓 No hay ninguna rutina.
status-schedule = 🗓 Registros: { $rule }
status-schedule--disguised = 🗓 Rutina: { $rule }
status-grace = Margen: { $grace } · recordatorio previo: { $reminder }
status-reminder-off = desactivado
status-paused = ⏸ En pausa hasta { $until }: no se envía nada hasta entonces.
status-next = Próximo registro antes de { $due }.
status-next--disguised = Próxima respuesta antes de { $due }.
status-deadline = Plazo único: { $deadline }.
status-last = Último registro: { $last }.
status-last--disguised = Última respuesta: { $last }.
status-never = Todavía no hay ningún registro.
status-alert-open = 🆘 Hay una alerta abierta sobre ti. Pulsa ✅ Estoy bien cuando estés a salvo.
status-alert-open--disguised = 📞 Todavía hay algo abierto. Pulsa ✅ Listo cuando todo esté bien.
status-nobody = ⚠️ Nadie recibiría una alerta si no haces un registro a tiempo: no tienes contactos de confianza y la red no tiene chat de coordinación. Agrega un contacto con /invite.
status-nobody--disguised = ⚠️ No se avisaría a nadie: agrega a alguien con /invite.

## /settings: el PIN de seguridad y la palabra de coacción
settings-pin = 🔐 PIN de seguridad
settings-pin--disguised = 🔐 Código
settings-duress = 🗝 Palabra de coacción
settings-duress--disguised = 🗝 Segunda palabra
safety-pin-explain =
    <b>PIN de seguridad</b>
    Si das una alerta, alguien que te retenga podría obligarte a pulsar «Estoy bien». Con un PIN de seguridad, nada que termine o debilite tu protección ocurre sin él: cerrar o cancelar una alerta, pausar o desactivar los registros, quitar un contacto, cambiar el PIN o la palabra de coacción. Un PIN por sí solo no prueba nada (a una persona la pueden obligar a darlo): para eso está la palabra de coacción.
    Después de 3 PIN incorrectos en una hora, se avisa a tus contactos; después de 5, no se puede introducir el PIN durante 15 minutos, y luego durante más tiempo.
    Elige algo que puedas recordar bajo estrés, de 4 a 64 caracteres, que no sea 1234 ni 0000. Envíalo ahora y luego otra vez; se borra de este chat de inmediato y solo se guarda de una forma que nadie puede volver a leer. O /cancel.
safety-pin-explain--disguised =
    <b>Código</b>
    Elige un código de 4 a 64 caracteres y envíalo ahora. Se borra de este chat enseguida. O /cancel.
safety-duress-explain =
    <b>Palabra de coacción</b>
    Una palabra que parece un registro normal, pero que avisa en secreto a tus contactos y a la coordinación de la red. Úsala si alguien te obliga a hacer un registro o a cerrar una alerta: envíala en lugar de /checkin (o después de /checkin, o cuando se te pida el PIN). Tu pantalla muestra exactamente lo mismo que un registro normal; nada en este chat mostrará la alerta.
    Elige una palabra que no escribirías por accidente, de 4 a 64 caracteres, distinta de tu PIN. Envíala ahora; se borra de este chat de inmediato y solo se guarda de una forma que nadie puede volver a leer. O /cancel.
safety-duress-explain--disguised =
    <b>Segunda palabra</b>
    Elige una segunda palabra de 4 a 64 caracteres, distinta de tu código, y envíala ahora. Se borra de este chat enseguida. O /cancel.
safety-word-is-set = Ya está configurado. Para reemplazarlo, envía uno nuevo; para quitarlo, usa el botón.
safety-word-not-set = Todavía no está configurado.
safety-word-clear = Quitar
safety-word-length = Debe tener de 4 a 64 caracteres. Prueba de nuevo, o /cancel.
safety-word-same = Tu PIN y tu palabra de coacción deben ser distintos. Prueba de nuevo, o /cancel.
safety-word-same--disguised = Tu código y tu segunda palabra deben ser distintos. Envía otra, o /cancel.
safety-pin-saved = 🔐 Se guardó tu PIN de seguridad.
safety-pin-saved--disguised = 🔐 Se guardó tu código.
safety-pin-cleared = Se quitó tu PIN de seguridad.
safety-pin-cleared--disguised = Se quitó tu código.
safety-duress-saved = 🗝 Se guardó tu palabra de coacción.
safety-duress-saved--disguised = 🗝 Guardado.
safety-duress-cleared = Se quitó tu palabra de coacción.
safety-duress-cleared--disguised = Se quitó.

# After an outage: the missed check-in fell due while the bot was down.
outage-late-alert = ⚠️ El bot no pudo funcionar desde { $start } hasta { $end }. Tu registro vencía a las { $due }, mientras estaba detenido: tus contactos de confianza recibieron la alerta tarde, a las { $end }. Si estás a salvo, regístrate ahora.
outage-late-alert--disguised = ⚠️ Este servicio estuvo caído desde { $start } hasta { $end }. Tu respuesta de las { $due } se atendió tarde, a las { $end }. Responde ahora si todo va bien.
