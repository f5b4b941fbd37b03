# French UI strings.
# machine-drafted: true — see bot.ftl.

verification-code-contact = 🔐 Code de sécurité : <b>{ $code }</b>. { $name } peut vous appeler et vous le demander, pour être sûr que c'est bien vous qui avez accepté.
verification-code-contact--disguised = Code : <b>{ $code }</b>. { $name } peut vous le demander.
verification-code-defender = 🔐 Code de sécurité : <b>{ $code }</b>. Appelez cette personne et demandez-lui quel code elle voit. Si ce n'est pas celui-ci, quelqu'un d'autre a ouvert votre lien : retirez-le dans /contacts.
verification-code-defender--disguised = Code : <b>{ $code }</b>. Demandez-lui quel code elle voit ; s'il diffère, retirez-la dans /contacts.
verification-username = Son nom d'utilisateur Telegram : @{ $username }
verification-no-username = Cette personne n'a pas de nom d'utilisateur Telegram : vérifiez donc le code de vive voix.
