# French UI strings.
# machine-drafted: true — see bot.ftl.

## Notices to the deployment's admins about the database itself (issue 19).

# translation_of: e208dc15dc0e
admin-database-tampered =
    ⚠️ Quelque chose qui ne détient pas la clé du bot a modifié sa base de données. Les lignes modifiées sont refusées : rien n’est envoyé ni fait pour les personnes qu’elles nomment. Le bot continue avec le reste, et cet avis n’est envoyé qu’une fois.

    Que faire : gardez une copie du dossier de données pour l’enquête, cherchez qui pouvait y écrire et restaurez la base depuis une sauvegarde de confiance. Si le fichier de clé a pu être lu aussi, lancez `python -m bot rotate-key`, et si la machine elle-même a pu être compromise, remplacez aussi le jeton du bot avec @BotFather (/revoke). Le journal du bot indique quelle table a été touchée, jamais à qui étaient les lignes.
