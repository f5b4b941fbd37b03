# machine-drafted: true — see bot.ftl.
# La tarjeta de emergencia (/card). El bot escapa el HTML de las variables; aquí solo <b> e <i>.
# Las variantes `--disguised` no deben dar pistas de peligro: nada de «emergencia», «alerta», «policía».

## El menú de la tarjeta
card-intro =
    <b>🪪 Tarjeta de emergencia</b>
    Lo que las personas de tu confianza necesitan saber si te detienen o si no pueden comunicarse contigo: quién eres, tus documentos, tu salud, tu abogada o abogado y qué hacer primero. Todos los campos son opcionales.

    <b>Quién puede verla</b>
    Nadie más que tú, hasta que se envía una alerta. Entonces la reciben tus contactos de confianza activos y, si la alerta sube de nivel, también la coordinación de la red. El bot nunca la envía a la policía ni a nadie más.

    { $filled } de { $total } campos completados.
card-intro--disguised =
    <b>👤 Perfil</b>
    Datos que pueden necesitar las personas que elegiste si no se te puede localizar. Todos los campos son opcionales.

    <b>Quién puede verlo</b>
    Nadie más que tú, hasta que el bot avise a las personas que elegiste. Entonces lo reciben tus contactos activos y, si hace falta, más personas de la red. Nunca se envía a nadie más.

    Campos completados: { $filled } de { $total }.
card-heading = <b>🪪 Tu tarjeta de emergencia</b>
card-heading--disguised = <b>👤 Tu perfil</b>
card-empty = Tu tarjeta está vacía. Elige un campo abajo para llenarlo.
card-empty--disguised = Tu perfil está vacío. Elige un campo abajo para llenarlo.
card-button-show = 👁 Ver mi tarjeta
card-button-show--disguised = 👁 Ver mi perfil
card-button-clear-one = 🧹 Borrar un campo
card-button-clear-all = 🗑 Borrar toda la tarjeta
card-button-clear-all--disguised = 🗑 Borrar todo el perfil

## Nombres de los campos, en los botones y encima de cada dato
card-field-full-name = Nombre legal completo
card-field-date-of-birth = Fecha de nacimiento
card-field-nationality = Nacionalidad
card-field-document-number = Número de pasaporte o identificación
card-field-document-number--disguised = Número de identificación
card-field-permit = Tipo de visa o permiso y vencimiento
card-field-employer = Lugar de trabajo u organización
card-field-medical-needs = Necesidades médicas
card-field-lawyer-name = Nombre de la abogada o abogado
card-field-lawyer-name--disguised = Nombre de tu asesora o asesor
card-field-lawyer-phone = Teléfono de la abogada o abogado
card-field-lawyer-phone--disguised = Teléfono de tu asesora o asesor
card-field-instructions = Instrucciones
card-field-instructions--disguised = Notas

## Pedir un campo
card-ask-full-name =
    Envía tu <b>nombre legal completo</b>, tal como aparece en tu pasaporte o documento de identidad.
    Ejemplo: <i>Nur Aisyah binti Rahman</i>
card-ask-full-name--disguised =
    Envía tu <b>nombre completo</b>, tal como aparece en tu documento de identidad.
    Ejemplo: <i>Nur Aisyah binti Rahman</i>
card-ask-date-of-birth =
    Envía tu <b>fecha de nacimiento</b>.
    Ejemplo: <i>1990-05-31</i> o <i>31.05.1990</i>
card-ask-nationality =
    Envía tu <b>nacionalidad</b>, o todas si tienes más de una.
    Ejemplo: <i>Myanmar</i>
card-ask-document-number =
    Envía tu <b>número de pasaporte o de identificación</b>, y de qué documento se trata.
    Ejemplo: <i>Pasaporte MA1234567</i>
card-ask-document-number--disguised =
    Envía tu <b>número de identificación</b>, y de qué documento se trata.
    Ejemplo: <i>Cédula MA1234567</i>
card-ask-permit =
    Envía el <b>tipo de tu visa o permiso, y cuándo vence</b>.
    Ejemplo: <i>Permiso de trabajo, vence el 2026-12-31</i>
card-ask-employer =
    Envía tu <b>lugar de trabajo u organización</b>.
    Ejemplo: <i>Red por los Derechos de las Personas Trabajadoras Migrantes, Kuala Lumpur</i>
card-ask-employer--disguised =
    Envía tu <b>lugar de trabajo u organización</b>.
    Ejemplo: <i>Confecciones Valle Verde, Kuala Lumpur</i>
card-ask-medical-needs =
    Envía tus <b>necesidades médicas</b>, si las tienes: enfermedades, medicamentos y dosis, alergias.
    Ejemplo: <i>Diabetes tipo 1: insulina dos veces al día. Alergia a la penicilina.</i>
card-ask-lawyer-name =
    Envía el <b>nombre de tu abogada o abogado</b> y, si tiene, el de su despacho.
    Ejemplo: <i>Carlos Mendoza, Centro de Asistencia Legal</i>
card-ask-lawyer-name--disguised =
    Envía el <b>nombre de una persona de confianza que te asesora</b> y, si tiene, el de su oficina.
    Ejemplo: <i>Carlos Mendoza, Oficina de Orientación Ciudadana</i>
card-ask-lawyer-phone =
    Envía el <b>teléfono de tu abogada o abogado</b>, con el código de país.
    Ejemplo: <i>+60 12-345 6789</i>
card-ask-lawyer-phone--disguised =
    Envía el <b>teléfono de tu asesora o asesor</b>, con el código de país.
    Ejemplo: <i>+60 12-345 6789</i>
card-ask-instructions =
    Envía <b>instrucciones</b> para las personas que reciban tu tarjeta: qué hacer primero y qué deben saber.
    Ejemplo: <i>Llamen primero a mi abogado. Mi pasaporte lo tiene mi empleador.</i>
card-ask-instructions--disguised =
    Envía <b>notas</b> para las personas que elegiste: qué hacer primero y qué deben saber.
    Ejemplo: <i>Llamen primero a mi hermana. Mis documentos están en la oficina.</i>
card-current = Ahora: { $value }
card-ask-footer-new = Escríbelo y envíalo, o envía /cancel.
card-ask-footer-change = Envía un texto nuevo para reemplazarlo, o /cancel para dejarlo como está.
card-button-clear-this = 🧹 Borrar este campo

## Datos escritos que se rechazan; el paso sigue abierto
card-problem-empty = Eso estaba vacío. Para quitar lo que está guardado, usa mejor «Borrar un campo».
card-problem-too-long = Es demasiado largo: como máximo { $limit } caracteres, por favor.
card-problem-no-letters = Un nombre necesita al menos una letra.
card-problem-phone-characters = Un número de teléfono solo puede tener dígitos, espacios, paréntesis, guiones y un + al principio.
card-problem-phone-digits = Un número de teléfono tiene de { $min } a { $max } dígitos.
card-problem-date-format = Escribe la fecha así: 1990-05-31 o 31.05.1990.
card-problem-date-not-real = Ese día no existe. Revisa el día y el mes.
card-problem-date-not-past = Una fecha de nacimiento tiene que estar en el pasado.
card-problem-date-too-early = Revisa el año: debe ser { $year } o posterior.
card-ask-again = Envíalo de nuevo, o envía /cancel.

## Después de un cambio
card-confirm-date = La fecha es <b>{ $date }</b>. Pulsa Guardar, o envía la fecha otra vez.
card-confirm-phone-no-code = <b>{ $number }</b> no tiene código de país (como +66 para Tailandia o +60 para Malasia), así que puede no funcionar desde otro país. Envíalo otra vez con el código, o pulsa Guardar para dejarlo como está.
card-button-save = ✅ Guardar
card-saved = ✅ Guardado: <b>{ $field }</b>. { $filled } de { $total } campos completados.
card-clear-pick = ¿Qué campo quieres borrar?
card-clear-confirm = ¿Borrar <b>{ $field }</b>? Se elimina para siempre.
card-clear-all-confirm = ¿Borrar toda la tarjeta de emergencia? Todos los campos se eliminan para siempre.
card-clear-all-confirm--disguised = ¿Borrar todo el perfil? Todos los campos se eliminan para siempre.
card-button-yes-clear = Sí, borrarlo
card-button-yes-clear-all = Sí, borrar todo
card-button-keep = No, mantener
card-kept = No se cambió nada.
card-field-cleared = 🧹 Borrado: <b>{ $field }</b>. { $filled } de { $total } campos completados.
card-already-empty = Ese campo ya estaba vacío. No se cambió nada.
card-cleared-all = 🗑 Se borró tu tarjeta de emergencia: ya no se guarda nada de ella.
card-cleared-all--disguised = 🗑 Se borró tu perfil: ya no se guarda nada de él.
card-was-empty = Tu tarjeta ya estaba vacía. No se cambió nada.
card-was-empty--disguised = Tu perfil ya estaba vacío. No se cambió nada.
