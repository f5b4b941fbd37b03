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
rights-applies = Portée : { $where }
rights-applies-everywhere = normes et recommandations internationales ; ce qui s'applique à vous dépend du pays
rights-framing = ⚖️ Normes et recommandations internationales, pas la loi de chaque pays. Information, pas conseil juridique.
rights-framing-country = ⚖️ Ce que disent les sources citées sur { $country } ; les lois changent. Information, pas conseil juridique.
rights-practical = conseil pratique, pas tiré des sources
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
rights-directory-button = 📇 Aide juridique, lignes d'assistance et d'urgence
rights-directory-button--disguised = 📇 Adresses

## The directory of legal aid and emergency contacts
directory-countries =
    📇 <b>Aide juridique, lignes d'assistance et d'urgence</b>
    Choisissez un pays ou une région :
directory-countries--disguised =
    📇 <b>Adresses</b>
    Choisissez un pays ou une région :
directory-international = International
directory-country =
    📇 <b>{ $country }</b>
directory-phones = Téléphone : { $phones }
directory-languages = Langues : { $languages }
directory-area = Zone : { $area }
directory-web = Site web : { $web }
directory-source = Source : { $title } — { $url } (lue le { $date })
directory-empty =
    Il n'y a pas encore d'entrée pour ce pays.
    Un réseau peut ajouter les siennes : voir CONTRIBUTING-CONTENT.md.
directory-to-countries = ↩ Pays
directory-none-picked = ⭐ Choisissez les pays où vous travaillez ou d'où vous venez : ils viendront en premier.
directory-all-countries = 🗺 Tous les pays
directory-pick = ⭐ Choisir mes pays
directory-pick-intro =
    ⭐ <b>Vos pays</b>
    Appuyez sur un pays pour l'ajouter ou le retirer. Les lignes internationales sont toujours affichées.
directory-pick-done = ✔ Terminé
directory-read-from = Chaque fiche a été recopiée de la page publique indiquée en dessous. Les numéros changent : vérifiez avant de vous y fier.
directory-machine-drafted = 🤖 Les descriptions ont été traduites de l'anglais par une machine.
directory-services = Propose : { $services }
directory-service-emergency-line = ligne d'urgence pour les défenseurs
directory-service-emergency-line--disguised = ligne urgente
directory-service-emergency-grants = subventions d'urgence pour les défenseurs
directory-service-emergency-grants--disguised = soutien
directory-service-legal-aid = aide juridique
directory-service-legal-aid--disguised = conseil
directory-service-hotline = ligne d'assistance
directory-service-hotline--disguised = ligne téléphonique
directory-service-shelter = hébergement d'urgence
directory-service-shelter--disguised = un lieu où rester
directory-service-detention-visits = visites en détention
directory-service-detention-visits--disguised = visites
directory-service-labour-complaints = plaintes liées au travail
directory-service-labour-complaints--disguised = questions de travail
directory-service-trafficking = aide aux victimes de la traite
directory-service-trafficking--disguised = sécurité
directory-service-repatriation = rapatriement
directory-service-repatriation--disguised = retour au pays
directory-service-counselling = écoute et conseil
directory-service-information = information et orientation
directory-service-rights-complaints = plaintes pour atteintes aux droits humains
directory-service-rights-complaints--disguised = signalements
directory-local = Depuis le pays : { $numbers }
directory-email = Courriel : { $email }
directory-messaging = Messagerie : { $messaging }
directory-not-verified = ⚠️ Pas encore vérifié par une personne.
directory-checked = ✅ Vérifié par une personne le { $date }.

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
