# Farsi (Persian) UI strings.
# machine-drafted: true — see bot.ftl.

rights-topics =
    ⚖️ <b>حقوق شما</b>
    یک موضوع انتخاب کنید. می توانید یک کلمه هم بنویسید تا جستجو شود، برای مثال «وکیل» یا «گذرنامه».
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
rights-topic-checklists = چک لیست ها
rights-article-neutral = 📄 مطلب { $number }
rights-topic-articles =
    <b>{ $topic }</b>
    یک مقاله انتخاب کنید:
rights-page-count = صفحه { $page } از { $pages }
rights-next = بعدی ▶
rights-previous = ◀ قبلی
rights-to-topics = ☰ موضوع ها
rights-to-topic = ↩ { $topic }
rights-sources = منابع:
rights-applies = قابل اجرا در: { $where }
rights-applies-everywhere = همه جا (استانداردهای بین المللی)
rights-reviewed = آخرین بازبینی: { $date }
rights-not-advice = ℹ️ این اطلاعات کلی است، نه مشاوره حقوقی. برای وضعیت خودتان، با یک وکیل یا یک سازمان کمک حقوقی صحبت کنید.
rights-machine-draft = 🤖 این ترجمه را یک ماشین نوشته است و هنوز هیچ انسانی آن را بررسی نکرده است.
rights-stale = ⚠️ متن انگلیسی پس از انجام این ترجمه تغییر کرده است.
rights-read-english = خواندن به انگلیسی
rights-in-english = این مقاله هنوز به زبان شما موجود نیست، بنابراین متن انگلیسی آن را می بینید.
rights-search-results = مقاله ها برای «{ $query }»:
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
rights-directory-button = 📇 کمک حقوقی و خطوط کمک
rights-directory-button--disguised = 📇 نشانی ها

## The directory of legal aid and emergency contacts
directory-countries =
    📇 <b>کمک حقوقی و خطوط کمک</b>
    یک کشور یا منطقه انتخاب کنید:
directory-countries--disguised =
    📇 <b>نشانی ها</b>
    یک کشور یا منطقه انتخاب کنید:
directory-international = بین المللی
directory-country =
    📇 <b>{ $country }</b>
directory-to-be-verified = ⚠️ پیش از اینکه به آن تکیه کنید، شبکه شما باید آن را تأیید کند.
directory-phones = تلفن: { $phones }
directory-languages = زبان ها: { $languages }
directory-area = محدوده: { $area }
directory-web = وب سایت: { $web }
directory-verified = تأیید شده: { $date }
directory-source = منبع: { $source }
directory-empty =
    هنوز هیچ موردی برای این کشور ثبت نشده است.
    هر شبکه می تواند موارد خودش را اضافه کند: CONTRIBUTING-CONTENT.md را ببینید.
directory-to-countries = ↩ کشورها

## /reload (admins) and SIGHUP
reload-not-admin = فقط مدیر این ربات می تواند اطلاعات حقوقی را دوباره بارگذاری کند.
reload-done = اطلاعات حقوقی دوباره بارگذاری شد: { $articles } مقاله به { $languages } زبان.
reload-failed =
    اطلاعات حقوقی جدید { $count ->
        [one] { $count } مشکل دارد
       *[other] { $count } مشکل دارد
    }، بنابراین ربات همچنان نسخه قبلی را نشان می دهد:
    { $problems }
reload-more = …و { $count } مورد دیگر.
