# Bengali UI strings.
# machine-drafted: true — see bot.ftl.

## /settings

settings-title =
    <b>সেটিংস</b>

    ভাষা: { $language }
    সময় অঞ্চল: { $timezone } (এখন { $time })
    স্বয়ংক্রিয় মুছে ফেলা: { $autodelete }
    ছদ্মবেশ: { $disguise_mode }
    সতর্কবার্তায় আপনার পরিচিতজনদের সাড়া দেওয়ার সময়: { $answer_time }
settings-language = 🌐 ভাষা
settings-timezone = 🕓 সময় অঞ্চল
settings-autodelete = 🧹 স্বয়ংক্রিয় মুছে ফেলা
settings-ack-timeout = ⏱ সাড়া দেওয়ার সময়
settings-ack-timeout--disguised = ⏱ উত্তরের সময়
settings-disguise-on = 🎭 ছদ্মবেশ: চালু করুন
settings-disguise-off = 🎭 ছদ্মবেশ: বন্ধ করুন
settings-wipe = 🗑 সবকিছু মুছে ফেলুন
settings-wipe--disguised = 🗑 রিসেট
settings-back = ← ফিরে যান

settings-on = চালু
settings-off = বন্ধ

timezone-choose = আপনার সময় অঞ্চল বেছে নিন, অথবা “অন্যটি লিখুন” চাপুন এবং আপনার শহর বা দেশের নাম (ব্যাংকক, তেহেরান, নেপাল) বা একটি অফসেট (যেমন UTC+7) পাঠান।
timezone-type-another = ⌨️ অন্যটি লিখুন
timezone-ask = আপনার শহর বা দেশের নাম পাঠান, বাংলায় বা ইংরেজিতে (ব্যাংকক, তেহেরান, নেপাল), অথবা একটি অফসেট, যেমন UTC+7 বা GMT+5:30। থামাতে /cancel।
timezone-invalid = “{ $text }” সময় অঞ্চলটি আমি চিনি না। কাছের কোনো বড় শহরের নাম (কুয়ালালামপুর, জাকার্তা, দুবাই), Asia/Makassar-এর মতো একটি নাম, বা একটি অফসেট (যেমন UTC+7) পাঠান, অথবা /cancel।
timezone-set = সময় অঞ্চল: { $timezone } (এখন { $time })।

autodelete-explain =
    বট কিছু সময় পরে এই চ্যাট থেকে তার নিজের সেই বার্তাগুলো মুছে ফেলতে পারে যেগুলোতে সংবেদনশীল তথ্য থাকে (আপনার কার্ড, আপনার পরিচিতজন, সতর্কবার্তার বিবরণ), যাতে আপনার ফোন কেউ নিয়ে গেলে সেগুলো সেখানে না থাকে। Telegram বটকে 48 ঘণ্টা পর্যন্ত এটি করতে দেয়।
autodelete-off = বন্ধ
autodelete-seconds = { $minutes ->
    [1] 1 মিনিট পরে
    [60] 1 ঘণ্টা পরে
    [1440] 24 ঘণ্টা পরে
   *[other] { $minutes } মিনিট পরে
}
autodelete-set = স্বয়ংক্রিয় মুছে ফেলা: { $choice }।

ack-timeout-explain =
    আপনি সতর্কবার্তা পাঠালে, আপনার প্রথম স্তরের পরিচিতজনরা “আমি দায়িত্ব নিচ্ছি” চাপার জন্য এতটা সময় পান; এরপর দ্বিতীয় স্তরের পরিচিতজনদের, তারপর সমন্বয়কারীদের জানানো হয়। উচ্চ ঝুঁকির মুহূর্তে কম সময় বেশি নিরাপদ; যে পরিচিতজনরা অন্য সময় অঞ্চলে ঘুমিয়ে থাকতে পারেন, তাঁদের জন্য বেশি সময় ভালো।
ack-timeout-explain--disguised = পরের মানুষদের জিজ্ঞেস করার আগে মানুষজন কতক্ষণ উত্তর দেওয়ার সময় পাবেন।
ack-timeout-network = নেটওয়ার্কের সেটিং ({ $minutes } মিনিট)
ack-timeout-minutes = { $minutes } মিনিট

disguise-on = ছদ্মবেশ চালু: এই চ্যাট এখন নিরপেক্ষ শব্দ ও বোতাম ব্যবহার করে। সবকিছু আগের মতোই কাজ করে।
disguise-off = ছদ্মবেশ বন্ধ।

wipe-ask =
    এটি বট আপনার সম্পর্কে যা রাখে তার <b>সবকিছু</b> মুছে ফেলে: আপনার সেটিংস, আপনার কার্ড, আপনার বিশ্বস্ত পরিচিতজন এবং আপনি যাঁদের সুরক্ষা দেন তাঁরা (তাঁদের কেবল জানানো হবে যে একজন পরিচিতজন চলে গেছেন)। Telegram যেখানে অনুমতি দেয়, সেখানে বট এই চ্যাটে তার সাম্প্রতিক বার্তাগুলোও মুছে ফেলবে।

    এটি আর ফেরানো যাবে না। এগিয়ে যেতে <b>{ $word }</b> শব্দটি পাঠান। থামাতে /cancel পাঠান।
wipe-word = মুছুন
wipe-not-confirmed = এটি { $word } শব্দটি ছিল না। কিছুই মোছা হয়নি। সবকিছু মুছতে { $word } পাঠান, অথবা /cancel।
wipe-done = এই বট থেকে আপনার সম্পর্কে সবকিছু মুছে ফেলা হয়েছে। আবার ব্যবহার করতে চাইলে /start পাঠান।
wipe-contact-left = আপনার বিশ্বস্ত পরিচিতজনদের একজন বটটি ছেড়ে চলে গেছেন। /contacts দিয়ে আপনার তালিকা দেখে নিন।
wipe-contact-left--disguised = একজন চলে গেছেন। /contacts দেখুন।

## Neutral wording while disguise mode is on
settings-title--disguised =
    <b>সেটিংস</b>

    ভাষা: { $language }
    সময় অঞ্চল: { $timezone } (এখন { $time })
    স্বয়ংক্রিয় মুছে ফেলা: { $autodelete }
    সাধারণ ধরন: { $disguise_mode }
    উত্তরের সময়: { $answer_time }
settings-disguise-off--disguised = 🎭 সাধারণ ধরন: বন্ধ করুন
autodelete-explain--disguised = বট কিছু সময় পরে এই চ্যাট থেকে তার নিজের বার্তাগুলো মুছে ফেলতে পারে। Telegram এটি 48 ঘণ্টা পর্যন্ত করতে দেয়।
disguise-on--disguised = সাধারণ ধরন চালু।
