# French UI strings.
# machine-drafted: true — see bot.ftl.

alert-reference = Ref { $ref }
alert-reference--disguised = Ref { $ref }
# What is left of a copy of an alert once its details are taken away: no word in it may
# tell what it was.
copy-redacted = Ref { $ref } · détails supprimés.

## Names

alert-name-coordinators = la coordination du réseau
alert-name-coordinators--disguised = l'équipe d'organisation
alert-name-coordinators-count = 1
alert-name-former-contact = une personne qui n'est plus votre contact
alert-name-former-contact--disguised = une personne qui n'est plus dans votre liste
alert-name-someone = un autre contact
alert-names-and = { $first } et { $second }
alert-names-comma = { $first }, { $second }

## The alert itself, to a contact or to the coordinators

alert-title-sos = 🆘 <b>SOS : { $who } a besoin d'aide maintenant.</b>
alert-title-sos--disguised = 🔴 <b>{ $who } a besoin de vous maintenant.</b>
alert-title-missed = ⏰ <b>{ $who } n'a pas envoyé sa confirmation de sécurité à temps.</b>
alert-title-missed--disguised = 🔴 <b>{ $who } n'a pas répondu à temps.</b>
alert-title-duress =
    🚨 <b>CONTRAINTE : { $who } a envoyé son mot de contrainte.</b>
    Cette personne est peut-être avec quelqu'un qui la force. <b>Ne l'appelez pas et ne lui écrivez pas ouvertement.</b>
alert-title-duress--disguised = 🔴 <b>{ $who } a besoin de vous maintenant. Ne l'appelez pas et ne lui écrivez pas.</b>
alert-reminder-line = 🔁 Rappel : personne n'a encore indiqué s'en occuper.
alert-reminder-line--disguised = 🔁 Rappel : personne n'a encore répondu.
alert-escalated-line = Vous recevez ce message parce que les premières personnes sollicitées n'ont pas répondu.
alert-follow-up-line = Vous recevez ce message parce que l'alerte est toujours ouverte et que personne n'a donné de nouvelles.
alert-follow-up-line--disguised = Vous recevez ce message parce que c'est toujours ouvert et que personne n'a donné de nouvelles.
alert-raised-at = Alerte lancée : { $when }
alert-raised-at--disguised = Envoyé : { $when }
alert-last-checkin = Dernière confirmation : { $when }
alert-last-checkin--disguised = Dernière réponse : { $when }
alert-their-words = Son message : « { $note } »
alert-location-below = 📍 Sa dernière position connue ({ $when }) figure ci-dessous.
alert-location-none = 📍 Cette personne n'a pas encore partagé sa position.
alert-location-earlier = 📍 Sa dernière position connue ({ $when }) vous a été envoyée dans cette conversation.
alert-location-label = 📍 <b>{ $who }</b> a partagé cette position à { $when } :
alert-location-label--disguised = 📍 { $who } a partagé ce lieu à { $when } :
alert-card-title = 🪪 <b>Sa fiche d'urgence</b>
alert-card-title--disguised = 🪪 <b>Ses informations</b>
alert-card-earlier = 🪪 Sa carte d’urgence vous a été envoyée avec le premier message de cette alerte.
alert-card-earlier--disguised = 🪪 Ses informations vous ont été envoyées avec le premier message.
alert-open-chat = 💬 <a href="{ $link }">Ouvrir une discussion avec { $who }</a>
alert-guidance =
    <b>Que faire</b>
    • Essayez de joindre la personne maintenant, par appel ou par message.
    • Si elle est peut-être détenue : contactez son avocat, et cherchez à savoir où elle est retenue par l'avocat ou par une organisation qui soutient les personnes migrantes (le demander vous-même aux autorités peut vous exposer). Les normes disent qu'elle devrait avoir rapidement accès à un avocat ; tous les pays ne le garantissent pas.
    • Ne contactez son consulat que si elle l'a accepté.
    • Appuyez sur « Je m'en occupe » pour que les autres le sachent, ou sur « Je ne peux pas aider » pour passer la main tout de suite.
    Informations sur les droits : /rights
alert-guidance--disguised =
    <b>Que faire</b>
    • Essayez de joindre la personne maintenant, par appel ou par message.
    • Faites ce qui a été convenu avec elle à l'avance.
    • Appuyez sur « Je m'en occupe » pour que les autres le sachent, ou sur « Je ne peux pas aider » pour passer la main tout de suite.
alert-guidance-duress =
    <b>Que faire</b>
    • Ne l'appelez pas et ne lui écrivez pas ouvertement : quelqu'un surveille peut-être son téléphone. Son écran ne montre rien de cette alerte.
    • Agissez par des personnes de confiance : son avocat·e, ses collègues, la coordination du réseau.
    • Si elle est peut-être détenue : contactez son avocat, et cherchez à savoir où elle est retenue par l'avocat ou par une organisation qui soutient les personnes migrantes (le demander vous-même aux autorités peut vous exposer). Les normes disent qu'elle devrait avoir rapidement accès à un avocat ; tous les pays ne le garantissent pas.
    • Ne contactez son consulat que si elle l'a accepté.
    • Appuyez sur « Je m'en occupe » pour que les autres le sachent, ou sur « Je ne peux pas aider » pour passer la main tout de suite.
    Informations sur les droits : /rights
alert-guidance-duress--disguised =
    <b>Que faire</b>
    • Ne l'appelez pas et ne lui écrivez pas : d'autres peuvent voir son téléphone. Cette personne ne voit rien de ceci.
    • Faites ce que vous aviez convenu ensemble, par des personnes de confiance.
    • Appuyez sur « Je m'en occupe » pour que les autres le sachent, ou sur « Je ne peux pas aider » pour passer la main tout de suite.
alert-button-on-it = 🙋 Je m'en occupe
alert-button-cant-help = ✋ Je ne peux pas aider
alert-button-resolve = ✔️ Clôturer

## Follow-ups to the people an alert reached

alert-to-handled-by = 🙋 { $helper } s'occupe de l'alerte concernant { $who }.
alert-to-handled-by--disguised = 🙋 { $helper } s'occupe de { $who }.
alert-to-follow-up-asked = ⏰ Vous avez dit que vous vous occupiez de l'alerte concernant { $who }, et personne n'a eu de vos nouvelles depuis : elle a donc été envoyée à d'autres personnes. Répondez à l'alerte pour dire ce qui se passe, ou appuyez de nouveau sur « Je m'en occupe » si vous vous en occupez toujours.
alert-to-follow-up-asked--disguised = ⏰ Vous avez dit que vous vous occupiez de { $who }. Dites aux autres où vous en êtes, ou appuyez de nouveau sur « Je m'en occupe ».
alert-to-resolved = ✅ { $who } a clos l'alerte avec son code PIN de sécurité. Un code PIN peut être obtenu sous la contrainte : si quelque chose vous semble anormal, prenez de ses nouvelles par l'intermédiaire de personnes de confiance.
alert-to-resolved--disguised = ✅ { $who } a confirmé que tout va bien maintenant.
alert-to-resolved-unverified = ✅ { $who } dit être en sécurité. Ce n'est pas vérifié : aucun code PIN de sécurité n'a été défini. L'alerte est close.
alert-to-resolved-unverified--disguised = ✅ { $who } dit que tout va bien maintenant (non confirmé).
alert-to-checked-in = ✅ { $who } a envoyé sa confirmation à { $time } et a clos l'alerte avec son code PIN de sécurité. Un code PIN peut être obtenu sous la contrainte : si quelque chose vous semble anormal, prenez de ses nouvelles par l'intermédiaire de personnes de confiance.
alert-to-checked-in--disguised = ✅ { $who } a répondu à { $time }. Tout va bien.
alert-to-checked-in-unverified = ✅ { $who } a envoyé sa confirmation à { $time }. Ce n'est pas vérifié : aucun code PIN de sécurité n'a été défini. L'alerte est close.
alert-to-checked-in-unverified--disguised = ✅ { $who } a répondu à { $time } (non confirmé).
alert-to-resolved-by-coordinator = ✅ La coordination du réseau a clôturé l'alerte concernant { $who }.
alert-to-resolved-by-coordinator--disguised = ✅ L'équipe d'organisation indique que tout va bien pour { $who }.
alert-to-resolved-reason-by-coordinator = ✅ La coordination du réseau a clôturé l'alerte concernant { $who } : { $reason }
alert-to-resolved-reason-by-coordinator--disguised = ✅ L'équipe d'organisation indique que tout va bien pour { $who } : { $reason }
alert-to-false-alarm = ↩️ Fausse alerte : { $who } a annulé l'alerte avec son code PIN de sécurité. Aucune action n'est nécessaire.
alert-to-false-alarm--disguised = ↩️ { $who } a envoyé cela par erreur. Aucune action n'est nécessaire.
alert-to-possibly-coerced = ⚠️ { $who } dit être en sécurité, mais ce n'est pas vérifié : cette personne a peut-être été forcée de le dire. L'alerte reste ouverte jusqu'à ce que quelqu'un confirme qu'elle est en sécurité.
alert-to-account-erased = ⚠️ { $who } a effacé son compte alors que son alerte était encore ouverte. Cette personne y a peut-être été forcée. Prenez directement de ses nouvelles ; il n'est plus possible de répondre à l'alerte ici.
alert-to-account-erased--disguised = ⚠️ { $who } a quitté le bot avant que ceci soit clos. Merci de prendre directement de ses nouvelles.
alert-to-new-words = 💬 { $who } ajoute : « { $note } »
alert-to-possibly-coerced--disguised = ⚠️ { $who } dit que tout va bien, mais ce n'est pas encore confirmé. Merci de prendre vous-même de ses nouvelles.

## To the defender, about their alert

sos-raised =
    🆘 <b>SOS envoyé.</b> Personnes prévenues maintenant : { $names }.
    Si vous le pouvez, partagez votre position avec le bouton ci-dessous. Appuyez sur « Je vais bien » quand vous êtes en sécurité.
sos-raised--disguised =
    📞 <b>C'est fait.</b> Personnes prévenues maintenant : { $names }.
    Appuyez sur « Terminé » quand tout va bien.
sos-raised-nobody =
    ⚠️ <b>Personne ne peut recevoir cette alerte.</b> Vous n'avez aucun contact de confiance, et le réseau n'a pas de groupe de coordination.
    Si vous êtes en danger maintenant, appelez directement une personne de confiance ou envoyez-lui un message. Ajoutez ensuite un contact avec /invite.
sos-raised-nobody--disguised =
    ⚠️ <b>Personne n'a pu être prévenu.</b> Il n'y a encore personne dans votre liste.
    Ajoutez quelqu'un avec /invite.
sos-already-open =
    🆘 Votre alerte est toujours ouverte ({ $ref }). { $count ->
        [0] Elle n'a encore atteint personne.
        [one] { $names } est au courant.
       *[other] { $names } sont au courant.
    }
    Partagez votre position avec le bouton ci-dessous si vous le pouvez, et appuyez sur « Je vais bien » quand vous êtes en sécurité.
sos-already-open--disguised =
    📞 Votre message est toujours ouvert ({ $ref }). Appuyez sur « Terminé » quand tout va bien.
sos-words-passed-on = Vos mots ont été transmis à toutes les personnes prévenues.
sos-words-passed-on--disguised = Vos mots ont été transmis.
sos-button-false-alarm = ↩️ Fausse alerte : annuler
sos-button-false-alarm--disguised = ↩️ Envoyé par erreur
keyboard-share-location = 📍 Partager ma position
keyboard-share-location--disguised = 📍 Partager le lieu
sos-location-shared = 📍 Votre position a été transmise à toutes les personnes prévenues de votre alerte.
sos-location-shared--disguised = 📍 Votre lieu a été transmis.
sos-location-no-alert = Je ne transmets votre position que pendant une alerte. Appuyez sur 🆘 SOS si vous avez besoin d'aide.
sos-location-no-alert--disguised = Rien n'est en cours pour le moment.
sos-already-closed = Cette alerte est déjà close.
sos-already-closed--disguised = C'est déjà clos.

alert-you-who-was-notified = 📨 Alerte envoyée à : { $names }.
alert-you-who-was-notified--disguised = 📨 Envoyé à : { $names }.
alert-you-acknowledged-by =
    🙋 { $count ->
        [one] { $names } s'en occupe.
       *[other] { $names } s'en occupent.
    }
alert-you-unreachable = ⚠️ Impossible de joindre { $names } (le bot a peut-être été bloqué).
alert-you-unreachable--disguised = ⚠️ Impossible de joindre { $names }.
alert-you-cant-help = ✋ { $names } a répondu ne pas pouvoir aider.
alert-you-cant-help--disguised = ✋ { $names } ne peut pas s'en charger.
alert-you-nobody-to-alert = ⚠️ <b>Personne ne peut recevoir votre alerte.</b> Ajoutez un contact de confiance avec /invite.
alert-you-nobody-to-alert--disguised = ⚠️ Personne n'a pu être prévenu. Ajoutez quelqu'un avec /invite.
alert-you-nobody-left = ⚠️ <b>Plus personne ne peut aider.</b> Toutes les personnes à qui votre alerte était destinée sont injoignables ou ont répondu ne pas pouvoir aider. Appelez directement une personne de confiance ou envoyez-lui un message.
alert-you-nobody-left--disguised = ⚠️ Personne n'est disponible. Appelez une personne de confiance.
alert-you-resolved = ✅ Votre alerte est close. Toutes les personnes prévenues savent maintenant que vous êtes en sécurité.
alert-you-resolved--disguised = ✅ C'est clos. Tout le monde a été informé que tout va bien.
alert-you-resolved-by-coordinator = ✅ La coordination du réseau a clos votre alerte : { $reason }
alert-you-resolved-by-coordinator--disguised = ✅ L'équipe d'organisation l'a clos : { $reason }
alert-you-resolved-by-coordinator-no-reason = ✅ La coordination du réseau a clos votre alerte.
alert-you-resolved-by-coordinator-no-reason--disguised = ✅ L'équipe d'organisation l'a clos.
alert-you-cancelled = ↩️ Annulé. Toutes les personnes prévenues savent que c'était une fausse alerte.
alert-you-cancelled--disguised = ↩️ Annulé. Tout le monde a été informé que c'était une erreur.
alert-you-false-alarm-window-passed = Trop tard pour annuler : vos contacts agissent déjà. Appuyez sur « Je vais bien » quand vous êtes en sécurité.
alert-you-false-alarm-window-passed--disguised = Trop tard pour annuler. Appuyez sur « Terminé » quand tout va bien.

## Contacts answering

alert-answer-on-it = Merci. Toutes les personnes concernées savent maintenant que vous vous en occupez.
alert-answer-cant-help = C'est noté. D'autres personnes sont sollicitées à votre place.
alert-answer-gone = Il ne vous revient plus de répondre à cette alerte.
alert-answer-gone--disguised = Il ne vous revient plus d'y répondre.
alert-answer-closed = Cette alerte est déjà close. Rien d'autre n'est nécessaire.
alert-answer-closed--disguised = C'est déjà clos. Rien d'autre n'est nécessaire.
alert-answer-already = Quelqu'un s'en occupe déjà ; votre réponse est aussi enregistrée.

## Coordinators

alerts-not-coordinator = Seule la coordination du réseau peut voir les alertes en cours.
alerts-none = ✅ Aucune alerte en cours.
alerts-header = <b>Alertes en cours : { $count }</b>
alerts-line =
    <b>{ $ref }</b> · { $kind } · { $who }
    Lancée il y a { $age } · prévenus : { $level } · prise en charge : { $helper }
alerts-kind-sos = SOS
alerts-kind-missed = confirmation manquée
alerts-kind-duress = CONTRAINTE (ne pas contacter la personne ouvertement)
alerts-level-0 = personne
alerts-level-1 = premiers contacts
alerts-level-2 = deuxièmes contacts
alerts-level-3 = coordination
alerts-nobody-yet = personne pour l'instant
alerts-coerced = ⚠️ « en sécurité » peut-être dit sous la contrainte
alerts-button-on-it = 🙋 { $ref } : je m'en occupe
alerts-button-resolve = ✔️ { $ref } : clôturer
alerts-resolve-ask = Comment l'alerte { $ref } a-t-elle été résolue ? (Ou envoyez /resolve { $ref } suivi de vos propres mots.)
alerts-reason-safe = En sécurité, confirmé
alerts-reason-false-alarm = Fausse alerte
alerts-reason-handled = Prise en charge par le réseau
alerts-acknowledged = 🙋 { $name } (coordination) s'occupe de { $ref }.
alerts-resolved = ✔️ { $name } a clôturé { $ref } : { $reason }
alerts-unknown-ref = Aucune alerte en cours n'a la référence { $ref }. Envoyez /alerts pour les voir.
alerts-resolve-usage = Envoyez /resolve suivi de la référence de l'alerte et de ce qui s'est passé, par exemple : /resolve Q7XK2M a pu joindre son avocate
alerts-closed = L'alerte { $ref } est déjà close.
