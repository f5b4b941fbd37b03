# French UI strings.
# machine-drafted: true — see bot.ftl.

rights-topics =
    ⚖️ <b>Vos droits</b>
    Choisissez un thème. Vous pouvez aussi taper un mot pour chercher, par exemple « avocat » ou « passeport ».
rights-topics--disguised =
    📖 <b>Lecture</b>
    Choisissez un thème, ou tapez un mot pour chercher.
rights-topic-detention = Détention liée à l'immigration
rights-topic-detention--disguised = 📗 Partie 1
rights-topic-status = Visas et droit de séjour
rights-topic-status--disguised = 📗 Partie 2
rights-topic-legal-aid = Aide juridique et plaintes
rights-topic-legal-aid--disguised = 📗 Partie 3
rights-topic-defenders = Défense des droits : vos droits et votre sécurité
rights-topic-defenders--disguised = 📗 Partie 4
rights-topic-checklists = Listes de vérification
rights-article-neutral = 📄 Lecture { $number }
rights-topic-articles =
    <b>{ $topic }</b>
    Choisissez un article :
rights-page-count = Page { $page } sur { $pages }
rights-next = Suivant ▶
rights-previous = ◀ Précédent
rights-to-topics = ☰ Thèmes
rights-to-topic = ↩ { $topic }
rights-sources = Sources :
rights-applies = S'applique à : { $where }
rights-applies-everywhere = partout (normes internationales)
rights-reviewed = Dernière relecture : { $date }
rights-not-advice = ℹ️ Ceci est une information générale, pas un conseil juridique. Pour votre situation personnelle, adressez-vous à un avocat ou à une organisation d'aide juridique.
rights-machine-draft = 🤖 Cette traduction a été préparée par une machine et n'a pas encore été vérifiée par une personne.
rights-stale = ⚠️ Le texte anglais a changé depuis cette traduction.
rights-read-english = Lire en anglais
rights-in-english = Cet article n'existe pas encore dans votre langue ; le voici en anglais.
rights-search-results = Articles pour « { $query } » :
rights-search-results--disguised = Lectures trouvées :
rights-search-none =
    Aucun résultat pour « { $query } ».
    Choisissez un thème :
rights-search-none--disguised =
    Rien trouvé.
    Choisissez un thème :
rights-gone =
    Cette page n'est plus disponible.
    Choisissez un thème :
rights-unavailable = Les informations sur les droits ne peuvent pas être affichées pour le moment. Veuillez réessayer plus tard.
rights-unavailable--disguised = La lecture ne peut pas être affichée pour le moment. Réessayez plus tard.
rights-directory-button = 📇 Aide juridique et lignes d'assistance
rights-directory-button--disguised = 📇 Adresses

## The directory of legal aid and emergency contacts
directory-countries =
    📇 <b>Aide juridique et lignes d'assistance</b>
    Choisissez un pays ou une région :
directory-countries--disguised =
    📇 <b>Adresses</b>
    Choisissez un pays ou une région :
directory-international = International
directory-country =
    📇 <b>{ $country }</b>
directory-to-be-verified = ⚠️ À faire vérifier par votre réseau avant de vous y fier.
directory-phones = Téléphone : { $phones }
directory-languages = Langues : { $languages }
directory-area = Zone : { $area }
directory-web = Site web : { $web }
directory-verified = Vérifié le : { $date }
directory-source = Source : { $source }
directory-empty =
    Il n'y a pas encore d'entrée pour ce pays.
    Un réseau peut ajouter les siennes : voir CONTRIBUTING-CONTENT.md.
directory-to-countries = ↩ Pays

## /reload (admins) and SIGHUP
reload-not-admin = Seule une personne qui administre ce bot peut recharger les informations sur les droits.
reload-done = Informations sur les droits rechargées : { $articles } articles en { $languages } langues.
reload-failed =
    Les nouvelles informations sur les droits comportent { $count ->
        [one] { $count } problème
       *[other] { $count } problèmes
    } ; le bot continue donc d'afficher la version précédente :
    { $problems }
reload-more = … et { $count } de plus.
