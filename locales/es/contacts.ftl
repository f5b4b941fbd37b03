# machine-drafted: true — see bot.ftl.

## Invitar (quien defiende)
invite-ask-label =
    ¿A quién quieres invitar como contacto de confianza? Escribe el nombre con el que le llamas (hasta 64 caracteres). Solo tú lo verás.

    Envía /cancel para detenerte.
invite-ask-label--disguised =
    ¿A quién quieres invitar? Escribe el nombre con el que le llamas (hasta 64 caracteres). Solo tú lo verás.

    Envía /cancel para detenerte.
invite-label-invalid = Escribe un nombre de 1 a 64 caracteres, o envía /cancel para detenerte.
invite-ask-tier =
    ¿Cuándo debe recibir la alerta <b>{ $label }</b>?

    Nivel 1: recibe la alerta primero.
    Nivel 2: recibe la alerta si nadie del nivel 1 responde.
invite-ask-tier--disguised =
    ¿Cuándo debe recibir mensajes del bot <b>{ $label }</b>?

    Nivel 1: primero.
    Nivel 2: si nadie del nivel 1 contesta.
invite-tier-1 = Nivel 1 – alerta primero
invite-tier-1--disguised = Nivel 1 – primero
invite-tier-2 = Nivel 2 – si el nivel 1 no responde
invite-tier-2--disguised = Nivel 2 – después
invite-ask-name =
    ¿Qué nombre verá <b>{ $label }</b> para ti? Usa tu nombre de Telegram o escribe el nombre por el que te conoce (hasta 64 caracteres).
invite-use-own-name = Usar «{ $name }»
invite-choose-tier = Elige un nivel con los botones, o envía /cancel para detenerte.
invite-link =
    Esta es la invitación para <b>{ $label }</b>. Envíale este enlace, mejor por una aplicación de mensajería segura:

    { $link }

    Funciona una sola vez, durante { $hours } horas. Al abrirlo verá el nombre <b>{ $name }</b> y podrá aceptar o rechazar; se te avisará de su respuesta. Puedes anularla en /contacts.
invite-full = { $limit ->
    [one] Ya tienes un contacto de confianza o una invitación abierta, el máximo permitido.
   *[other] Ya tienes { $limit } contactos de confianza e invitaciones abiertas, el máximo permitido.
} Quita un contacto o anula una invitación en /contacts primero.
invite-full--disguised =
    { $limit ->
        [one] Ya tienes a alguien en tu lista o una invitación abierta, el máximo permitido.
       *[other] Ya tienes { $limit } personas en tu lista e invitaciones abiertas, el máximo permitido.
    } Quita a alguien o anula una invitación en /contacts primero.

## Abrir el enlace (la persona invitada)
invite-offer =
    <b>{ $name }</b> te pide ser uno de sus contactos de confianza.

    Este bot ayuda a las personas defensoras de derechos humanos a mantenerse seguras. Como contacto de confianza:
    • recibirías sus alertas de SOS, y una alerta cuando no avise a tiempo de que está bien;
    • quizá recibirías su ubicación y su tarjeta de emergencia (datos de identidad, abogada o abogado, necesidades médicas);
    • se te pediría actuar, por ejemplo intentar comunicarte con esa persona o llamar a su abogada o abogado.

    El bot nunca contacta a la policía ni a ninguna otra autoridad. Puedes dejar de ser contacto en cualquier momento en /contacts.

    Respondas lo que respondas, se le dirá a { $name }, con tu nombre de Telegram.
invite-offer--disguised =
    <b>{ $name }</b> te pide que entres en su lista de personas.

    Si te necesita, este bot te escribirá, quizá con el lugar donde está y sus datos personales (identidad, asesora o asesor, necesidades de salud), y te pedirá que actúes, por ejemplo que intentes localizarle o que llames a alguien por esa persona. El bot nunca contacta a ninguna autoridad. Puedes salir de la lista cuando quieras en /contacts.

    Respondas lo que respondas, se le dirá a { $name }, con tu nombre de Telegram.
invite-accept = ✅ Aceptar
invite-decline = Rechazar
invite-accepted = Ahora eres contacto de confianza de <b>{ $name }</b>. Gracias. /contacts muestra a las personas que proteges y te permite dejarlo.
invite-accepted--disguised = Ahora estás en la lista de <b>{ $name }</b>. Gracias. Mira /contacts.
invite-declined = Rechazaste la invitación. Se le dijo a <b>{ $name }</b>; el enlace ya no funciona.
invite-malformed = Este no es un enlace de invitación válido. Comprueba que abriste el enlace completo, o pide uno nuevo a quien te lo envió.
invite-unknown = Este enlace de invitación no se conoce. Pide uno nuevo a quien te lo envió.
invite-expired = Este enlace de invitación ha caducado: los enlaces funcionan durante { $hours } horas. Pide uno nuevo a quien te lo envió.
invite-used = Este enlace de invitación ya se usó: cada enlace funciona una sola vez. Pide uno nuevo a quien te lo envió.
invite-already-accepted = Ya aceptaste esta invitación: eres contacto de confianza de <b>{ $name }</b>. Mira /contacts.
invite-already-accepted--disguised = Ya aceptaste esta invitación: estás en la lista de <b>{ $name }</b>. Mira /contacts.
invite-revoked = Quien envió esta invitación la anuló, así que ya no funciona.
invite-was-declined = Esta invitación fue rechazada, así que ya no funciona. Pide una nueva a quien te la envió.
invite-own = Este es tu propio enlace de invitación: no puedes ser tu propio contacto de confianza. Envía el enlace a la persona que quieres invitar; sigue funcionando.
invite-own--disguised = Este es tu propio enlace de invitación: no puedes estar en tu propia lista. Envía el enlace a la persona que quieres invitar; sigue funcionando.
invite-already-contact = Ya eres contacto de confianza de <b>{ $name }</b>. No se cambió nada.
invite-already-contact--disguised = Ya estás en la lista de <b>{ $name }</b>. No se cambió nada.

## Avisos a quien defiende
invite-defender-accepted =
    <b>{ $label }</b> aceptó tu invitación (su nombre de Telegram: { $contact }). Ahora es tu contacto de confianza, nivel { $tier }, y recibirá una alerta si necesitas ayuda.

    Si no es la persona que querías invitar, quítala en /contacts.
invite-defender-accepted--disguised =
    <b>{ $label }</b> aceptó tu invitación (su nombre de Telegram: { $contact }).

    Si no es la persona que querías invitar, quítala en /contacts.
invite-defender-declined = <b>{ $label }</b> rechazó tu invitación (su nombre de Telegram: { $contact }). El enlace ya no funciona.

## /contacts
contacts-title = <b>Tus contactos de confianza</b>
contacts-title--disguised = <b>Tus personas</b>
contacts-none = Aún no tienes contactos de confianza. Invita a alguien de confianza: recibirá una alerta si necesitas ayuda.
contacts-none--disguised = Aún no hay nadie aquí. Invita a alguien de confianza.
contacts-entry = • <b>{ $label }</b> – nivel { $tier } – { $status }
contacts-status-active = activo
contacts-status-unreachable = sin respuesta de Telegram
contacts-tiers-note = El nivel 1 recibe la alerta primero; el nivel 2, si nadie del nivel 1 responde.
contacts-tiers-note--disguised = El nivel 1 recibe mensajes primero; el nivel 2, si nadie del nivel 1 contesta.
contacts-invites-title = <b>Invitaciones esperando respuesta</b>
contacts-invite-entry = • <b>{ $label }</b> – nivel { $tier } – pendiente hasta { $until }
contacts-protected-title = <b>Eres contacto de confianza de</b>
contacts-protected-title--disguised = <b>Estás en la lista de</b>
contacts-protected-entry = • <b>{ $name }</b>
contacts-button-tier = { $label }: al nivel { $tier }
contacts-button-remove = Quitar a { $label }
contacts-button-revoke = Anular invitación: { $label }
contacts-button-invite = ➕ Invitar a un contacto
contacts-button-step-down = Dejar de ser contacto: { $name }
contacts-button-keep = No, mantener
contacts-remove-confirm = ¿Quitar a <b>{ $label }</b> de tus contactos de confianza? Solo se le dirá que ya no es tu contacto de confianza.
contacts-remove-confirm--disguised = ¿Quitar a <b>{ $label }</b> de tu lista? Solo se le dirá que ya no está en ella.
contacts-remove-yes = Sí, quitar
contacts-removed = <b>{ $label }</b> ya no es tu contacto de confianza.
contacts-removed--disguised = <b>{ $label }</b> ya no está en tu lista.
contacts-removed-notice = Ya no eres contacto de confianza de <b>{ $name }</b>.
contacts-removed-notice--disguised = Ya no estás en la lista de <b>{ $name }</b>.
contacts-tier-changed = <b>{ $label }</b> está ahora en el nivel { $tier }.
contacts-revoked = Se anuló la invitación para <b>{ $label }</b>: su enlace ya no funciona.
contacts-step-down-confirm = ¿Dejar de ser contacto de confianza de <b>{ $name }</b>? Se le avisará.
contacts-step-down-confirm--disguised = ¿Salir de la lista de <b>{ $name }</b>? Se le avisará.
contacts-step-down-yes = Sí, dejarlo
contacts-stepped-down = Ya no eres contacto de confianza de <b>{ $name }</b>. Se le avisó.
contacts-stepped-down--disguised = Ya no estás en la lista de <b>{ $name }</b>. Se le ha avisado.
contacts-stepped-down-notice = <b>{ $label }</b> ya no es tu contacto de confianza: lo dejó. Puedes invitar a otra persona en /contacts.
contacts-stepped-down-notice--disguised = <b>{ $label }</b> salió de tu lista. Puedes invitar a otra persona en /contacts.
contacts-nothing-changed = No se cambió nada.
contacts-gone = Ese contacto o invitación ya no existe. No se cambió nada.
