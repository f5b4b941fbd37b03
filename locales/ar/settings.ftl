# Arabic UI strings.
# machine-drafted: true — see bot.ftl.

## /settings

settings-title =
    <b>الإعدادات</b>

    اللغة: { $language }
    المنطقة الزمنية: { $timezone } (الآن { $time })
    الحذف التلقائي: { $autodelete }
    التمويه: { $disguise_mode }
    مهلة رد جهات اتصالك على التنبيه: { $answer_time }
settings-language = 🌐 اللغة
settings-timezone = 🕓 المنطقة الزمنية
settings-autodelete = 🧹 الحذف التلقائي
settings-ack-timeout = ⏱ مهلة الرد
settings-ack-timeout--disguised = ⏱ وقت الرد
settings-disguise-on = 🎭 التمويه: تشغيل
settings-disguise-off = 🎭 التمويه: إيقاف
settings-wipe = 🗑 محو كل شيء
settings-wipe--disguised = 🗑 إعادة الضبط
settings-back = → رجوع

settings-on = مفعّل
settings-off = معطّل

timezone-choose = اختر منطقتك الزمنية، أو اضغط «كتابة منطقة أخرى» وأرسل اسم مدينتك أو بلدك (بانكوك، طهران، نيبال) أو فارقًا زمنيًا مثل UTC+7.
timezone-type-another = ⌨️ كتابة منطقة أخرى
timezone-ask = أرسل اسم مدينتك أو بلدك، بالعربية أو بالإنجليزية (بانكوك، طهران، نيبال)، أو فارقًا زمنيًا مثل UTC+7 أو GMT+5:30. للإيقاف: /cancel.
timezone-invalid = لا أعرف المنطقة الزمنية «{ $text }». أرسل اسم مدينة كبيرة قريبة منك (كوالالامبور، جاكرتا، دبي)، أو اسمًا مثل Asia/Makassar، أو فارقًا زمنيًا مثل UTC+7، أو /cancel.
timezone-set = المنطقة الزمنية: { $timezone } (الآن { $time }).

autodelete-explain =
    يمكن للبوت أن يحذف من هذه المحادثة، بعد مدة، رسائله التي تعرض أمورًا حساسة (بطاقتك، وجهات اتصالك، وتفاصيل التنبيهات)، حتى لا تبقى موجودة إذا أُخذ هاتفك. يسمح تيليجرام للبوت بذلك خلال 48 ساعة.
autodelete-off = معطّل
autodelete-seconds = { $minutes ->
    [1] بعد دقيقة واحدة
    [60] بعد ساعة واحدة
    [1440] بعد 24 ساعة
    [two] بعد دقيقتين
    [few] بعد { $minutes } دقائق
    [many] بعد { $minutes } دقيقة
   *[other] بعد { $minutes } دقيقة
}
autodelete-set = الحذف التلقائي: { $choice }.

ack-timeout-explain =
    عندما تُطلق تنبيهًا، تكون أمام جهات اتصالك في المستوى الأول هذه المدة للضغط على «سأتولى الأمر» قبل إبلاغ جهات اتصالك في المستوى الثاني، ثم المنسقين. المدة الأقصر أكثر أمانًا في لحظة شديدة الخطورة؛ والمدة الأطول تناسب جهات الاتصال التي قد تكون نائمة في منطقة زمنية أخرى.
ack-timeout-explain--disguised = المدة المتاحة للأشخاص للرد قبل سؤال الأشخاص التاليين.
ack-timeout-network = إعداد الشبكة ({ $minutes ->
    [one] دقيقة واحدة
    [two] دقيقتان
    [few] { $minutes } دقائق
    [many] { $minutes } دقيقة
   *[other] { $minutes } دقيقة
})
ack-timeout-minutes = { $minutes ->
    [one] دقيقة واحدة
    [two] دقيقتان
    [few] { $minutes } دقائق
    [many] { $minutes } دقيقة
   *[other] { $minutes } دقيقة
}

disguise-on = وضع التمويه مفعّل: تستخدم هذه المحادثة الآن كلمات وأزرارًا محايدة. كل شيء يعمل كما كان.
disguise-off = وضع التمويه معطّل.

wipe-ask =
    يمحو هذا <b>كل</b> ما يحفظه البوت عنك: إعداداتك، وبطاقتك، وجهات اتصالك الموثوقة، والأشخاص الذين تحميهم (سيُبلَّغون فقط بأن إحدى جهات الاتصال غادرت). وسيحذف البوت أيضًا رسائله الأخيرة في هذه المحادثة حيثما يسمح تيليجرام بذلك.

    لا يمكن التراجع عن ذلك. للمتابعة، أرسل كلمة <b>{ $word }</b>. للإيقاف، أرسل /cancel.
wipe-ask--disguised =
    يمحو هذا <b>كل</b> ما يحفظه البوت عنك: إعداداتك، وملفك الشخصي، وقائمة الأشخاص لديك، والقوائم التي أنت فيها (سيُبلَّغون فقط بأن أحدًا غادر). وسيحذف البوت أيضًا رسائله الأخيرة في هذه المحادثة حيثما يسمح تيليجرام بذلك.

    لا يمكن التراجع عن ذلك. للمتابعة، أرسل كلمة <b>{ $word }</b>. للإيقاف، أرسل /cancel.
wipe-word = حذف
wipe-not-confirmed = هذه ليست كلمة { $word }. لم يُمحَ شيء. أرسل { $word } لمحو كل شيء، أو /cancel.
wipe-done = تم محو كل بياناتك من هذا البوت. إذا أردت استخدامه مرة أخرى، أرسل /start.
wipe-contact-left = غادرت إحدى جهات اتصالك الموثوقة البوت. راجع قائمتك عبر /contacts.
wipe-contact-left--disguised = غادر أحد الأشخاص. انظر /contacts.

## Neutral wording while disguise mode is on
settings-title--disguised =
    <b>الإعدادات</b>

    اللغة: { $language }
    المنطقة الزمنية: { $timezone } (الآن { $time })
    الحذف التلقائي: { $autodelete }
    النمط البسيط: { $disguise_mode }
    وقت الرد: { $answer_time }
settings-disguise-off--disguised = 🎭 النمط البسيط: إيقاف
autodelete-explain--disguised = يمكن للبوت أن يحذف رسائله من هذه المحادثة بعد مدة. يسمح تيليجرام بذلك خلال 48 ساعة.
disguise-on--disguised = النمط البسيط مفعّل.
