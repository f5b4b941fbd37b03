# Farsi (Persian) UI strings.
# machine-drafted: true — see bot.ftl.

## The card menu
card-intro =
    <b>🪪 کارت اضطراری</b>
    آنچه افراد مورد اعتماد شما باید بدانند، اگر بازداشت شوید یا در دسترس نباشید: شما چه کسی هستید، مدارک شما، سلامت شما، وکیل شما و اینکه اول چه کاری باید انجام شود. پر کردن هر بخش اختیاری است.

    <b>چه کسی می‌تواند آن را ببیند</b>
    هیچ‌کس جز شما، تا وقتی که هشداری فرستاده شود. آن وقت مخاطبان مورد اعتماد فعال شما آن را دریافت می‌کنند، و اگر هشدار به مرحله بعد برسد، هماهنگ‌کنندگان شبکه هم. ربات هرگز آن را برای پلیس یا هیچ‌کس دیگری نمی‌فرستد.

    { $filled } از { $total } بخش پر شده است.
card-intro--disguised =
    <b>👤 پروفایل</b>
    اطلاعاتی که افرادی که انتخاب کرده‌اید ممکن است لازم داشته باشند، اگر در دسترس نباشید. پر کردن هر بخش اختیاری است.

    <b>چه کسی می تواند آن را ببیند</b>
    هیچ کس جز شما، تا وقتی که ربات به افرادی که انتخاب کرده اید خبر بدهد. آن وقت مخاطبان فعال شما آن را دریافت می کنند، و اگر لازم باشد، افراد دیگری از شبکه هم. هرگز برای کس دیگری فرستاده نمی شود.

    { $filled } از { $total } بخش پر شده است.
card-heading = <b>🪪 کارت اضطراری شما</b>
card-heading--disguised = <b>👤 پروفایل شما</b>
card-empty = کارت شما خالی است. برای پر کردن، یکی از بخش‌های زیر را انتخاب کنید.
card-empty--disguised = پروفایل شما خالی است. برای پر کردن، یکی از بخش‌های زیر را انتخاب کنید.
card-button-show = 👁 نمایش کارت من
card-button-show--disguised = 👁 نمایش پروفایل من
card-button-clear-one = 🧹 پاک کردن یک بخش
card-button-clear-all = 🗑 پاک کردن کل کارت
card-button-clear-all--disguised = 🗑 پاک کردن کل پروفایل

## Field names, on buttons and above each value
card-field-full-name = نام کامل قانونی
card-field-date-of-birth = تاریخ تولد
card-field-nationality = تابعیت
card-field-document-number = شماره گذرنامه یا کارت شناسایی
card-field-document-number--disguised = شماره کارت شناسایی
card-field-permit = نوع ویزا یا مجوز و تاریخ انقضا
card-field-employer = کارفرما یا سازمان
card-field-medical-needs = نیازهای پزشکی
card-field-lawyer-name = نام وکیل
card-field-lawyer-name--disguised = نام مشاور
card-field-lawyer-phone = تلفن وکیل
card-field-lawyer-phone--disguised = تلفن مشاور
card-field-instructions = دستورالعمل‌ها
card-field-instructions--disguised = یادداشت‌ها

## Asking for a field
card-ask-full-name =
    <b>نام کامل قانونی</b> خود را همان طور که در گذرنامه یا کارت شناسایی شما نوشته شده است بفرستید.
    مثال: <i>Nur Aisyah binti Rahman</i>
card-ask-full-name--disguised =
    <b>نام کامل</b> خود را همان طور که در کارت شناسایی شما نوشته شده بفرستید.
    مثال: <i>Nur Aisyah binti Rahman</i>
card-ask-date-of-birth =
    <b>تاریخ تولد</b> خود را به تاریخ میلادی بفرستید.
    مثال: <i>1990-05-31</i> یا <i>31.05.1990</i>
card-ask-nationality =
    <b>تابعیت</b> خود را بفرستید، یا اگر بیش از یک تابعیت دارید، همه آن‌ها را.
    مثال: <i>افغانستان</i>
card-ask-document-number =
    <b>شماره گذرنامه یا کارت شناسایی</b> خود را بفرستید، و بنویسید کدام مدرک است.
    مثال: <i>گذرنامه MA1234567</i>
card-ask-document-number--disguised =
    <b>شماره کارت شناسایی</b> خود را بفرستید، و بگویید کدام مدرک است.
    مثال: <i>کارت شناسایی MA1234567</i>
card-ask-permit =
    <b>نوع ویزا یا مجوز خود و تاریخ انقضای آن</b> را بفرستید.
    مثال: <i>مجوز کار، انقضا 2026-12-31</i>
card-ask-employer =
    <b>کارفرما یا سازمان</b> خود را بفرستید.
    مثال: <i>شبکه حقوق کارگران مهاجر، کوالالامپور</i>
card-ask-employer--disguised =
    <b>کارفرما یا سازمان</b> خود را بفرستید.
    مثال: <i>پوشاک دره سبز، کوالالامپور</i>
card-ask-medical-needs =
    <b>نیازهای پزشکی</b> خود را بفرستید: بیماری ها، داروها و مقدار مصرف، حساسیت‌ها.
    مثال: <i>دیابت نوع 1: انسولین دو بار در روز. حساسیت به پنی سیلین.</i>
card-ask-lawyer-name =
    <b>نام وکیل</b> خود را بفرستید، و اگر در دفتر یا مؤسسه‌ای کار می‌کند، نام آن را هم.
    مثال: <i>کارلوس مندوزا، مرکز کمک حقوقی</i>
card-ask-lawyer-name--disguised =
    <b>نام مشاوری</b> را که به او تکیه می کنید بفرستید، و اگر دفتری دارد، نام دفترش را.
    مثال: <i>کارلوس مندوزا، مرکز اطلاع رسانی شهر</i>
card-ask-lawyer-phone =
    <b>شماره تلفن وکیل</b> خود را با کد کشور بفرستید.
    مثال: <i>+60 12-345 6789</i>
card-ask-lawyer-phone--disguised =
    <b>شماره تلفن مشاور</b> خود را با کد کشور بفرستید.
    مثال: <i>+60 12-345 6789</i>
card-ask-instructions =
    <b>دستورالعمل‌هایی</b> برای افرادی که کارت شما را دریافت می‌کنند بفرستید: اول چه کاری انجام دهند، و چه چیزهایی باید بدانند.
    مثال: <i>اول به وکیلم زنگ بزنید. گذرنامه من دست کارفرمایم است.</i>
card-ask-instructions--disguised =
    <b>یادداشت‌هایی</b> برای افرادی که انتخاب کرده‌اید بفرستید: اول چه کاری انجام دهند، و چه چیزهایی باید بدانند.
    مثال: <i>اول به خواهرم زنگ بزنید. مدارکم در دفتر است.</i>
card-current = مقدار فعلی: { $value }
card-ask-footer-new = آن را بنویسید و بفرستید، یا /cancel را بفرستید.
card-ask-footer-change = برای جایگزینی، متن جدید بفرستید، یا برای نگه داشتن متن فعلی /cancel را بفرستید.
card-button-clear-this = 🧹 پاک کردن این بخش

## Typed values that are refused; the step stays open
card-problem-empty = متن خالی بود. برای حذف چیزی که ذخیره شده است، به جای این کار از «پاک کردن یک بخش» استفاده کنید.
card-problem-too-long = این بیش از حد طولانی است: لطفاً حداکثر { $limit } کاراکتر.
card-problem-no-letters = نام باید دست کم یک حرف داشته باشد.
card-problem-phone-characters = شماره تلفن فقط می‌تواند رقم، فاصله، پرانتز، خط تیره و یک + در ابتدا داشته باشد.
card-problem-phone-digits = شماره تلفن { $min } تا { $max } رقم دارد.
card-problem-date-format = لطفاً تاریخ را به شکل 1990-05-31 یا 31.05.1990 بنویسید.
card-problem-date-not-real = چنین روزی وجود ندارد. لطفاً روز و ماه را بررسی کنید.
card-problem-date-not-past = تاریخ تولد باید در گذشته باشد.
card-problem-date-too-early = لطفاً سال را بررسی کنید: باید { $year } یا بعد از آن باشد.
card-ask-again = لطفاً دوباره بفرستید، یا /cancel را بفرستید.

## After a change
card-confirm-date = تاریخ این است: <b>{ $date }</b>. «ذخیره» را بزنید، یا تاریخ را دوباره بفرستید.
card-confirm-phone-no-code = شماره <b>{ $number }</b> کد کشور ندارد (مثلاً +66 برای تایلند یا +60 برای مالزی)، پس ممکن است از کشور دیگری کار نکند. آن را همراه با کد کشور دوباره بفرستید، یا «ذخیره» را بزنید تا همین‌طور بماند.
card-button-save = ✅ ذخیره
card-saved = ✅ ذخیره شد: <b>{ $field }</b>. { $filled } از { $total } بخش پر شده است.
card-clear-pick = کدام بخش را می‌خواهید پاک کنید؟
card-clear-confirm = <b>{ $field }</b> پاک شود؟ برای همیشه حذف می‌شود.
card-clear-all-confirm = کل کارت اضطراری پاک شود؟ همه بخش‌ها برای همیشه حذف می‌شوند.
card-clear-all-confirm--disguised = کل پروفایل پاک شود؟ همه بخش‌ها برای همیشه حذف می‌شوند.
card-button-yes-clear = بله، پاک شود
card-button-yes-clear-all = بله، همه پاک شود
card-button-keep = نه، بماند
card-kept = چیزی تغییر نکرد.
card-field-cleared = 🧹 پاک شد: <b>{ $field }</b>. { $filled } از { $total } بخش پر شده است.
card-already-empty = این بخش از قبل خالی بود. چیزی تغییر نکرد.
card-cleared-all = 🗑 کارت اضطراری شما پاک شد: دیگر هیچ چیز از آن ذخیره نشده است.
card-cleared-all--disguised = 🗑 پروفایل شما پاک شد: دیگر هیچ چیز از آن ذخیره نشده است.
card-was-empty = کارت شما از قبل خالی بود. چیزی تغییر نکرد.
card-was-empty--disguised = پروفایل شما از قبل خالی بود. چیزی تغییر نکرد.
