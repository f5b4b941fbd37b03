# machine-drafted: true — see bot.ftl.
## Información sobre derechos: /rights, búsqueda, /directory, /reload.
## Las páginas de derechos se muestran tal como se piden, también en modo discreto; se borran con el borrado automático.

rights-topics =
    ⚖️ <b>Tus derechos</b>
    Elige un tema. También puedes escribir una palabra para buscar, por ejemplo «abogado» o «pasaporte».
rights-topics--disguised =
    📖 <b>Lectura</b>
    Elige un tema, o escribe una palabra para buscar.
rights-topic-detention = Detención migratoria
rights-topic-detention--disguised = 📗 Parte 1
rights-topic-status = Visas y situación migratoria
rights-topic-status--disguised = 📗 Parte 2
rights-topic-legal-aid = Ayuda legal y denuncias
rights-topic-legal-aid--disguised = 📗 Parte 3
rights-topic-defenders = Personas defensoras: tus derechos y tu seguridad
rights-topic-defenders--disguised = 📗 Parte 4
rights-topic-checklists = Listas de verificación
rights-article-neutral = 📄 Lectura { $number }
rights-topic-articles =
    <b>{ $topic }</b>
    Elige un artículo:
rights-page-count = Página { $page } de { $pages }
rights-next = Siguiente ▶
rights-previous = ◀ Anterior
rights-to-topics = ☰ Temas
rights-to-topic = ↩ { $topic }
rights-sources = Fuentes:
rights-applies = Alcance: { $where }
rights-applies-everywhere = normas y recomendaciones internacionales; lo que se aplica en tu caso depende del país
rights-framing = ⚖️ Normas y recomendaciones internacionales, no la ley de cada país. Información, no asesoría legal.
rights-framing-country = ⚖️ Lo que dicen las fuentes citadas sobre { $country }; las leyes cambian. Información, no asesoría legal.
rights-practical = consejo práctico, no viene de las fuentes
rights-reviewed = Última revisión: { $date }
rights-not-advice = ℹ️ Esto es información general, no asesoría legal. Para tu situación concreta, habla con una abogada o un abogado, o con una organización de ayuda legal.
rights-machine-draft = 🤖 Esta traducción la hizo una máquina y todavía no la ha revisado una persona.
rights-stale = ⚠️ El texto en inglés cambió después de hacer esta traducción.
rights-read-english = Leer en inglés
rights-in-english = Este artículo todavía no está en tu idioma, así que aquí lo tienes en inglés.
rights-search-results = Artículos sobre «{ $query }»:
rights-search-results--disguised = Lecturas encontradas:
rights-search-none =
    No hay nada que coincida con «{ $query }».
    Elige un tema:
rights-search-none--disguised =
    No se encontró nada.
    Elige un tema:
rights-gone =
    Esa página ya no está disponible.
    Elige un tema:
rights-unavailable = Ahora no se puede mostrar la información sobre derechos. Inténtalo de nuevo más tarde.
rights-unavailable--disguised = La lectura no se puede mostrar ahora. Vuelve a intentarlo más tarde.
rights-directory-button = 📇 Ayuda legal, líneas de atención y de emergencia
rights-directory-button--disguised = 📇 Direcciones

## Directorio de ayuda legal y contactos de emergencia
directory-countries =
    📇 <b>Ayuda legal, líneas de atención y de emergencia</b>
    Elige un país o una región:
directory-countries--disguised =
    📇 <b>Direcciones</b>
    Elige un país o una región:
directory-international = Internacional
directory-country =
    📇 <b>{ $country }</b>
directory-phones = Teléfono: { $phones }
directory-languages = Idiomas: { $languages }
directory-area = Zona: { $area }
directory-web = Web: { $web }
directory-source = Fuente: { $title } — { $url } (leída el { $date })
directory-empty =
    Todavía no hay ninguna entrada para este país.
    Una red puede añadir las suyas: consulta CONTRIBUTING-CONTENT.md.
directory-to-countries = ↩ Países
directory-none-picked = ⭐ Elige los países donde trabajas o de donde vienes, y aparecerán primero.
directory-all-countries = 🗺 Todos los países
directory-pick = ⭐ Elegir mis países
directory-pick-intro =
    ⭐ <b>Tus países</b>
    Pulsa un país para añadirlo o quitarlo. Las líneas internacionales se muestran siempre.
directory-pick-done = ✔ Listo
directory-read-from = Cada entrada se copió de la página pública indicada debajo. Los números cambian: compruébalos antes de confiar en ellos.
directory-machine-drafted = 🤖 Las descripciones se tradujeron del inglés de forma automática.
directory-services = Ofrece: { $services }
directory-service-emergency-line = línea de emergencia para defensores
directory-service-emergency-line--disguised = línea urgente
directory-service-emergency-grants = ayudas de emergencia para defensores
directory-service-emergency-grants--disguised = apoyo
directory-service-legal-aid = ayuda legal
directory-service-legal-aid--disguised = consejo
directory-service-hotline = línea de atención
directory-service-hotline--disguised = línea telefónica
directory-service-shelter = albergue
directory-service-shelter--disguised = un lugar donde quedarse
directory-service-detention-visits = visitas a centros de detención
directory-service-detention-visits--disguised = visitas
directory-service-labour-complaints = quejas laborales
directory-service-labour-complaints--disguised = preguntas de trabajo
directory-service-trafficking = ayuda a víctimas de trata
directory-service-trafficking--disguised = seguridad
directory-service-repatriation = repatriación
directory-service-repatriation--disguised = viaje de vuelta
directory-service-counselling = orientación y apoyo
directory-service-information = información y derivación
directory-service-rights-complaints = quejas de derechos humanos
directory-service-rights-complaints--disguised = informes
directory-local = Dentro del país: { $numbers }
directory-email = Correo: { $email }
directory-messaging = Mensajería: { $messaging }
directory-not-verified = ⚠️ Aún no verificado por una persona.
directory-checked = ✅ Comprobado por una persona el { $date }.

## /reload (administración) y SIGHUP
reload-not-admin = Solo una persona administradora de este bot puede recargar la información sobre derechos.
reload-done = Información sobre derechos recargada: { $articles } artículos en { $languages } idiomas.
reload-failed =
    La nueva información sobre derechos tiene { $count ->
        [one] un problema
       *[other] { $count } problemas
    }, así que el bot sigue mostrando la versión anterior:
    { $problems }
reload-more = …y { $count } más.
