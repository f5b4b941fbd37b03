# Arabic UI strings.
# machine-drafted: true — see bot.ftl.

alert-reference = المرجع { $ref }
alert-reference--disguised = المرجع { $ref }
# What is left of a copy of an alert once its details are taken away: no word in it may
# tell what it was.
copy-redacted = المرجع { $ref } · أُزيلت التفاصيل.

## Names

alert-name-coordinators = منسقو الشبكة
alert-name-coordinators--disguised = المنظمون
alert-name-coordinators-count = 2
alert-name-former-contact = شخص لم يعد من جهات اتصالك
alert-name-former-contact--disguised = شخص لم يعد في قائمتك
alert-name-someone = جهة اتصال أخرى
alert-names-and = { $first } و{ $second }
alert-names-comma = { $first }، { $second }

## The alert itself, to a contact or to the coordinators

alert-title-sos = 🆘 <b>استغاثة: { $who } بحاجة إلى المساعدة الآن.</b>
alert-title-sos--disguised = 🔴 <b>{ $who } بحاجة إليك الآن.</b>
alert-title-missed = ⏰ <b>{ $who }: لم يصل تأكيد السلامة في موعده.</b>
alert-title-missed--disguised = 🔴 <b>{ $who }: لم يصل الرد في موعده.</b>
alert-title-duress =
    🚨 <b>إكراه: أرسل { $who } كلمة الإكراه.</b>
    قد يكون مع شخص يُكرهه. <b>لا تتصل به ولا تراسله علنًا.</b>
alert-title-duress--disguised = 🔴 <b>{ $who } بحاجة إليك الآن. لا تتصل به ولا تراسله.</b>
alert-reminder-line = 🔁 تذكير: لم يعلن أحد بعد أنه يتولى الأمر.
alert-reminder-line--disguised = 🔁 تذكير: لم يرد أحد بعد.
alert-escalated-line = تصلك هذه الرسالة لأن الأشخاص الذين طُلب منهم أولًا لم يردوا.
alert-follow-up-line = تصلك هذه الرسالة لأن التنبيه لا يزال مفتوحًا ولم يقدّم أحد أي خبر عنه.
alert-follow-up-line--disguised = تصلك هذه الرسالة لأن الأمر لا يزال مفتوحًا ولم يقدّم أحد أي خبر عنه.
alert-raised-at = وقت التنبيه: { $when }
alert-raised-at--disguised = وقت الإرسال: { $when }
alert-last-checkin = آخر تأكيد سلامة: { $when }
alert-last-checkin--disguised = آخر رد: { $when }
alert-their-words = الرسالة المرفقة: «{ $note }»
alert-location-below = 📍 آخر موقع معروف لهذا الشخص ({ $when }) أدناه.
alert-location-none = 📍 لم يشارك هذا الشخص أي موقع بعد.
alert-location-earlier = 📍 أُرسل إليك آخر موقع معروف لهذا الشخص ({ $when }) في هذه المحادثة.
alert-location-label = 📍 شارك <b>{ $who }</b> هذا الموقع في { $when }:
alert-location-label--disguised = 📍 شارك { $who } هذا المكان في { $when }:
alert-card-title = 🪪 <b>بطاقة الطوارئ الخاصة به</b>
alert-card-title--disguised = 🪪 <b>البيانات الشخصية</b>
alert-card-earlier = 🪪 أُرسلت إليك بطاقة الطوارئ الخاصة به مع أول رسالة عن هذا التنبيه.
alert-card-earlier--disguised = 🪪 أُرسلت إليك بياناته مع أول رسالة.
alert-open-chat = 💬 <a href="{ $link }">افتح محادثة مع { $who }</a>
alert-guidance =
    <b>ما يجب فعله</b>
    • حاول الوصول إلى هذا الشخص الآن، باتصال أو رسالة.
    • إذا كان هناك احتمال احتجازه: اتصل بمحاميه، واعرف مكان احتجازه عن طريق المحامي أو منظمة تدعم المهاجرين (قد يعرّضك سؤال السلطات بنفسك للخطر). تقول المعايير إنه ينبغي أن يصل إلى محامٍ دون تأخير؛ لكن لا تضمن كل البلدان ذلك.
    • لا تتصل بقنصليته إلا إذا وافق على ذلك.
    • اضغط «سأتولى الأمر» ليعرف الآخرون، أو «لا أستطيع المساعدة» لتمريره إلى غيرك فورًا.
    معلومات عن الحقوق: /rights
alert-guidance--disguised =
    <b>ما يجب فعله</b>
    • حاول الوصول إلى هذا الشخص الآن، باتصال أو رسالة.
    • افعل ما اتفقتما عليه مسبقًا.
    • اضغط «سأتولى الأمر» ليعرف الآخرون، أو «لا أستطيع المساعدة» لتمريره إلى غيرك فورًا.
alert-guidance-duress =
    <b>ما يجب فعله</b>
    • لا تتصل بهذا الشخص ولا تراسله علنًا: ربما يراقب أحدٌ هاتفه. لا تُظهر شاشته شيئًا من هذا التنبيه.
    • تصرّف عبر أشخاص تثق بهم: محاميه، زملاؤه، منسقو الشبكة.
    • إذا كان هناك احتمال احتجازه: اتصل بمحاميه، واعرف مكان احتجازه عن طريق المحامي أو منظمة تدعم المهاجرين (قد يعرّضك سؤال السلطات بنفسك للخطر). تقول المعايير إنه ينبغي أن يصل إلى محامٍ دون تأخير؛ لكن لا تضمن كل البلدان ذلك.
    • لا تتصل بقنصليته إلا إذا وافق على ذلك.
    • اضغط «سأتولى الأمر» ليعرف الآخرون، أو «لا أستطيع المساعدة» لتمريره إلى غيرك فورًا.
    معلومات عن الحقوق: /rights
alert-guidance-duress--disguised =
    <b>ما يجب فعله</b>
    • لا تتصل بهذا الشخص ولا تراسله: قد يرى آخرون هاتفه. لا يرى هو شيئًا من هذا.
    • افعل ما اتفقتما عليه مسبقًا، عبر أشخاص تثق بهم.
    • اضغط «سأتولى الأمر» ليعرف الآخرون، أو «لا أستطيع المساعدة» لتمريره إلى غيرك فورًا.
alert-button-on-it = 🙋 سأتولى الأمر
alert-button-cant-help = ✋ لا أستطيع المساعدة
alert-button-resolve = ✔️ إغلاق

## Follow-ups to the people an alert reached

alert-to-handled-by = 🙋 { $helper } يتولى التنبيه عن { $who }.
alert-to-handled-by--disguised = 🙋 { $helper } يهتم بأمر { $who }.
alert-to-follow-up-asked = ⏰ قلتَ إنك تتولى التنبيه عن { $who }، ولم يصل منك أي خبر منذ ذلك الحين، لذا أُرسل التنبيه إلى أشخاص آخرين. ردّ على التنبيه بما يحدث، أو اضغط «سأتولى الأمر» مرة أخرى إن كنت لا تزال تتولاه.
alert-to-follow-up-asked--disguised = ⏰ قلتَ إنك ستهتم بأمر { $who }. أخبر الآخرين بما وصلت إليه، أو اضغط «سأتولى الأمر» مرة أخرى.
alert-to-resolved = ✅ أغلق { $who } التنبيه برمز الأمان الخاص به. قد يُجبَر أي شخص على كشف رمزه: إذا بدا لك أي شيء غير طبيعي، فاطمئن عليه عبر أشخاص تثق بهم.
alert-to-resolved--disguised = ✅ أكد { $who } أن كل شيء على ما يرام الآن.
alert-to-resolved-unverified = ✅ أفاد { $who } بأنه بأمان. لم يُتحقق من ذلك: لم يُعيَّن رمز أمان. أُغلق التنبيه.
alert-to-resolved-unverified--disguised = ✅ أفاد { $who } بأن كل شيء على ما يرام الآن (غير مؤكد).
alert-to-checked-in = ✅ أرسل { $who } تأكيد السلامة في { $time } وأغلق التنبيه برمز الأمان الخاص به. قد يُجبَر أي شخص على كشف رمزه: إذا بدا لك أي شيء غير طبيعي، فاطمئن عليه عبر أشخاص تثق بهم.
alert-to-checked-in--disguised = ✅ رد { $who } في { $time }. كل شيء على ما يرام.
alert-to-checked-in-unverified = ✅ أرسل { $who } تأكيد السلامة في { $time }. لم يُتحقق من ذلك: لم يُعيَّن رمز أمان. أُغلق التنبيه.
alert-to-checked-in-unverified--disguised = ✅ رد { $who } في { $time } (غير مؤكد).
alert-to-resolved-by-coordinator = ✅ أغلق المنسقون التنبيه عن { $who }.
alert-to-resolved-by-coordinator--disguised = ✅ يقول المنظمون إن كل شيء على ما يرام مع { $who }.
alert-to-resolved-reason-by-coordinator = ✅ أغلق المنسقون التنبيه عن { $who }: { $reason }
alert-to-resolved-reason-by-coordinator--disguised = ✅ يقول المنظمون إن كل شيء على ما يرام مع { $who }: { $reason }
alert-to-false-alarm = ↩️ إنذار كاذب: ألغى { $who } التنبيه برمز الأمان الخاص به. لا حاجة إلى أي إجراء.
alert-to-false-alarm--disguised = ↩️ أرسل { $who } ذلك عن طريق الخطأ. لا حاجة إلى أي إجراء.
alert-to-possibly-coerced = ⚠️ أفاد { $who } بأنه بأمان، لكن لم يُتحقق من ذلك: ربما أُجبر على قوله. يبقى التنبيه مفتوحًا حتى يؤكد أحد أنه بأمان.
alert-to-account-erased = ⚠️ محا { $who } حسابه بينما كان تنبيهه لا يزال مفتوحًا. ربما أُجبر على ذلك. تحقق من حاله مباشرة؛ لم يعد من الممكن الرد على التنبيه هنا.
alert-to-account-erased--disguised = ⚠️ غادر { $who } بينما كان هذا لا يزال مفتوحًا. يُرجى الاطمئنان عليه مباشرة.
alert-to-new-words = 💬 يضيف { $who }: «{ $note }»
alert-to-possibly-coerced--disguised = ⚠️ أفاد { $who } بأن كل شيء على ما يرام، لكن لم يتأكد ذلك بعد. يُرجى الاطمئنان عليه بنفسك.

## To the defender, about their alert

sos-raised =
    🆘 <b>تم إرسال الاستغاثة.</b> يجري الآن إبلاغ: { $names }.
    إن أمكنك، شارك موقعك بالزر أدناه. اضغط «أنا بأمان» عندما تكون بأمان.
sos-raised--disguised =
    📞 <b>تم.</b> يجري الآن إبلاغ: { $names }.
    اضغط «تم» عندما يكون كل شيء على ما يرام.
sos-raised-nobody =
    ⚠️ <b>لا يوجد أحد يمكنه تلقي هذا التنبيه.</b> ليست لديك جهات اتصال موثوقة، وليس لدى الشبكة محادثة للمنسقين.
    إذا كنت في خطر الآن، فاتصل مباشرة بشخص تثق به أو راسله. ثم أضف جهة اتصال عبر /invite.
sos-raised-nobody--disguised =
    ⚠️ <b>لم يتسنَّ إبلاغ أحد.</b> لا يوجد أحد في قائمتك بعد.
    أضف شخصًا عبر /invite.
sos-already-open =
    🆘 تنبيهك لا يزال مفتوحًا ({ $ref }). { $count ->
        [0] لم يصل إلى أحد بعد.
        [one] تم إبلاغ: { $names }.
       *[other] تم إبلاغ كلٍّ من: { $names }.
    }
    شارك موقعك بالزر أدناه إن أمكنك، واضغط «أنا بأمان» عندما تكون بأمان.
sos-already-open--disguised =
    📞 رسالتك لا تزال مفتوحة ({ $ref }). اضغط «تم» عندما يكون كل شيء على ما يرام.
sos-words-passed-on = نُقلت كلماتك إلى كل من أُبلغ.
sos-words-passed-on--disguised = نُقلت كلماتك.
sos-button-false-alarm = ↩️ إنذار كاذب: إلغاء
sos-button-false-alarm--disguised = ↩️ أُرسل بالخطأ
keyboard-share-location = 📍 مشاركة موقعي
keyboard-share-location--disguised = 📍 مشاركة المكان
sos-location-shared = 📍 نُقل موقعك إلى كل من أُبلغ بتنبيهك.
sos-location-shared--disguised = 📍 نُقل مكانك.
sos-location-no-alert = لا أنقل موقعك إلا أثناء تنبيه. اضغط 🆘 استغاثة إذا احتجت إلى المساعدة.
sos-location-no-alert--disguised = لا يوجد شيء مفتوح حاليًا.
sos-already-closed = هذا التنبيه مغلق بالفعل.
sos-already-closed--disguised = هذا مغلق بالفعل.

alert-you-who-was-notified = 📨 أُرسل التنبيه إلى: { $names }.
alert-you-who-was-notified--disguised = 📨 أُرسل إلى: { $names }.
alert-you-acknowledged-by =
    🙋 { $count ->
        [one] يتولى الأمر: { $names }.
       *[other] يتولون الأمر: { $names }.
    }
alert-you-unreachable = ⚠️ تعذّر الوصول إلى { $names } (ربما حُظر البوت).
alert-you-unreachable--disguised = ⚠️ تعذّر الوصول إلى { $names }.
alert-you-cant-help = ✋ أفاد { $names } بأنه لا يستطيع المساعدة.
alert-you-cant-help--disguised = ✋ لا يستطيع { $names } القيام بذلك.
alert-you-nobody-to-alert = ⚠️ <b>لا يوجد أحد يمكنه تلقي تنبيهك.</b> أضف جهة اتصال موثوقة عبر /invite.
alert-you-nobody-to-alert--disguised = ⚠️ لم يتسنَّ إبلاغ أحد. أضف شخصًا عبر /invite.
alert-you-nobody-left = ⚠️ <b>لم يبقَ أحد يمكنه المساعدة.</b> كل من كان تنبيهك موجهًا إليه تعذّر الوصول إليه أو أفاد بأنه لا يستطيع المساعدة. اتصل مباشرة بشخص تثق به أو راسله.
alert-you-nobody-left--disguised = ⚠️ لا يوجد أحد متاح. اتصل بشخص تثق به.
alert-you-resolved = ✅ أُغلق تنبيهك. كل من أُبلغ يعرف الآن أنك بأمان.
alert-you-resolved--disguised = ✅ أُغلق. أُبلغ الجميع بأن كل شيء على ما يرام.
alert-you-resolved-by-coordinator = ✅ أغلق منسقو الشبكة تنبيهك: { $reason }
alert-you-resolved-by-coordinator--disguised = ✅ أغلقه المنظمون: { $reason }
alert-you-resolved-by-coordinator-no-reason = ✅ أغلق منسقو الشبكة تنبيهك.
alert-you-resolved-by-coordinator-no-reason--disguised = ✅ أغلقه المنظمون.
alert-you-cancelled = ↩️ تم الإلغاء. كل من أُبلغ يعرف أنه كان إنذارًا كاذبًا.
alert-you-cancelled--disguised = ↩️ تم الإلغاء. أُبلغ الجميع بأنه كان خطأ.
alert-you-false-alarm-window-passed = فات أوان الإلغاء: جهات اتصالك تتصرف بالفعل بناءً عليه. اضغط «أنا بأمان» عندما تكون بأمان.
alert-you-false-alarm-window-passed--disguised = فات أوان الإلغاء. اضغط «تم» عندما يكون كل شيء على ما يرام.

## Contacts answering

alert-answer-on-it = شكرًا لك. يعرف كل المعنيين الآن أنك تتولى الأمر.
alert-answer-cant-help = مفهوم. يُطلب الأمر من آخرين بدلًا منك.
alert-answer-gone = لم يعد الرد على هذا التنبيه من مهامك.
alert-answer-gone--disguised = لم يعد الرد على هذا من مهامك.
alert-answer-closed = هذا التنبيه مغلق بالفعل. لا حاجة إلى شيء آخر.
alert-answer-closed--disguised = هذا مغلق بالفعل. لا حاجة إلى شيء آخر.
alert-answer-already = هناك من يتولى الأمر بالفعل؛ وقد سُجّلت أنت أيضًا.

## Coordinators

alerts-not-coordinator = لا يمكن إلا لمنسقي الشبكة رؤية التنبيهات المفتوحة.
alerts-none = ✅ لا توجد تنبيهات مفتوحة.
alerts-header = <b>التنبيهات المفتوحة: { $count }</b>
alerts-line =
    <b>{ $ref }</b> · { $kind } · { $who }
    أُطلق قبل { $age } · وصل إلى: { $level } · يتولاه: { $helper }
alerts-kind-sos = استغاثة
alerts-kind-missed = تأكيد سلامة فائت
alerts-kind-duress = إكراه (لا تتصلوا به علنًا)
alerts-level-0 = لا أحد
alerts-level-1 = جهات الاتصال الأولى
alerts-level-2 = جهات الاتصال الثانية
alerts-level-3 = المنسقون
alerts-nobody-yet = لا أحد بعد
alerts-coerced = ⚠️ ربما أُجبر على القول إنه بأمان
alerts-button-on-it = 🙋 { $ref }: سأتولاه
alerts-button-resolve = ✔️ { $ref }: إغلاق
alerts-resolve-ask = كيف أُغلق التنبيه { $ref }؟ (أو أرسل /resolve { $ref } متبوعًا بكلماتك.)
alerts-reason-safe = تم تأكيد السلامة
alerts-reason-false-alarm = إنذار كاذب
alerts-reason-handled = تولته الشبكة
alerts-acknowledged = 🙋 { $name } (المنسقون) يتولى { $ref }.
alerts-resolved = ✔️ أغلق { $name } التنبيه { $ref }: { $reason }
alerts-unknown-ref = لا يوجد تنبيه مفتوح بالمرجع { $ref }. أرسل /alerts لرؤية التنبيهات.
alerts-resolve-usage = أرسل /resolve متبوعًا بمرجع التنبيه وما حدث، مثلًا: /resolve Q7XK2M تواصلت مع محاميها
alerts-closed = { $ref } مغلق بالفعل.
