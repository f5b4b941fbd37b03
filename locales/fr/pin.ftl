# French UI strings.
# machine-drafted: true — see bot.ftl.

## The safety PIN asked before a stand-down (closing or cancelling an alert, pausing or switching
## off check-ins, removing or demoting a contact, changing the PIN or the duress word).
pin-gate-ask = 🔐 Envoyez votre code PIN de sécurité pour confirmer. Il est aussitôt supprimé de cette discussion. Ou /cancel.
pin-gate-ask--disguised = Envoyez votre code pour confirmer, ou /cancel.
pin-gate-wrong = Ce n'est pas votre code PIN de sécurité. Rien n'a été modifié. Renvoyez votre code PIN, ou /cancel.
pin-gate-wrong--disguised = Ce n'est pas votre code. Rien n'a changé. Envoyez-le à nouveau, ou /cancel.
pin-gate-locked = Trop de codes PIN erronés. Rien n'a été modifié. Réessayez après { $time }.
pin-gate-locked--disguised = Trop d'essais. Réessayez après { $time }.

## Setting the PIN or the duress word: typed twice, common PINs refused.
safety-word-again = Envoyez-le une deuxième fois, pour vérifier. Il est aussitôt supprimé de cette discussion.
safety-word-mismatch = Les deux envois ne correspondent pas, donc rien n'a été enregistré. Recommencez en envoyant le nouveau, ou /cancel.
safety-word-open-again = Cet écran est fermé. Rouvrez /settings pour faire une modification.
safety-pin-too-short = Un code PIN doit comporter au moins 4 caractères, sans compter les espaces. Envoyez-en un autre, ou /cancel.
safety-pin-too-short--disguised = Un code doit avoir au moins 4 caractères, sans compter les espaces. Envoyez-en un autre, ou /cancel.
safety-pin-too-long = Un code PIN peut comporter au plus 64 caractères. Envoyez-en un autre, ou /cancel.
safety-pin-too-long--disguised = Un code peut avoir au plus 64 caractères. Envoyez-en un autre, ou /cancel.
safety-pin-too-common = Ce code PIN fait partie des premiers que n'importe qui essaierait (comme 1234 ou 0000). Choisissez-en un autre, ou /cancel.
safety-pin-too-common--disguised = Ce code fait partie des premiers que n'importe qui essaierait (comme 1234 ou 0000). Choisissez-en un autre, ou /cancel.

## To contacts: several wrong PINs typed on the defender's phone. Their screen shows only "wrong PIN".
alert-to-pin-attempts = ⚠️ Plusieurs codes PIN de sécurité erronés ont été saisis sur le compte de { $who } : cette personne est peut-être sous pression. Son écran affiche seulement « code PIN erroné ». Ne l'appelez pas et ne lui écrivez pas ouvertement ; prenez de ses nouvelles par l'intermédiaire de personnes de confiance.
alert-to-pin-attempts--disguised = ⚠️ Plusieurs codes erronés ont été saisis sur le téléphone de { $who }. Merci de prendre discrètement de ses nouvelles, par l'intermédiaire de personnes de confiance.
alert-to-false-alarm-unverified = ↩️ { $who } a annulé l'alerte en disant que c'était une fausse alerte. Ce n'est pas vérifié : aucun code PIN de sécurité n'a été défini. Si quelque chose vous semble anormal, prenez de ses nouvelles par l'intermédiaire de personnes de confiance.
alert-to-false-alarm-unverified--disguised = ↩️ { $who } dit avoir envoyé cela par erreur (non confirmé).
