# French UI strings.
# machine-drafted: true — see bot.ftl.

## Another program is using the bot's token (Telegram's "Conflict")

operations-token-polling =
    🚨 <b>Un autre programme utilise le jeton de ce bot.</b>
    Telegram signale qu'un second programme récupère les messages de ce bot. Qui détient le jeton peut lire les messages envoyés au bot avant que le bot ne les voie (dont les SOS) et envoyer des messages au nom du bot.
    <b>Révoquez le jeton maintenant :</b> dans Telegram, ouvrez @BotFather, envoyez /mybots, choisissez ce bot, puis API Token → Revoke current token. Mettez le nouveau jeton dans TELEGRAM_BOT_TOKEN (ou dans le fichier indiqué par TELEGRAM_BOT_TOKEN_FILE) et redémarrez le bot.
    Si vous avez lancé vous-même une seconde copie du bot, arrêtez-la plutôt.
    Cet avertissement se répète toutes les { $minutes } minutes tant que cela dure.
operations-token-polling--disguised =
    🚨 <b>Un autre programme utilise le jeton de ce bot.</b>
    Telegram signale qu'un second programme récupère les messages de ce bot. Qui détient le jeton peut lire les messages envoyés au bot avant que le bot ne les voie et envoyer des messages au nom du bot.
    <b>Révoquez le jeton maintenant :</b> dans Telegram, ouvrez @BotFather, envoyez /mybots, choisissez ce bot, puis API Token → Revoke current token. Mettez le nouveau jeton dans TELEGRAM_BOT_TOKEN (ou dans le fichier indiqué par TELEGRAM_BOT_TOKEN_FILE) et redémarrez le bot.
    Si vous avez lancé vous-même une seconde copie du bot, arrêtez-la plutôt.
    Cet avertissement se répète toutes les { $minutes } minutes tant que cela dure.
operations-token-webhook =
    🚨 <b>Un autre programme utilise le jeton de ce bot.</b>
    Quelqu'un a défini un webhook pour ce bot, qui envoie ses messages ailleurs. Qui détient le jeton peut lire les messages envoyés au bot (dont les SOS) et envoyer des messages au nom du bot. Le bot a supprimé le webhook pour récupérer ses messages, mais seul un nouveau jeton arrête l'autre programme.
    <b>Révoquez le jeton maintenant :</b> dans Telegram, ouvrez @BotFather, envoyez /mybots, choisissez ce bot, puis API Token → Revoke current token. Mettez le nouveau jeton dans TELEGRAM_BOT_TOKEN (ou dans le fichier indiqué par TELEGRAM_BOT_TOKEN_FILE) et redémarrez le bot.
    Cet avertissement se répète toutes les { $minutes } minutes tant que cela dure.
operations-token-webhook--disguised =
    🚨 <b>Un autre programme utilise le jeton de ce bot.</b>
    Quelqu'un a défini un webhook pour ce bot, qui envoie ses messages ailleurs. Qui détient le jeton peut lire les messages envoyés au bot et envoyer des messages au nom du bot. Le bot a supprimé le webhook pour récupérer ses messages, mais seul un nouveau jeton arrête l'autre programme.
    <b>Révoquez le jeton maintenant :</b> dans Telegram, ouvrez @BotFather, envoyez /mybots, choisissez ce bot, puis API Token → Revoke current token. Mettez le nouveau jeton dans TELEGRAM_BOT_TOKEN (ou dans le fichier indiqué par TELEGRAM_BOT_TOKEN_FILE) et redémarrez le bot.
    Cet avertissement se répète toutes les { $minutes } minutes tant que cela dure.
operations-token-webhook-changed =
    🚨 <b>Un autre programme utilise le jeton de ce bot.</b>
    Quelqu'un a modifié ou supprimé le webhook de ce bot : Telegram ne lui envoie plus ses messages, ou les envoie ailleurs. Qui détient le jeton peut lire les messages envoyés au bot et envoyer des messages au nom du bot. Le bot a remis son webhook, mais seul un nouveau jeton arrête l'autre programme.
    <b>Révoquez le jeton maintenant :</b> dans Telegram, ouvrez @BotFather, envoyez /mybots, choisissez ce bot, puis API Token → Revoke current token. Mettez le nouveau jeton dans TELEGRAM_BOT_TOKEN (ou dans le fichier indiqué par TELEGRAM_BOT_TOKEN_FILE) et redémarrez le bot.
    Cet avertissement se répète toutes les { $minutes } minutes tant que cela dure.
operations-token-quiet = ✅ Aucun autre programme n'a utilisé le jeton de ce bot depuis un moment. Si vous n'avez pas encore révoqué le jeton, faites-le maintenant : qui l'a utilisé l'a peut-être encore.
