# Spanish UI strings.
# machine-drafted: true — written without review by a native speaker; a volunteer should review
# it before it is marked reviewed. Messages missing here are shown in English.

language-name = Español

start-welcome =
    Hola, { $name }.

    Este bot ayuda a las personas defensoras de derechos humanos a mantenerse seguras: avisos periódicos de que estás bien, alertas a las personas de tu confianza cuando necesitas ayuda e información sobre tus derechos.

    <b>Qué guarda:</b> tu nombre de Telegram y tu idioma, tus ajustes, tus contactos de confianza y, si la llenas, tu tarjeta de emergencia. Todo se cifra antes de guardarse.

    <b>Tus contactos no ven nada</b> hasta que se envía una alerta: solo entonces reciben lo que necesitan para ayudarte.

    <b>/wipe</b> borra todo lo que hay sobre ti, de inmediato.
start-welcome--disguised =
    Hola, { $name }.

    Todo lo que este bot guarda sobre ti está cifrado. /wipe lo borra de inmediato.
start-welcome-back =
    Hola de nuevo, { $name }.

    Envía /help para ver lo que puedes hacer.
start-choose-language = Elige tu idioma:
language-set = Idioma: { $language }.
help =
    Lo que puedes hacer aquí:

    /sos – avisar ahora a tus contactos de confianza (puedes añadir qué pasa: /sos me detuvieron en la frontera)
    🆘 SOS y ✅ Estoy bien – lo mismo desde el teclado; 📍 comparte tu ubicación durante una alerta
    /checkin – registrarte: estás bien; /schedule – registros que avisan a tus contactos si te saltas uno; /status
    /contacts – tus contactos de confianza y las personas a las que proteges
    /invite – invitar a alguien a ser tu contacto de confianza
    /card – tu tarjeta de emergencia
    /rights – tus derechos: detención, visas, ayuda legal (o simplemente escribe una palabra para buscar)
    /directory – ayuda legal, líneas de atención y de emergencia
    /settings – idioma, zona horaria, borrado automático, modo discreto
    /wipe – borrar todo lo que hay sobre ti
    /cancel – detener lo que estás haciendo
    /help – esta lista

    El bot nunca contacta por su cuenta a la policía ni a ninguna autoridad.
    Para las personas coordinadoras de la red: /alerts y /resolve.
help--disguised =
    Lo que puedes hacer aquí:

    /contacts – personas
    /invite – invitar a alguien
    /card – perfil
    /settings – ajustes
    /wipe – reiniciar
    /cancel – detener
    /help – esta lista
start-in-group = Háblame en un chat privado: abre mi perfil y pulsa Iniciar. En este grupo no se comparte nada sobre ti.
not-understood = No entendí eso. Envía /help para ver lo que puedes hacer.
error-generic = Algo falló de nuestro lado. No se perdió nada de lo que guardaste. Inténtalo de nuevo en un momento.
error-storage-full = El bot no pudo guardar esto porque su servidor no tiene espacio. Lo que guardaste antes está a salvo. Inténtalo más tarde.

button-expired = Este botón ha caducado. No se cambió nada.
step-expired = Ese paso tardó demasiado y se detuvo. No se cambió nada; empieza de nuevo.
cancelled = Cancelado. No se cambió nada.
nothing-to-cancel = No hay nada que cancelar.

keyboard-sos = 🆘 SOS
keyboard-sos--disguised = 📞 Llamar
keyboard-safe = ✅ Estoy bien
keyboard-safe--disguised = ✅ Listo
keyboard-rights = ⚖️ Derechos
keyboard-rights--disguised = 📖 Leer
keyboard-menu = ☰ Menú

menu =
    <b>Menú</b>

    /sos – avisar ahora a tus contactos
    /checkin – estoy bien
    /schedule – registros que avisan a tus contactos si te saltas uno
    /status – tu calendario y cualquier alerta abierta
    /contacts – contactos de confianza
    /invite – invitar a un contacto de confianza
    /card – tarjeta de emergencia
    /rights – tus derechos
    /directory – ayuda legal, líneas de atención y de emergencia
    /settings – ajustes
    /setup – configuración guiada
    /help – ayuda
menu--disguised =
    <b>Menú</b>

    /checkin – listo
    /schedule – rutina
    /status – estado
    /contacts – personas
    /invite – invitar a alguien
    /card – perfil
    /settings – ajustes
    /help – ayuda

command-start = Empezar, o ver la bienvenida
command-help = Lo que puedes hacer
command-sos = Avisar ahora a tus contactos de confianza
command-sos--disguised = Llamar
command-checkin = Registrarme: estoy bien
command-checkin--disguised = Responder: todo bien
command-schedule = Tu calendario de registros de seguridad
command-schedule--disguised = Tu rutina
command-status = Tu calendario, el próximo registro y las alertas abiertas
command-status--disguised = Tu rutina y la próxima respuesta
command-contacts = Tus contactos de confianza
command-contacts--disguised = Personas
command-invite = Invitar a un contacto de confianza
command-invite--disguised = Invitar a alguien
command-card = Tu tarjeta de emergencia
command-card--disguised = Perfil
command-rights = Tus derechos: detención, visas, ayuda legal
command-rights--disguised = Lectura
command-directory = Ayuda legal, líneas de atención y de emergencia
command-directory--disguised = Direcciones
command-settings = Idioma, zona horaria, privacidad
command-wipe = Borrar todo lo que hay sobre ti
command-wipe--disguised = Reiniciar
command-cancel = Detener lo que estás haciendo

coordinators-set = Este grupo es ahora el chat de coordinación de la red. Las alertas que nadie atienda a tiempo llegarán aquí. Quienes forman parte de este grupo son coordinadores.
coordinators-not-admin = Solo una persona administradora de este bot puede hacer esto.
coordinators-in-private = Envía /coordinators dentro del grupo que debe ser el chat de coordinación.
keyboard-share-location = 📍 Compartir mi ubicación
keyboard-share-location--disguised = 📍 Compartir lugar

## La configuración guiada después de elegir el idioma (/setup para verla de nuevo)
setup-step-title = <b>Primeros pasos · paso { $number } de { $total }</b>
setup-timezone-explain = Tu zona horaria, para que los registros y las horas se muestren según tu propio reloj.
setup-timezone-do = 🕓 Elegir mi zona horaria
setup-card-explain = Tu tarjeta de emergencia: lo que tus contactos de confianza necesitan para ayudarte si te detienen (tu nombre, tus documentos, tu abogada o abogado, tus necesidades médicas). Solo se comparte dentro de una alerta.
setup-card-explain--disguised = Tu perfil: lo que las personas que elijas necesitarían para ayudarte. Solo se comparte cuando pides ayuda.
setup-card-do = 🪪 Completar mi tarjeta
setup-card-do--disguised = 🪪 Completar mi perfil
setup-card-menu = Elige un campo para completarlo; salta los que prefieras no dar. { $filled } de { $total } campos completados. Cuando termines, pulsa ⏭ Siguiente en el mensaje de configuración.
setup-contact-explain = Un contacto de confianza: alguien que recibe tus alertas y actúa. Solo se convierte en tu contacto si acepta el enlace de invitación que le envías.
setup-contact-explain--disguised = Alguien de confianza, a quien se avisa cuando pides ayuda. Tiene que aceptar el enlace que le envías.
setup-contact-do = ➕ Invitar a un contacto
setup-schedule-explain = Un calendario de registros: si no haces tu registro a tiempo, se avisa a tus contactos. Útil antes de una visita arriesgada, una audiencia o un cruce de frontera.
setup-schedule-explain--disguised = Una rutina: si no respondes a tiempo, se avisa a las personas que elegiste.
setup-schedule-do = 🗓 Fijar un calendario
setup-schedule-do--disguised = 🗓 Fijar una rutina
setup-pin-explain = Un PIN de seguridad: sin él, nadie que tenga tu teléfono en la mano puede cerrar tu alerta, pausar tus registros ni quitar tus contactos.
setup-pin-explain--disguised = Un código: sin él, nadie que tenga tu teléfono puede cambiar lo que configuraste aquí.
setup-pin-do = 🔐 Poner un PIN de seguridad
setup-pin-do--disguised = 🔐 Poner un código
setup-next = ⏭ Siguiente
setup-stop = ✖️ Dejar la configuración
setup-done = ✅ Ya está todo listo. Puedes cambiarlo todo más adelante: /settings, /card, /contacts, /schedule. Envía /help para ver lo que puedes hacer.
setup-stopped = Configuración en pausa. Puedes seguir cuando quieras con /setup.
