# Bengali UI strings.
# machine-drafted: true — written without review by a native speaker; a volunteer should review it before it is marked reviewed. Messages missing here are shown in English.

language-name = বাংলা

start-welcome =
    স্বাগতম, { $name }।

    এই বট মানবাধিকার রক্ষাকারীদের নিরাপদ থাকতে সাহায্য করে: নিয়মিত চেক-ইন, প্রয়োজনে আপনার বিশ্বস্ত মানুষদের কাছে সতর্কবার্তা, এবং আপনার অধিকার সম্পর্কে তথ্য।

    <b>এটি যা রাখে:</b> আপনার Telegram নাম ও ভাষা, আপনার সেটিংস, আপনার বিশ্বস্ত পরিচিতজন এবং, আপনি পূরণ করলে, আপনার জরুরি কার্ড। সবকিছু সংরক্ষণের আগে এনক্রিপ্ট করা হয়।

    <b>আপনার পরিচিতজনরা কিছুই দেখেন না</b>, যতক্ষণ না কোনো সতর্কবার্তা পাঠানো হয়: কেবল তখনই তাঁরা আপনাকে সাহায্য করার জন্য যা দরকার তা পান।

    <b>/wipe</b> আপনার সম্পর্কে সবকিছু এখনই মুছে ফেলে।
start-welcome--disguised =
    স্বাগতম, { $name }।

    এই বট আপনার সম্পর্কে যা রাখে তার সবই এনক্রিপ্ট করা। /wipe এখনই সব মুছে ফেলে।
start-welcome-back =
    আবার স্বাগতম, { $name }।

    আপনি কী কী করতে পারেন দেখতে /help পাঠান।
help--disguised =
    এখানে আপনি যা করতে পারেন:

    /contacts – মানুষজন
    /invite – কাউকে আমন্ত্রণ জানান
    /card – প্রোফাইল
    /rights – পড়ার বিষয়
    /settings – সেটিংস
    /wipe – রিসেট
    /cancel – থামান
    /help – এই তালিকা
start-choose-language = আপনার ভাষা বেছে নিন:
language-set = ভাষা: { $language }।
help =
    এখানে আপনি যা করতে পারেন:

    /sos – এখনই আপনার বিশ্বস্ত পরিচিতজনদের সতর্ক করুন (কী ঘটছে তা যোগ করতে পারেন: /sos সীমান্তে আটকানো হয়েছে)
    🆘 SOS এবং ✅ আমি নিরাপদ – কিবোর্ড থেকে একই কাজ; 📍 সতর্কবার্তার সময় আপনার অবস্থান শেয়ার করে
    /checkin – চেক-ইন করুন; /schedule – নির্ধারিত চেক-ইন, একটি বাদ পড়লে আপনার পরিচিতজনদের সতর্ক করা হয়; /status
    /contacts – আপনার বিশ্বস্ত পরিচিতজন, এবং আপনি যাঁদের সুরক্ষা দেন
    /invite – কাউকে আপনার বিশ্বস্ত পরিচিতজন হতে আমন্ত্রণ জানান
    /card – আপনার জরুরি কার্ড
    /rights – আপনার অধিকার: আটক, ভিসা, আইনি সহায়তা (অথবা খুঁজতে শুধু একটি শব্দ লিখুন)
    /directory – আইনি সহায়তা ও হেল্পলাইন
    /settings – ভাষা, সময় অঞ্চল, স্বয়ংক্রিয় মুছে ফেলা, ছদ্মবেশ
    /wipe – আপনার সম্পর্কে সবকিছু মুছে ফেলুন
    /cancel – যা করছেন তা থামান
    /help – এই তালিকা

    বট কখনো নিজে থেকে পুলিশ বা কোনো কর্তৃপক্ষের সঙ্গে যোগাযোগ করে না।
    নেটওয়ার্কের সমন্বয়কারীদের জন্য: /alerts এবং /resolve।
start-in-group = অনুগ্রহ করে আমার সঙ্গে ব্যক্তিগত চ্যাটে কথা বলুন: আমার প্রোফাইল খুলে Start চাপুন। এই গ্রুপে আপনার সম্পর্কে কিছুই শেয়ার করা হয় না।
not-understood = আমি এটি বুঝতে পারিনি। আপনি কী কী করতে পারেন দেখতে /help পাঠান।
error-generic = আমাদের দিকে কিছু একটা সমস্যা হয়েছে। আপনার সংরক্ষিত কিছুই হারায়নি। অনুগ্রহ করে একটু পরে আবার চেষ্টা করুন।
error-storage-full = সার্ভারে জায়গা না থাকায় বট এটি সংরক্ষণ করতে পারেনি। আগে যা সংরক্ষণ করেছেন তা নিরাপদ আছে। অনুগ্রহ করে পরে আবার চেষ্টা করুন।

## Conversation plumbing
button-expired = এই বোতামের মেয়াদ শেষ হয়ে গেছে। কিছুই বদলানো হয়নি।
step-expired = এই ধাপে অনেক বেশি সময় লেগেছে, তাই এটি থামানো হয়েছে। কিছুই বদলানো হয়নি; অনুগ্রহ করে আবার শুরু করুন।
cancelled = বাতিল করা হয়েছে। কিছুই বদলানো হয়নি।
nothing-to-cancel = বাতিল করার মতো কিছু নেই।

## The persistent keyboard
keyboard-sos = 🆘 SOS
keyboard-sos--disguised = 📞 কল
keyboard-safe = ✅ আমি নিরাপদ
keyboard-safe--disguised = ✅ সম্পন্ন
keyboard-rights = ⚖️ অধিকার
keyboard-rights--disguised = 📖 পড়ুন
keyboard-menu = ☰ মেনু

## Menu and keyboard answers
menu =
    <b>মেনু</b>

    /sos – এখনই আপনার পরিচিতজনদের সতর্ক করুন
    /contacts – বিশ্বস্ত পরিচিতজন
    /card – জরুরি কার্ড
    /rights – আপনার অধিকার
    /settings – সেটিংস
    /help – সাহায্য
menu--disguised =
    <b>মেনু</b>

    /contacts – মানুষজন
    /card – প্রোফাইল
    /rights – পড়ার বিষয়
    /settings – সেটিংস
    /help – সাহায্য

## Command menus
command-start = শুরু করুন, বা স্বাগত বার্তা আবার দেখুন
command-help = আপনি যা করতে পারেন
command-sos = এখনই আপনার বিশ্বস্ত পরিচিতজনদের সতর্ক করুন
command-sos--disguised = কল
command-checkin = চেক-ইন: আমি নিরাপদ
command-checkin--disguised = উত্তর দিন: সব ঠিক আছে
command-schedule = আপনার নিরাপত্তা চেক-ইনের সময়সূচি
command-schedule--disguised = আপনার রুটিন
command-status = আপনার সময়সূচি, পরের চেক-ইন ও খোলা সতর্কবার্তা
command-status--disguised = আপনার রুটিন ও পরের উত্তর
command-contacts = আপনার বিশ্বস্ত পরিচিতজন
command-contacts--disguised = মানুষজন
command-invite = একজন বিশ্বস্ত পরিচিতজনকে আমন্ত্রণ জানান
command-invite--disguised = কাউকে আমন্ত্রণ জানান
command-card = আপনার জরুরি কার্ড
command-card--disguised = প্রোফাইল
command-rights = আপনার অধিকার: আটক, ভিসা, আইনি সহায়তা
command-rights--disguised = পড়ার বিষয়
command-directory = আইনি সহায়তা ও হেল্পলাইন
command-directory--disguised = ঠিকানা
command-settings = ভাষা, সময় অঞ্চল, গোপনীয়তা
command-wipe = আপনার সম্পর্কে সবকিছু মুছে ফেলুন
command-wipe--disguised = রিসেট
command-cancel = যা করছেন তা থামান

## Coordinators
coordinators-set = এই গ্রুপটি এখন নেটওয়ার্কের সমন্বয়কারীদের চ্যাট। যে সতর্কবার্তা কেউ সময়মতো সামলান না, সেগুলো এখানে আসবে। এই গ্রুপের সদস্যরা সমন্বয়কারী।
coordinators-not-admin = কেবল এই বটের একজন অ্যাডমিন এটি করতে পারেন।
coordinators-in-private = যে গ্রুপটিকে সমন্বয়কারীদের চ্যাট করতে চান, সেই গ্রুপের ভেতরে /coordinators পাঠান।
