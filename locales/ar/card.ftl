# Arabic UI strings.
# machine-drafted: true — see bot.ftl.

## The card menu
card-intro =
    <b>🪪 بطاقة الطوارئ</b>
    ما يحتاج الأشخاص الذين تثق بهم إلى معرفته إذا احتُجزت أو تعذّر الوصول إليك: من أنت، ووثائقك، وصحتك، ومحاميك، وما يجب فعله أولًا. كل الحقول اختيارية.

    <b>من يمكنه رؤيتها</b>
    لا أحد غيرك، حتى يُرسَل تنبيه. عندها تتلقاها جهات اتصالك الموثوقة النشطة، وإذا تصاعد التنبيه، يتلقاها منسقو الشبكة أيضًا. لا يرسلها البوت أبدًا إلى الشرطة أو إلى أي شخص آخر.

    الحقول المملوءة: { $filled } من { $total }.
card-intro--disguised =
    <b>👤 الملف الشخصي</b>
    بيانات قد يحتاجها الأشخاص الذين اخترتهم إذا تعذّر الوصول إليك. كل الحقول اختيارية.

    <b>من يمكنه رؤيته</b>
    لا أحد غيرك، حتى يُخطر البوت الأشخاص الذين اخترتهم. عندها تتلقاه جهات اتصالك النشطة، وإذا لزم الأمر، أشخاص آخرون في الشبكة أيضًا. لا يُرسَل أبدًا إلى أي شخص آخر.

    الحقول المملوءة: { $filled } من { $total }.
card-heading = <b>🪪 بطاقة الطوارئ الخاصة بك</b>
card-heading--disguised = <b>👤 ملفك الشخصي</b>
card-empty = بطاقتك فارغة. اختر حقلًا أدناه لملئه.
card-empty--disguised = ملفك الشخصي فارغ. اختر حقلًا أدناه لملئه.
card-button-show = 👁 عرض بطاقتي
card-button-show--disguised = 👁 عرض ملفي الشخصي
card-button-clear-one = 🧹 مسح حقل
card-button-clear-all = 🗑 مسح البطاقة كلها
card-button-clear-all--disguised = 🗑 مسح الملف الشخصي كله

## Field names, on buttons and above each value
card-field-full-name = الاسم القانوني الكامل
card-field-date-of-birth = تاريخ الميلاد
card-field-nationality = الجنسية
card-field-document-number = رقم جواز السفر أو الهوية
card-field-document-number--disguised = رقم الهوية
card-field-permit = نوع التأشيرة أو التصريح وتاريخ انتهائه
card-field-employer = جهة العمل أو المنظمة
card-field-medical-needs = الاحتياجات الطبية
card-field-lawyer-name = اسم المحامي
card-field-lawyer-name--disguised = اسم المستشار
card-field-lawyer-phone = هاتف المحامي
card-field-lawyer-phone--disguised = هاتف المستشار
card-field-instructions = التعليمات
card-field-instructions--disguised = ملاحظات

## Asking for a field
card-ask-full-name =
    أرسل <b>اسمك القانوني الكامل</b>، كما هو مكتوب في جواز سفرك أو هويتك.
    مثال: <i>Nur Aisyah binti Rahman</i>
card-ask-full-name--disguised =
    أرسل <b>اسمك الكامل</b> كما هو مكتوب في بطاقة هويتك.
    مثال: <i>Nur Aisyah binti Rahman</i>
card-ask-date-of-birth =
    أرسل <b>تاريخ ميلادك</b>.
    مثال: <i>1990-05-31</i> أو <i>31.05.1990</i>
card-ask-nationality =
    أرسل <b>جنسيتك</b>، أو جميع جنسياتك إذا كانت لديك أكثر من جنسية.
    مثال: <i>ميانمار</i>
card-ask-document-number =
    أرسل <b>رقم جواز سفرك أو هويتك</b>، ونوع الوثيقة.
    مثال: <i>جواز سفر MA1234567</i>
card-ask-document-number--disguised =
    أرسل <b>رقم هويتك</b>، واذكر نوع الوثيقة.
    مثال: <i>بطاقة هوية MA1234567</i>
card-ask-permit =
    أرسل <b>نوع تأشيرتك أو تصريحك، وتاريخ انتهائه</b>.
    مثال: <i>تصريح عمل، ينتهي في 2026-12-31</i>
card-ask-employer =
    أرسل <b>جهة عملك أو منظمتك</b>.
    مثال: <i>شبكة حقوق العمال المهاجرين، كوالالمبور</i>
card-ask-employer--disguised =
    أرسل <b>جهة عملك أو منظمتك</b>.
    مثال: <i>مصنع الوادي الأخضر للملابس، كوالالمبور</i>
card-ask-medical-needs =
    أرسل أي <b>احتياجات طبية</b>: الحالات الصحية، والأدوية وجرعاتها، والحساسية.
    مثال: <i>سكري من النوع 1: أنسولين مرتين يوميًا. حساسية من البنسلين.</i>
card-ask-lawyer-name =
    أرسل <b>اسم محاميك</b>، واسم مكتبه إن وُجد.
    مثال: <i>كارلوس مندوزا، مركز المساعدة القانونية</i>
card-ask-lawyer-name--disguised =
    أرسل <b>اسم مستشار</b> تعتمد عليه، واسم مكتبه إن وُجد.
    مثال: <i>كارلوس مندوزا، مركز المعلومات في المدينة</i>
card-ask-lawyer-phone =
    أرسل <b>رقم هاتف محاميك</b>، مع رمز البلد.
    مثال: <i>+60 12-345 6789</i>
card-ask-lawyer-phone--disguised =
    أرسل <b>رقم هاتف مستشارك</b> مع رمز البلد.
    مثال: <i>+60 12-345 6789</i>
card-ask-instructions =
    أرسل <b>تعليمات</b> للأشخاص الذين يتلقون بطاقتك: ما يجب فعله أولًا، وما ينبغي أن يعرفوه.
    مثال: <i>اتصلوا بمحاميّ أولًا. جواز سفري محتجز لدى صاحب العمل.</i>
card-ask-instructions--disguised =
    أرسل <b>ملاحظات</b> للأشخاص الذين اخترتهم: ما يجب فعله أولًا، وما ينبغي أن يعرفوه.
    مثال: <i>اتصلوا بأختي أولًا. وثائقي في المكتب.</i>
card-current = الحالي: { $value }
card-ask-footer-new = اكتبه وأرسله، أو أرسل /cancel.
card-ask-footer-change = أرسل نصًا جديدًا ليحل محله، أو /cancel للإبقاء عليه.
card-button-clear-this = 🧹 مسح هذا الحقل

## Typed values that are refused; the step stays open
card-problem-empty = كان ذلك فارغًا. لإزالة ما هو محفوظ، استخدم «مسح حقل» بدلًا من ذلك.
card-problem-too-long = هذا طويل جدًا: الحد الأقصى { $limit ->
    [one] حرف واحد
    [two] حرفان
    [few] { $limit } أحرف
    [many] { $limit } حرفًا
   *[other] { $limit } حرف
}.
card-problem-no-letters = يجب أن يحتوي الاسم على حرف واحد على الأقل.
card-problem-phone-characters = لا يمكن أن يحتوي رقم الهاتف إلا على أرقام ومسافات وأقواس وشَرطات وعلامة + في البداية.
card-problem-phone-digits = عدد أرقام الهاتف من { $min } إلى { $max }.
card-problem-date-format = يُرجى كتابة التاريخ بالشكل 1990-05-31 أو 31.05.1990.
card-problem-date-not-real = هذا اليوم غير موجود. يُرجى التحقق من اليوم والشهر.
card-problem-date-not-past = يجب أن يكون تاريخ الميلاد في الماضي.
card-problem-date-too-early = يُرجى التحقق من السنة: يجب أن تكون { $year } أو بعدها.
card-ask-again = يُرجى إرساله مرة أخرى، أو إرسال /cancel.

## After a change
card-confirm-date = التاريخ هو <b>{ $date }</b>. اضغط «حفظ»، أو أرسل التاريخ مرة أخرى.
card-confirm-phone-no-code = الرقم <b>{ $number }</b> بلا رمز البلد (مثل +66 لتايلاند أو +60 لماليزيا)، لذلك قد لا يعمل الاتصال به من بلد آخر. أرسله مرة أخرى مع رمز البلد، أو اضغط «حفظ» لإبقائه كما هو.
card-button-save = ✅ حفظ
card-saved = ✅ تم الحفظ: <b>{ $field }</b>. الحقول المملوءة: { $filled } من { $total }.
card-clear-pick = أي حقل تريد مسحه؟
card-clear-confirm = هل تريد مسح <b>{ $field }</b>؟ سيُحذف نهائيًا.
card-clear-all-confirm = هل تريد مسح بطاقة الطوارئ كلها؟ ستُحذف كل الحقول نهائيًا.
card-clear-all-confirm--disguised = هل تريد مسح الملف الشخصي كله؟ ستُحذف كل الحقول نهائيًا.
card-button-yes-clear = نعم، امسحه
card-button-yes-clear-all = نعم، امسح كل شيء
card-button-keep = لا، احتفظ به
card-kept = لم يتغير شيء.
card-field-cleared = 🧹 تم المسح: <b>{ $field }</b>. الحقول المملوءة: { $filled } من { $total }.
card-already-empty = كان هذا الحقل فارغًا أصلًا. لم يتغير شيء.
card-cleared-all = 🗑 تم مسح بطاقة الطوارئ: لم يعد أي جزء منها محفوظًا.
card-cleared-all--disguised = 🗑 تم مسح ملفك الشخصي: لم يعد أي جزء منه محفوظًا.
card-was-empty = كانت بطاقتك فارغة أصلًا. لم يتغير شيء.
card-was-empty--disguised = كان ملفك الشخصي فارغًا أصلًا. لم يتغير شيء.
