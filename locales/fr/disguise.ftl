# French UI strings.
# machine-drafted: true — see bot.ftl.

# translation_of: b69950061180
disguise-clear-offer =
    { $count ->
        [one] Un message précédent de cette discussion peut encore être supprimé
       *[other] { $count } messages précédents de cette discussion peuvent encore être supprimés
    } (Telegram le permet pendant 48 heures). Les supprimer maintenant ?
# translation_of: ae640fb501ea
disguise-clear-button = 🧹 Supprimer les messages précédents
# translation_of: ec0433d38c6c
disguise-clear-done =
    { $count ->
        [0] Rien n'a pu être supprimé.
        [one] Un message précédent supprimé.
       *[other] { $count } messages précédents supprimés.
    } Les messages plus anciens restent : Telegram ne permet plus au bot de les supprimer.
