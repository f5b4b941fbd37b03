# Arabic UI strings.
# machine-drafted: true — see bot.ftl.

# translation_of: b69950061180
disguise-clear-offer =
    { $count ->
        [one] لا تزال رسالة سابقة واحدة في هذه المحادثة قابلة للحذف
       *[other] لا تزال { $count } من الرسائل السابقة في هذه المحادثة قابلة للحذف
    } (يسمح تيليجرام بذلك لمدة 48 ساعة). هل تريد حذفها الآن؟
# translation_of: ae640fb501ea
disguise-clear-button = 🧹 حذف الرسائل السابقة
# translation_of: ec0433d38c6c
disguise-clear-done =
    { $count ->
        [0] لم يمكن حذف أي شيء.
        [one] حُذفت رسالة سابقة واحدة.
       *[other] حُذفت { $count } من الرسائل السابقة.
    } تبقى الرسائل الأقدم: لم يعد تيليجرام يسمح للبوت بحذفها.
