# Farsi (Persian) UI strings.
# machine-drafted: true — see bot.ftl.

rights-topics =
    ⚖️ <b>حقوق شما</b>
    یک موضوع انتخاب کنید. می‌توانید یک کلمه هم بنویسید تا جستجو شود، برای مثال «وکیل» یا «گذرنامه».
rights-topics--disguised =
    📖 <b>مطالعه</b>
    یک موضوع انتخاب کنید، یا یک کلمه بنویسید تا جستجو شود.
rights-topic-detention = بازداشت مهاجرتی
rights-topic-detention--disguised = 📗 بخش 1
rights-topic-status = ویزا و وضعیت اقامت
rights-topic-status--disguised = 📗 بخش 2
rights-topic-legal-aid = کمک حقوقی و شکایت
rights-topic-legal-aid--disguised = 📗 بخش 3
rights-topic-defenders = مدافعان: حقوق و امنیت شما
rights-topic-defenders--disguised = 📗 بخش 4
rights-topic-checklists = چک لیست‌ها
rights-article-neutral = 📄 مطلب { $number }
rights-topic-articles =
    <b>{ $topic }</b>
    یک مقاله انتخاب کنید:
rights-page-count = صفحه { $page } از { $pages }
rights-next = بعدی ◀
rights-previous = ▶ قبلی
rights-to-topics = ☰ موضوع‌ها
rights-to-topic = ↪ { $topic }
rights-sources = منابع:
rights-applies = دامنه: { $where }
rights-applies-everywhere = استانداردها و توصیه‌های بین‌المللی؛ اینکه چه چیزی درباره شما صدق می‌کند به کشور بستگی دارد
rights-framing = ⚖️ استانداردها و توصیه‌های بین‌المللی، نه قانون هر کشور. اطلاعات است، نه مشاوره حقوقی.
rights-framing-country = ⚖️ آنچه منابع ذکرشده درباره { $country } می‌گویند؛ قوانین تغییر می‌کنند. اطلاعات است، نه مشاوره حقوقی.
rights-practical = توصیه عملی، نه برگرفته از منابع
rights-reviewed = آخرین بازبینی: { $date }
rights-not-advice = ℹ️ این اطلاعات کلی است، نه مشاوره حقوقی. برای وضعیت خودتان، با یک وکیل یا یک سازمان کمک حقوقی صحبت کنید.
rights-machine-draft = 🤖 این ترجمه را یک ماشین نوشته است و هنوز هیچ انسانی آن را بررسی نکرده است.
rights-stale = ⚠️ متن انگلیسی پس از انجام این ترجمه تغییر کرده است.
rights-read-english = خواندن به انگلیسی
rights-in-english = این مقاله هنوز به زبان شما موجود نیست، بنابراین متن انگلیسی آن را می‌بینید.
rights-search-results = مقاله‌ها برای «{ $query }»:
rights-search-results--disguised = مطالب پیدا شده:
rights-search-none =
    چیزی با «{ $query }» مطابقت ندارد.
    یک موضوع انتخاب کنید:
rights-search-none--disguised =
    چیزی پیدا نشد.
    یک موضوع انتخاب کنید:
rights-gone =
    این صفحه دیگر در دسترس نیست.
    یک موضوع انتخاب کنید:
rights-unavailable = اطلاعات حقوقی در حال حاضر قابل نمایش نیست. لطفاً بعداً دوباره امتحان کنید.
rights-unavailable--disguised = مطالب خواندنی الان نمایش داده نمی شود. لطفاً بعداً دوباره امتحان کنید.
rights-directory-button = 📇 کمک حقوقی، خطوط کمک و خطوط اضطراری
rights-directory-button--disguised = 📇 نشانی‌ها

## The directory of legal aid and emergency contacts
directory-countries =
    📇 <b>کمک حقوقی، خطوط کمک و خطوط اضطراری</b>
    یک کشور یا منطقه انتخاب کنید:
directory-countries--disguised =
    📇 <b>نشانی ها</b>
    یک کشور یا منطقه انتخاب کنید:
directory-international = بین‌المللی
directory-country =
    📇 <b>{ $country }</b>
directory-phones = تلفن: { $phones }
directory-languages = زبان‌ها: { $languages }
directory-area = محدوده: { $area }
directory-web = وب سایت: { $web }
directory-source = منبع: { $title } — { $url } (خوانده‌شده در { $date })
directory-empty =
    هنوز هیچ موردی برای این کشور ثبت نشده است.
    هر شبکه می‌تواند موارد خودش را اضافه کند: CONTRIBUTING-CONTENT.md را ببینید.
directory-to-countries = ↪ کشورها
directory-none-picked = ⭐ کشورهایی را که در آن‌ها کار می‌کنید یا از آن‌ها آمده‌اید انتخاب کنید تا اول نشان داده شوند.
directory-all-countries = 🗺 همه کشورها
directory-pick = ⭐ انتخاب کشورهای من
directory-pick-intro =
    ⭐ <b>کشورهای شما</b>
    برای افزودن یا برداشتن یک کشور، روی آن بزنید. خطوط بین‌المللی همیشه نشان داده می‌شوند.
directory-pick-done = ✔ تمام
directory-read-from = هر مورد از صفحه عمومی‌ای که زیر آن آمده رونویسی شده است. شماره‌ها تغییر می‌کنند: پیش از تکیه بر هر کدام آن را بررسی کنید.
directory-machine-drafted = 🤖 توضیحات به‌صورت ماشینی از انگلیسی ترجمه شده‌اند.
directory-services = خدمات: { $services }
directory-service-emergency-line = خط اضطراری برای مدافعان
directory-service-emergency-line--disguised = خط فوری
directory-service-emergency-grants = کمک‌هزینه اضطراری برای مدافعان
directory-service-emergency-grants--disguised = پشتیبانی
directory-service-legal-aid = کمک حقوقی
directory-service-legal-aid--disguised = مشاوره
directory-service-hotline = خط کمک
directory-service-hotline--disguised = خط تلفن
directory-service-shelter = سرپناه
directory-service-shelter--disguised = جایی برای ماندن
directory-service-detention-visits = دیدار از بازداشتگاه‌ها
directory-service-detention-visits--disguised = دیدارها
directory-service-labour-complaints = شکایت‌های کاری
directory-service-labour-complaints--disguised = پرسش‌های کاری
directory-service-trafficking = کمک به قربانیان قاچاق انسان
directory-service-trafficking--disguised = ایمنی
directory-service-repatriation = بازگشت به کشور
directory-service-repatriation--disguised = سفر به خانه
directory-service-counselling = مشاوره و حمایت
directory-service-information = اطلاع‌رسانی و ارجاع
directory-service-rights-complaints = شکایت‌های حقوق بشری
directory-service-rights-complaints--disguised = گزارش‌ها
directory-local = از داخل کشور: { $numbers }
directory-email = ایمیل: { $email }
directory-messaging = پیام‌رسان: { $messaging }
directory-not-verified = ⚠️ هنوز هیچ فردی آن را تأیید نکرده است.
directory-checked = ✅ در { $date } یک فرد آن را بررسی کرد.

## /reload (admins) and SIGHUP
reload-not-admin = فقط مدیر این ربات می‌تواند اطلاعات حقوقی را دوباره بارگذاری کند.
reload-done = اطلاعات حقوقی دوباره بارگذاری شد: { $articles } مقاله به { $languages } زبان.
reload-failed =
    اطلاعات حقوقی جدید { $count ->
        [one] { $count } مشکل دارد
       *[other] { $count } مشکل دارد
    }، بنابراین ربات همچنان نسخه قبلی را نشان می‌دهد:
    { $problems }
reload-more = …و { $count } مورد دیگر.
