# Spanish UI strings.
# machine-drafted: true — see bot.ftl.

# translation_of: b69950061180
disguise-clear-offer =
    Todavía se { $count ->
        [one] puede borrar un mensaje anterior
       *[other] pueden borrar { $count } mensajes anteriores
    } de este chat (Telegram lo permite durante 48 horas). ¿Borrarlos ahora?
# translation_of: ae640fb501ea
disguise-clear-button = 🧹 Borrar los mensajes anteriores
# translation_of: ec0433d38c6c
disguise-clear-done =
    { $count ->
        [0] No se pudo borrar nada.
        [one] Se borró un mensaje anterior.
       *[other] Se borraron { $count } mensajes anteriores.
    } Los mensajes más antiguos se quedan: Telegram ya no deja que el bot los borre.
