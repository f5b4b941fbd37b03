# Arabic UI strings.
# machine-drafted: true — see bot.ftl.

checkin-done = ✅ تم تأكيد السلامة في { $time }.
checkin-done--disguised = ✅ سُجّل في { $time }.
checkin-next = موعد تأكيد السلامة التالي: قبل { $due }.
checkin-next--disguised = موعد الرد التالي: قبل { $due }.
checkin-deadline-ended = انتهى موعدك النهائي ({ $deadline }).
checkin-pin-ask = تنبيهك لا يزال مفتوحًا. لإغلاقه، أرسل رمز الأمان.
checkin-pin-ask--disguised = لإغلاقه، أرسل رمزك السري.
checkin-pin-wrong = هذا ليس رمز الأمان الخاص بك. يبقى التنبيه مفتوحًا. أرسل رمزك مرة أخرى، أو /cancel.
checkin-pin-wrong--disguised = هذا ليس رمزك السري. أرسله مرة أخرى، أو /cancel.
checkin-resumed = ▶️ انتهى الإيقاف المؤقت: عاد تأكيد السلامة للعمل. موعد تأكيد السلامة التالي: قبل { $due }.
checkin-resumed--disguised = ▶️ انتهت استراحتك. موعد الرد التالي: قبل { $due }.
checkin-reminder = ⏰ حان وقت تأكيد السلامة: الموعد قبل { $due }. اضغط أدناه إذا كنت بأمان.
checkin-reminder--disguised = ⏰ تذكير: يُرجى الرد قبل { $due }.

schedule-forms-schedule =
    اضبط مواعيد منتظمة بكتابة أحد ما يلي:
    /schedule every 2h – كل ساعتين (من 15 دقيقة إلى 7 أيام؛ ويمكن أيضًا every 90m أو every 1.5h)
    /schedule daily 09:00 21:00 – في هذه الأوقات كل يوم، حسب منطقتك الزمنية (ويمكن أيضًا daily 9am 9pm)
    /schedule off – إيقاف المواعيد
    وأيضًا: /grace 30m (المهلة المسموح بها بعد الموعد قبل تنبيه جهات اتصالك)، /reminder 10m أو /reminder off، /checkin_by 13:00 (موعد نهائي لمرة واحدة)، /pause 2d أو /pause until 2026-12-01 09:00، /resume، /status.
schedule-forms-schedule--disguised =
    اضبط روتينًا بكتابة أحد ما يلي:
    /schedule every 2h
    /schedule daily 09:00 21:00
    /schedule off
    وأيضًا: /grace 30m، /reminder 10m أو /reminder off، /checkin_by 13:00، /pause 2d، /resume، /status.
schedule-menu-choose = أو اختر:
schedule-button-every = كل { $every }
schedule-button-off = إيقاف المواعيد
schedule-forms-grace = مثلًا: /grace 30m (من دقيقة واحدة إلى 24 ساعة).
schedule-forms-reminder = مثلًا: /reminder 10m، أو /reminder off.
schedule-forms-checkin-by = مثلًا: /checkin_by 13:00، /checkin_by tomorrow 08:00، /checkin_by 2026-12-01 13:00، /checkin_by 2h، أو /checkin_by off.
schedule-forms-pause = مثلًا: /pause 3h، /pause 2d، أو /pause until 2026-12-01 09:00 (30 يومًا على الأكثر).

schedule-problem-format = لم أتمكن من قراءة ذلك.
schedule-time-passed = لقد مضى الوقت { $time } اليوم. هل تقصد غدًا في { $time }؟ إن لم يكن كذلك، فأرسل الأمر مرة أخرى مع تاريخ، مثل 2026-12-01 { $time }.
schedule-button-tomorrow = نعم، غدًا في { $time }
schedule-problem-no-such-time = هذا الوقت غير موجود.
schedule-problem-too-short = هذا قصير جدًا: الحد الأدنى { $limit }.
schedule-problem-too-long = هذا طويل جدًا: الحد الأقصى { $limit }.
schedule-problem-too-close = يجب أن يفصل بين الأوقات اليومية { $limit } على الأقل.
schedule-problem-in-the-past = هذا الوقت قد مضى.
schedule-problem-too-far-ahead = هذا بعيد جدًا: { $limit } على الأكثر.
schedule-problem-reminder-too-long = يجب أن يأتي التذكير قبل الموعد بأقل من { $limit }.
schedule-problem-deadline-during-pause = سيستمر الإيقاف المؤقت خلال موعدك النهائي لتأكيد السلامة. غيّر الموعد النهائي أولًا (/checkin_by off).

status-no-schedule = 🗓 لا توجد مواعيد منتظمة لتأكيد السلامة.
status-no-schedule--disguised = 🗓 لا يوجد روتين مضبوط.
status-schedule = 🗓 تأكيد السلامة: { $rule }
status-schedule--disguised = 🗓 الروتين: { $rule }
status-grace = المهلة: { $grace } · التذكير المسبق: { $reminder }
status-reminder-off = معطّل
status-paused = ⏸ متوقف مؤقتًا حتى { $until }: لن يُرسَل شيء حتى ذلك الحين.
status-next = موعد تأكيد السلامة التالي: قبل { $due }.
status-next--disguised = موعد الرد التالي: قبل { $due }.
status-deadline = موعد نهائي لمرة واحدة: { $deadline }.
status-last = آخر تأكيد سلامة: { $last }.
status-last--disguised = آخر رد: { $last }.
status-never = لا يوجد تأكيد سلامة بعد.
status-alert-open = 🆘 يوجد تنبيه مفتوح بشأنك. اضغط ✅ أنا بأمان عندما تكون بأمان.
status-alert-open--disguised = 📞 هناك شيء لا يزال مفتوحًا. اضغط ✅ تم عندما يكون كل شيء على ما يرام.
status-nobody = ⚠️ لن يُنبَّه أحد إذا فاتك تأكيد السلامة: ليست لديك جهات اتصال موثوقة، وليس لدى الشبكة محادثة للمنسقين. أضف جهة اتصال عبر /invite.
status-nobody--disguised = ⚠️ لن يُبلَّغ أحد: أضف شخصًا عبر /invite.

## /settings: the safety PIN and the duress word
settings-pin = 🔐 رمز الأمان
settings-pin--disguised = 🔐 الرمز السري
settings-duress = 🗝 كلمة الإكراه
settings-duress--disguised = 🗝 الكلمة الثانية
safety-pin-explain =
    <b>رمز الأمان</b>
    إذا أطلقت تنبيهًا، فقد يجبرك من يحتجزك على الضغط على «أنا بأمان». مع رمز الأمان، لا يحدث دونه أي شيء يُنهي حمايتك أو يُضعفها: إغلاق تنبيه أو إلغاؤه، أو إيقاف تأكيدات السلامة مؤقتًا أو نهائيًا، أو إزالة جهة اتصال، أو تغيير رمز الأمان أو كلمة الإكراه. الرمز وحده لا يثبت شيئًا (فقد يُجبَر الشخص على كشفه): ولهذا توجد كلمة الإكراه.
    بعد 3 رموز خاطئة خلال ساعة، تُحذَّر جهات اتصالك؛ وبعد 5، يُقفل إدخال الرمز لمدة 15 دقيقة، ثم لمدة أطول.
    اختر شيئًا تتذكره تحت الضغط، من 4 إلى 64 حرفًا، وليس 1234 أو 0000. أرسله الآن، ثم مرة أخرى؛ سيُحذف من هذه المحادثة فورًا ولن يُحفظ إلا بصيغة لا يمكن لأحد استرجاعها. أو /cancel.
safety-pin-explain--disguised =
    <b>الرمز السري</b>
    اختر رمزًا سريًا من 4 إلى 64 حرفًا، وأرسله الآن. سيُحذف من هذه المحادثة فورًا. أو /cancel.
safety-duress-explain =
    <b>كلمة الإكراه</b>
    كلمة تبدو كتأكيد سلامة عادي لكنها تنبّه سرًّا جهات اتصالك والمنسقين. استخدمها إذا أجبرك أحد على تأكيد السلامة أو على إغلاق تنبيه: أرسلها بدلًا من /checkin (أو بعد /checkin، أو عند طلب رمز الأمان). تعرض شاشتك تمامًا ما يظهر عند تأكيد السلامة العادي؛ ولن يظهر التنبيه في أي مكان في هذه المحادثة.
    اختر كلمة لن تكتبها عن طريق الخطأ، من 4 إلى 64 حرفًا، ومختلفة عن رمز الأمان. أرسلها الآن؛ ستُحذف من هذه المحادثة فورًا ولن تُحفظ إلا بصيغة لا يمكن لأحد استرجاعها. أو /cancel.
safety-duress-explain--disguised =
    <b>الكلمة الثانية</b>
    اختر كلمة ثانية من 4 إلى 64 حرفًا، مختلفة عن رمزك السري، وأرسلها الآن. ستُحذف من هذه المحادثة فورًا. أو /cancel.
safety-word-is-set = توجد قيمة محفوظة الآن. أرسل قيمة جديدة لتحل محلها، أو احذفها بالزر.
safety-word-not-set = لم تُحفظ أي قيمة بعد.
safety-word-clear = إزالة
safety-word-length = يجب أن يتكون من 4 إلى 64 حرفًا. أرسل قيمة أخرى، أو /cancel.
safety-word-same = يجب أن يختلف رمز الأمان عن كلمة الإكراه. أرسل قيمة أخرى، أو /cancel.
safety-word-same--disguised = يجب أن يختلف رمزك السري عن كلمتك الثانية. أرسل قيمة أخرى، أو /cancel.
safety-pin-saved = 🔐 تم حفظ رمز الأمان.
safety-pin-saved--disguised = 🔐 تم حفظ رمزك السري.
safety-pin-cleared = تمت إزالة رمز الأمان.
safety-pin-cleared--disguised = تمت إزالة رمزك السري.
safety-duress-saved = 🗝 تم حفظ كلمة الإكراه.
safety-duress-saved--disguised = 🗝 تم الحفظ.
safety-duress-cleared = تمت إزالة كلمة الإكراه.
safety-duress-cleared--disguised = تمت الإزالة.

# After an outage: the missed check-in fell due while the bot was down.
outage-late-alert = ⚠️ تعذّر تشغيل البوت من { $start } إلى { $end }. كان موعد تأكيد سلامتك { $due } أثناء التوقف: لذلك تلقّت جهات الاتصال الموثوقة التنبيه متأخرًا، في { $end }. إن كنت بأمان فأكّد سلامتك الآن.
outage-late-alert--disguised = ⚠️ توقفت هذه الخدمة من { $start } إلى { $end }. ردّك المطلوب في { $due } عولج متأخرًا، في { $end }. ردّ الآن إن كان كل شيء على ما يرام.
