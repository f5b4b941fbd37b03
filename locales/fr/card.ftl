# French UI strings.
# machine-drafted: true — see bot.ftl.

## The card menu
card-intro =
    <b>🪪 Fiche d'urgence</b>
    Ce que vos personnes de confiance doivent savoir en cas de détention, ou si elles ne parviennent pas à vous joindre : qui vous êtes, vos papiers, votre santé, votre avocat et ce qu'il faut faire en premier. Tous les champs sont facultatifs.

    <b>Qui peut la voir</b>
    Personne d'autre que vous, tant qu'aucune alerte n'est envoyée. Ensuite, vos contacts de confiance actifs la reçoivent et, si l'alerte passe au niveau suivant, la coordination du réseau aussi. Le bot ne l'envoie jamais à la police ni à personne d'autre.

    Champs remplis : { $filled } sur { $total }.
card-intro--disguised =
    <b>👤 Profil</b>
    Les informations dont les personnes que vous avez choisies peuvent avoir besoin si on ne peut pas vous joindre. Chaque champ est facultatif.

    <b>Qui peut le voir</b>
    Personne d'autre que vous, jusqu'à ce que le bot prévienne les personnes que vous avez choisies. Vos contacts actifs le reçoivent alors et, si besoin, d'autres personnes du réseau aussi. Il n'est jamais envoyé à quelqu'un d'autre.

    Champs remplis : { $filled } sur { $total }.
card-heading = <b>🪪 Votre fiche d'urgence</b>
card-heading--disguised = <b>👤 Votre profil</b>
card-empty = Votre fiche est vide. Choisissez un champ ci-dessous pour le remplir.
card-empty--disguised = Votre profil est vide. Choisissez un champ ci-dessous pour le remplir.
card-button-show = 👁 Voir ma fiche
card-button-show--disguised = 👁 Voir mon profil
card-button-clear-one = 🧹 Effacer un champ
card-button-clear-all = 🗑 Effacer toute la fiche
card-button-clear-all--disguised = 🗑 Effacer tout le profil

## Field names, on buttons and above each value
card-field-full-name = Nom complet officiel
card-field-date-of-birth = Date de naissance
card-field-nationality = Nationalité
card-field-document-number = Numéro de passeport ou de pièce d'identité
card-field-document-number--disguised = Numéro de pièce d'identité
card-field-permit = Visa ou permis : type et date d'expiration
card-field-employer = Employeur ou organisation
card-field-medical-needs = Besoins médicaux
card-field-lawyer-name = Nom de l'avocat
card-field-lawyer-name--disguised = Nom de votre conseiller
card-field-lawyer-phone = Téléphone de l'avocat
card-field-lawyer-phone--disguised = Téléphone de votre conseiller
card-field-instructions = Consignes
card-field-instructions--disguised = Notes

## Asking for a field
card-ask-full-name =
    Envoyez votre <b>nom complet officiel</b>, tel qu'il est écrit sur votre passeport ou votre pièce d'identité.
    Exemple : <i>Nur Aisyah binti Rahman</i>
card-ask-full-name--disguised =
    Envoyez votre <b>nom complet</b>, tel qu'il est écrit sur votre pièce d'identité.
    Exemple : <i>Nur Aisyah binti Rahman</i>
card-ask-date-of-birth =
    Envoyez votre <b>date de naissance</b>.
    Exemple : <i>1990-05-31</i> ou <i>31.05.1990</i>
card-ask-nationality =
    Envoyez votre <b>nationalité</b>, ou toutes vos nationalités si vous en avez plusieurs.
    Exemple : <i>Myanmar</i>
card-ask-document-number =
    Envoyez votre <b>numéro de passeport ou de pièce d'identité</b>, en précisant de quel document il s'agit.
    Exemple : <i>Passeport MA1234567</i>
card-ask-document-number--disguised =
    Envoyez votre <b>numéro de pièce d'identité</b>, et de quel document il s'agit.
    Exemple : <i>Carte d'identité MA1234567</i>
card-ask-permit =
    Envoyez le <b>type de votre visa ou de votre permis, et sa date d'expiration</b>.
    Exemple : <i>Permis de travail, expire le 2026-12-31</i>
card-ask-employer =
    Envoyez le nom de votre <b>employeur ou organisation</b>.
    Exemple : <i>Réseau pour les droits des travailleurs migrants, Kuala Lumpur</i>
card-ask-employer--disguised =
    Envoyez votre <b>employeur ou organisation</b>.
    Exemple : <i>Confections Vallée Verte, Kuala Lumpur</i>
card-ask-medical-needs =
    Envoyez vos éventuels <b>besoins médicaux</b> : maladies, médicaments et doses, allergies.
    Exemple : <i>Diabète de type 1 : insuline deux fois par jour. Allergie à la pénicilline.</i>
card-ask-lawyer-name =
    Envoyez le <b>nom de votre avocat</b>, et celui de son cabinet s'il en a un.
    Exemple : <i>Carlos Mendoza, Centre d'aide juridique</i>
card-ask-lawyer-name--disguised =
    Envoyez le <b>nom d'un conseiller</b> sur qui vous comptez, et son bureau s'il en a un.
    Exemple : <i>Carlos Mendoza, Bureau d'information de la ville</i>
card-ask-lawyer-phone =
    Envoyez le <b>numéro de téléphone de votre avocat</b>, avec l'indicatif du pays.
    Exemple : <i>+60 12-345 6789</i>
card-ask-lawyer-phone--disguised =
    Envoyez le <b>numéro de téléphone de votre conseiller</b>, avec l'indicatif du pays.
    Exemple : <i>+60 12-345 6789</i>
card-ask-instructions =
    Envoyez des <b>consignes</b> pour les personnes qui recevront votre fiche : ce qu'il faut faire en premier, et ce qu'elles doivent savoir.
    Exemple : <i>Appelez d'abord mon avocat. Mon passeport est gardé par mon employeur.</i>
card-ask-instructions--disguised =
    Envoyez des <b>notes</b> pour les personnes que vous avez choisies : ce qu'il faut faire en premier, et ce qu'elles doivent savoir.
    Exemple : <i>Appelez d'abord ma sœur. Mes documents sont au bureau.</i>
card-current = Actuellement : { $value }
card-ask-footer-new = Tapez-le et envoyez-le, ou envoyez /cancel.
card-ask-footer-change = Envoyez un nouveau texte pour le remplacer, ou /cancel pour le garder.
card-button-clear-this = 🧹 Effacer ce champ

## Typed values that are refused; the step stays open
card-problem-empty = Le message était vide. Pour supprimer ce qui est enregistré, utilisez plutôt « Effacer un champ ».
card-problem-too-long = C'est trop long : { $limit } caractères au maximum, s'il vous plaît.
card-problem-no-letters = Un nom doit contenir au moins une lettre.
card-problem-phone-characters = Un numéro de téléphone ne peut contenir que des chiffres, des espaces, des parenthèses, des tirets et un + au début.
card-problem-phone-digits = Un numéro de téléphone compte de { $min } à { $max } chiffres.
card-problem-date-format = Veuillez écrire la date sous la forme 1990-05-31 ou 31.05.1990.
card-problem-date-not-real = Ce jour n'existe pas. Veuillez vérifier le jour et le mois.
card-problem-date-not-past = Une date de naissance doit être dans le passé.
card-problem-date-too-early = Veuillez vérifier l'année : elle doit être { $year } ou postérieure.
card-ask-again = Veuillez l'envoyer de nouveau, ou envoyez /cancel.

## After a change
card-confirm-date = Date lue : <b>{ $date }</b>. Appuyez sur Enregistrer, ou renvoyez la date.
card-confirm-phone-no-code = Le numéro <b>{ $number }</b> n'a pas d'indicatif du pays (comme +66 pour la Thaïlande ou +60 pour la Malaisie) : il risque de ne pas fonctionner depuis un autre pays. Renvoyez-le avec l'indicatif, ou appuyez sur Enregistrer pour le garder tel quel.
card-button-save = ✅ Enregistrer
card-saved = ✅ Enregistré : <b>{ $field }</b>. Champs remplis : { $filled } sur { $total }.
card-clear-pick = Quel champ voulez-vous effacer ?
card-clear-confirm = Effacer <b>{ $field }</b> ? Son contenu sera supprimé définitivement.
card-clear-all-confirm = Effacer toute la fiche d'urgence ? Tous les champs seront supprimés définitivement.
card-clear-all-confirm--disguised = Effacer tout le profil ? Tous les champs seront supprimés définitivement.
card-button-yes-clear = Oui, effacer
card-button-yes-clear-all = Oui, tout effacer
card-button-keep = Non, garder
card-kept = Rien n'a été modifié.
card-field-cleared = 🧹 Effacé : <b>{ $field }</b>. Champs remplis : { $filled } sur { $total }.
card-already-empty = Ce champ était déjà vide. Rien n'a été modifié.
card-cleared-all = 🗑 Votre fiche d'urgence est effacée : plus rien n'en est conservé.
card-cleared-all--disguised = 🗑 Votre profil est effacé : plus rien n'en est conservé.
card-was-empty = Votre fiche était déjà vide. Rien n'a été modifié.
card-was-empty--disguised = Votre profil était déjà vide. Rien n'a été modifié.
