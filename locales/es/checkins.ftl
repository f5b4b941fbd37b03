# machine-drafted: true — see bot.ftl.
checkin-done = ✅ Registro hecho a las { $time }.
checkin-done--disguised = ✅ Anotado a las { $time }.
checkin-next = Próximo registro antes de { $due }.
checkin-next--disguised = Próxima respuesta antes de { $due }.
checkin-pin-ask = Tu alerta sigue abierta. Para cerrarla, envía tu PIN de seguridad.
checkin-pin-ask--disguised = Para cerrarlo, envía tu PIN.
checkin-pin-wrong = Ese no es tu PIN de seguridad. La alerta sigue abierta. Envía tu PIN otra vez, o /cancel.
checkin-pin-wrong--disguised = Ese no es tu PIN. Envíalo otra vez, o /cancel.
checkin-reminder = ⏰ Es hora de tu registro: antes de { $due }. Pulsa abajo si estás bien.
checkin-reminder--disguised = ⏰ Recordatorio: responde antes de { $due }.
status-never = Todavía no hay ningún registro.
