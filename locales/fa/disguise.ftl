# Farsi (Persian) UI strings.
# machine-drafted: true — see bot.ftl.

# translation_of: b69950061180
disguise-clear-offer =
    { $count ->
        [one] یک پیام قبلی در این گفتگو هنوز قابل پاک کردن است
       *[other] { $count } پیام قبلی در این گفتگو هنوز قابل پاک کردن است
    } (تلگرام تا 48 ساعت اجازه می دهد). همین حالا پاک شوند؟
# translation_of: ae640fb501ea
disguise-clear-button = 🧹 پاک کردن پیام های قبلی
# translation_of: ec0433d38c6c
disguise-clear-done =
    { $count ->
        [0] چیزی پاک نشد.
        [one] یک پیام قبلی پاک شد.
       *[other] { $count } پیام قبلی پاک شد.
    } پیام های قدیمی تر می مانند: تلگرام دیگر به ربات اجازه نمی دهد آن ها را پاک کند.
