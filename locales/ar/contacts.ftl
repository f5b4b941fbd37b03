# Arabic UI strings.
# machine-drafted: true — see bot.ftl.

## Inviting (the defender)
invite-ask-label =
    من تريد دعوته ليكون جهة اتصال موثوقة لك؟ اكتب الاسم الذي تناديه به (حتى 64 حرفًا). لن يراه أحد غيرك.

    أرسل /cancel للإيقاف.
invite-ask-label--disguised =
    من تريد دعوته؟ اكتب الاسم الذي تناديه به (حتى 64 حرفًا). لن يراه أحد غيرك.

    أرسل /cancel للإيقاف.
invite-label-invalid = يُرجى كتابة اسم من 1 إلى 64 حرفًا، أو إرسال /cancel للإيقاف.
invite-ask-tier =
    متى يُنبَّه <b>{ $label }</b>؟

    المستوى 1: يُنبَّه أولًا.
    المستوى 2: يُنبَّه إذا لم يستجب أحد من المستوى 1.
invite-ask-tier--disguised =
    متى تصل رسالة من البوت إلى <b>{ $label }</b>؟

    المستوى 1: أولًا.
    المستوى 2: إذا لم يرد أحد من المستوى 1.
invite-tier-1 = المستوى 1 – يُنبَّه أولًا
invite-tier-1--disguised = المستوى 1 – أولًا
invite-tier-2 = المستوى 2 – إذا لم يستجب المستوى 1
invite-tier-2--disguised = المستوى 2 – ثانيًا
invite-ask-name =
    ما الاسم الذي سيراه <b>{ $label }</b> لك؟ استخدم اسمك على تيليجرام، أو اكتب الاسم الذي يعرفك به (حتى 64 حرفًا).
invite-use-own-name = استخدام «{ $name }»
invite-choose-tier = يُرجى اختيار مستوى بالأزرار، أو إرسال /cancel للإيقاف.
invite-link =
    إليك الدعوة الموجهة إلى <b>{ $label }</b>. أرسل إليه هذا الرابط، ويُفضَّل عبر تطبيق مراسلة آمن:

    { $link }

    يعمل الرابط مرة واحدة، لمدة { $hours ->
        [one] ساعة واحدة
        [two] ساعتين
        [few] { $hours } ساعات
        [many] { $hours } ساعة
       *[other] { $hours } ساعة
    }. عند فتحه سيظهر الاسم <b>{ $name }</b>، ويمكن قبول الدعوة أو رفضها؛ وستُبلَّغ بالرد. يمكنك إلغاؤها من /contacts.
invite-full = { $limit ->
    [one] لديك بالفعل جهة اتصال موثوقة أو دعوة مفتوحة، وهذا هو الحد الأقصى المسموح به.
   *[other] لديك بالفعل ما مجموعه { $limit } من جهات الاتصال الموثوقة والدعوات المفتوحة، وهذا هو الحد الأقصى المسموح به.
} يُرجى أولًا إزالة جهة اتصال أو إلغاء دعوة من /contacts.
invite-full--disguised =
    { $limit ->
        [one] لديك بالفعل شخص في قائمتك أو دعوة مفتوحة، وهذا هو الحد الأقصى.
       *[other] لديك بالفعل { $limit } من الأشخاص في قائمتك والدعوات المفتوحة، وهذا هو الحد الأقصى.
    } أزِل شخصًا أو ألغِ دعوة في /contacts أولًا.

## Opening the link (the invited person)
invite-offer =
    دعوة من <b>{ $name }</b> لتكون إحدى جهات الاتصال الموثوقة لديه.

    يساعد هذا البوت المدافعين والمدافعات عن حقوق الإنسان على البقاء في أمان. بصفتك جهة اتصال موثوقة:
    • ستتلقى تنبيهات الاستغاثة من هذا الشخص، وتنبيهًا إذا فاته تأكيد السلامة؛
    • قد تتلقى موقعه وبطاقة الطوارئ الخاصة به (بيانات الهوية، والمحامي، والاحتياجات الطبية)؛
    • سيُطلب منك التصرف، مثل محاولة الوصول إليه أو الاتصال بمحاميه.

    لا يتصل البوت أبدًا بالشرطة أو بأي سلطة أخرى. يمكنك الانسحاب في أي وقت من /contacts.

    أيًّا كان ردك، سيُبلَّغ { $name } به، مع اسمك على تيليجرام.
invite-offer--disguised =
    يطلب منك <b>{ $name }</b> الانضمام إلى قائمة الأشخاص لديه.

    إذا احتاج إليك، سيكتب لك هذا البوت، وربما يرسل مكانه وبياناته الشخصية (الهوية، المستشار، الاحتياجات الصحية)، ويطلب منك التصرف، مثل محاولة الوصول إليه أو الاتصال بأحد نيابة عنه. لا يتصل البوت أبدًا بأي سلطة. يمكنك مغادرة القائمة في أي وقت من /contacts.

    أيًّا كان ردك، سيُبلَّغ { $name } به، مع اسمك في تيليجرام.
invite-accept = ✅ قبول
invite-decline = رفض
invite-accepted = أصبحت الآن جهة اتصال موثوقة لدى <b>{ $name }</b>. شكرًا لك. يعرض /contacts الأشخاص الذين تحميهم، ويتيح لك الانسحاب.
invite-accepted--disguised = أنت الآن في قائمة <b>{ $name }</b>. شكرًا لك. انظر /contacts.
invite-declined = لقد رفضت الدعوة. تم إبلاغ <b>{ $name }</b>؛ ولم يعد الرابط يعمل.
invite-malformed = هذا ليس رابط دعوة صالحًا. تأكد من أنك فتحت الرابط كاملًا، أو اطلب رابطًا جديدًا من الشخص الذي أرسله.
invite-unknown = رابط الدعوة هذا غير معروف. اطلب رابطًا جديدًا من الشخص الذي أرسله.
invite-expired = انتهت صلاحية رابط الدعوة هذا: تعمل الروابط لمدة { $hours ->
    [one] ساعة واحدة
    [two] ساعتين
    [few] { $hours } ساعات
    [many] { $hours } ساعة
   *[other] { $hours } ساعة
}. اطلب رابطًا جديدًا من الشخص الذي أرسله.
invite-used = سبق استخدام رابط الدعوة هذا: كل رابط يعمل مرة واحدة فقط. اطلب رابطًا جديدًا من الشخص الذي أرسله.
invite-already-accepted = لقد قبلت هذه الدعوة من قبل: أنت جهة اتصال موثوقة لدى <b>{ $name }</b>. انظر /contacts.
invite-already-accepted--disguised = لقد قبلت هذه الدعوة من قبل: أنت في قائمة <b>{ $name }</b>. انظر /contacts.
invite-revoked = ألغى الشخص الذي أرسل هذه الدعوة دعوته، لذا لم تعد تعمل.
invite-was-declined = رُفضت هذه الدعوة، لذا لم تعد تعمل. اطلب رابطًا جديدًا من الشخص الذي أرسلها.
invite-own = هذا رابط دعوتك أنت: لا يمكنك أن تكون جهة اتصال موثوقة لنفسك. أرسل الرابط إلى الشخص الذي تريد دعوته؛ فهو ما زال يعمل.
invite-own--disguised = هذا رابط دعوتك أنت: لا يمكنك أن تكون في قائمتك. أرسل الرابط إلى الشخص الذي تريد دعوته؛ ما زال يعمل.
invite-already-contact = أنت بالفعل جهة اتصال موثوقة لدى <b>{ $name }</b>. لم يتغير شيء.
invite-already-contact--disguised = أنت بالفعل في قائمة <b>{ $name }</b>. لم يتغير شيء.

## Told to the defender
invite-defender-accepted =
    تم قبول دعوتك من <b>{ $label }</b> (الاسم على تيليجرام: { $contact }). هذا الشخص الآن جهة اتصالك الموثوقة في المستوى { $tier }، وسيُنبَّه إذا احتجت إلى المساعدة.

    إذا لم يكن هذا الشخص من قصدت دعوته، فأزِله من /contacts.
invite-defender-accepted--disguised =
    تم قبول دعوتك من <b>{ $label }</b> (الاسم على تيليجرام: { $contact }).

    إذا لم يكن هذا الشخص من قصدت دعوته، فأزِله من /contacts.
invite-defender-declined = تم رفض دعوتك من <b>{ $label }</b> (الاسم على تيليجرام: { $contact }). لم يعد الرابط يعمل.

## /contacts
contacts-title = <b>جهات اتصالك الموثوقة</b>
contacts-title--disguised = <b>الأشخاص</b>
contacts-none = ليست لديك جهات اتصال موثوقة بعد. ادعُ شخصًا تثق به: سيُنبَّه إذا احتجت إلى المساعدة.
contacts-none--disguised = لا يوجد أحد هنا بعد. ادعُ شخصًا تثق به.
contacts-entry = • <b>{ $label }</b> – المستوى { $tier } – { $status }
contacts-status-active = نشط
contacts-status-unreachable = تعذّر الوصول
contacts-tiers-note = يُنبَّه المستوى 1 أولًا؛ ثم المستوى 2 إذا لم يستجب أحد من المستوى 1.
contacts-tiers-note--disguised = يصل الخبر إلى المستوى 1 أولًا؛ ثم المستوى 2 إذا لم يرد أحد من المستوى 1.
contacts-invites-title = <b>دعوات تنتظر الرد</b>
contacts-invite-entry = • <b>{ $label }</b> – المستوى { $tier } – بانتظار الرد حتى { $until }
contacts-protected-title = <b>أنت جهة اتصال موثوقة لدى</b>
contacts-protected-title--disguised = <b>أنت في قائمة</b>
contacts-protected-entry = • <b>{ $name }</b>
contacts-button-tier = { $label }: إلى المستوى { $tier }
contacts-button-remove = إزالة { $label }
contacts-button-revoke = إلغاء الدعوة: { $label }
contacts-button-invite = ➕ دعوة جهة اتصال
contacts-button-step-down = انسحاب: { $name }
contacts-button-keep = لا، احتفظ بها
contacts-remove-confirm = هل تريد إزالة <b>{ $label }</b> من جهات اتصالك الموثوقة؟ سيُبلَّغ هذا الشخص فقط بأنه لم يعد جهة اتصالك الموثوقة.
contacts-remove-confirm--disguised = إزالة <b>{ $label }</b> من قائمتك؟ سيُبلَّغ فقط بأنه لم يعد فيها.
contacts-remove-yes = نعم، إزالة
contacts-removed = لم يعد <b>{ $label }</b> جهة اتصالك الموثوقة.
contacts-removed--disguised = لم يعد <b>{ $label }</b> في قائمتك.
contacts-removed-notice = لم تعد جهة اتصال موثوقة لدى <b>{ $name }</b>.
contacts-removed-notice--disguised = لم تعد في قائمة <b>{ $name }</b>.
contacts-tier-changed = أصبح <b>{ $label }</b> الآن في المستوى { $tier }.
contacts-revoked = أُلغيت الدعوة الموجهة إلى <b>{ $label }</b>: لم يعد رابطها يعمل.
contacts-step-down-confirm = هل تريد التوقف عن كونك جهة اتصال موثوقة لدى <b>{ $name }</b>؟ سيُبلَّغ هذا الشخص بذلك.
contacts-step-down-confirm--disguised = مغادرة قائمة <b>{ $name }</b>؟ سيُبلَّغ بذلك.
contacts-step-down-yes = نعم، أنسحب
contacts-stepped-down = لم تعد جهة اتصال موثوقة لدى <b>{ $name }</b>. تم إبلاغ هذا الشخص.
contacts-stepped-down--disguised = لم تعد في قائمة <b>{ $name }</b>. تم إبلاغه.
contacts-stepped-down-notice = لم يعد <b>{ $label }</b> جهة اتصالك الموثوقة: لقد انسحب. يمكنك دعوة شخص آخر من /contacts.
contacts-stepped-down-notice--disguised = غادر <b>{ $label }</b> قائمتك. يمكنك دعوة شخص آخر في /contacts.
contacts-nothing-changed = لم يتغير شيء.
contacts-gone = جهة الاتصال أو الدعوة هذه لم تعد موجودة. لم يتغير شيء.
