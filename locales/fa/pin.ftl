# Farsi (Persian) UI strings.
# machine-drafted: true — see bot.ftl.

## The safety PIN asked before a stand-down (closing or cancelling an alert, pausing or switching
## off check-ins, removing or demoting a contact, changing the PIN or the duress word).
pin-gate-ask = 🔐 برای تأیید، رمز امنیتی خود را بفرستید. فوراً از این گفتگو پاک می‌شود. یا /cancel.
pin-gate-ask--disguised = برای تأیید، رمز خود را بفرستید، یا /cancel.
pin-gate-wrong = این رمز امنیتی شما نیست. چیزی تغییر نکرد. رمز خود را دوباره بفرستید، یا /cancel.
pin-gate-wrong--disguised = این رمز شما نیست. چیزی تغییر نکرد. دوباره بفرستید، یا /cancel.
pin-gate-locked = رمز اشتباه بیش از حد وارد شده است. چیزی تغییر نکرد. بعد از { $time } دوباره امتحان کنید.
pin-gate-locked--disguised = تعداد تلاش‌ها بیش از حد است. بعد از { $time } دوباره امتحان کنید.

## Setting the PIN or the duress word: typed twice, common PINs refused.
safety-word-again = برای اطمینان، یک بار دیگر آن را بفرستید. فوراً از این گفتگو پاک می‌شود.
safety-word-mismatch = این دو یکی نبودند، پس چیزی ذخیره نشد. مورد جدید را دوباره بفرستید، یا /cancel.
safety-word-open-again = آن صفحه بسته شده است. برای تغییر، دوباره /settings را باز کنید.
safety-pin-too-short = رمز باید دست‌کم 4 کاراکتر داشته باشد، بدون حساب فاصله‌ها. یکی دیگر بفرستید، یا /cancel.
safety-pin-too-short--disguised = رمز باید دست کم 4 کاراکتر داشته باشد، بدون حساب فاصله ها. یکی دیگر بفرستید، یا /cancel.
safety-pin-too-long = رمز حداکثر می‌تواند 64 کاراکتر داشته باشد. یکی دیگر بفرستید، یا /cancel.
safety-pin-too-long--disguised = رمز حداکثر می تواند 64 کاراکتر داشته باشد. یکی دیگر بفرستید، یا /cancel.
safety-pin-too-common = این رمز جزو اولین رمزهایی است که هر کسی حدس می‌زند (مثل 1234 یا 0000). یکی دیگر انتخاب کنید، یا /cancel.
safety-pin-too-common--disguised = این رمز از اولین رمزهایی است که هر کسی حدس می زند (مثل 1234 یا 0000). یکی دیگر انتخاب کنید، یا /cancel.

## To contacts: several wrong PINs typed on the defender's phone. Their screen shows only "wrong PIN".
alert-to-pin-attempts = ⚠️ چند بار رمز امنیتی اشتباه در حساب { $who } وارد شده است: ممکن است زیر فشار باشد. صفحهٔ او فقط «رمز اشتباه» را نشان می‌دهد. آشکارا با او تماس نگیرید و به او پیام ندهید؛ از طریق کسانی که به آن‌ها اعتماد دارید از حالش باخبر شوید.
alert-to-pin-attempts--disguised = ⚠️ چند بار رمز اشتباه در گوشی { $who } وارد شده است. لطفاً بی‌سروصدا و از طریق کسانی که به آن‌ها اعتماد دارید از حالش باخبر شوید.
alert-to-false-alarm-unverified = ↩️ به گفتهٔ { $who } هشدار اشتباهی بود و او آن را لغو کرد. این تأیید نشده است: او رمز امنیتی تعیین نکرده است. اگر چیزی عجیب به نظر می‌رسد، از طریق کسانی که به آن‌ها اعتماد دارید از حالش باخبر شوید.
alert-to-false-alarm-unverified--disguised = ↩️ به گفتهٔ { $who } آن پیام اشتباهی فرستاده شده بود (تأیید نشده).
