# French UI strings.
# machine-drafted: true — see bot.ftl.

settings-title =
    <b>Paramètres</b>

    Langue : { $language }
    Fuseau horaire : { $timezone } (il est { $time })
    Suppression automatique : { $autodelete }
    Mode discret : { $disguise_mode }
    Délai de réponse de vos contacts à une alerte : { $answer_time }
settings-language = 🌐 Langue
settings-timezone = 🕓 Fuseau horaire
settings-autodelete = 🧹 Suppression automatique
settings-ack-timeout = ⏱ Délai de réponse
settings-ack-timeout--disguised = ⏱ Délai pour répondre
settings-disguise-on = 🎭 Mode discret : activer
settings-disguise-off = 🎭 Mode discret : désactiver
settings-wipe = 🗑 Tout effacer
settings-wipe--disguised = 🗑 Réinitialiser
settings-back = ← Retour

settings-on = activé
settings-off = désactivé

timezone-choose = Choisissez votre fuseau horaire, ou appuyez sur « Saisir un autre » et envoyez votre ville ou votre pays (Bangkok, Téhéran, Népal) ou un décalage comme UTC+7.
timezone-type-another = ⌨️ Saisir un autre
timezone-ask = Envoyez votre ville ou votre pays, en français ou en anglais (Bangkok, Téhéran, Népal), ou un décalage comme UTC+7 ou GMT+5:30. /cancel pour arrêter.
timezone-invalid = Je ne connais pas le fuseau horaire « { $text } ». Envoyez une grande ville proche (Kuala Lumpur, Jakarta, Dubaï), un nom comme Asia/Makassar ou un décalage comme UTC+7, ou /cancel.
timezone-set = Fuseau horaire : { $timezone } (il est { $time }).

autodelete-explain =
    Le bot peut supprimer de cette discussion, après un délai, ses propres messages qui montrent des informations sensibles (votre fiche, vos contacts, les détails des alertes), pour qu'ils n'y soient plus si l'on vous prend votre téléphone. Telegram lui permet de le faire pendant 48 heures.
autodelete-off = Désactivée
autodelete-seconds = { $minutes ->
    [1] après 1 minute
    [60] après 1 heure
    [1440] après 24 heures
   *[other] après { $minutes } minutes
}
autodelete-set = Suppression automatique : { $choice }.

ack-timeout-explain =
    Quand vous lancez une alerte, vos premiers contacts ont ce délai pour appuyer sur « Je m'en occupe » avant que vos deuxièmes contacts soient prévenus, puis la coordination du réseau. Un délai court est plus sûr dans un moment à haut risque ; un délai long convient à des contacts qui dorment peut-être dans un autre fuseau horaire.
ack-timeout-explain--disguised = Le temps dont les personnes disposent pour répondre avant que l'on s'adresse aux suivantes.
ack-timeout-network = le réglage du réseau ({ $minutes } min)
ack-timeout-minutes = { $minutes } minutes

disguise-on = Le mode discret est activé : cette discussion utilise désormais des mots et des boutons neutres. Tout fonctionne comme avant.
disguise-off = Le mode discret est désactivé.

wipe-ask =
    Cette action efface <b>tout</b> ce que le bot conserve sur vous : vos paramètres, votre fiche, vos contacts de confiance et les personnes que vous protégez (on leur dira seulement qu'un contact est parti). Le bot supprimera aussi ses messages récents dans cette discussion, lorsque Telegram le permet.

    C'est irréversible. Pour continuer, envoyez le mot <b>{ $word }</b>. Pour arrêter, envoyez /cancel.
wipe-ask--disguised =
    Cela efface <b>tout</b> ce que le bot garde sur vous : vos réglages, votre profil, votre liste de personnes et les listes où vous êtes (on leur dira seulement que quelqu'un est parti). Le bot supprimera aussi ses messages récents dans cette discussion, là où Telegram le permet.

    C'est irréversible. Pour continuer, envoyez le mot <b>{ $word }</b>. Pour arrêter, envoyez /cancel.
wipe-word = EFFACER
wipe-not-confirmed = Ce n'était pas le mot { $word }. Rien n'a été effacé. Envoyez { $word } pour tout effacer, ou /cancel.
wipe-done = Tout ce qui vous concernait a été effacé de ce bot. Pour l'utiliser de nouveau, envoyez /start.
wipe-contact-left = L'un de vos contacts de confiance a quitté le bot. Vérifiez votre liste avec /contacts.
wipe-contact-left--disguised = Quelqu'un est parti. Voir /contacts.

## Neutral wording while disguise mode is on
settings-title--disguised =
    <b>Paramètres</b>

    Langue : { $language }
    Fuseau horaire : { $timezone } (il est { $time })
    Suppression automatique : { $autodelete }
    Style simple : { $disguise_mode }
    Délai pour répondre : { $answer_time }
settings-disguise-off--disguised = 🎭 Style simple : désactiver
autodelete-explain--disguised = Le bot peut supprimer ses propres messages de cette discussion après un délai. Telegram lui permet de le faire pendant 48 heures.
disguise-on--disguised = Le style simple est activé.
