# French UI strings.
# machine-drafted: true — written without review by a native speaker; a volunteer should review it before it is marked reviewed. Messages missing here are shown in English.

language-name = Français

start-welcome =
    Bienvenue, { $name }.

    Ce bot aide les personnes qui défendent les droits humains à rester en sécurité : des confirmations de sécurité régulières, des alertes aux personnes de confiance quand vous avez besoin d'aide, et des informations sur vos droits.

    <b>Ce qu'il conserve :</b> votre nom Telegram et votre langue, vos paramètres, vos contacts de confiance et, si vous la remplissez, votre fiche d'urgence. Tout est chiffré avant d'être enregistré.

    <b>Vos contacts ne voient rien</b> tant qu'aucune alerte n'est envoyée : c'est seulement à ce moment-là qu'ils reçoivent ce dont ils ont besoin pour vous aider.

    <b>/wipe</b> efface immédiatement tout ce qui vous concerne.
start-welcome--disguised =
    Bienvenue, { $name }.

    Tout ce que ce bot conserve sur vous est chiffré. /wipe l'efface immédiatement.
start-welcome-back =
    Bienvenue à nouveau, { $name }.

    Envoyez /help pour voir ce que vous pouvez faire.
help--disguised =
    Voici ce que vous pouvez faire :

    /contacts – proches
    /invite – inviter quelqu'un
    /card – profil
    /settings – paramètres
    /wipe – réinitialiser
    /cancel – arrêter
    /help – cette liste
start-choose-language = Choisissez votre langue :
language-set = Langue : { $language }.
help =
    Voici ce que vous pouvez faire :

    /sos – alerter maintenant vos contacts de confiance (vous pouvez préciser ce qui se passe : /sos interpellation à la frontière)
    🆘 SOS et ✅ Je vais bien – la même chose depuis le clavier ; 📍 partage votre position pendant une alerte
    /checkin – confirmer que vous allez bien ; /schedule – des confirmations de sécurité régulières qui alertent vos contacts si vous en manquez une ; /status
    /contacts – vos contacts de confiance, et les personnes que vous protégez
    /invite – inviter quelqu'un à devenir votre contact de confiance
    /card – votre fiche d'urgence
    /rights – vos droits : détention, visas, aide juridique (ou tapez simplement un mot pour chercher)
    /directory – aide juridique, lignes d'assistance et d'urgence
    /settings – langue, fuseau horaire, suppression automatique, mode discret
    /wipe – effacer tout ce qui vous concerne
    /cancel – arrêter ce que vous êtes en train de faire
    /help – cette liste

    Le bot ne contacte jamais de lui-même la police ni aucune autorité.
    Pour la coordination du réseau : /alerts et /resolve.
start-in-group = Merci de me parler dans une discussion privée : ouvrez mon profil et appuyez sur Démarrer. Rien de ce qui vous concerne n'est partagé dans ce groupe.
not-understood = Je n'ai pas compris. Envoyez /help pour voir ce que vous pouvez faire.
error-generic = Un problème est survenu de notre côté. Rien de ce que vous avez enregistré n'a été perdu. Veuillez réessayer dans un instant.
error-storage-full = Le bot n'a pas pu enregistrer ceci, car son serveur n'a plus de place. Ce que vous avez enregistré auparavant est intact. Veuillez réessayer plus tard.

## Conversation plumbing
button-expired = Ce bouton a expiré. Rien n'a été modifié.
step-expired = Cette étape a pris trop de temps et a été interrompue. Rien n'a été modifié ; veuillez recommencer.
cancelled = Annulé. Rien n'a été modifié.
nothing-to-cancel = Il n'y a rien à annuler.

## The persistent keyboard. Disguised wording must not hint at danger.
keyboard-sos = 🆘 SOS
keyboard-sos--disguised = 📞 Appeler
keyboard-safe = ✅ Je vais bien
keyboard-safe--disguised = ✅ Terminé
keyboard-rights = ⚖️ Droits
keyboard-rights--disguised = 📖 Lire
keyboard-menu = ☰ Menu

## Menu and keyboard answers
menu =
    <b>Menu</b>

    /sos – alerter vos contacts maintenant
    /checkin – je vais bien
    /schedule – des confirmations qui alertent vos contacts si vous en manquez une
    /status – votre calendrier et toute alerte en cours
    /contacts – contacts de confiance
    /invite – inviter un contact de confiance
    /card – fiche d'urgence
    /rights – vos droits
    /directory – aide juridique, lignes d'assistance et d'urgence
    /settings – paramètres
    /setup – configuration guidée
    /help – aide
menu--disguised =
    <b>Menu</b>

    /checkin – terminé
    /schedule – routine
    /status – état
    /contacts – proches
    /invite – inviter quelqu'un
    /card – profil
    /settings – paramètres
    /help – aide

## Command menus, one per language (setMyCommands)
command-start = Démarrer, ou revoir le message d'accueil
command-help = Ce que vous pouvez faire
command-sos = Alerter maintenant vos contacts de confiance
command-sos--disguised = Appeler
command-checkin = Confirmer : je vais bien
command-checkin--disguised = Répondre : tout va bien
command-schedule = Votre calendrier de confirmations de sécurité
command-schedule--disguised = Votre routine
command-status = Votre calendrier, la prochaine confirmation et les alertes en cours
command-status--disguised = Votre routine et la prochaine réponse
command-contacts = Vos contacts de confiance
command-contacts--disguised = Vos proches
command-invite = Inviter un contact de confiance
command-invite--disguised = Inviter quelqu'un
command-card = Votre fiche d'urgence
command-card--disguised = Profil
command-rights = Vos droits : détention, visas, aide juridique
command-rights--disguised = Lecture
command-directory = Aide juridique, lignes d'assistance et d'urgence
command-directory--disguised = Adresses
command-settings = Langue, fuseau horaire, confidentialité
command-wipe = Effacer tout ce qui vous concerne
command-wipe--disguised = Réinitialiser
command-cancel = Arrêter ce que vous êtes en train de faire

## Coordinators
coordinators-set = Ce groupe est désormais le groupe de coordination du réseau. Les alertes que personne ne prend en charge à temps arriveront ici. Les membres de ce groupe font partie de la coordination.
coordinators-not-admin = Seule une personne qui administre ce bot peut faire cela.
coordinators-in-private = Envoyez /coordinators dans le groupe qui doit devenir le groupe de coordination.

## La configuration guidée après le choix de la langue (/setup pour la revoir)
setup-step-title = <b>Premiers pas · étape { $number } sur { $total }</b>
setup-timezone-explain = Votre fuseau horaire, pour que les confirmations et les heures s'affichent à votre heure à vous.
setup-timezone-do = 🕓 Choisir mon fuseau horaire
setup-card-explain = Votre fiche d'urgence : ce dont vos contacts de confiance ont besoin pour vous aider en cas de détention (votre nom, vos papiers, votre avocat, vos besoins médicaux). Elle n'est transmise qu'avec une alerte.
setup-card-explain--disguised = Votre profil : ce dont les personnes que vous choisissez auraient besoin pour vous aider. Il n'est transmis que lorsque vous demandez de l'aide.
setup-card-do = 🪪 Remplir ma fiche
setup-card-do--disguised = 🪪 Remplir mon profil
setup-card-menu = Choisissez un champ à remplir ; passez ceux que vous préférez ne pas donner. Champs remplis : { $filled } sur { $total }. Quand vous avez fini, appuyez sur ⏭ Suivant dans le message de configuration.
setup-contact-explain = Un contact de confiance : une personne qui reçoit vos alertes et agit. Elle ne le devient qu'en acceptant le lien d'invitation que vous lui envoyez.
setup-contact-explain--disguised = Une personne de confiance, prévenue quand vous demandez de l'aide. Elle doit accepter le lien que vous lui envoyez.
setup-contact-do = ➕ Inviter un contact
setup-schedule-explain = Un calendrier de confirmations : si vous ne confirmez pas à temps que vous allez bien, vos contacts sont alertés. Utile avant une visite risquée, une audience ou un passage de frontière.
setup-schedule-explain--disguised = Une routine : si vous ne répondez pas à temps, les personnes que vous avez choisies sont prévenues.
setup-schedule-do = 🗓 Définir un calendrier
setup-schedule-do--disguised = 🗓 Définir une routine
setup-pin-explain = Un code PIN de sécurité : sans ce code, une personne qui a votre téléphone en main ne peut ni clore votre alerte, ni mettre en pause vos confirmations, ni retirer vos contacts.
setup-pin-explain--disguised = Un code : sans lui, personne qui tient votre téléphone ne peut changer ce que vous avez réglé ici.
setup-pin-do = 🔐 Choisir un code PIN de sécurité
setup-pin-do--disguised = 🔐 Choisir un code
setup-next = ⏭ Suivant
setup-stop = ✖️ Arrêter la configuration
setup-done = ✅ Tout est prêt. Vous pourrez tout modifier plus tard : /settings, /card, /contacts, /schedule. Envoyez /help pour voir ce que vous pouvez faire.
setup-stopped = Configuration arrêtée. Reprenez quand vous voulez avec /setup.
