# Farsi (Persian) UI strings.
# machine-drafted: true — see bot.ftl.

alert-reference = کد پیگیری { $ref }
alert-reference--disguised = کد پیگیری { $ref }
# What is left of a copy of an alert once its details are taken away: no word in it may
# tell what it was.
copy-redacted = کد پیگیری { $ref } · جزئیات حذف شد.

## Names

alert-name-coordinators = هماهنگ‌کنندگان شبکه
alert-name-coordinators--disguised = برگزارکنندگان
alert-name-coordinators-count = 2
alert-name-former-contact = کسی که دیگر مخاطب شما نیست
alert-name-former-contact--disguised = کسی که دیگر در فهرست شما نیست
alert-name-someone = یک مخاطب دیگر
alert-names-and = { $first } و { $second }
alert-names-comma = { $first }، { $second }

## The alert itself, to a contact or to the coordinators

alert-title-sos = 🆘 <b>درخواست کمک (SOS): { $who } همین حالا به کمک نیاز دارد.</b>
alert-title-sos--disguised = 🔴 <b>{ $who } همین حالا به شما نیاز دارد.</b>
alert-title-missed = ⏰ <b>{ $who } اعلام وضعیت ایمنی خود را به موقع انجام نداد.</b>
alert-title-missed--disguised = 🔴 <b>{ $who } به موقع پاسخ نداده است.</b>
alert-title-duress =
    🚨 <b>اجبار: { $who } کلمه اجبار خود را فرستاد.</b>
    شاید با کسی باشد که او را مجبور می‌کند. <b>آشکارا با او تماس نگیرید و به او پیام ندهید.</b>
alert-title-duress--disguised = 🔴 <b>{ $who } همین حالا به شما نیاز دارد. با او تماس نگیرید و به او پیام ندهید.</b>
alert-reminder-line = 🔁 یادآوری: هنوز هیچ‌کس اعلام نکرده که پیگیری می‌کند.
alert-reminder-line--disguised = 🔁 یادآوری: هنوز هیچ‌کس پاسخ نداده است.
alert-escalated-line = این پیام را دریافت می‌کنید چون افرادی که اول از آن‌ها خواسته شد پاسخ نداده‌اند.
alert-follow-up-line = این پیام را دریافت می‌کنید چون هشدار هنوز باز است و هیچ‌کس خبری از آن نداده است.
alert-follow-up-line--disguised = این پیام را دریافت می‌کنید چون این موضوع هنوز باز است و هیچ‌کس خبری نداده است.
alert-raised-at = زمان هشدار: { $when }
alert-raised-at--disguised = زمان ارسال: { $when }
alert-last-checkin = آخرین اعلام وضعیت: { $when }
alert-last-checkin--disguised = آخرین پاسخ: { $when }
alert-their-words = پیام او: «{ $note }»
alert-location-below = 📍 آخرین موقعیت مکانی شناخته شده او ({ $when }) در پایین می‌آید.
alert-location-none = 📍 او هنوز موقعیت مکانی خود را به اشتراک نگذاشته است.
alert-location-earlier = 📍 آخرین موقعیت مکانی شناخته شده او ({ $when }) در همین گفتگو برای شما فرستاده شد.
alert-location-label = 📍 <b>{ $who }</b> این موقعیت مکانی را در { $when } هم رسانی کرد:
alert-location-label--disguised = 📍 { $who } این مکان را در { $when } هم رسانی کرد:
alert-card-title = 🪪 <b>کارت اضطراری او</b>
alert-card-title--disguised = 🪪 <b>مشخصات او</b>
alert-card-earlier = 🪪 کارت اضطراری او همراه نخستین پیام این هشدار برایتان فرستاده شد.
alert-card-earlier--disguised = 🪪 اطلاعات او همراه نخستین پیام برایتان فرستاده شد.
alert-open-chat = 💬 <a href="{ $link }">گفت‌وگو با { $who } را باز کنید</a>
alert-guidance =
    <b>چه باید کرد</b>
    • همین حالا سعی کنید با تماس یا پیام با او ارتباط بگیرید.
    • اگر ممکن است بازداشت شده باشد: با وکیلش تماس بگیرید و از طریق وکیل یا سازمانی که از مهاجران حمایت می‌کند بفهمید کجا نگهداری می‌شود (اگر خودتان از مقامات بپرسید ممکن است در معرض خطر قرار بگیرید). طبق استانداردها او باید بی‌درنگ به وکیل دسترسی داشته باشد؛ همهٔ کشورها این را تضمین نمی‌کنند.
    • فقط در صورتی با کنسولگری کشورش تماس بگیرید که خودش با این کار موافقت کرده باشد.
    • «پیگیری می‌کنم» را بزنید تا دیگران بدانند، یا «نمی‌توانم کمک کنم» را بزنید تا فوراً به نفر بعدی سپرده شود.
    اطلاعات حقوقی: /rights
alert-guidance--disguised =
    <b>چه باید کرد</b>
    • همین حالا سعی کنید با تماس یا پیام با او ارتباط بگیرید.
    • کاری را که از قبل با او توافق کرده‌اید انجام دهید.
    • «پیگیری می‌کنم» را بزنید تا دیگران بدانند، یا «نمی‌توانم کمک کنم» را بزنید تا فوراً به نفر بعدی سپرده شود.
alert-guidance-duress =
    <b>چه باید کرد</b>
    • آشکارا با او تماس نگیرید و به او پیام ندهید: شاید کسی گوشی او را زیر نظر دارد. صفحه او چیزی از این هشدار نشان نمی‌دهد.
    • از طریق افرادی که به آن‌ها اعتماد دارید اقدام کنید: وکیلش، همکارانش، هماهنگ‌کنندگان شبکه.
    • اگر ممکن است بازداشت شده باشد: با وکیلش تماس بگیرید و از طریق وکیل یا سازمانی که از مهاجران حمایت می‌کند بفهمید کجا نگهداری می‌شود (اگر خودتان از مقامات بپرسید ممکن است در معرض خطر قرار بگیرید). طبق استانداردها او باید بی‌درنگ به وکیل دسترسی داشته باشد؛ همهٔ کشورها این را تضمین نمی‌کنند.
    • فقط در صورتی با کنسولگری کشورش تماس بگیرید که خودش با این کار موافقت کرده باشد.
    • «پیگیری می‌کنم» را بزنید تا دیگران بدانند، یا «نمی‌توانم کمک کنم» را بزنید تا فوراً به نفر بعدی سپرده شود.
    اطلاعات حقوقی: /rights
alert-guidance-duress--disguised =
    <b>چه باید کرد</b>
    • با او تماس نگیرید و به او پیام ندهید: شاید دیگران گوشی او را ببینند. او چیزی از این نمی‌بیند.
    • همان کاری را بکنید که از قبل با او توافق کرده بودید، از طریق افرادی که به آن‌ها اعتماد دارید.
    • «پیگیری می‌کنم» را بزنید تا دیگران بدانند، یا «نمی‌توانم کمک کنم» را بزنید تا فوراً به نفر بعدی سپرده شود.
alert-button-on-it = 🙋 پیگیری می‌کنم
alert-button-cant-help = ✋ نمی‌توانم کمک کنم
alert-button-resolve = ✔️ بستن

## Follow-ups to the people an alert reached

alert-to-handled-by = 🙋 { $helper } در حال رسیدگی به هشدار مربوط به { $who } است.
alert-to-handled-by--disguised = 🙋 { $helper } به { $who } رسیدگی می‌کند.
alert-to-follow-up-asked = ⏰ گفتید که هشدار مربوط به { $who } را پیگیری می‌کنید، اما از آن زمان هیچ خبری از شما نرسیده است، پس هشدار برای افراد بیشتری فرستاده شد. در پاسخ به هشدار بنویسید چه خبر است، یا اگر هنوز پیگیری می‌کنید دوباره «پیگیری می‌کنم» را بزنید.
alert-to-follow-up-asked--disguised = ⏰ گفتید که به کار { $who } رسیدگی می‌کنید. به دیگران بگویید کار به کجا رسیده است، یا دوباره «پیگیری می‌کنم» را بزنید.
alert-to-resolved = ✅ هشدار را { $who } با رمز امنیتی خود بست. ممکن است کسی را مجبور کنند رمزش را بگوید: اگر چیزی عجیب به نظر می‌رسد، از طریق کسانی که به آن‌ها اعتماد دارید از حالش باخبر شوید.
alert-to-resolved--disguised = ✅ { $who } تأیید کرد که اکنون همه چیز خوب است.
alert-to-resolved-unverified = ✅ { $who } می‌گوید در امان است. این تأیید نشده است: او رمز امنیتی تعیین نکرده است. هشدار بسته شد.
alert-to-resolved-unverified--disguised = ✅ { $who } می‌گوید اکنون همه چیز خوب است (تأیید نشده).
alert-to-checked-in = ✅ هشدار را { $who } با رمز امنیتی خود بست و ساعت { $time } وضعیت خود را اعلام کرد. ممکن است کسی را مجبور کنند رمزش را بگوید: اگر چیزی عجیب به نظر می‌رسد، از طریق کسانی که به آن‌ها اعتماد دارید از حالش باخبر شوید.
alert-to-checked-in--disguised = ✅ { $who } ساعت { $time } پاسخ داد. همه چیز خوب است.
alert-to-checked-in-unverified = ✅ { $who } ساعت { $time } وضعیت خود را اعلام کرد. این تأیید نشده است: او رمز امنیتی تعیین نکرده است. هشدار بسته شد.
alert-to-checked-in-unverified--disguised = ✅ { $who } ساعت { $time } پاسخ داد (تأیید نشده).
alert-to-resolved-by-coordinator = ✅ هماهنگ‌کنندگان هشدار مربوط به { $who } را بستند.
alert-to-resolved-by-coordinator--disguised = ✅ به گفته برگزارکنندگان، همه چیز برای { $who } خوب است.
alert-to-resolved-reason-by-coordinator = ✅ هماهنگ‌کنندگان هشدار مربوط به { $who } را بستند: { $reason }
alert-to-resolved-reason-by-coordinator--disguised = ✅ به گفته برگزارکنندگان، همه چیز برای { $who } خوب است: { $reason }
alert-to-false-alarm = ↩️ هشدار اشتباه: { $who } با رمز امنیتی خود هشدار را لغو کرد. نیازی به اقدام نیست.
alert-to-false-alarm--disguised = ↩️ { $who } آن را اشتباهی فرستاده بود. نیازی به اقدام نیست.
alert-to-possibly-coerced = ⚠️ { $who } می‌گوید در امان است، اما این تأیید نشده است: ممکن است او را مجبور به گفتن آن کرده باشند. هشدار باز می‌ماند تا کسی تأیید کند که او در امان است.
alert-to-account-erased = ⚠️ { $who } حساب خود را در حالی که هشدارش هنوز باز بود پاک کرد. ممکن است او را مجبور به این کار کرده باشند. مستقیماً از حالش باخبر شوید؛ دیگر نمی‌توان اینجا به این هشدار پاسخ داد.
alert-to-account-erased--disguised = ⚠️ { $who } در حالی که این موضوع هنوز باز بود رفت. لطفاً مستقیماً از حالش باخبر شوید.
alert-to-new-words = 💬 { $who } اضافه می‌کند: «{ $note }»
alert-to-possibly-coerced--disguised = ⚠️ { $who } می‌گوید همه چیز خوب است، اما این هنوز تأیید نشده است. لطفاً خودتان از حالش باخبر شوید.

## To the defender, about their alert

sos-raised =
    🆘 <b>درخواست کمک (SOS) فرستاده شد.</b> در حال خبر دادن به: { $names }.
    اگر می‌توانید، با دکمه زیر موقعیت مکانی خود را به اشتراک بگذارید. وقتی در امان بودید، «در امانم» را بزنید.
sos-raised--disguised =
    📞 <b>انجام شد.</b> در حال خبر دادن به: { $names }.
    وقتی همه چیز خوب بود، «انجام شد» را بزنید.
sos-raised-nobody =
    ⚠️ <b>هیچ‌کس نمی‌تواند این هشدار را دریافت کند.</b> شما هیچ مخاطب مورد اعتمادی ندارید و شبکه هم گفتگوی هماهنگ‌کنندگان ندارد.
    اگر همین حالا در خطر هستید، مستقیماً با کسی که به او اعتماد دارید تماس بگیرید یا به او پیام بدهید. سپس با /invite یک مخاطب اضافه کنید.
sos-raised-nobody--disguised =
    ⚠️ <b>به هیچ‌کس خبر داده نشد.</b> هنوز کسی در فهرست شما نیست.
    با /invite کسی را اضافه کنید.
sos-already-open =
    🆘 هشدار شما هنوز باز است ({ $ref }). { $count ->
        [0] هنوز به هیچ‌کس نرسیده است.
       *[other] به { $names } خبر داده شده است.
    }
    اگر می‌توانید، با دکمه زیر موقعیت مکانی خود را به اشتراک بگذارید، و وقتی در امان بودید «در امانم» را بزنید.
sos-already-open--disguised =
    📞 پیام شما هنوز باز است ({ $ref }). وقتی همه چیز خوب بود، «انجام شد» را بزنید.
sos-words-passed-on = پیام شما به همه کسانی که خبردار شده‌اند رسانده شد.
sos-words-passed-on--disguised = پیام شما رسانده شد.
sos-button-false-alarm = ↩️ هشدار اشتباه: لغو
sos-button-false-alarm--disguised = ↩️ اشتباهی فرستادم
keyboard-share-location = 📍 اشتراک موقعیت من
keyboard-share-location--disguised = 📍 اشتراک مکان
sos-location-shared = 📍 موقعیت مکانی شما به همه کسانی که از هشدار شما خبردار شده‌اند رسانده شد.
sos-location-shared--disguised = 📍 مکان شما رسانده شد.
sos-location-no-alert = من فقط در زمان هشدار موقعیت مکانی شما را می‌رسانم. اگر به کمک نیاز دارید، 🆘 SOS را بزنید.
sos-location-no-alert--disguised = در حال حاضر چیزی باز نیست.
sos-already-closed = این هشدار قبلاً بسته شده است.
sos-already-closed--disguised = این مورد قبلاً بسته شده است.

alert-you-who-was-notified = 📨 هشدار فرستاده شد به: { $names }.
alert-you-who-was-notified--disguised = 📨 فرستاده شد به: { $names }.
alert-you-acknowledged-by =
    🙋 { $count ->
        [one] { $names } پیگیری می‌کند.
       *[other] { $names } پیگیری می‌کنند.
    }
alert-you-unreachable = ⚠️ دسترسی به { $names } ممکن نشد (شاید ربات را مسدود کرده باشد).
alert-you-unreachable--disguised = ⚠️ دسترسی به { $names } ممکن نشد.
alert-you-cant-help = ✋ { $names } گفت که نمی‌تواند کمک کند.
alert-you-cant-help--disguised = ✋ { $names } نمی‌تواند این کار را انجام دهد.
alert-you-nobody-to-alert = ⚠️ <b>هیچ‌کس نمی‌تواند هشدار شما را دریافت کند.</b> با /invite یک مخاطب مورد اعتماد اضافه کنید.
alert-you-nobody-to-alert--disguised = ⚠️ به هیچ‌کس خبر داده نشد. با /invite کسی را اضافه کنید.
alert-you-nobody-left = ⚠️ <b>دیگر کسی برای کمک نمانده است.</b> همه کسانی که هشدار شما برایشان بود یا در دسترس نبودند یا گفتند نمی‌توانند کمک کنند. مستقیماً با کسی که به او اعتماد دارید تماس بگیرید یا به او پیام بدهید.
alert-you-nobody-left--disguised = ⚠️ کسی در دسترس نیست. با کسی که به او اعتماد دارید تماس بگیرید.
alert-you-resolved = ✅ هشدار شما بسته شد. همه کسانی که خبردار شده بودند اکنون می‌دانند که شما در امان هستید.
alert-you-resolved--disguised = ✅ بسته شد. به همه گفته شد که همه چیز خوب است.
alert-you-resolved-by-coordinator = ✅ هماهنگ‌کنندگان شبکه هشدار شما را بستند: { $reason }
alert-you-resolved-by-coordinator--disguised = ✅ برگزارکنندگان آن را بستند: { $reason }
alert-you-resolved-by-coordinator-no-reason = ✅ هماهنگ‌کنندگان شبکه هشدار شما را بستند.
alert-you-resolved-by-coordinator-no-reason--disguised = ✅ برگزارکنندگان آن را بستند.
alert-you-cancelled = ↩️ لغو شد. همه کسانی که خبردار شده بودند می‌دانند که هشدار اشتباه بود.
alert-you-cancelled--disguised = ↩️ لغو شد. به همه گفته شد که اشتباه بود.
alert-you-false-alarm-window-passed = برای لغو دیر شده است: مخاطبان شما در حال اقدام هستند. وقتی در امان بودید، «در امانم» را بزنید.
alert-you-false-alarm-window-passed--disguised = برای لغو دیر شده است. وقتی همه چیز خوب بود، «انجام شد» را بزنید.

## Contacts answering

alert-answer-on-it = سپاسگزاریم. همه افراد درگیر اکنون می‌دانند که شما پیگیری می‌کنید.
alert-answer-cant-help = متوجه شدیم. از افراد دیگر خواسته می‌شود.
alert-answer-gone = دیگر لازم نیست شما به این هشدار پاسخ دهید.
alert-answer-gone--disguised = دیگر لازم نیست شما به این مورد پاسخ دهید.
alert-answer-closed = این هشدار قبلاً بسته شده است. کار دیگری لازم نیست.
alert-answer-closed--disguised = این مورد قبلاً بسته شده است. کار دیگری لازم نیست.
alert-answer-already = کس دیگری پیگیری می‌کند؛ نام شما هم ثبت شد.

## Coordinators

alerts-not-coordinator = فقط هماهنگ‌کنندگان شبکه می‌توانند هشدارهای باز را ببینند.
alerts-none = ✅ هیچ هشدار بازی وجود ندارد.
alerts-header = <b>هشدارهای باز: { $count }</b>
alerts-line =
    <b>{ $ref }</b> · { $kind } · { $who }
    ثبت شده { $age } پیش · رسیده به: { $level } · پیگیری: { $helper }
alerts-kind-sos = درخواست کمک (SOS)
alerts-kind-missed = اعلام وضعیت انجام نشده
alerts-kind-duress = اجبار (آشکارا با او تماس نگیرید)
alerts-level-0 = هیچ‌کس
alerts-level-1 = مخاطبان سطح 1
alerts-level-2 = مخاطبان سطح 2
alerts-level-3 = هماهنگ‌کنندگان
alerts-nobody-yet = هنوز هیچ‌کس
alerts-coerced = ⚠️ ممکن است مجبور شده باشد بگوید در امان است
alerts-button-on-it = 🙋 { $ref }: پیگیری می‌کنم
alerts-button-resolve = ✔️ { $ref }: بستن
alerts-resolve-ask = هشدار { $ref } چگونه حل شد؟ (یا /resolve { $ref } را همراه با توضیح خودتان بفرستید.)
alerts-reason-safe = در امان بودن تأیید شد
alerts-reason-false-alarm = هشدار اشتباه
alerts-reason-handled = شبکه رسیدگی کرد
alerts-acknowledged = 🙋 { $name } (هماهنگ‌کنندگان) پیگیر { $ref } است.
alerts-resolved = ✔️ { $name } { $ref } را بست: { $reason }
alerts-unknown-ref = هیچ هشدار بازی با کد { $ref } وجود ندارد. برای دیدن هشدارها /alerts را بفرستید.
alerts-resolve-usage = دستور /resolve را همراه با کد هشدار و آنچه اتفاق افتاد بفرستید، برای مثال: /resolve Q7XK2M با وکیلش تماس گرفتیم
alerts-closed = { $ref } قبلاً بسته شده است.
