# Persian UI strings: contacts acting together on an alert (issue 11).
# machine-drafted: true — see bot.ftl.

## Under the alert, and to the others on it

alert-button-note = ✍️ افزودن یادداشت
alert-to-contact-note = ✍️ یادداشت <b>{ $author }</b> درباره هشدار { $who }: «{ $note }»
alert-to-contact-note--disguised = ✍️ یادداشت <b>{ $author }</b> درباره { $who }: «{ $note }»
alert-reply-hint = برای نوشتن به همه کسانی که در این هشدار هستند، به این پیام پاسخ دهید.
alert-reply-hint--disguised = برای نوشتن به همه کسانی که اینجا هستند، به این پیام پاسخ دهید.
alert-to-closed-by-contact = ✅ { $helper } هشدار مربوط به { $who } را بست: { $reason }
alert-to-closed-by-contact--disguised = ✅ به گفته { $helper } حال { $who } خوب است: { $reason }
alert-to-passed-on = 📎 این را { $who } در زمان هشدار فرستاد.
alert-to-passed-on--disguised = 📎 از طرف { $who }.

## To the defender

alert-you-contact-note = ✍️ یادداشت { $names }: «{ $note }»
alert-you-closed-by-contact = ✅ هشدار شما را { $names } بست: { $reason }
alert-you-closed-by-contact--disguised = ✅ آن را { $names } بست: { $reason }
sos-passed-on = 📨 فرستاده شد برای: { $names }.
sos-passed-on-nobody = ⚠️ همراه هشدار شما نگه داشته شد، ولی اکنون به هیچ‌کدام از کسانی که در آن هستند دسترسی نیست. اگر می‌توانید، مستقیم با کسی که به او اعتماد دارید تماس بگیرید یا پیام بدهید.
sos-passed-on-nobody--disguised = ⚠️ اکنون به کسی دسترسی نیست.

## A contact writing a note or closing the alert

contact-note-ask = ✍️ یادداشت خود را برای همه کسانی که در هشدار { $who } هستند بنویسید ({ $ref }). برای توقف /cancel را بفرستید.
contact-note-ask--disguised = ✍️ یادداشت خود را درباره { $who } بنویسید ({ $ref }). برای توقف /cancel را بفرستید.
contact-note-sent = ✍️ یادداشت شما رسید به: { $names }.
contact-note-kept = ✍️ یادداشت شما همراه هشدار نگه داشته شد؛ هنوز به کس دیگری در آن دسترسی نیست.
contact-note-kept--disguised = ✍️ یادداشت شما نگه داشته شد؛ هنوز به کس دیگری دسترسی نیست.
contact-button-close = ✅ بستن: چه اتفاقی افتاد
contact-close-ask = ✅ چه اتفاقی افتاد؟ در چند کلمه بنویسید، برای مثال: پیش وکیلش است. به همه کسانی که در هشدار { $who } هستند خبر داده می‌شود ({ $ref }). برای توقف /cancel را بفرستید.
contact-close-ask--disguised = ✅ چه اتفاقی افتاد؟ لطفاً در چند کلمه. به همه خبر داده می‌شود ({ $ref }). برای توقف /cancel را بفرستید.
contact-closed = ✅ بسته شد ({ $ref }). به همه کسانی که در آن بودند گفته شد: { $reason }
contact-closed--disguised = ✅ بسته شد ({ $ref }). به همه گفته شد: { $reason }
contact-close-not-yours = فقط کسی که این هشدار را پیگیری می‌کند می‌تواند آن را ببندد. به جای آن یادداشتی بنویسید تا همه بدانند شما چه می‌دانید.
contact-close-not-yours--disguised = فقط کسی که پیگیر آن است می‌تواند آن را ببندد.

## /alerts and /resolve for a contact

contact-alerts-none = ✅ در هیچ هشدار بازی نیستید.
contact-alerts-none--disguised = ✅ چیز بازی برای شما نیست.
contact-alerts-header = <b>هشدارهای باز که در آن‌ها هستید: { $count }</b>
contact-alerts-header--disguised = <b>موارد باز برای شما: { $count }</b>
contact-alerts-line =
    هشدار <b>{ $ref }</b> · { $who } · از { $when }
    پیگیری: { $helper }
contact-alerts-line--disguised =
    پیام <b>{ $ref }</b> · { $who } · از { $when }
    رسیدگی: { $helper }
contact-alerts-nobody-yet = هنوز هیچ‌کس
contact-alerts-newest-note = ✍️ یادداشت { $author }: «{ $note }»
contact-alerts-button-note = ✍️ یادداشت برای { $ref }
contact-alerts-button-close = ✅ بستن { $ref }
contact-resolve-usage = فرمان /resolve را همراه با کد هشدار و آنچه اتفاق افتاد بفرستید، برای مثال: /resolve Q7XK2M پیش وکیلش است. فقط کسی که هشدار را پیگیری می‌کند می‌تواند آن را ببندد.
contact-resolve-usage--disguised = فرمان /resolve را همراه با کد و آنچه اتفاق افتاد بفرستید، برای مثال: /resolve Q7XK2M حالش خوب است. فقط کسی که رسیدگی می‌کند می‌تواند آن را ببندد.
contact-resolve-unknown = در هیچ هشدار بازی با کد { $ref } نیستید. برای دیدن هشدارهای خود /alerts را بفرستید.
contact-resolve-unknown--disguised = هیچ مورد بازی با کد { $ref } برای شما نیست.

## Typed panic: a message that is only one of these words raises an SOS (see the English file).

sos-typed-words = کمک, کمکم کنید, کمک کنید, نجاتم دهید

## In the alert itself, for someone told of it after contacts wrote notes

alert-notes-so-far = ✍️ <b>یادداشت‌های کسانی که در هشدار هستند</b>
alert-notes-so-far--disguised = ✍️ <b>یادداشت ها تا اینجا</b>
alert-note-line = • یادداشت { $author } ({ $time }): «{ $note }»
