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
rights-applies = Se aplica en: { $where }
rights-applies-everywhere = todas partes (normas internacionales)
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
rights-directory-button = 📇 Ayuda legal y líneas de atención
rights-directory-button--disguised = 📇 Direcciones

## Directorio de ayuda legal y contactos de emergencia
directory-countries =
    📇 <b>Ayuda legal y líneas de atención</b>
    Elige un país o una región:
directory-countries--disguised =
    📇 <b>Direcciones</b>
    Elige un país o una región:
directory-international = Internacional
directory-country =
    📇 <b>{ $country }</b>
directory-to-be-verified = ⚠️ Tu red debe verificarlo antes de que confíes en ello.
directory-phones = Teléfono: { $phones }
directory-languages = Idiomas: { $languages }
directory-area = Zona: { $area }
directory-web = Web: { $web }
directory-verified = Verificado: { $date }
directory-source = Fuente: { $source }
directory-empty =
    Todavía no hay ninguna entrada para este país.
    Una red puede añadir las suyas: consulta CONTRIBUTING-CONTENT.md.
directory-to-countries = ↩ Países

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
