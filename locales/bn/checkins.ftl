# Bengali UI strings.
# machine-drafted: true — see bot.ftl.

checkin-done = ✅ { $time }-এ চেক-ইন হয়েছে।
checkin-done--disguised = ✅ { $time }-এ লিখে রাখা হয়েছে।
checkin-next = পরের চেক-ইন { $due }-এর মধ্যে।
checkin-next--disguised = পরের উত্তর { $due }-এর মধ্যে।
checkin-deadline-ended = আপনার { $deadline }-এর সময়সীমাটি পূরণ হয়েছে।
checkin-pin-ask = আপনার সতর্কবার্তা এখনো খোলা। এটি বন্ধ করতে আপনার নিরাপত্তা PIN পাঠান।
checkin-pin-ask--disguised = এটি বন্ধ করতে আপনার কোড পাঠান।
checkin-pin-wrong = এটি আপনার নিরাপত্তা PIN নয়। সতর্কবার্তা খোলা থাকবে। আবার আপনার PIN পাঠান, অথবা /cancel।
checkin-pin-wrong--disguised = এটি আপনার কোড নয়। আবার পাঠান, অথবা /cancel।
checkin-resumed = ▶️ আপনার বিরতি শেষ: চেক-ইন আবার চালু। পরের চেক-ইন { $due }-এর মধ্যে।
checkin-resumed--disguised = ▶️ আপনার বিরতি শেষ। পরের উত্তর { $due }-এর মধ্যে।
checkin-reminder = ⏰ চেক-ইনের সময় হয়েছে: { $due }-এর মধ্যে করতে হবে। নিরাপদ থাকলে নিচে চাপুন।
checkin-reminder--disguised = ⏰ মনে করিয়ে দিচ্ছি: অনুগ্রহ করে { $due }-এর মধ্যে উত্তর দিন।

schedule-forms-schedule =
    নিচের যেকোনো একটি লিখে সময়সূচি ঠিক করুন:
    /schedule every 2h – প্রতি 2 ঘণ্টায় (15 মিনিট থেকে 7 দিন; এছাড়া every 90m, every 1.5h)
    /schedule daily 09:00 21:00 – প্রতিদিন এই সময়গুলোতে, আপনার সময় অঞ্চল অনুযায়ী (এছাড়া daily 9am 9pm)
    /schedule off – সময়সূচি বন্ধ করুন
    এছাড়া: /grace 30m (নির্ধারিত সময়ের পরে, আপনার পরিচিতজনদের সতর্ক করার আগে যতটা সময় দেওয়া হয়), /reminder 10m বা /reminder off, /checkin_by 13:00 (একবারের সময়সীমা), /pause 2d বা /pause until 2026-12-01 09:00, /resume, /status।
schedule-forms-schedule--disguised =
    নিচের যেকোনো একটি লিখে রুটিন ঠিক করুন:
    /schedule every 2h
    /schedule daily 09:00 21:00
    /schedule off
    এছাড়া: /grace 30m, /reminder 10m বা /reminder off, /checkin_by 13:00, /pause 2d, /resume, /status।
schedule-menu-choose = অথবা বেছে নিন:
schedule-button-every = প্রতি { $every }
schedule-button-off = সময়সূচি বন্ধ করুন
schedule-forms-grace = যেমন: /grace 30m (1 মিনিট থেকে 24 ঘণ্টা)।
schedule-forms-reminder = যেমন: /reminder 10m, অথবা /reminder off।
schedule-forms-checkin-by = যেমন: /checkin_by 13:00, /checkin_by tomorrow 08:00, /checkin_by 2026-12-01 13:00, /checkin_by 2h, অথবা /checkin_by off।
schedule-forms-pause = যেমন: /pause 3h, /pause 2d, অথবা /pause until 2026-12-01 09:00 (সর্বোচ্চ 30 দিন)।

schedule-problem-format = আমি এটি পড়তে পারিনি।
schedule-time-passed = আজকের { $time } পেরিয়ে গেছে। আপনি কি আগামীকাল { $time }-এর কথা বলছেন? তা না হলে তারিখসহ কমান্ডটি আবার পাঠান, যেমন 2026-12-01 { $time }।
schedule-button-tomorrow = হ্যাঁ, আগামীকাল { $time }-এ
schedule-problem-no-such-time = এই সময়টি হয় না।
schedule-problem-too-short = এটি খুব কম: সবচেয়ে কম { $limit }।
schedule-problem-too-long = এটি খুব বেশি: সবচেয়ে বেশি { $limit }।
schedule-problem-too-close = দৈনিক সময়গুলোর মধ্যে অন্তত { $limit } ব্যবধান থাকতে হবে।
schedule-problem-in-the-past = এই সময়টি আগেই পেরিয়ে গেছে।
schedule-problem-too-far-ahead = এটি অনেক পরের সময়: সর্বোচ্চ { $limit }।
schedule-problem-reminder-too-long = রিমাইন্ডার নির্ধারিত সময়ের { $limit }-এর কম আগে আসতে হবে।
schedule-problem-deadline-during-pause = এতে আপনার চেক-ইনের সময়সীমার সময়ও বিরতি চলবে। আগে সময়সীমাটি বদলান (/checkin_by off)।

status-no-schedule = 🗓 নিয়মিত চেক-ইনের কোনো সময়সূচি নেই।
status-no-schedule--disguised = 🗓 কোনো রুটিন ঠিক করা নেই।
status-schedule = 🗓 চেক-ইন: { $rule }
status-schedule--disguised = 🗓 রুটিন: { $rule }
status-grace = অতিরিক্ত সময়: { $grace } · আগাম রিমাইন্ডার: { $reminder }
status-reminder-off = বন্ধ
status-paused = ⏸ { $until } পর্যন্ত বিরতি: ততক্ষণ কিছুই পাঠানো হবে না।
status-next = পরের চেক-ইন { $due }-এর মধ্যে।
status-next--disguised = পরের উত্তর { $due }-এর মধ্যে।
status-deadline = একবারের সময়সীমা: { $deadline }।
status-last = শেষ চেক-ইন: { $last }।
status-last--disguised = শেষ উত্তর: { $last }।
status-never = এখনো কোনো চেক-ইন হয়নি।
status-alert-open = 🆘 আপনার বিষয়ে একটি সতর্কবার্তা খোলা আছে। নিরাপদ হলে ✅ আমি নিরাপদ চাপুন।
status-alert-open--disguised = 📞 একটি বিষয় এখনো খোলা আছে। সব ঠিক থাকলে ✅ সম্পন্ন চাপুন।
status-nobody = ⚠️ আপনি চেক-ইন বাদ দিলে কাউকে সতর্ক করা হবে না: আপনার কোনো বিশ্বস্ত পরিচিতজন নেই, আর নেটওয়ার্কের কোনো সমন্বয়কারী চ্যাট নেই। /invite দিয়ে একজন পরিচিতজন যোগ করুন।
status-nobody--disguised = ⚠️ কাউকে জানানো হবে না: /invite দিয়ে কাউকে যোগ করুন।

## /settings: the safety PIN and the duress word
settings-pin = 🔐 নিরাপত্তা PIN
settings-pin--disguised = 🔐 কোড
settings-duress = 🗝 বিপদ-সংকেত শব্দ
settings-duress--disguised = 🗝 দ্বিতীয় শব্দ
safety-pin-explain =
    <b>নিরাপত্তা PIN</b>
    আপনি সতর্কবার্তা পাঠানোর পর, আপনাকে আটকে রাখা কেউ আপনাকে “আমি নিরাপদ” চাপতে বাধ্য করতে পারে। নিরাপত্তা PIN থাকলে, আপনার সুরক্ষা শেষ বা দুর্বল করে এমন কিছুই PIN ছাড়া হয় না: সতর্কবার্তা বন্ধ বা বাতিল করা, চেক-ইন থামিয়ে রাখা বা বন্ধ করা, কোনো পরিচিতজনকে সরানো, PIN বা বিপদ-সংকেত শব্দ বদলানো। শুধু PIN কিছুই প্রমাণ করে না (কাউকে জোর করে PIN বলিয়ে নেওয়া যায়): সেজন্যই বিপদ-সংকেত শব্দ আছে।
    এক ঘণ্টার মধ্যে 3 বার ভুল PIN দিলে আপনার পরিচিতজনদের সাবধান করা হয়; 5 বার হলে, 15 মিনিট PIN দেওয়া যাবে না, তারপর আরও বেশি সময়।
    চাপের মধ্যেও মনে রাখতে পারবেন এমন কিছু বেছে নিন, 4 থেকে 64 অক্ষর, 1234 বা 0000 নয়। এখনই পাঠান, তারপর আরেকবার; এটি সঙ্গে সঙ্গে এই চ্যাট থেকে মুছে ফেলা হয় এবং এমনভাবে রাখা হয় যে কেউ আর তা পড়তে পারে না। অথবা /cancel।
safety-pin-explain--disguised =
    <b>কোড</b>
    4 থেকে 64 অক্ষরের একটি কোড বেছে নিয়ে এখনই পাঠান। এটি সঙ্গে সঙ্গে এই চ্যাট থেকে মুছে ফেলা হয়। অথবা /cancel।
safety-duress-explain =
    <b>বিপদ-সংকেত শব্দ</b>
    এমন একটি শব্দ, যা দেখতে সাধারণ চেক-ইনের মতো, কিন্তু গোপনে আপনার পরিচিতজন ও সমন্বয়কারীদের সতর্ক করে। কেউ আপনাকে চেক-ইন করতে বা সতর্কবার্তা বন্ধ করতে বাধ্য করলে এটি ব্যবহার করুন: /checkin-এর বদলে এটি পাঠান (অথবা /checkin পাঠানোর পরে, অথবা PIN চাওয়া হলে)। আপনার স্ক্রিনে ঠিক তা-ই দেখাবে যা সাধারণ চেক-ইনে দেখায়; এই চ্যাটে সতর্কবার্তার কোনো চিহ্ন থাকবে না।
    এমন একটি শব্দ বেছে নিন যা ভুল করে লিখবেন না, 4 থেকে 64 অক্ষর, আপনার PIN থেকে আলাদা। এখনই পাঠান; এটি সঙ্গে সঙ্গে এই চ্যাট থেকে মুছে ফেলা হয় এবং এমনভাবে রাখা হয় যে কেউ আর তা পড়তে পারে না। অথবা /cancel।
safety-duress-explain--disguised =
    <b>দ্বিতীয় শব্দ</b>
    4 থেকে 64 অক্ষরের, আপনার কোড থেকে আলাদা একটি দ্বিতীয় শব্দ বেছে নিয়ে এখনই পাঠান। এটি সঙ্গে সঙ্গে এই চ্যাট থেকে মুছে ফেলা হয়। অথবা /cancel।
safety-word-is-set = এখন একটি ঠিক করা আছে। বদলাতে নতুন একটি পাঠান, অথবা বোতাম দিয়ে সরিয়ে দিন।
safety-word-not-set = এখনো কোনোটি ঠিক করা নেই।
safety-word-clear = সরিয়ে দিন
safety-word-length = এটি 4 থেকে 64 অক্ষরের হতে হবে। অন্য একটি পাঠান, অথবা /cancel।
safety-word-same = আপনার PIN আর বিপদ-সংকেত শব্দ আলাদা হতে হবে। অন্য একটি পাঠান, অথবা /cancel।
safety-word-same--disguised = আপনার কোড আর দ্বিতীয় শব্দ আলাদা হতে হবে। অন্য একটি পাঠান, অথবা /cancel।
safety-pin-saved = 🔐 আপনার নিরাপত্তা PIN সংরক্ষিত হয়েছে।
safety-pin-saved--disguised = 🔐 আপনার কোড সংরক্ষিত হয়েছে।
safety-pin-cleared = আপনার নিরাপত্তা PIN সরানো হয়েছে।
safety-pin-cleared--disguised = আপনার কোড সরিয়ে ফেলা হয়েছে।
safety-duress-saved = 🗝 আপনার বিপদ-সংকেত শব্দ সংরক্ষিত হয়েছে।
safety-duress-saved--disguised = 🗝 সংরক্ষিত হয়েছে।
safety-duress-cleared = আপনার বিপদ-সংকেত শব্দ সরানো হয়েছে।
safety-duress-cleared--disguised = সরানো হয়েছে।

# After an outage: the missed check-in fell due while the bot was down.
outage-late-alert = ⚠️ { $start } থেকে { $end } পর্যন্ত বটটি চলতে পারেনি। আপনার চেক-ইন { $due }-এ হওয়ার কথা ছিল, তখন বট বন্ধ ছিল: তাই আপনার বিশ্বস্ত পরিচিতরা দেরিতে, { $end }-এ সতর্কবার্তা পেয়েছেন। আপনি নিরাপদ থাকলে এখনই চেক-ইন করুন।
outage-late-alert--disguised = ⚠️ এই সেবা { $start } থেকে { $end } পর্যন্ত বন্ধ ছিল। { $due }-এর আপনার উত্তরটি দেরিতে, { $end }-এ দেখা হয়েছে। সব ঠিক থাকলে এখনই উত্তর দিন।
