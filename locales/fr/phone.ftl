# French UI strings.
# machine-drafted: true — see bot.ftl.

## /settings → Votre téléphone : ce qu'un téléphone peut encore montrer, et la limite des suppressions

# translation_of: 16e6f00c2b81
settings-phone = 📱 Votre téléphone
# translation_of: 982b23a847c7
phone-advice =
    <b>📱 Ce que votre téléphone peut encore montrer</b>

    Le bot supprime ce qu'il peut, mais quelqu'un qui prend ou fouille votre téléphone peut encore voir :
    • cette discussion dans votre liste de discussions, avec le nom et la photo du bot ;
    • les nouveaux messages sur l'écran verrouillé, dans les notifications ;
    • les messages de plus de 48 heures, ou envoyés pendant que la suppression automatique était désactivée : Telegram ne permet plus au bot de les supprimer.

    <b>Ce que vous pouvez faire</b>
    • Archivez cette discussion et coupez-en le son, pour qu'elle reste hors de votre liste principale.
    • Masquez l'aperçu des messages : dans Telegram, Paramètres → Notifications et sons, désactivez l'aperçu des messages ; dans les réglages du téléphone, masquez le contenu des notifications sur l'écran verrouillé.
    • Verrouillez Telegram avec un code : Paramètres de Telegram → Confidentialité et sécurité → Code d'accès.
    • Activez ici la suppression automatique, et le mode discret si les mots du bot peuvent vous trahir.
    • Avant un possible contrôle de votre téléphone, supprimez cette discussion, sans bloquer ni arrêter le bot : ce qu'il garde pour vous reste, et la discussion revient dès que le bot vous écrit ou que vous envoyez /start.
# translation_of: e7bb3f994d5d
phone-advice--disguised =
    <b>📱 Confidentialité sur ce téléphone</b>

    Quiconque tient votre téléphone peut voir cette discussion dans votre liste, avec le nom et la photo du bot, les nouveaux messages sur l'écran verrouillé, et les messages de plus de 48 heures (Telegram ne permet plus au bot de les supprimer).

    • Archivez cette discussion et coupez-en le son.
    • Masquez l'aperçu des messages : dans Telegram, Paramètres → Notifications et sons, et dans les réglages de l'écran verrouillé du téléphone.
    • Verrouillez Telegram avec un code : Paramètres de Telegram → Confidentialité et sécurité → Code d'accès.
    • Activez ici la suppression automatique.
    • Vous pouvez supprimer cette discussion à tout moment (sans bloquer le bot) ; elle revient dès que le bot vous écrit ou que vous envoyez /start.

# translation_of: a19bff7ec5cf
autodelete-telegram-limit =
    Telegram ne permet à un bot de supprimer un message que dans les 48 heures qui suivent son envoi. C'est pourquoi ce que vous tapez quand le bot vous le demande (un champ de la fiche, un nom, un code PIN, le mot pour tout effacer) est supprimé aussitôt. Ce que vous envoyez pendant une alerte, et vos recherches, partent avec les messages du bot après votre délai, et jamais plus tard que 46 heures. Ce qui est plus ancien, et tout ce qui est envoyé pendant que la suppression automatique est désactivée, reste jusqu'à ce que vous le supprimiez vous-même : supprimez les messages, ou toute la discussion.
# translation_of: ef0c66e9e1a3
autodelete-telegram-limit--disguised =
    Telegram ne permet à un bot de supprimer un message que dans les 48 heures qui suivent son envoi. C'est pourquoi ce que vous tapez quand le bot vous pose une question est supprimé aussitôt ; vos autres messages ici, et vos recherches, partent avec les messages du bot après votre délai, et jamais plus tard que 46 heures. Ce qui est plus ancien, et tout ce qui est envoyé pendant que la suppression automatique est désactivée, reste jusqu'à ce que vous le supprimiez vous-même.
