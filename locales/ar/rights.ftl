# Arabic UI strings.
# machine-drafted: true — see bot.ftl.

rights-topics =
    ⚖️ <b>حقوقك</b>
    اختر موضوعًا. يمكنك أيضًا كتابة كلمة للبحث، مثل «محامٍ» أو «جواز سفر».
rights-topics--disguised =
    📖 <b>مواد للقراءة</b>
    اختر موضوعًا، أو اكتب كلمة للبحث.
rights-topic-detention = احتجاز المهاجرين
rights-topic-detention--disguised = 📗 الجزء 1
rights-topic-status = التأشيرات ووضع الإقامة
rights-topic-status--disguised = 📗 الجزء 2
rights-topic-legal-aid = المساعدة القانونية والشكاوى
rights-topic-legal-aid--disguised = 📗 الجزء 3
rights-topic-defenders = المدافعون والمدافعات: حقوقك وسلامتك
rights-topic-defenders--disguised = 📗 الجزء 4
rights-topic-checklists = قوائم مرجعية
rights-article-neutral = 📄 قراءة { $number }
rights-topic-articles =
    <b>{ $topic }</b>
    اختر مقالًا:
rights-page-count = الصفحة { $page } من { $pages }
rights-next = التالي ◀
rights-previous = ▶ السابق
rights-to-topics = ☰ المواضيع
rights-to-topic = ↪ { $topic }
rights-sources = المصادر:
rights-applies = النطاق: { $where }
rights-applies-everywhere = معايير وتوصيات دولية؛ ما ينطبق عليك يتوقف على البلد
rights-framing = ⚖️ معايير وتوصيات دولية، وليست قانون كل بلد. معلومات، وليست استشارة قانونية.
rights-framing-country = ⚖️ ما تقوله المصادر المذكورة عن { $country }؛ القوانين تتغير. معلومات، وليست استشارة قانونية.
rights-practical = نصيحة عملية، ليست من المصادر
rights-reviewed = آخر مراجعة: { $date }
rights-not-advice = ℹ️ هذه معلومات عامة، وليست استشارة قانونية. بالنسبة لوضعك الخاص، تحدث إلى محامٍ أو إلى منظمة للمساعدة القانونية.
rights-machine-draft = 🤖 صاغت آلةٌ هذه الترجمة، ولم يراجعها أي شخص بعد.
rights-stale = ⚠️ تغيّر النص الإنجليزي منذ إعداد هذه الترجمة.
rights-read-english = القراءة بالإنجليزية
rights-in-english = هذا المقال غير متوفر بلغتك بعد، لذا إليك النسخة الإنجليزية.
rights-search-results = مقالات عن «{ $query }»:
rights-search-results--disguised = مواد القراءة التي وُجدت:
rights-search-none =
    لا شيء يطابق «{ $query }».
    اختر موضوعًا:
rights-search-none--disguised =
    لم يُعثر على شيء.
    اختر موضوعًا:
rights-gone =
    هذه الصفحة لم تعد متاحة.
    اختر موضوعًا:
rights-unavailable = لا يمكن عرض معلومات الحقوق الآن. يُرجى المحاولة مرة أخرى لاحقًا.
rights-unavailable--disguised = لا يمكن عرض مواد القراءة الآن. يُرجى المحاولة لاحقًا.
rights-directory-button = 📇 المساعدة القانونية وخطوط المساعدة والطوارئ
rights-directory-button--disguised = 📇 عناوين

## The directory of legal aid and emergency contacts
directory-countries =
    📇 <b>المساعدة القانونية وخطوط المساعدة وخطوط الطوارئ</b>
    اختر بلدًا أو منطقة:
directory-countries--disguised =
    📇 <b>عناوين</b>
    اختر بلدًا أو منطقة:
directory-international = دولي
directory-country =
    📇 <b>{ $country }</b>
directory-phones = الهاتف: { $phones }
directory-languages = اللغات: { $languages }
directory-area = المنطقة: { $area }
directory-web = الموقع الإلكتروني: { $web }
directory-source = المصدر: { $title } — { $url } (قُرئ في { $date })
directory-empty =
    لا يوجد إدخال لهذا البلد بعد.
    يمكن لأي شبكة إضافة إدخالاتها الخاصة: انظر CONTRIBUTING-CONTENT.md.
directory-to-countries = ↪ البلدان
directory-none-picked = ⭐ اختر البلدان التي تعمل فيها أو أتيت منها، فتظهر أولاً.
directory-all-countries = 🗺 كل البلدان
directory-pick = ⭐ اختيار بلداني
directory-pick-intro =
    ⭐ <b>بلدانك</b>
    اضغط على بلد لإضافته أو إزالته. تظهر الخطوط الدولية دائماً.
directory-pick-done = ✔ تم
directory-read-from = نُقل كل مُدخل من الصفحة العامة المذكورة تحته. الأرقام تتغير: تحقق منها قبل أن تعتمد على أي منها.
directory-machine-drafted = 🤖 تُرجمت الأوصاف من الإنجليزية آلياً.
directory-services = تقدّم: { $services }
directory-service-emergency-line = خط طوارئ للمدافعين
directory-service-emergency-line--disguised = خط عاجل
directory-service-emergency-grants = منح طارئة للمدافعين
directory-service-emergency-grants--disguised = دعم
directory-service-legal-aid = مساعدة قانونية
directory-service-legal-aid--disguised = مشورة
directory-service-hotline = خط مساعدة
directory-service-hotline--disguised = خط هاتفي
directory-service-shelter = مأوى
directory-service-shelter--disguised = مكان للإقامة
directory-service-detention-visits = زيارات أماكن الاحتجاز
directory-service-detention-visits--disguised = زيارات
directory-service-labour-complaints = شكاوى العمل
directory-service-labour-complaints--disguised = أسئلة العمل
directory-service-trafficking = مساعدة ضحايا الاتجار بالبشر
directory-service-trafficking--disguised = السلامة
directory-service-repatriation = العودة إلى الوطن
directory-service-repatriation--disguised = السفر إلى الوطن
directory-service-counselling = استشارة ودعم
directory-service-information = معلومات وإحالة
directory-service-rights-complaints = شكاوى حقوق الإنسان
directory-service-rights-complaints--disguised = بلاغات
directory-local = داخل البلد: { $numbers }
directory-email = البريد الإلكتروني: { $email }
directory-messaging = المراسلة: { $messaging }
directory-not-verified = ⚠️ لم يتحقق منه شخص بعد.
directory-checked = ✅ تحقق منه شخص في { $date }.

## /reload (admins) and SIGHUP
reload-not-admin = لا يمكن إلا لمسؤول هذا البوت إعادة تحميل معلومات الحقوق.
reload-done = أُعيد تحميل معلومات الحقوق: عدد المقالات { $articles }، وعدد اللغات { $languages }.
reload-failed =
    تحتوي معلومات الحقوق الجديدة على { $count ->
        [one] مشكلة واحدة
        [two] مشكلتين
        [few] { $count } مشكلات
        [many] { $count } مشكلة
       *[other] { $count } مشكلة
    }، لذا يواصل البوت عرض النسخة السابقة:
    { $problems }
reload-more = …و{ $count } غيرها.
