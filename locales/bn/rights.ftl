# Bengali UI strings.
# machine-drafted: true — see bot.ftl.

rights-topics =
    ⚖️ <b>আপনার অধিকার</b>
    একটি বিষয় বেছে নিন। খুঁজতে একটি শব্দও লিখতে পারেন, যেমন “আইনজীবী” বা “পাসপোর্ট”।
rights-topics--disguised =
    📖 <b>পড়ার বিষয়</b>
    একটি বিষয় বেছে নিন, অথবা খুঁজতে একটি শব্দ লিখুন।
rights-topic-detention = অভিবাসন আটক
rights-topic-detention--disguised = 📗 অংশ 1
rights-topic-status = ভিসা ও বসবাসের বৈধতা
rights-topic-status--disguised = 📗 অংশ 2
rights-topic-legal-aid = আইনি সহায়তা ও অভিযোগ
rights-topic-legal-aid--disguised = 📗 অংশ 3
rights-topic-defenders = মানবাধিকার রক্ষাকারী: আপনার অধিকার ও নিরাপত্তা
rights-topic-defenders--disguised = 📗 অংশ 4
rights-topic-checklists = চেকলিস্ট
rights-article-neutral = 📄 পাঠ { $number }
rights-topic-articles =
    <b>{ $topic }</b>
    একটি লেখা বেছে নিন:
rights-page-count = পৃষ্ঠা { $page }, মোট { $pages }
rights-next = পরের ▶
rights-previous = ◀ আগের
rights-to-topics = ☰ বিষয়সমূহ
rights-to-topic = ↩ { $topic }
rights-sources = সূত্র:
rights-applies = পরিধি: { $where }
rights-applies-everywhere = আন্তর্জাতিক মানদণ্ড ও সুপারিশ; আপনার ক্ষেত্রে কী প্রযোজ্য তা দেশের ওপর নির্ভর করে
rights-framing = ⚖️ আন্তর্জাতিক মানদণ্ড ও সুপারিশ, প্রতিটি দেশের আইন নয়। তথ্য, আইনি পরামর্শ নয়।
rights-framing-country = ⚖️ উল্লিখিত সূত্র { $country } সম্পর্কে যা বলে; আইন বদলায়। তথ্য, আইনি পরামর্শ নয়।
rights-practical = ব্যবহারিক পরামর্শ, সূত্র থেকে নয়
rights-reviewed = সর্বশেষ পর্যালোচনা: { $date }
rights-not-advice = ℹ️ এটি সাধারণ তথ্য, আইনি পরামর্শ নয়। আপনার নিজের পরিস্থিতির জন্য একজন আইনজীবী বা আইনি সহায়তা সংস্থার সঙ্গে কথা বলুন।
rights-machine-draft = 🤖 এই অনুবাদটি যন্ত্রের তৈরি খসড়া; এখনো কোনো মানুষ এটি যাচাই করেননি।
rights-stale = ⚠️ এই অনুবাদ করার পর ইংরেজি লেখাটি বদলেছে।
rights-read-english = ইংরেজিতে পড়ুন
rights-in-english = এই লেখাটি এখনো আপনার ভাষায় নেই, তাই ইংরেজিতে দেওয়া হলো।
rights-search-results = “{ $query }” সম্পর্কিত লেখা:
rights-search-results--disguised = পাওয়া পাঠগুলো:
rights-search-none =
    “{ $query }”-এর সঙ্গে কিছু মেলেনি।
    একটি বিষয় বেছে নিন:
rights-search-none--disguised =
    কিছু পাওয়া যায়নি।
    একটি বিষয় বেছে নিন:
rights-gone =
    সেই পৃষ্ঠাটি আর পাওয়া যাচ্ছে না।
    একটি বিষয় বেছে নিন:
rights-unavailable = এই মুহূর্তে অধিকার সম্পর্কিত তথ্য দেখানো যাচ্ছে না। অনুগ্রহ করে পরে আবার চেষ্টা করুন।
rights-unavailable--disguised = পড়ার বিষয়গুলো এখন দেখানো যাচ্ছে না। পরে আবার চেষ্টা করুন।
rights-directory-button = 📇 আইনি সহায়তা, হেল্পলাইন, জরুরি লাইন
rights-directory-button--disguised = 📇 ঠিকানা

## The directory of legal aid and emergency contacts
directory-countries =
    📇 <b>আইনি সহায়তা, হেল্পলাইন ও জরুরি লাইন</b>
    একটি দেশ বা অঞ্চল বেছে নিন:
directory-countries--disguised =
    📇 <b>ঠিকানা</b>
    একটি দেশ বা অঞ্চল বেছে নিন:
directory-international = আন্তর্জাতিক
directory-country =
    📇 <b>{ $country }</b>
directory-phones = ফোন: { $phones }
directory-languages = ভাষা: { $languages }
directory-area = এলাকা: { $area }
directory-web = ওয়েব: { $web }
directory-source = সূত্র: { $title } — { $url } ({ $date } তারিখে পড়া)
directory-empty =
    এই দেশের জন্য এখনো কোনো তথ্য নেই।
    একটি নেটওয়ার্ক নিজের তথ্য যোগ করতে পারে: CONTRIBUTING-CONTENT.md দেখুন।
directory-to-countries = ↩ দেশসমূহ
directory-none-picked = ⭐ আপনি যে দেশে কাজ করেন বা যে দেশ থেকে এসেছেন তা বেছে নিন, সেগুলো আগে দেখানো হবে।
directory-all-countries = 🗺 সব দেশ
directory-pick = ⭐ আমার দেশ বেছে নিন
directory-pick-intro =
    ⭐ <b>আপনার দেশসমূহ</b>
    কোনো দেশ যোগ করতে বা সরাতে সেটিতে চাপুন। আন্তর্জাতিক লাইনগুলো সবসময় দেখানো হয়।
directory-pick-done = ✔ হয়ে গেছে
directory-read-from = প্রতিটি তথ্য তার নিচে উল্লেখ করা প্রকাশ্য পৃষ্ঠা থেকে নেওয়া। নম্বর বদলায়: কোনোটির ওপর নির্ভর করার আগে যাচাই করুন।
directory-machine-drafted = 🤖 বিবরণগুলো ইংরেজি থেকে যন্ত্রের মাধ্যমে অনুবাদ করা।
directory-services = যা দেয়: { $services }
directory-service-emergency-line = অধিকারকর্মীদের জন্য জরুরি লাইন
directory-service-emergency-line--disguised = দ্রুত যোগাযোগের লাইন
directory-service-emergency-grants = অধিকারকর্মীদের জন্য জরুরি অনুদান
directory-service-emergency-grants--disguised = সহায়তা
directory-service-legal-aid = আইনি সহায়তা
directory-service-legal-aid--disguised = পরামর্শ
directory-service-hotline = হেল্পলাইন
directory-service-hotline--disguised = ফোন লাইন
directory-service-shelter = আশ্রয়
directory-service-shelter--disguised = থাকার জায়গা
directory-service-detention-visits = আটককেন্দ্রে পরিদর্শন
directory-service-detention-visits--disguised = পরিদর্শন
directory-service-labour-complaints = শ্রম অভিযোগ
directory-service-labour-complaints--disguised = কাজের প্রশ্ন
directory-service-trafficking = পাচারের শিকারদের সহায়তা
directory-service-trafficking--disguised = নিরাপত্তা
directory-service-repatriation = দেশে ফেরত পাঠানো
directory-service-repatriation--disguised = দেশে ফেরা
directory-service-counselling = পরামর্শ ও মানসিক সহায়তা
directory-service-information = তথ্য ও রেফারেল
directory-service-rights-complaints = মানবাধিকার বিষয়ে অভিযোগ
directory-service-rights-complaints--disguised = প্রতিবেদন
directory-local = দেশের ভেতর থেকে: { $numbers }
directory-email = ইমেইল: { $email }
directory-messaging = মেসেজিং: { $messaging }
directory-not-verified = ⚠️ এখনো কোনো মানুষ যাচাই করেননি।
directory-checked = ✅ { $date } তারিখে একজন মানুষ যাচাই করেছেন।

## /reload (admins) and SIGHUP
reload-not-admin = কেবল এই বটের একজন অ্যাডমিন অধিকার সম্পর্কিত তথ্য আবার লোড করতে পারেন।
reload-done = অধিকার সম্পর্কিত তথ্য আবার লোড হয়েছে: { $languages }টি ভাষায় { $articles }টি লেখা।
reload-failed =
    নতুন অধিকার সম্পর্কিত তথ্যে { $count ->
        [one] একটি সমস্যা আছে
       *[other] { $count }টি সমস্যা আছে
    }, তাই বট আগের সংস্করণটিই দেখাচ্ছে:
    { $problems }
reload-more = …এবং আরও { $count }টি।
