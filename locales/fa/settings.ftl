# Farsi (Persian) UI strings.
# machine-drafted: true — see bot.ftl.

## /settings

settings-title =
    <b>تنظیمات</b>

    زبان: { $language }
    منطقه زمانی: { $timezone } (اکنون { $time })
    حذف خودکار: { $autodelete }
    استتار: { $disguise_mode }
    زمان پاسخ مخاطبان شما به هشدار: { $answer_time }
settings-language = 🌐 زبان
settings-timezone = 🕓 منطقه زمانی
settings-autodelete = 🧹 حذف خودکار
settings-ack-timeout = ⏱ زمان پاسخ
settings-ack-timeout--disguised = ⏱ مهلت پاسخ
settings-disguise-on = 🎭 استتار: روشن کردن
settings-disguise-off = 🎭 استتار: خاموش کردن
settings-wipe = 🗑 پاک کردن همه چیز
settings-wipe--disguised = 🗑 بازنشانی
settings-back = → بازگشت

settings-on = روشن
settings-off = خاموش

timezone-choose = منطقه زمانی خود را انتخاب کنید، یا «نوشتن دستی» را بزنید و نام شهر یا کشور خود (بانکوک، تهران، نپال) یا اختلاف ساعتی مانند UTC+7 را بفرستید.
timezone-type-another = ⌨️ نوشتن دستی
timezone-ask = نام شهر یا کشور خود را بفرستید، به فارسی یا انگلیسی (بانکوک، تهران، نپال)، یا اختلاف ساعتی مانند UTC+7 یا GMT+5:30. برای توقف، /cancel.
timezone-invalid = منطقه زمانی «{ $text }» را نمی‌شناسم. نام یک شهر بزرگ نزدیک خود (کوالالامپور، جاکارتا، دبی)، نامی مانند Asia/Makassar یا اختلاف ساعتی مانند UTC+7 را بفرستید، یا /cancel.
timezone-set = منطقه زمانی: { $timezone } (اکنون { $time }).

autodelete-explain =
    ربات می‌تواند پیام‌های خودش را که چیزهای حساس نشان می‌دهند (کارت شما، مخاطبان شما، جزئیات هشدار) پس از مدتی از این گفتگو پاک کند، تا اگر تلفن شما را گرفتند، آن پیام‌ها آنجا نباشند. تلگرام تا 48 ساعت به ربات اجازه این کار را می‌دهد.
autodelete-off = خاموش
autodelete-seconds = { $minutes ->
    [1] پس از 1 دقیقه
    [60] پس از 1 ساعت
    [1440] پس از 24 ساعت
   *[other] پس از { $minutes } دقیقه
}
autodelete-set = حذف خودکار: { $choice }.

ack-timeout-explain =
    وقتی هشداری می‌فرستید، مخاطبان سطح 1 شما این مدت فرصت دارند که «پیگیری می‌کنم» را بزنند؛ پس از آن به مخاطبان سطح 2 و سپس به هماهنگ‌کنندگان خبر داده می‌شود. در لحظه پرخطر، زمان کوتاه‌تر امن‌تر است؛ زمان طولانی‌تر برای مخاطبانی مناسب است که ممکن است در منطقه زمانی دیگری خواب باشند.
ack-timeout-explain--disguised = مدت زمانی که افراد برای پاسخ دادن دارند، پیش از آنکه از افراد بعدی پرسیده شود.
ack-timeout-network = تنظیم شبکه ({ $minutes } دقیقه)
ack-timeout-minutes = { $minutes } دقیقه

disguise-on = استتار روشن است: این گفتگو اکنون از کلمات و دکمه‌های خنثی استفاده می‌کند. همه چیز مثل قبل کار می‌کند.
disguise-off = استتار خاموش است.

wipe-ask =
    این کار <b>همه چیز</b> را پاک می‌کند، هر آنچه ربات درباره شما نگه می‌دارد: تنظیمات، کارت، مخاطبان مورد اعتماد شما و افرادی که از آن‌ها حمایت می‌کنید (به آن‌ها فقط گفته می‌شود که یکی از مخاطبانشان رفته است). ربات همچنین پیام‌های اخیر خود در این گفتگو را، تا جایی که تلگرام اجازه دهد، پاک می‌کند.

    این کار برگشت پذیر نیست. برای ادامه، کلمه <b>{ $word }</b> را بفرستید. برای توقف، /cancel را بفرستید.
wipe-word = حذف
wipe-not-confirmed = این کلمه { $word } نبود. چیزی پاک نشد. برای پاک کردن همه چیز { $word } را بفرستید، یا /cancel.
wipe-done = همه اطلاعات شما از این ربات پاک شد. اگر خواستید دوباره از آن استفاده کنید، /start را بفرستید.
wipe-contact-left = یکی از مخاطبان مورد اعتماد شما ربات را ترک کرده است. فهرست خود را با /contacts بررسی کنید.
wipe-contact-left--disguised = یک نفر رفت. /contacts را ببینید.

## Neutral wording while disguise mode is on
settings-title--disguised =
    <b>تنظیمات</b>

    زبان: { $language }
    منطقه زمانی: { $timezone } (اکنون { $time })
    حذف خودکار: { $autodelete }
    سبک ساده: { $disguise_mode }
    زمان پاسخ: { $answer_time }
settings-disguise-off--disguised = 🎭 سبک ساده: خاموش کردن
autodelete-explain--disguised = ربات می‌تواند پیام‌های خودش را پس از مدتی از این گفتگو پاک کند. تلگرام تا 48 ساعت اجازه این کار را می‌دهد.
disguise-on--disguised = سبک ساده روشن است.
