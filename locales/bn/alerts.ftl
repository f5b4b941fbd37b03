# Bengali UI strings.
# machine-drafted: true — see bot.ftl.

alert-reference = Ref { $ref }
alert-reference--disguised = Ref { $ref }
# What is left of a copy of an alert once its details are taken away: no word in it may
# tell what it was.
copy-redacted = Ref { $ref } · বিস্তারিত সরিয়ে ফেলা হয়েছে।

## Names

alert-name-coordinators = নেটওয়ার্কের সমন্বয়কারীরা
alert-name-coordinators--disguised = আয়োজকরা
alert-name-coordinators-count = 2
alert-name-former-contact = এমন কেউ, যিনি আর আপনার পরিচিতজন নন
alert-name-former-contact--disguised = এমন কেউ যিনি আর আপনার তালিকায় নেই
alert-name-someone = অন্য একজন পরিচিতজন
alert-names-and = { $first } ও { $second }
alert-names-comma = { $first }, { $second }

## The alert itself, to a contact or to the coordinators

alert-title-sos = 🆘 <b>SOS: { $who } এখনই সাহায্য চাইছেন।</b>
alert-title-sos--disguised = 🔴 <b>{ $who } এখনই আপনাকে চাইছেন।</b>
alert-title-missed = ⏰ <b>{ $who } একটি নিরাপত্তা চেক-ইন বাদ দিয়েছেন।</b>
alert-title-missed--disguised = 🔴 <b>{ $who } সময়মতো উত্তর দেননি।</b>
alert-title-duress =
    🚨 <b>জবরদস্তি: { $who } তাঁর জবরদস্তির শব্দ পাঠিয়েছেন।</b>
    তিনি হয়তো এমন কারও সঙ্গে আছেন যে তাঁকে বাধ্য করছে। <b>তাঁকে প্রকাশ্যে ফোন বা বার্তা দেবেন না।</b>
alert-title-duress--disguised = 🔴 <b>{ $who } এখনই আপনাকে চাইছেন। তাঁকে ফোন বা বার্তা দেবেন না।</b>
alert-reminder-line = 🔁 মনে করিয়ে দিচ্ছি: এখনো কেউ দায়িত্ব নেননি।
alert-reminder-line--disguised = 🔁 মনে করিয়ে দিচ্ছি: এখনো কেউ উত্তর দেননি।
alert-escalated-line = আপনি এটি পাচ্ছেন, কারণ প্রথমে যাঁদের জিজ্ঞেস করা হয়েছিল তাঁরা উত্তর দেননি।
alert-follow-up-line = আপনি এটি পাচ্ছেন কারণ সতর্কবার্তাটি এখনো খোলা এবং কেউ এ নিয়ে কোনো খবর দেননি।
alert-follow-up-line--disguised = আপনি এটি পাচ্ছেন কারণ বিষয়টি এখনো খোলা এবং কেউ কোনো খবর দেননি।
alert-raised-at = সতর্কবার্তার সময়: { $when }
alert-raised-at--disguised = পাঠানো হয়েছে: { $when }
alert-last-checkin = শেষ চেক-ইন: { $when }
alert-last-checkin--disguised = শেষ উত্তর: { $when }
alert-their-words = তাঁর বার্তা: “{ $note }”
alert-location-below = 📍 তাঁর সর্বশেষ জানা অবস্থান ({ $when }) নিচে দেওয়া হলো।
alert-location-none = 📍 তিনি এখনো কোনো অবস্থান শেয়ার করেননি।
alert-location-earlier = 📍 তাঁর সর্বশেষ জানা অবস্থান ({ $when }) এই চ্যাটে আপনাকে পাঠানো হয়েছে।
alert-location-label = 📍 <b>{ $who }</b> { $when }-এ এই অবস্থান শেয়ার করেছেন:
alert-location-label--disguised = 📍 { $who } { $when }-এ এই জায়গা শেয়ার করেছেন:
alert-card-title = 🪪 <b>তাঁর জরুরি কার্ড</b>
alert-card-title--disguised = 🪪 <b>তাঁর তথ্য</b>
alert-card-earlier = 🪪 এই সতর্কবার্তার প্রথম বার্তার সঙ্গে তাঁর জরুরি কার্ড আপনাকে পাঠানো হয়েছে।
alert-card-earlier--disguised = 🪪 প্রথম বার্তার সঙ্গে তাঁর তথ্য আপনাকে পাঠানো হয়েছে।
alert-open-chat = 💬 <a href="{ $link }">{ $who }-এর সঙ্গে চ্যাট খুলুন</a>
alert-guidance =
    <b>কী করবেন</b>
    • এখনই ফোন বা বার্তা দিয়ে তাঁর সঙ্গে যোগাযোগের চেষ্টা করুন।
    • তাঁকে আটক করা হয়ে থাকতে পারে মনে হলে: তাঁর আইনজীবীর সঙ্গে যোগাযোগ করুন, এবং আইনজীবী বা অভিবাসীদের সহায়তাকারী কোনো সংস্থার মাধ্যমে জানুন তাঁকে কোথায় রাখা হয়েছে (নিজে কর্তৃপক্ষের কাছে জানতে চাইলে আপনি ঝুঁকিতে পড়তে পারেন)। মানদণ্ড বলে, দ্রুত আইনজীবী পাওয়ার সুযোগ তাঁর থাকা উচিত; সব দেশ এর নিশ্চয়তা দেয় না।
    • তিনি সম্মতি দিয়ে থাকলে তবেই তাঁর কনস্যুলেটের সঙ্গে যোগাযোগ করুন।
    • অন্যরা যেন জানেন, সেজন্য “আমি দায়িত্ব নিচ্ছি” চাপুন; অথবা সঙ্গে সঙ্গে অন্যদের কাছে পাঠাতে “আমি সাহায্য করতে পারছি না” চাপুন।
    অধিকার সম্পর্কে তথ্য: /rights
alert-guidance--disguised =
    <b>কী করবেন</b>
    • এখনই ফোন বা বার্তা দিয়ে তাঁর সঙ্গে যোগাযোগের চেষ্টা করুন।
    • তাঁর সঙ্গে আগে থেকে যা ঠিক করেছিলেন, তা করুন।
    • অন্যরা যেন জানেন, সেজন্য “আমি দায়িত্ব নিচ্ছি” চাপুন; অথবা সঙ্গে সঙ্গে অন্যদের কাছে পাঠাতে “আমি সাহায্য করতে পারছি না” চাপুন।
alert-guidance-duress =
    <b>কী করবেন</b>
    • তাঁকে প্রকাশ্যে ফোন বা বার্তা দেবেন না: কেউ হয়তো তাঁর ফোন নজরে রাখছে। তাঁর স্ক্রিনে এই সতর্কবার্তার কিছুই দেখা যায় না।
    • বিশ্বস্ত মানুষদের মাধ্যমে কাজ করুন: তাঁর আইনজীবী, সহকর্মীরা, নেটওয়ার্কের সমন্বয়কারীরা।
    • তাঁকে আটক করা হয়ে থাকতে পারে মনে হলে: তাঁর আইনজীবীর সঙ্গে যোগাযোগ করুন, এবং আইনজীবী বা অভিবাসীদের সহায়তাকারী কোনো সংস্থার মাধ্যমে জানুন তাঁকে কোথায় রাখা হয়েছে (নিজে কর্তৃপক্ষের কাছে জানতে চাইলে আপনি ঝুঁকিতে পড়তে পারেন)। মানদণ্ড বলে, দ্রুত আইনজীবী পাওয়ার সুযোগ তাঁর থাকা উচিত; সব দেশ এর নিশ্চয়তা দেয় না।
    • তিনি সম্মতি দিয়ে থাকলে তবেই তাঁর কনস্যুলেটের সঙ্গে যোগাযোগ করুন।
    • অন্যরা যেন জানেন, সেজন্য “আমি দায়িত্ব নিচ্ছি” চাপুন; অথবা সঙ্গে সঙ্গে অন্যদের কাছে পাঠাতে “আমি সাহায্য করতে পারছি না” চাপুন।
    অধিকার সম্পর্কে তথ্য: /rights
alert-guidance-duress--disguised =
    <b>কী করবেন</b>
    • তাঁকে ফোন বা বার্তা দেবেন না: অন্যরা তাঁর ফোন দেখতে পারে। তিনি এর কিছুই দেখতে পান না।
    • আগে থেকে যা ঠিক করেছিলেন, বিশ্বস্ত মানুষদের মাধ্যমে তা-ই করুন।
    • অন্যরা যেন জানেন, সেজন্য “আমি দায়িত্ব নিচ্ছি” চাপুন; অথবা সঙ্গে সঙ্গে অন্যদের কাছে পাঠাতে “আমি সাহায্য করতে পারছি না” চাপুন।
alert-button-on-it = 🙋 আমি দায়িত্ব নিচ্ছি
alert-button-cant-help = ✋ আমি সাহায্য করতে পারছি না
alert-button-resolve = ✔️ নিষ্পত্তি করুন

## Follow-ups to the people an alert reached

alert-to-handled-by = 🙋 { $helper } { $who }-এর সতর্কবার্তার দায়িত্ব নিয়েছেন।
alert-to-handled-by--disguised = 🙋 { $helper } { $who }-এর খেয়াল রাখছেন।
alert-to-follow-up-asked = ⏰ আপনি বলেছিলেন { $who }-এর সতর্কবার্তার দায়িত্ব নিচ্ছেন, কিন্তু তারপর থেকে আপনার কোনো খবর নেই, তাই এটি আরও মানুষের কাছে পাঠানো হয়েছে। কী ঘটছে তা সতর্কবার্তার উত্তরে লিখুন, অথবা এখনো দায়িত্বে থাকলে আবার “আমি দায়িত্ব নিচ্ছি” চাপুন।
alert-to-follow-up-asked--disguised = ⏰ আপনি বলেছিলেন { $who }-এর দেখাশোনা করবেন। কেমন চলছে তা অন্যদের জানান, অথবা আবার “আমি দায়িত্ব নিচ্ছি” চাপুন।
alert-to-resolved = ✅ { $who } তাঁর নিরাপত্তা PIN দিয়ে সতর্কবার্তাটি বন্ধ করেছেন। কাউকে জোর করে PIN বলিয়ে নেওয়া যায়: কিছু ভুল মনে হলে, বিশ্বাস করেন এমন মানুষের মাধ্যমে তাঁর খোঁজ নিন।
alert-to-resolved--disguised = ✅ { $who } নিশ্চিত করেছেন যে এখন সব ঠিক আছে।
alert-to-resolved-unverified = ✅ { $who } বলছেন তিনি নিরাপদ। এটি যাচাই করা নয়: তিনি কোনো নিরাপত্তা PIN ঠিক করেননি। সতর্কবার্তা বন্ধ করা হয়েছে।
alert-to-resolved-unverified--disguised = ✅ { $who } বলছেন এখন সব ঠিক আছে (নিশ্চিত নয়)।
alert-to-checked-in = ✅ { $who } { $time }-এ চেক-ইন করেছেন এবং তাঁর নিরাপত্তা PIN দিয়ে সতর্কবার্তাটি বন্ধ করেছেন। কাউকে জোর করে PIN বলিয়ে নেওয়া যায়: কিছু ভুল মনে হলে, বিশ্বাস করেন এমন মানুষের মাধ্যমে তাঁর খোঁজ নিন।
alert-to-checked-in--disguised = ✅ { $who } { $time }-এ উত্তর দিয়েছেন। সব ঠিক আছে।
alert-to-checked-in-unverified = ✅ { $who } { $time }-এ চেক-ইন করেছেন। এটি যাচাই করা নয়: তিনি কোনো নিরাপত্তা PIN ঠিক করেননি। সতর্কবার্তা বন্ধ করা হয়েছে।
alert-to-checked-in-unverified--disguised = ✅ { $who } { $time }-এ উত্তর দিয়েছেন (নিশ্চিত নয়)।
alert-to-resolved-by-coordinator = ✅ সমন্বয়কারীরা { $who }-এর সতর্কবার্তা বন্ধ করেছেন।
alert-to-resolved-by-coordinator--disguised = ✅ আয়োজকরা বলছেন { $who }-এর সব ঠিক আছে।
alert-to-resolved-reason-by-coordinator = ✅ সমন্বয়কারীরা { $who }-এর সতর্কবার্তা বন্ধ করেছেন: { $reason }
alert-to-resolved-reason-by-coordinator--disguised = ✅ আয়োজকরা বলছেন { $who }-এর সব ঠিক আছে: { $reason }
alert-to-false-alarm = ↩️ ভুল সতর্কবার্তা: { $who } তাঁর নিরাপত্তা PIN দিয়ে সতর্কবার্তাটি বাতিল করেছেন। কিছু করার দরকার নেই।
alert-to-false-alarm--disguised = ↩️ { $who } ওটা ভুল করে পাঠিয়েছিলেন। কিছু করার দরকার নেই।
alert-to-possibly-coerced = ⚠️ { $who } বলছেন তিনি নিরাপদ, কিন্তু এটি যাচাই করা নয়: হয়তো তাঁকে এ কথা বলতে বাধ্য করা হয়েছে। তিনি নিরাপদ বলে কেউ নিশ্চিত না করা পর্যন্ত সতর্কবার্তা খোলা থাকবে।
alert-to-account-erased = ⚠️ সতর্কবার্তা খোলা থাকা অবস্থায় { $who } তাঁর অ্যাকাউন্ট মুছে ফেলেছেন। হয়তো তাঁকে বাধ্য করা হয়েছে। সরাসরি তাঁর খোঁজ নিন; এখানে আর এই সতর্কবার্তার উত্তর দেওয়া যাবে না।
alert-to-account-erased--disguised = ⚠️ এটি খোলা থাকা অবস্থায় { $who } চলে গেছেন। অনুগ্রহ করে সরাসরি তাঁর খোঁজ নিন।
alert-to-new-words = 💬 { $who } যোগ করেছেন: “{ $note }”
alert-to-possibly-coerced--disguised = ⚠️ { $who } বলছেন সব ঠিক আছে, কিন্তু এটি এখনো নিশ্চিত নয়। অনুগ্রহ করে নিজে তাঁর খোঁজ নিন।

## To the defender, about their alert

sos-raised =
    🆘 <b>SOS পাঠানো হয়েছে।</b> এখন জানানো হচ্ছে: { $names }।
    পারলে নিচের বোতাম দিয়ে আপনার অবস্থান শেয়ার করুন। নিরাপদ হলে “আমি নিরাপদ” চাপুন।
sos-raised--disguised =
    📞 <b>পাঠানো হয়েছে।</b> এখন জানানো হচ্ছে: { $names }।
    সব ঠিক থাকলে “সম্পন্ন” চাপুন।
sos-raised-nobody =
    ⚠️ <b>এই সতর্কবার্তা কেউ পাবেন না।</b> আপনার কোনো বিশ্বস্ত পরিচিতজন নেই, আর নেটওয়ার্কের কোনো সমন্বয়কারী চ্যাট নেই।
    আপনি এখন বিপদে থাকলে সরাসরি বিশ্বাস করেন এমন কাউকে ফোন বা বার্তা দিন। তারপর /invite দিয়ে একজন পরিচিতজন যোগ করুন।
sos-raised-nobody--disguised =
    ⚠️ <b>কাউকে জানানো যায়নি।</b> আপনার তালিকায় এখনো কেউ নেই।
    /invite দিয়ে কাউকে যোগ করুন।
sos-already-open =
    🆘 আপনার সতর্কবার্তা এখনো খোলা ({ $ref })। { $count ->
        [0] এটি এখনো কারও কাছে পৌঁছায়নি।
       *[other] যাঁদের জানানো হয়েছে: { $names }।
    }
    পারলে নিচের বোতাম দিয়ে আপনার অবস্থান শেয়ার করুন, এবং নিরাপদ হলে “আমি নিরাপদ” চাপুন।
sos-already-open--disguised =
    📞 আপনার বার্তা এখনো খোলা ({ $ref })। সব ঠিক থাকলে “সম্পন্ন” চাপুন।
sos-words-passed-on = আপনার কথা যাঁদের জানানো হয়েছে, তাঁদের সবার কাছে পৌঁছে দেওয়া হয়েছে।
sos-words-passed-on--disguised = আপনার কথা পৌঁছে দেওয়া হয়েছে।
sos-button-false-alarm = ↩️ ভুল সতর্কবার্তা: বাতিল
sos-button-false-alarm--disguised = ↩️ ভুল করে পাঠানো
keyboard-share-location = 📍 আমার অবস্থান শেয়ার করুন
keyboard-share-location--disguised = 📍 জায়গা শেয়ার করুন
sos-location-shared = 📍 আপনার সতর্কবার্তা যাঁদের জানানো হয়েছে, তাঁদের সবার কাছে আপনার অবস্থান পৌঁছে দেওয়া হয়েছে।
sos-location-shared--disguised = 📍 আপনার জায়গা পৌঁছে দেওয়া হয়েছে।
sos-location-no-alert = আমি কেবল সতর্কবার্তার সময় আপনার অবস্থান পৌঁছে দিই। সাহায্য দরকার হলে 🆘 SOS চাপুন।
sos-location-no-alert--disguised = এই মুহূর্তে কিছু খোলা নেই।
sos-already-closed = এই সতর্কবার্তা আগেই বন্ধ হয়ে গেছে।
sos-already-closed--disguised = এটি আগেই বন্ধ হয়ে গেছে।

alert-you-who-was-notified = 📨 সতর্কবার্তা পাঠানো হয়েছে: { $names }।
alert-you-who-was-notified--disguised = 📨 পাঠানো হয়েছে: { $names }।
alert-you-acknowledged-by =
    🙋 { $count ->
       *[other] দায়িত্ব নিয়েছেন: { $names }।
    }
alert-you-unreachable = ⚠️ যোগাযোগ করা যায়নি: { $names } (হয়তো বটটি ব্লক করেছেন)।
alert-you-unreachable--disguised = ⚠️ যোগাযোগ করা যায়নি: { $names }।
alert-you-cant-help = ✋ { $names } জানিয়েছেন যে তিনি সাহায্য করতে পারবেন না।
alert-you-cant-help--disguised = ✋ { $names } এটি করতে পারবেন না।
alert-you-nobody-to-alert = ⚠️ <b>আপনার সতর্কবার্তা কেউ পাবেন না।</b> /invite দিয়ে একজন বিশ্বস্ত পরিচিতজন যোগ করুন।
alert-you-nobody-to-alert--disguised = ⚠️ কাউকে জানানো যায়নি। /invite দিয়ে কাউকে যোগ করুন।
alert-you-nobody-left = ⚠️ <b>সাহায্য করার মতো আর কেউ নেই।</b> যাঁদের কাছে আপনার সতর্কবার্তা যাওয়ার কথা ছিল, তাঁদের সবার সঙ্গে হয় যোগাযোগ করা যায়নি, নয়তো তাঁরা জানিয়েছেন যে সাহায্য করতে পারবেন না। বিশ্বস্ত কাউকে সরাসরি ফোন বা বার্তা দিন।
alert-you-nobody-left--disguised = ⚠️ কেউ পাওয়া যাচ্ছে না। বিশ্বস্ত কাউকে ফোন করুন।
alert-you-resolved = ✅ আপনার সতর্কবার্তা বন্ধ করা হয়েছে। যাঁদের জানানো হয়েছিল, তাঁরা সবাই এখন জানেন যে আপনি নিরাপদ।
alert-you-resolved--disguised = ✅ বন্ধ করা হয়েছে। সবাইকে জানানো হয়েছে যে সব ঠিক আছে।
alert-you-resolved-by-coordinator = ✅ নেটওয়ার্কের সমন্বয়কারীরা আপনার সতর্কবার্তা বন্ধ করেছেন: { $reason }
alert-you-resolved-by-coordinator--disguised = ✅ আয়োজকরা এটি বন্ধ করেছেন: { $reason }
alert-you-resolved-by-coordinator-no-reason = ✅ নেটওয়ার্কের সমন্বয়কারীরা আপনার সতর্কবার্তা বন্ধ করেছেন।
alert-you-resolved-by-coordinator-no-reason--disguised = ✅ আয়োজকরা এটি বন্ধ করেছেন।
alert-you-cancelled = ↩️ বাতিল করা হয়েছে। যাঁদের জানানো হয়েছিল, তাঁরা সবাই জানেন যে এটি ভুল সতর্কবার্তা ছিল।
alert-you-cancelled--disguised = ↩️ বাতিল করা হয়েছে। সবাইকে জানানো হয়েছে যে এটি ভুল করে পাঠানো হয়েছিল।
alert-you-false-alarm-window-passed = বাতিল করার সময় পেরিয়ে গেছে: আপনার পরিচিতজনরা ইতিমধ্যে ব্যবস্থা নিচ্ছেন। নিরাপদ হলে “আমি নিরাপদ” চাপুন।
alert-you-false-alarm-window-passed--disguised = বাতিল করার সময় পেরিয়ে গেছে। সব ঠিক থাকলে “সম্পন্ন” চাপুন।

## Contacts answering

alert-answer-on-it = ধন্যবাদ। সংশ্লিষ্ট সবাই এখন জানেন যে আপনি দায়িত্ব নিয়েছেন।
alert-answer-cant-help = বুঝেছি। এর বদলে অন্যদের জিজ্ঞেস করা হচ্ছে।
alert-answer-gone = এই সতর্কবার্তার উত্তর দেওয়া আর আপনার দায়িত্ব নয়।
alert-answer-gone--disguised = এর উত্তর দেওয়া আর আপনার দায়িত্ব নয়।
alert-answer-closed = এই সতর্কবার্তা আগেই বন্ধ হয়ে গেছে। আর কিছু করার দরকার নেই।
alert-answer-closed--disguised = এটি আগেই বন্ধ হয়ে গেছে। আর কিছু করার দরকার নেই।
alert-answer-already = কেউ ইতিমধ্যে দায়িত্ব নিয়েছেন; আপনার নামও লিখে রাখা হয়েছে।

## Coordinators

alerts-not-coordinator = কেবল নেটওয়ার্কের সমন্বয়কারীরা খোলা সতর্কবার্তা দেখতে পারেন।
alerts-none = ✅ কোনো খোলা সতর্কবার্তা নেই।
alerts-header = <b>খোলা সতর্কবার্তা: { $count }</b>
alerts-line =
    <b>{ $ref }</b> · { $kind } · { $who }
    { $age } আগে শুরু · পৌঁছেছে: { $level } · দায়িত্বে: { $helper }
alerts-kind-sos = SOS
alerts-kind-missed = বাদ পড়া চেক-ইন
alerts-kind-duress = জবরদস্তি (প্রকাশ্যে যোগাযোগ করবেন না)
alerts-level-0 = কেউ না
alerts-level-1 = প্রথম স্তরের পরিচিতজন
alerts-level-2 = দ্বিতীয় স্তরের পরিচিতজন
alerts-level-3 = সমন্বয়কারীরা
alerts-nobody-yet = এখনো কেউ না
alerts-coerced = ⚠️ হয়তো নিরাপদ বলতে বাধ্য করা হয়েছে
alerts-button-on-it = 🙋 { $ref }: দায়িত্ব নিচ্ছি
alerts-button-resolve = ✔️ { $ref }: নিষ্পত্তি
alerts-resolve-ask = সতর্কবার্তা { $ref } কীভাবে নিষ্পত্তি হলো? (অথবা /resolve { $ref } লিখে তারপর নিজের কথায় লিখে পাঠান।)
alerts-reason-safe = নিরাপদ বলে নিশ্চিত
alerts-reason-false-alarm = ভুল সতর্কবার্তা
alerts-reason-handled = নেটওয়ার্ক সামলেছে
alerts-acknowledged = 🙋 { $name } (সমন্বয়কারী) { $ref }-এর দায়িত্ব নিয়েছেন।
alerts-resolved = ✔️ { $name } { $ref } নিষ্পত্তি করেছেন: { $reason }
alerts-unknown-ref = { $ref } রেফারেন্সের কোনো খোলা সতর্কবার্তা নেই। সেগুলো দেখতে /alerts পাঠান।
alerts-resolve-usage = /resolve লিখুন, তারপর সতর্কবার্তার রেফারেন্স এবং কী ঘটেছে, যেমন: /resolve Q7XK2M তাঁর আইনজীবীর সঙ্গে যোগাযোগ হয়েছে
alerts-closed = { $ref } আগেই বন্ধ হয়ে গেছে।
