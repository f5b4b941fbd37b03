# French UI strings.
# machine-drafted: true — see bot.ftl.

## Inviting (the defender)
invite-ask-label =
    Qui voulez-vous inviter comme contact de confiance ? Tapez le nom que vous donnez à cette personne (64 caractères au maximum). Ce nom ne sera visible que par vous.

    Envoyez /cancel pour arrêter.
invite-ask-label--disguised =
    Qui voulez-vous inviter ? Tapez le nom que vous donnez à cette personne (64 caractères au maximum). Ce nom ne sera visible que par vous.

    Envoyez /cancel pour arrêter.
invite-label-invalid = Veuillez taper un nom de 1 à 64 caractères, ou envoyez /cancel pour arrêter.
invite-ask-tier =
    À quel moment faut-il alerter <b>{ $label }</b> ?

    Niveau 1 : reçoit l'alerte en premier.
    Niveau 2 : reçoit l'alerte si personne du niveau 1 ne répond.
invite-ask-tier--disguised =
    À quel moment le bot doit-il écrire à <b>{ $label }</b> ?

    Niveau 1 : en premier.
    Niveau 2 : si personne du niveau 1 ne répond.
invite-tier-1 = Niveau 1 – reçoit l'alerte en premier
invite-tier-1--disguised = Niveau 1 – en premier
invite-tier-2 = Niveau 2 – si le niveau 1 ne répond pas
invite-tier-2--disguised = Niveau 2 – en second
invite-ask-name =
    Quel nom afficher à <b>{ $label }</b> pour vous désigner ? Utilisez votre nom Telegram, ou tapez le nom sous lequel cette personne vous connaît (64 caractères au maximum).
invite-use-own-name = Utiliser « { $name } »
invite-choose-tier = Veuillez choisir un niveau avec les boutons, ou envoyez /cancel pour arrêter.
invite-link =
    Voici l'invitation pour <b>{ $label }</b>. Envoyez-lui ce lien, de préférence par une messagerie sécurisée :

    { $link }

    Il ne fonctionne qu'une seule fois, pendant { $hours } heures. En l'ouvrant, cette personne verra le nom <b>{ $name }</b> et pourra accepter ou refuser ; vous recevrez sa réponse. Vous pouvez annuler l'invitation dans /contacts.
invite-full = { $limit ->
    [one] Vous avez déjà un contact de confiance ou une invitation en cours : c'est le maximum autorisé.
   *[other] Vous avez déjà { $limit } contacts de confiance et invitations en cours : c'est le maximum autorisé.
} Retirez d'abord un contact ou annulez une invitation dans /contacts.
invite-full--disguised =
    { $limit ->
        [one] Vous avez déjà quelqu'un dans votre liste ou une invitation ouverte, le maximum permis.
       *[other] Vous avez déjà { $limit } personnes dans votre liste et invitations ouvertes, le maximum permis.
    } Retirez quelqu'un ou annulez une invitation dans /contacts d'abord.

## Opening the link (the invited person)
invite-offer =
    <b>{ $name }</b> vous demande de faire partie de ses contacts de confiance.

    Ce bot aide les personnes qui défendent les droits humains à rester en sécurité. En tant que contact de confiance, vous pourriez :
    • recevoir ses alertes SOS, et une alerte si cette personne n'envoie pas une confirmation de sécurité à temps ;
    • recevoir peut-être sa position et sa fiche d'urgence (identité, avocat, besoins médicaux) ;
    • devoir peut-être agir, par exemple essayer de la joindre ou appeler son avocat.

    Le bot ne contacte jamais la police ni aucune autre autorité. Vous pouvez vous retirer à tout moment dans /contacts.

    Quelle que soit votre réponse, { $name } la recevra, avec votre nom Telegram.
invite-offer--disguised =
    <b>{ $name }</b> vous demande de rejoindre sa liste de personnes.

    Si cette personne a besoin de vous, ce bot vous écrira, peut-être avec l'endroit où elle se trouve et ses informations personnelles (identité, conseiller, besoins de santé), et vous demandera d'agir, par exemple essayer de la joindre ou appeler quelqu'un pour elle. Le bot ne contacte jamais aucune autorité. Vous pouvez quitter la liste à tout moment dans /contacts.

    Quelle que soit votre réponse, { $name } en sera informé, avec votre nom Telegram.
invite-accept = ✅ Accepter
invite-decline = Refuser
invite-accepted = Vous êtes maintenant contact de confiance de <b>{ $name }</b>. Merci. /contacts affiche les personnes que vous protégez et vous permet de vous retirer.
invite-accepted--disguised = Vous êtes maintenant dans la liste de <b>{ $name }</b>. Merci. Voir /contacts.
invite-declined = Vous avez refusé. Votre réponse a été transmise à <b>{ $name }</b> ; le lien ne fonctionne plus.
invite-malformed = Ce lien d'invitation n'est pas valide. Vérifiez que vous avez ouvert le lien en entier, ou demandez-en un nouveau à la personne qui vous l'a envoyé.
invite-unknown = Ce lien d'invitation est inconnu. Demandez-en un nouveau à la personne qui vous l'a envoyé.
invite-expired = Ce lien d'invitation a expiré : les liens fonctionnent pendant { $hours } heures. Demandez-en un nouveau à la personne qui vous l'a envoyé.
invite-used = Ce lien d'invitation a déjà été utilisé : chaque lien ne fonctionne qu'une seule fois. Demandez-en un nouveau à la personne qui vous l'a envoyé.
invite-already-accepted = Vous avez déjà accepté cette invitation : vous êtes contact de confiance de <b>{ $name }</b>. Voir /contacts.
invite-already-accepted--disguised = Vous avez déjà accepté cette invitation : vous êtes dans la liste de <b>{ $name }</b>. Voir /contacts.
invite-revoked = Cette invitation a été annulée par la personne qui l'a envoyée ; elle ne fonctionne donc plus.
invite-was-declined = Cette invitation a été refusée ; elle ne fonctionne donc plus. Demandez-en une nouvelle à la personne qui vous l'a envoyée.
invite-own = C'est votre propre lien d'invitation : vous ne pouvez pas être votre propre contact de confiance. Envoyez ce lien à la personne que vous voulez inviter ; il fonctionne toujours.
invite-own--disguised = C'est votre propre lien d'invitation : vous ne pouvez pas être dans votre propre liste. Envoyez le lien à la personne que vous voulez inviter ; il fonctionne toujours.
invite-already-contact = Vous êtes déjà contact de confiance de <b>{ $name }</b>. Rien n'a été modifié.
invite-already-contact--disguised = Vous êtes déjà dans la liste de <b>{ $name }</b>. Rien n'a changé.

## Told to the defender
invite-defender-accepted =
    <b>{ $label }</b> a accepté votre invitation (son nom Telegram : { $contact }). Cette personne est maintenant votre contact de confiance, niveau { $tier }, et sera alertée si vous avez besoin d'aide.

    Si ce n'est pas la personne que vous vouliez inviter, retirez-la dans /contacts.
invite-defender-accepted--disguised =
    <b>{ $label }</b> a accepté votre invitation (son nom Telegram : { $contact }).

    Si ce n'est pas la personne que vous vouliez inviter, retirez-la dans /contacts.
invite-defender-declined = <b>{ $label }</b> a refusé votre invitation (son nom Telegram : { $contact }). Le lien ne fonctionne plus.

## /contacts
contacts-title = <b>Vos contacts de confiance</b>
contacts-title--disguised = <b>Vos proches</b>
contacts-none = Vous n'avez pas encore de contact de confiance. Invitez une personne en qui vous avez confiance : elle sera alertée si vous avez besoin d'aide.
contacts-none--disguised = Vous n'avez encore personne ici. Invitez une personne en qui vous avez confiance.
contacts-entry = • <b>{ $label }</b> – niveau { $tier } – { $status }
contacts-status-active = actif
contacts-status-unreachable = injoignable
contacts-tiers-note = Le niveau 1 est alerté en premier ; le niveau 2, si personne du niveau 1 ne répond.
contacts-tiers-note--disguised = Le niveau 1 est prévenu en premier ; le niveau 2, si personne du niveau 1 ne répond.
contacts-invites-title = <b>Invitations en attente de réponse</b>
contacts-invite-entry = • <b>{ $label }</b> – niveau { $tier } – en attente jusqu'à { $until }
contacts-protected-title = <b>Vous êtes contact de confiance de :</b>
contacts-protected-title--disguised = <b>Vous êtes dans la liste de</b>
contacts-protected-entry = • <b>{ $name }</b>
contacts-button-tier = { $label } : passer au niveau { $tier }
contacts-button-remove = Retirer { $label }
contacts-button-revoke = Annuler l'invitation : { $label }
contacts-button-invite = ➕ Inviter un contact
contacts-button-step-down = Me retirer : { $name }
contacts-button-keep = Non, garder
contacts-remove-confirm = Retirer <b>{ $label }</b> de vos contacts de confiance ? Cette personne apprendra seulement qu'elle n'est plus votre contact de confiance.
contacts-remove-confirm--disguised = Retirer <b>{ $label }</b> de votre liste ? On lui dira seulement qu'il ou elle n'y est plus.
contacts-remove-yes = Oui, retirer
contacts-removed = <b>{ $label }</b> n'est plus votre contact de confiance.
contacts-removed--disguised = <b>{ $label }</b> n'est plus dans votre liste.
contacts-removed-notice = Vous n'êtes plus contact de confiance de <b>{ $name }</b>.
contacts-removed-notice--disguised = Vous n'êtes plus dans la liste de <b>{ $name }</b>.
contacts-tier-changed = <b>{ $label }</b> est maintenant au niveau { $tier }.
contacts-revoked = L'invitation pour <b>{ $label }</b> a été annulée : son lien ne fonctionne plus.
contacts-step-down-confirm = Ne plus être contact de confiance de <b>{ $name }</b> ? Cette personne en sera informée.
contacts-step-down-confirm--disguised = Quitter la liste de <b>{ $name }</b> ? Cette personne sera prévenue.
contacts-step-down-yes = Oui, me retirer
contacts-stepped-down = Vous n'êtes plus contact de confiance de <b>{ $name }</b>. Cette personne en a été informée.
contacts-stepped-down--disguised = Vous n'êtes plus dans la liste de <b>{ $name }</b>. Cette personne a été prévenue.
contacts-stepped-down-notice = <b>{ $label }</b> n'est plus votre contact de confiance : cette personne s'est retirée. Vous pouvez inviter quelqu'un d'autre dans /contacts.
contacts-stepped-down-notice--disguised = <b>{ $label }</b> a quitté votre liste. Vous pouvez inviter quelqu'un d'autre dans /contacts.
contacts-nothing-changed = Rien n'a été modifié.
contacts-gone = Ce contact ou cette invitation n'existe plus. Rien n'a été modifié.
