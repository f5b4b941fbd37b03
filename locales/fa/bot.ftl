# Farsi (Persian) UI strings.
# machine-drafted: true — written without review by a native speaker; a volunteer should review it before it is marked reviewed. Messages missing here are shown in English.

language-name = فارسی

start-welcome =
    خوش آمدید، { $name }.

    این ربات به مدافعان حقوق بشر کمک می کند در امان بمانند: اعلام وضعیت منظم، هشدار به افرادی که به آن ها اعتماد دارید وقتی به کمک نیاز دارید، و اطلاعات درباره حقوق شما.

    <b>چه چیزهایی را نگه می دارد:</b> نام و زبان تلگرام شما، تنظیمات شما، مخاطبان مورد اعتماد شما و، اگر آن را پر کنید، کارت اضطراری شما. همه این ها پیش از ذخیره رمزگذاری می شوند.

    <b>مخاطبان شما چیزی نمی بینند</b> تا وقتی که هشداری فرستاده شود: فقط در آن زمان چیزی را که برای کمک به شما لازم دارند دریافت می کنند.

    <b>/wipe</b> همه اطلاعات شما را فوراً پاک می کند.
start-welcome--disguised =
    خوش آمدید، { $name }.

    هر چیزی که این ربات درباره شما نگه می دارد رمزگذاری شده است. /wipe آن را فوراً پاک می کند.
start-welcome-back =
    دوباره خوش آمدید، { $name }.

    برای دیدن کارهایی که می توانید انجام دهید، /help را بفرستید.
help--disguised =
    کارهایی که اینجا می توانید انجام دهید:

    /contacts – افراد
    /invite – دعوت از یک نفر
    /card – پروفایل
    /rights – مطالعه
    /settings – تنظیمات
    /wipe – بازنشانی
    /cancel – توقف
    /help – همین فهرست
start-choose-language = زبان خود را انتخاب کنید:
language-set = زبان: { $language }.
help =
    کارهایی که اینجا می توانید انجام دهید:

    /sos – همین حالا به مخاطبان مورد اعتماد خود هشدار دهید (می توانید بنویسید چه اتفاقی افتاده است: /sos در مرز متوقفم کردند)
    🆘 SOS و ✅ در امانم – همین کارها با دکمه های صفحه کلید؛ 📍 در زمان هشدار، موقعیت مکانی شما را به اشتراک می گذارد
    /checkin – اعلام وضعیت؛ /schedule – اعلام وضعیت های زمان بندی شده که اگر یکی را انجام ندهید، به مخاطبانتان هشدار می دهند؛ /status
    /contacts – مخاطبان مورد اعتماد شما، و افرادی که از آن ها حمایت می کنید
    /invite – دعوت از کسی برای اینکه مخاطب مورد اعتماد شما شود
    /card – کارت اضطراری شما
    /rights – حقوق شما: بازداشت، ویزا، کمک حقوقی (یا فقط یک کلمه بنویسید تا جستجو شود)
    /directory – کمک حقوقی و خطوط کمک
    /settings – زبان، منطقه زمانی، حذف خودکار، استتار
    /wipe – پاک کردن همه اطلاعات شما
    /cancel – توقف کاری که در حال انجام آن هستید
    /help – همین فهرست

    این ربات هرگز خودش با پلیس یا هیچ مرجع رسمی دیگری تماس نمی گیرد.
    برای هماهنگ کنندگان شبکه: /alerts و /resolve.
start-in-group = لطفاً در گفتگوی خصوصی با من صحبت کنید: پروفایل من را باز کنید و «شروع» (Start) را بزنید. هیچ چیز درباره شما در این گروه به اشتراک گذاشته نمی شود.
not-understood = متوجه نشدم. برای دیدن کارهایی که می توانید انجام دهید، /help را بفرستید.
error-generic = مشکلی از طرف ما پیش آمد. چیزی از آنچه ذخیره کرده بودید از دست نرفت. لطفاً کمی بعد دوباره امتحان کنید.
error-storage-full = ربات نتوانست این را ذخیره کند، چون فضای سرور آن پر است. آنچه قبلاً ذخیره کرده اید در امان است. لطفاً بعداً دوباره امتحان کنید.

## Conversation plumbing
button-expired = این دکمه منقضی شده است. چیزی تغییر نکرد.
step-expired = این مرحله بیش از حد طول کشید و متوقف شد. چیزی تغییر نکرد؛ لطفاً دوباره شروع کنید.
cancelled = لغو شد. چیزی تغییر نکرد.
nothing-to-cancel = چیزی برای لغو وجود ندارد.

## The persistent keyboard. Disguised wording must not hint at danger.
keyboard-sos = 🆘 کمک
keyboard-sos--disguised = 📞 تماس
keyboard-safe = ✅ در امانم
keyboard-safe--disguised = ✅ انجام شد
keyboard-rights = ⚖️ حقوق
keyboard-rights--disguised = 📖 مطالعه
keyboard-menu = ☰ منو

## Menu and keyboard answers
menu =
    <b>منو</b>

    /sos – همین حالا به مخاطبانتان هشدار دهید
    /contacts – مخاطبان مورد اعتماد
    /card – کارت اضطراری
    /rights – حقوق شما
    /settings – تنظیمات
    /help – راهنما
menu--disguised =
    <b>منو</b>

    /contacts – افراد
    /card – پروفایل
    /rights – مطالعه
    /settings – تنظیمات
    /help – راهنما

## Command menus, one per language (setMyCommands)
command-start = شروع، یا دیدن دوباره پیام خوشامد
command-help = کارهایی که می توانید انجام دهید
command-sos = همین حالا به مخاطبان مورد اعتماد خود هشدار دهید
command-sos--disguised = تماس
command-checkin = اعلام وضعیت: در امانم
command-checkin--disguised = پاسخ: همه چیز خوب است
command-schedule = برنامه اعلام وضعیت شما
command-schedule--disguised = برنامه روزمره شما
command-status = برنامه، اعلام وضعیت بعدی و هشدارهای باز شما
command-status--disguised = برنامه روزمره و پاسخ بعدی شما
command-contacts = مخاطبان مورد اعتماد شما
command-contacts--disguised = افراد
command-invite = دعوت از یک مخاطب مورد اعتماد
command-invite--disguised = دعوت از یک نفر
command-card = کارت اضطراری شما
command-card--disguised = پروفایل
command-rights = حقوق شما: بازداشت، ویزا، کمک حقوقی
command-rights--disguised = مطالعه
command-directory = کمک حقوقی و خطوط کمک
command-directory--disguised = نشانی ها
command-settings = زبان، منطقه زمانی، حریم خصوصی
command-wipe = پاک کردن همه اطلاعات شما
command-wipe--disguised = بازنشانی
command-cancel = توقف کاری که در حال انجام آن هستید

## Coordinators
coordinators-set = این گروه اکنون گفتگوی هماهنگ کنندگان شبکه است. هشدارهایی که کسی به موقع به آن ها رسیدگی نکند به اینجا می آیند. اعضای این گروه هماهنگ کننده هستند.
coordinators-not-admin = فقط مدیر این ربات می تواند این کار را انجام دهد.
coordinators-in-private = دستور /coordinators را در گروهی بفرستید که باید گفتگوی هماهنگ کنندگان شود.
