# French UI strings: contacts acting together on an alert (issue 11).
# machine-drafted: true — see bot.ftl.

## Under the alert, and to the others on it

alert-button-note = ✍️ Ajouter une note
alert-to-contact-note = ✍️ <b>{ $author }</b>, sur l'alerte concernant { $who } : « { $note } »
alert-to-contact-note--disguised = ✍️ <b>{ $author }</b>, au sujet de { $who } : « { $note } »
alert-reply-hint = Répondez à ce message pour écrire à toutes les personnes sur l'alerte.
alert-reply-hint--disguised = Répondez à ce message pour écrire à toutes les personnes ici.
alert-to-closed-by-contact = ✅ { $helper } a clôturé l'alerte concernant { $who } : { $reason }
alert-to-closed-by-contact--disguised = ✅ { $helper } dit que tout va bien pour { $who } : { $reason }
alert-to-passed-on = 📎 { $who } a envoyé ceci pendant l'alerte.
alert-to-passed-on--disguised = 📎 De la part de { $who }.

## To the defender

alert-you-contact-note = ✍️ { $names } a écrit : « { $note } »
alert-you-closed-by-contact = ✅ { $names } a clôturé votre alerte : { $reason }
alert-you-closed-by-contact--disguised = ✅ { $names } l'a clôturé : { $reason }
sos-passed-on = 📨 Transmis à : { $names }.
sos-passed-on-nobody = ⚠️ Gardé avec votre alerte, mais personne sur l'alerte ne peut être joint pour l'instant. Si vous le pouvez, appelez ou écrivez directement à une personne de confiance.
sos-passed-on-nobody--disguised = ⚠️ Personne n'a pu être joint pour l'instant.

## A contact writing a note or closing the alert

contact-note-ask = ✍️ Écrivez votre note pour toutes les personnes sur l'alerte concernant { $who } ({ $ref }). Envoyez /cancel pour arrêter.
contact-note-ask--disguised = ✍️ Écrivez votre note au sujet de { $who } ({ $ref }). Envoyez /cancel pour arrêter.
contact-note-sent = ✍️ Votre note est partie vers : { $names }.
contact-note-kept = ✍️ Votre note est gardée avec l'alerte ; personne d'autre sur l'alerte ne peut encore être joint.
contact-note-kept--disguised = ✍️ Votre note est gardée ; personne d'autre ne peut encore être joint.
contact-button-close = ✅ Clôturer : ce qui s'est passé
contact-close-ask = ✅ Que s'est-il passé ? Écrivez-le en quelques mots, par exemple : elle est avec son avocate. Toutes les personnes sur l'alerte concernant { $who } ({ $ref }) seront prévenues. Envoyez /cancel pour arrêter.
contact-close-ask--disguised = ✅ Que s'est-il passé ? En quelques mots, s'il vous plaît. Toutes les personnes concernées seront prévenues ({ $ref }). Envoyez /cancel pour arrêter.
contact-closed = ✅ Clôturée ({ $ref }). Toutes les personnes sur l'alerte ont été prévenues : { $reason }
contact-closed--disguised = ✅ Clôturé ({ $ref }). Tout le monde a été prévenu : { $reason }
contact-close-not-yours = Seule la personne qui a pris cette alerte en charge peut la clôturer. Écrivez plutôt une note, pour que tout le monde sache ce que vous savez.
contact-close-not-yours--disguised = Seule la personne qui s'en occupe peut le clôturer.

## /alerts and /resolve for a contact

contact-alerts-none = ✅ Vous n'êtes sur aucune alerte ouverte.
contact-alerts-none--disguised = ✅ Rien n'est ouvert pour vous.
contact-alerts-header = <b>Alertes ouvertes sur lesquelles vous êtes : { $count }</b>
contact-alerts-header--disguised = <b>Ouvert pour vous : { $count }</b>
contact-alerts-line =
    <b>{ $ref }</b> · { $who } · lancée { $when }
    Prise en charge : { $helper }
contact-alerts-line--disguised =
    <b>{ $ref }</b> · { $who } · depuis { $when }
    S'en occupe : { $helper }
contact-alerts-nobody-yet = personne pour l'instant
contact-alerts-newest-note = ✍️ { $author } : « { $note } »
contact-alerts-button-note = ✍️ { $ref } : ajouter une note
contact-alerts-button-close = ✅ { $ref } : clôturer
contact-resolve-usage = Envoyez /resolve suivi de la référence de l'alerte et de ce qui s'est passé, par exemple : /resolve Q7XK2M elle est avec son avocate. Seule la personne qui a pris l'alerte en charge peut la clôturer.
contact-resolve-usage--disguised = Envoyez /resolve suivi de la référence et de ce qui s'est passé, par exemple : /resolve Q7XK2M elle va bien maintenant. Seule la personne qui s'en occupe peut le clôturer.
contact-resolve-unknown = Vous n'êtes sur aucune alerte ouverte ayant la référence { $ref }. Envoyez /alerts pour voir les vôtres.
contact-resolve-unknown--disguised = Rien d'ouvert pour vous n'a la référence { $ref }.

## Typed panic: a message that is only one of these words raises an SOS (see the English file).

sos-typed-words = à l'aide, au secours, aide, aidez-moi

## In the alert itself, for someone told of it after contacts wrote notes

alert-notes-so-far = ✍️ <b>Notes des personnes sur l'alerte</b>
alert-notes-so-far--disguised = ✍️ <b>Notes jusqu'ici</b>
alert-note-line = • { $author } ({ $time }) : « { $note } »
