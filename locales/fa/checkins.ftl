# Farsi (Persian) UI strings.
# machine-drafted: true — see bot.ftl.

checkin-done = ✅ اعلام وضعیت در ساعت { $time } ثبت شد.
checkin-done--disguised = ✅ در ساعت { $time } ثبت شد.
checkin-next = اعلام وضعیت بعدی تا { $due }.
checkin-next--disguised = پاسخ بعدی تا { $due }.
checkin-deadline-ended = مهلت { $deadline } شما به پایان رسید.
checkin-pin-ask = هشدار شما هنوز باز است. برای بستن آن، رمز امنیتی خود را بفرستید.
checkin-pin-ask--disguised = برای بستن آن، رمز خود را بفرستید.
checkin-pin-wrong = این رمز امنیتی شما نیست. هشدار باز می‌ماند. رمز خود را دوباره بفرستید، یا /cancel.
checkin-pin-wrong--disguised = این رمز شما نیست. دوباره بفرستید، یا /cancel.
checkin-resumed = ▶️ توقف موقت شما تمام شد: اعلام وضعیت دوباره فعال است. اعلام وضعیت بعدی تا { $due }.
checkin-resumed--disguised = ▶️ استراحت شما تمام شد. پاسخ بعدی تا { $due }.
checkin-reminder = ⏰ وقت اعلام وضعیت است: مهلت شما تا { $due } است. اگر در امان هستید، دکمه زیر را بزنید.
checkin-reminder--disguised = ⏰ یادآوری: لطفاً تا { $due } پاسخ دهید.

schedule-forms-schedule =
    برای تعیین برنامه، یکی از این‌ها را بنویسید:
    /schedule every 2h – هر 2 ساعت (از 15 دقیقه تا 7 روز؛ همچنین every 90m یا every 1.5h)
    /schedule daily 09:00 21:00 – هر روز در این ساعت‌ها، به وقت منطقه زمانی شما (همچنین daily 9am 9pm)
    /schedule off – توقف برنامه
    همچنین: /grace 30m (فرصتی که پس از موعد دارید، پیش از آنکه به مخاطبانتان هشدار داده شود)، /reminder 10m یا /reminder off، /checkin_by 13:00 (یک مهلت یک باره)، /pause 2d یا /pause until 2026-12-01 09:00، /resume، /status.
schedule-forms-schedule--disguised =
    برای تعیین برنامه روزمره، یکی از این‌ها را بنویسید:
    /schedule every 2h
    /schedule daily 09:00 21:00
    /schedule off
    همچنین: /grace 30m، /reminder 10m یا /reminder off، /checkin_by 13:00، /pause 2d، /resume، /status.
schedule-menu-choose = یا انتخاب کنید:
schedule-button-every = هر { $every }
schedule-button-off = توقف برنامه
schedule-forms-grace = برای مثال: /grace 30m (از 1 دقیقه تا 24 ساعت).
schedule-forms-reminder = برای مثال: /reminder 10m، یا /reminder off.
schedule-forms-checkin-by = برای مثال: /checkin_by 13:00، /checkin_by tomorrow 08:00، /checkin_by 2026-12-01 13:00، /checkin_by 2h، یا /checkin_by off.
schedule-forms-pause = برای مثال: /pause 3h، /pause 2d، یا /pause until 2026-12-01 09:00 (حداکثر 30 روز).

schedule-problem-format = نتوانستم این را بخوانم.
schedule-time-passed = ساعت { $time } امروز گذشته است. منظورتان فردا ساعت { $time } است؟ اگر نه، فرمان را دوباره همراه با تاریخ بفرستید، مثلاً 2026-12-01 { $time }.
schedule-button-tomorrow = بله، فردا ساعت { $time }
schedule-problem-no-such-time = چنین زمانی وجود ندارد.
schedule-problem-too-short = این بیش از حد کوتاه است: کمترین مقدار { $limit } است.
schedule-problem-too-long = این بیش از حد طولانی است: بیشترین مقدار { $limit } است.
schedule-problem-too-close = ساعت‌های روزانه باید دست کم { $limit } با هم فاصله داشته باشند.
schedule-problem-in-the-past = این زمان گذشته است.
schedule-problem-too-far-ahead = این زمان بیش از حد دور است: حداکثر { $limit }.
schedule-problem-reminder-too-long = یادآوری باید کمتر از { $limit } پیش از موعد باشد.
schedule-problem-deadline-during-pause = با این توقف، مهلت اعلام وضعیت شما هم در زمان توقف قرار می‌گیرد. اول مهلت را تغییر دهید (/checkin_by off).

status-no-schedule = 🗓 برنامه منظمی برای اعلام وضعیت ندارید.
status-no-schedule--disguised = 🗓 برنامه روزمره‌ای تعیین نشده است.
status-schedule = 🗓 اعلام وضعیت: { $rule }
status-schedule--disguised = 🗓 برنامه روزمره: { $rule }
status-grace = فرصت اضافه: { $grace } · یادآوری پیش از موعد: { $reminder }
status-reminder-off = خاموش
status-paused = ⏸ متوقف تا { $until }: تا آن زمان چیزی فرستاده نمی‌شود.
status-next = اعلام وضعیت بعدی تا { $due }.
status-next--disguised = پاسخ بعدی تا { $due }.
status-deadline = مهلت یک باره: { $deadline }.
status-last = آخرین اعلام وضعیت: { $last }.
status-last--disguised = آخرین پاسخ: { $last }.
status-never = هنوز اعلام وضعیتی ثبت نشده است.
status-alert-open = 🆘 هشداری درباره شما باز است. وقتی در امان بودید، ✅ در امانم را بزنید.
status-alert-open--disguised = 📞 چیزی هنوز باز است. وقتی همه چیز خوب بود، ✅ انجام شد را بزنید.
status-nobody = ⚠️ اگر اعلام وضعیت را به موقع انجام ندهید، به هیچ‌کس هشدار داده نمی‌شود: شما هیچ مخاطب مورد اعتمادی ندارید و شبکه هم گفتگوی هماهنگ‌کنندگان ندارد. با /invite یک مخاطب اضافه کنید.
status-nobody--disguised = ⚠️ به هیچ‌کس خبر داده نمی‌شود: با /invite کسی را اضافه کنید.

## /settings: the safety PIN and the duress word
settings-pin = 🔐 رمز امنیتی
settings-pin--disguised = 🔐 رمز
settings-duress = 🗝 کلمه اجبار
settings-duress--disguised = 🗝 کلمه دوم
safety-pin-explain =
    <b>رمز امنیتی</b>
    اگر هشداری بفرستید، کسی که شما را در اختیار دارد ممکن است شما را مجبور کند «در امانم» را بزنید. با رمز امنیتی، هیچ کاری که محافظت از شما را تمام یا ضعیف کند بدون آن انجام نمی‌شود: بستن یا لغو هشدار، توقف موقت یا خاموش کردن اعلام وضعیت، حذف یک مخاطب، تغییر رمز یا کلمه اجبار. رمز به‌تنهایی چیزی را ثابت نمی‌کند (ممکن است کسی را مجبور کنند رمزش را بگوید): کلمه اجبار برای همین است.
    اگر در یک ساعت 3 بار رمز اشتباه وارد شود، مخاطبان شما باخبر می‌شوند؛ بعد از 5 بار، وارد کردن رمز به مدت 15 دقیقه قفل می‌شود و بعد از آن برای مدت طولانی‌تر.
    چیزی انتخاب کنید که زیر فشار هم به یاد بیاورید، 4 تا 64 کاراکتر، نه 1234 یا 0000. همین حالا آن را بفرستید و بعد یک بار دیگر؛ فوراً از این گفتگو پاک می‌شود و فقط به شکلی نگه داشته می‌شود که هیچ‌کس نمی‌تواند آن را دوباره بخواند. یا /cancel.
safety-pin-explain--disguised =
    <b>رمز</b>
    یک رمز 4 تا 64 کاراکتری انتخاب کنید و همین حالا آن را بفرستید. فوراً از این گفتگو پاک می‌شود. یا /cancel.
safety-duress-explain =
    <b>کلمه اجبار</b>
    کلمه‌ای که مثل یک اعلام وضعیت عادی به نظر می‌رسد، اما مخفیانه به مخاطبان شما و هماهنگ‌کنندگان هشدار می‌دهد. اگر کسی شما را مجبور کرد وضعیت خود را اعلام کنید یا هشداری را ببندید، از آن استفاده کنید: آن را به جای /checkin بفرستید (یا بعد از /checkin، یا وقتی رمز از شما خواسته شد). صفحه شما دقیقاً همان چیزی را نشان می‌دهد که یک اعلام وضعیت عادی نشان می‌دهد؛ هیچ چیز در این گفتگو هشدار را نشان نمی‌دهد.
    کلمه‌ای انتخاب کنید که تصادفاً آن را تایپ نکنید، 4 تا 64 کاراکتر، متفاوت با رمز امنیتی شما. همین حالا آن را بفرستید؛ فوراً از این گفتگو پاک می‌شود و فقط به شکلی نگه داشته می‌شود که هیچ‌کس نمی‌تواند آن را دوباره بخواند. یا /cancel.
safety-duress-explain--disguised =
    <b>کلمه دوم</b>
    یک کلمه دوم، 4 تا 64 کاراکتر و متفاوت با رمز خود، انتخاب کنید و همین حالا آن را بفرستید. فوراً از این گفتگو پاک می‌شود. یا /cancel.
safety-word-is-set = اکنون یکی تعیین شده است. برای جایگزینی، یک مورد جدید بفرستید، یا با دکمه آن را حذف کنید.
safety-word-not-set = هنوز هیچ‌کدام تعیین نشده است.
safety-word-clear = حذف آن
safety-word-length = باید 4 تا 64 کاراکتر باشد. یکی دیگر بفرستید، یا /cancel.
safety-word-same = رمز امنیتی و کلمه اجبار شما باید متفاوت باشند. یکی دیگر بفرستید، یا /cancel.
safety-word-same--disguised = رمز و کلمه دوم شما باید متفاوت باشند. یکی دیگر بفرستید، یا /cancel.
safety-pin-saved = 🔐 رمز امنیتی شما ذخیره شد.
safety-pin-saved--disguised = 🔐 رمز شما ذخیره شد.
safety-pin-cleared = رمز امنیتی شما حذف شد.
safety-pin-cleared--disguised = رمز شما حذف شد.
safety-duress-saved = 🗝 کلمه اجبار شما ذخیره شد.
safety-duress-saved--disguised = 🗝 ذخیره شد.
safety-duress-cleared = کلمه اجبار شما حذف شد.
safety-duress-cleared--disguised = حذف شد.

# After an outage: the missed check-in fell due while the bot was down.
outage-late-alert = ⚠️ ربات از { $start } تا { $end } نتوانست کار کند. موعد اعلام وضعیت شما { $due } و در زمان توقف بود: برای همین مخاطبان مورد اعتماد شما دیرتر، در { $end }، هشدار گرفتند. اگر در امان هستید، همین حالا اعلام وضعیت کنید.
outage-late-alert--disguised = ⚠️ این سرویس از { $start } تا { $end } از کار افتاده بود. پاسخ شما برای { $due } دیرتر، در { $end }، بررسی شد. اگر همه‌چیز خوب است، همین حالا پاسخ دهید.
