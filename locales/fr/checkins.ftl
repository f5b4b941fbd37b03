# French UI strings.
# machine-drafted: true — see bot.ftl.

checkin-done = ✅ Confirmation reçue à { $time }.
checkin-done--disguised = ✅ Noté à { $time }.
checkin-next = Prochaine confirmation attendue avant { $due }.
checkin-next--disguised = Prochaine réponse attendue avant { $due }.
checkin-deadline-ended = Votre échéance ({ $deadline }) est terminée.
checkin-pin-ask = Votre alerte est toujours ouverte. Pour la clore, envoyez votre code PIN de sécurité.
checkin-pin-ask--disguised = Pour le fermer, envoyez votre code.
checkin-pin-wrong = Ce n'est pas votre code PIN de sécurité. L'alerte reste ouverte. Envoyez de nouveau votre code PIN, ou /cancel.
checkin-pin-wrong--disguised = Ce n'est pas votre code. Envoyez-le à nouveau, ou /cancel.
checkin-resumed = ▶️ Votre pause est terminée : les confirmations de sécurité reprennent. Prochaine confirmation attendue avant { $due }.
checkin-resumed--disguised = ▶️ Votre pause est terminée. Prochaine réponse attendue avant { $due }.
checkin-reminder = ⏰ C'est le moment de confirmer : vous avez jusqu'à { $due }. Appuyez ci-dessous si vous allez bien.
checkin-reminder--disguised = ⏰ Rappel : merci de répondre avant { $due }.

schedule-forms-schedule =
    Définissez un calendrier en tapant l'une de ces commandes :
    /schedule every 2h – toutes les 2 heures (de 15 minutes à 7 jours ; aussi every 90m, every 1.5h)
    /schedule daily 09:00 21:00 – à ces heures chaque jour, dans votre fuseau horaire (aussi daily 9am 9pm)
    /schedule off – arrêter le calendrier
    Aussi : /grace 30m (délai accordé après l'heure prévue avant que vos contacts soient alertés), /reminder 10m ou /reminder off, /checkin_by 13:00 (une échéance ponctuelle), /pause 2d ou /pause until 2026-12-01 09:00, /resume, /status.
schedule-forms-schedule--disguised =
    Définissez une routine en tapant l'une de ces commandes :
    /schedule every 2h
    /schedule daily 09:00 21:00
    /schedule off
    Aussi : /grace 30m, /reminder 10m ou /reminder off, /checkin_by 13:00, /pause 2d, /resume, /status.
schedule-menu-choose = Ou choisissez :
schedule-button-every = toutes les { $every }
schedule-button-off = Arrêter le calendrier
schedule-forms-grace = Par exemple : /grace 30m (de 1 minute à 24 heures).
schedule-forms-reminder = Par exemple : /reminder 10m, ou /reminder off.
schedule-forms-checkin-by = Par exemple : /checkin_by 13:00, /checkin_by tomorrow 08:00, /checkin_by 2026-12-01 13:00, /checkin_by 2h, ou /checkin_by off.
schedule-forms-pause = Par exemple : /pause 3h, /pause 2d, ou /pause until 2026-12-01 09:00 (30 jours au maximum).

schedule-problem-format = Je n'ai pas pu lire cela.
schedule-time-passed = Il est déjà plus de { $time } aujourd'hui. Vous voulez dire demain à { $time } ? Sinon, renvoyez la commande avec une date, par exemple 2026-12-01 { $time }.
schedule-button-tomorrow = Oui, demain à { $time }
schedule-problem-no-such-time = Cette heure n'existe pas.
schedule-problem-too-short = C'est trop court : le minimum est { $limit }.
schedule-problem-too-long = C'est trop long : le maximum est { $limit }.
schedule-problem-too-close = Les heures quotidiennes doivent être espacées d'au moins { $limit }.
schedule-problem-in-the-past = Cette heure est déjà passée.
schedule-problem-too-far-ahead = C'est trop loin : { $limit } au maximum.
schedule-problem-reminder-too-long = Le rappel doit arriver moins de { $limit } avant l'heure prévue.
schedule-problem-deadline-during-pause = Cette pause couvrirait votre échéance de confirmation. Modifiez d'abord l'échéance (/checkin_by off).

status-no-schedule = 🗓 Pas de calendrier régulier de confirmations de sécurité.
status-no-schedule--disguised = 🗓 Aucune routine définie.
status-schedule = 🗓 Confirmations de sécurité : { $rule }
status-schedule--disguised = 🗓 Routine : { $rule }
status-grace = Délai de grâce : { $grace } · rappel avant : { $reminder }
status-reminder-off = désactivé
status-paused = ⏸ En pause jusqu'à { $until } : rien n'est envoyé d'ici là.
status-next = Prochaine confirmation attendue avant { $due }.
status-next--disguised = Prochaine réponse attendue avant { $due }.
status-deadline = Échéance ponctuelle : { $deadline }.
status-last = Dernière confirmation : { $last }.
status-last--disguised = Dernière réponse : { $last }.
status-never = Aucune confirmation pour l'instant.
status-alert-open = 🆘 Une alerte vous concernant est en cours. Appuyez sur ✅ Je vais bien quand vous êtes en sécurité.
status-alert-open--disguised = 📞 Quelque chose est encore en cours. Appuyez sur ✅ Terminé quand tout va bien.
status-nobody = ⚠️ Personne ne serait alerté si vous manquiez une confirmation : vous n'avez aucun contact de confiance et le réseau n'a pas de groupe de coordination. Ajoutez un contact avec /invite.
status-nobody--disguised = ⚠️ Personne ne serait prévenu : ajoutez quelqu'un avec /invite.

## /settings: the safety PIN and the duress word
settings-pin = 🔐 Code PIN de sécurité
settings-pin--disguised = 🔐 Code
settings-duress = 🗝 Mot de contrainte
settings-duress--disguised = 🗝 Deuxième mot
safety-pin-explain =
    <b>Code PIN de sécurité</b>
    Si vous lancez une alerte, une personne qui vous retient pourrait vous forcer à appuyer sur « Je vais bien ». Avec un code PIN de sécurité, rien de ce qui met fin à votre protection ou l'affaiblit ne se fait sans lui : clore ou annuler une alerte, mettre en pause ou désactiver les confirmations, retirer un contact, changer le code PIN ou le mot de contrainte. Un code PIN ne prouve rien à lui seul (il peut être obtenu sous la contrainte) : c'est à cela que sert le mot de contrainte.
    Après 3 codes PIN erronés en moins d'une heure, vos contacts sont prévenus ; après 5, la saisie du code PIN est bloquée pendant 15 minutes, puis plus longtemps.
    Choisissez quelque chose dont vous vous souviendrez même sous le stress, de 4 à 64 caractères, pas 1234 ni 0000. Envoyez-le maintenant, puis une deuxième fois : il est aussitôt supprimé de cette discussion et conservé uniquement sous une forme que personne ne peut relire. Ou /cancel.
safety-pin-explain--disguised =
    <b>Code</b>
    Choisissez un code de 4 à 64 caractères et envoyez-le maintenant. Il est aussitôt supprimé de cette discussion. Ou /cancel.
safety-duress-explain =
    <b>Mot de contrainte</b>
    Un mot qui ressemble à une confirmation ordinaire, mais qui alerte discrètement vos contacts et la coordination du réseau. Utilisez-le si quelqu'un vous force à confirmer ou à clore une alerte : envoyez-le à la place de /checkin (ou après /checkin, ou quand le code PIN est demandé). Votre écran affiche exactement ce qu'affiche une confirmation normale ; rien dans cette discussion ne montrera l'alerte.
    Choisissez un mot que vous ne taperiez pas par accident, de 4 à 64 caractères, différent de votre code PIN. Envoyez-le maintenant : il est aussitôt supprimé de cette discussion et conservé uniquement sous une forme que personne ne peut relire. Ou /cancel.
safety-duress-explain--disguised =
    <b>Deuxième mot</b>
    Choisissez un deuxième mot de 4 à 64 caractères, différent de votre code, et envoyez-le maintenant. Il est aussitôt supprimé de cette discussion. Ou /cancel.
safety-word-is-set = Il y en a un actuellement. Envoyez-en un nouveau pour le remplacer, ou supprimez-le avec le bouton.
safety-word-not-set = Aucun n'est défini pour l'instant.
safety-word-clear = Le supprimer
safety-word-length = Il doit comporter de 4 à 64 caractères. Envoyez-en un autre, ou /cancel.
safety-word-same = Votre code PIN et votre mot de contrainte doivent être différents. Envoyez-en un autre, ou /cancel.
safety-word-same--disguised = Votre code et votre deuxième mot doivent être différents. Envoyez-en un autre, ou /cancel.
safety-pin-saved = 🔐 Votre code PIN de sécurité est enregistré.
safety-pin-saved--disguised = 🔐 Votre code est enregistré.
safety-pin-cleared = Votre code PIN de sécurité est supprimé.
safety-pin-cleared--disguised = Votre code est supprimé.
safety-duress-saved = 🗝 Votre mot de contrainte est enregistré.
safety-duress-saved--disguised = 🗝 Enregistré.
safety-duress-cleared = Votre mot de contrainte est supprimé.
safety-duress-cleared--disguised = Supprimé.

# After an outage: the missed check-in fell due while the bot was down.
outage-late-alert = ⚠️ Le bot n'a pas pu fonctionner de { $start } à { $end }. Votre confirmation était attendue à { $due }, pendant l'arrêt : vos contacts de confiance ont été alertés en retard, à { $end }. Si vous êtes en sécurité, confirmez maintenant.
outage-late-alert--disguised = ⚠️ Ce service était indisponible de { $start } à { $end }. Votre réponse attendue à { $due } a été traitée en retard, à { $end }. Répondez maintenant si tout va bien.
