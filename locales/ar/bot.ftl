# Arabic UI strings.
# machine-drafted: true — written without review by a native speaker; a volunteer should review it before it is marked reviewed. Messages missing here are shown in English.

language-name = العربية

start-welcome =
    مرحبًا، { $name }.

    يساعد هذا البوت المدافعين والمدافعات عن حقوق الإنسان على البقاء في أمان: تأكيد السلامة بانتظام، وتنبيه جهات اتصالك الموثوقة عند حاجتك إلى المساعدة، ومعلومات عن حقوقك.

    <b>ما يحفظه البوت:</b> اسمك على تيليجرام ولغتك، وإعداداتك، وجهات اتصالك الموثوقة، وبطاقة الطوارئ إن ملأتها. يُشفَّر كل ذلك قبل حفظه.

    <b>جهات اتصالك لا ترى شيئًا</b> حتى يُرسَل تنبيه: عندها فقط تصلها المعلومات اللازمة لمساعدتك.

    <b>/wipe</b> يمحو كل بياناتك فورًا.
start-welcome--disguised =
    مرحبًا، { $name }.

    كل ما يحفظه هذا البوت عنك مُشفَّر. الأمر /wipe يمحوه فورًا.
start-welcome-back =
    مرحبًا بعودتك، { $name }.

    أرسل /help لمعرفة ما يمكنك فعله.
help--disguised =
    ما يمكنك فعله هنا:

    /contacts – الأشخاص
    /invite – دعوة شخص
    /card – الملف الشخصي
    /settings – الإعدادات
    /wipe – إعادة الضبط
    /cancel – إيقاف
    /help – هذه القائمة
start-choose-language = اختر لغتك:
language-set = اللغة: { $language }.
help =
    ما يمكنك فعله هنا:

    /sos – تنبيه جهات اتصالك الموثوقة الآن (يمكنك إضافة ما يحدث: /sos أوقفوني على الحدود)
    🆘 استغاثة و ✅ أنا بأمان – الأمر نفسه من لوحة المفاتيح؛ 📍 لمشاركة موقعك أثناء التنبيه
    /checkin – تأكيد السلامة؛ /schedule – مواعيد لتأكيد السلامة تنبّه جهات اتصالك إذا فاتك أحدها؛ /status
    /contacts – جهات اتصالك الموثوقة، والأشخاص الذين تحميهم
    /invite – دعوة شخص ليكون جهة اتصال موثوقة لك
    /card – بطاقة الطوارئ
    /rights – حقوقك: الاحتجاز، والتأشيرات، والمساعدة القانونية (أو اكتب كلمة للبحث)
    /directory – المساعدة القانونية وخطوط المساعدة وخطوط الطوارئ
    /settings – اللغة، والمنطقة الزمنية، والحذف التلقائي، والتمويه
    /wipe – محو كل بياناتك
    /cancel – إيقاف العملية الحالية
    /help – هذه القائمة

    لا يتصل البوت أبدًا بالشرطة أو بأي سلطة من تلقاء نفسه.
    لمنسقي الشبكة: /alerts و /resolve.
start-in-group = يُرجى التحدث معي في محادثة خاصة: افتح ملفي الشخصي واضغط «ابدأ» (Start). لا يُشارَك أي شيء عنك في هذه المجموعة.
not-understood = لم أفهم ذلك. أرسل /help لمعرفة ما يمكنك فعله.
error-generic = حدث خطأ من جهتنا. لم يضِع أي شيء حفظته. يُرجى المحاولة مرة أخرى بعد قليل.
error-storage-full = تعذّر على البوت حفظ هذا لأن مساحة الخادم ممتلئة. ما حفظته من قبل في أمان. يُرجى المحاولة مرة أخرى لاحقًا.

## Conversation plumbing
button-expired = انتهت صلاحية هذا الزر. لم يتغير شيء.
step-expired = استغرقت هذه الخطوة وقتًا طويلًا فتوقفت. لم يتغير شيء؛ يُرجى البدء من جديد.
cancelled = تم الإلغاء. لم يتغير شيء.
nothing-to-cancel = لا يوجد ما يُلغى.

## The persistent keyboard. Disguised wording must not hint at danger.
keyboard-sos = 🆘 استغاثة
keyboard-sos--disguised = 📞 اتصال
keyboard-safe = ✅ أنا بأمان
keyboard-safe--disguised = ✅ تم
keyboard-rights = ⚖️ الحقوق
keyboard-rights--disguised = 📖 قراءة
keyboard-menu = ☰ القائمة

## Menu and keyboard answers
menu =
    <b>القائمة</b>

    /sos – تنبيه جهات اتصالك الآن
    /checkin – أنا بأمان
    /schedule – مواعيد لتأكيد السلامة تنبّه جهات اتصالك إذا فاتك أحدها
    /status – مواعيدك وأي تنبيه مفتوح
    /contacts – جهات الاتصال الموثوقة
    /invite – دعوة جهة اتصال موثوقة
    /card – بطاقة الطوارئ
    /rights – حقوقك
    /directory – المساعدة القانونية وخطوط المساعدة وخطوط الطوارئ
    /settings – الإعدادات
    /setup – الإعداد الموجَّه
    /help – المساعدة
menu--disguised =
    <b>القائمة</b>

    /checkin – تم
    /schedule – الروتين
    /status – الحالة
    /contacts – الأشخاص
    /invite – دعوة شخص
    /card – الملف الشخصي
    /settings – الإعدادات
    /help – المساعدة

## Command menus, one per language (setMyCommands)
command-start = البدء، أو عرض رسالة الترحيب مجددًا
command-help = ما يمكنك فعله
command-sos = تنبيه جهات اتصالك الموثوقة الآن
command-sos--disguised = اتصال
command-checkin = تأكيد السلامة: أنا بأمان
command-checkin--disguised = رد: كل شيء على ما يرام
command-schedule = مواعيد تأكيد السلامة
command-schedule--disguised = روتينك
command-status = مواعيدك، وتأكيد السلامة التالي، والتنبيهات المفتوحة
command-status--disguised = روتينك والرد التالي
command-contacts = جهات اتصالك الموثوقة
command-contacts--disguised = الأشخاص
command-invite = دعوة جهة اتصال موثوقة
command-invite--disguised = دعوة شخص
command-card = بطاقة الطوارئ
command-card--disguised = الملف الشخصي
command-rights = حقوقك: الاحتجاز، والتأشيرات، والمساعدة القانونية
command-rights--disguised = مواد للقراءة
command-directory = المساعدة القانونية وخطوط المساعدة وخطوط الطوارئ
command-directory--disguised = عناوين
command-settings = اللغة، والمنطقة الزمنية، والخصوصية
command-wipe = محو كل بياناتك
command-wipe--disguised = إعادة الضبط
command-cancel = إيقاف العملية الحالية

## Coordinators
coordinators-set = أصبحت هذه المجموعة محادثة منسقي الشبكة. ستصل إلى هنا التنبيهات التي لا يتولاها أحد في الوقت المناسب. أعضاء هذه المجموعة هم المنسقون.
coordinators-not-admin = لا يمكن القيام بهذا إلا لمسؤول هذا البوت.
coordinators-in-private = أرسل /coordinators داخل المجموعة التي ستصبح محادثة المنسقين.

## الإعداد الموجَّه بعد اختيار اللغة (أرسل /setup لعرضه مرة أخرى)
setup-step-title = <b>البدء · الخطوة { $number } من { $total }</b>
setup-timezone-explain = منطقتك الزمنية، لتظهر مواعيد تأكيد السلامة والأوقات حسب ساعتك أنت.
setup-timezone-do = 🕓 اختيار منطقتي الزمنية
setup-card-explain = بطاقة الطوارئ: ما تحتاجه جهات اتصالك الموثوقة لمساعدتك إذا احتُجزت (اسمك، ووثائقك، ومحاميك، واحتياجاتك الطبية). لا تُشارَك إلا ضمن تنبيه.
setup-card-explain--disguised = ملفك الشخصي: ما قد يحتاجه الأشخاص الذين تختارهم لمساعدتك. لا يُشارَك إلا عندما تطلب المساعدة.
setup-card-do = 🪪 ملء بطاقتي
setup-card-do--disguised = 🪪 ملء ملفي الشخصي
setup-card-menu = اختر حقلًا لملئه، وتخطَّ أي حقل لا تريد ملأه. الحقول المملوءة: { $filled } من { $total }. عند الانتهاء، اضغط ⏭ التالي في رسالة الإعداد.
setup-contact-explain = جهة اتصال موثوقة: شخص تصله تنبيهاتك ويتصرف بناءً عليها. لا يصبح جهة اتصال موثوقة إلا إذا قبل رابط الدعوة الذي ترسله إليه.
setup-contact-explain--disguised = شخص تثق به، يُبلَّغ عندما تطلب المساعدة. يجب أن يقبل الرابط الذي ترسله إليه.
setup-contact-do = ➕ دعوة جهة اتصال
setup-schedule-explain = مواعيد لتأكيد السلامة: إذا لم تؤكد سلامتك في الوقت المحدد، تُنبَّه جهات اتصالك. مفيدة قبل زيارة فيها خطر، أو جلسة في المحكمة، أو عبور للحدود.
setup-schedule-explain--disguised = روتين: إذا لم ترد في الوقت المحدد، يُبلَّغ الأشخاص الذين اخترتهم.
setup-schedule-do = 🗓 ضبط المواعيد
setup-schedule-do--disguised = 🗓 ضبط روتين
setup-pin-explain = رمز الأمان: من دون هذا الرمز، لا يستطيع أي شخص يمسك هاتفك أن يغلق تنبيهك، أو يوقف تأكيد السلامة مؤقتًا، أو يحذف جهات اتصالك.
setup-pin-explain--disguised = رمز سري: من دون هذا الرمز، لا يستطيع أي شخص يمسك هاتفك أن يغيّر ما أعددته هنا.
setup-pin-do = 🔐 تعيين رمز الأمان
setup-pin-do--disguised = 🔐 تعيين رمز سري
setup-next = ⏭ التالي
setup-stop = ✖️ إيقاف الإعداد
setup-done = ✅ اكتمل الإعداد. يمكنك تغيير كل شيء لاحقًا: /settings، /card، /contacts، /schedule. أرسل /help لمعرفة ما يمكنك فعله.
setup-stopped = توقف الإعداد. يمكنك المتابعة في أي وقت بإرسال /setup.
