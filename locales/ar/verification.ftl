# Arabic UI strings.
# machine-drafted: true — see bot.ftl.

verification-code-contact = 🔐 رمز الأمان: <b>{ $code }</b>. قد يتصل بك { $name } ويسألك عنه، ليتأكد أنك أنت من قبل الدعوة.
verification-code-contact--disguised = الرمز: <b>{ $code }</b>. قد يسألك { $name } عنه.
verification-code-defender = 🔐 رمز الأمان: <b>{ $code }</b>. اتصل بهذا الشخص واسأله عن الرمز الذي يراه. إذا لم يكن هذا الرمز، فقد فتح شخص آخر رابطك: أزله من /contacts.
verification-code-defender--disguised = الرمز: <b>{ $code }</b>. اسأله عن الرمز الذي يراه؛ إذا اختلف، أزله من /contacts.
verification-username = اسم المستخدم في تيليجرام: ‎@{ $username }
verification-no-username = ليس لديه اسم مستخدم في تيليجرام، لذا تحقق من الرمز صوتيًا.
