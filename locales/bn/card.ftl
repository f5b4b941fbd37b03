# Bengali UI strings.
# machine-drafted: true — see bot.ftl.

## The card menu
card-intro =
    <b>🪪 জরুরি কার্ড</b>
    আপনাকে আটক করা হলে বা আপনার সঙ্গে যোগাযোগ করা না গেলে আপনার বিশ্বস্ত মানুষদের যা জানা দরকার: আপনি কে, আপনার কাগজপত্র, আপনার স্বাস্থ্য, আপনার আইনজীবী এবং প্রথমে কী করতে হবে। প্রতিটি ঘর ঐচ্ছিক।

    <b>কে এটি দেখতে পারেন</b>
    সতর্কবার্তা পাঠানো না হওয়া পর্যন্ত আপনি ছাড়া কেউ না। তখন আপনার সক্রিয় বিশ্বস্ত পরিচিতজনরা এটি পান, এবং সতর্কবার্তা পরের ধাপে গেলে নেটওয়ার্কের সমন্বয়কারীরাও পান। বট কখনো এটি পুলিশ বা অন্য কাউকে পাঠায় না।

    { $total }টি ঘরের মধ্যে { $filled }টি পূরণ করা হয়েছে।
card-intro--disguised =
    <b>👤 প্রোফাইল</b>
    আপনার সঙ্গে যোগাযোগ করা না গেলে আপনার বেছে নেওয়া মানুষদের যে তথ্য লাগতে পারে। প্রতিটি ঘর ঐচ্ছিক।

    <b>কে এটি দেখতে পারেন</b>
    আপনি ছাড়া কেউ না, যতক্ষণ না বট আপনার বেছে নেওয়া মানুষদের জানায়। তখন আপনার সক্রিয় পরিচিতজনেরা এটি পান, আর দরকার হলে নেটওয়ার্কের আরও কিছু মানুষও। এটি আর কাউকে কখনো পাঠানো হয় না।

    { $total }টি ঘরের মধ্যে { $filled }টি পূরণ হয়েছে।
card-heading = <b>🪪 আপনার জরুরি কার্ড</b>
card-heading--disguised = <b>👤 আপনার প্রোফাইল</b>
card-empty = আপনার কার্ড খালি। পূরণ করতে নিচে একটি ঘর বেছে নিন।
card-empty--disguised = আপনার প্রোফাইল খালি। পূরণ করতে নিচে একটি ঘর বেছে নিন।
card-button-show = 👁 আমার কার্ড দেখান
card-button-show--disguised = 👁 আমার প্রোফাইল দেখান
card-button-clear-one = 🧹 একটি ঘর মুছুন
card-button-clear-all = 🗑 পুরো কার্ড মুছুন
card-button-clear-all--disguised = 🗑 পুরো প্রোফাইল মুছুন

## Field names, on buttons and above each value
card-field-full-name = পুরো আইনি নাম
card-field-date-of-birth = জন্ম তারিখ
card-field-nationality = জাতীয়তা
card-field-document-number = পাসপোর্ট বা পরিচয়পত্র নম্বর
card-field-document-number--disguised = পরিচয়পত্র নম্বর
card-field-permit = ভিসা বা পারমিটের ধরন ও মেয়াদ
card-field-employer = নিয়োগকর্তা বা সংগঠন
card-field-medical-needs = চিকিৎসার প্রয়োজন
card-field-lawyer-name = আইনজীবীর নাম
card-field-lawyer-name--disguised = পরামর্শদাতার নাম
card-field-lawyer-phone = আইনজীবীর ফোন
card-field-lawyer-phone--disguised = পরামর্শদাতার ফোন
card-field-instructions = নির্দেশনা
card-field-instructions--disguised = নোট

## Asking for a field
card-ask-full-name =
    আপনার <b>পুরো আইনি নাম</b> পাঠান, যেমনটি আপনার পাসপোর্ট বা পরিচয়পত্রে লেখা আছে।
    উদাহরণ: <i>Nur Aisyah binti Rahman</i>
card-ask-full-name--disguised =
    আপনার পরিচয়পত্রে যেভাবে লেখা আছে, সেভাবে আপনার <b>পুরো নাম</b> পাঠান।
    উদাহরণ: <i>Nur Aisyah binti Rahman</i>
card-ask-date-of-birth =
    আপনার <b>জন্ম তারিখ</b> পাঠান।
    উদাহরণ: <i>1990-05-31</i> বা <i>31.05.1990</i>
card-ask-nationality =
    আপনার <b>জাতীয়তা</b> পাঠান, একাধিক থাকলে সবগুলো।
    উদাহরণ: <i>Myanmar</i>
card-ask-document-number =
    আপনার <b>পাসপোর্ট বা পরিচয়পত্র নম্বর</b> পাঠান, এবং এটি কোন কাগজের নম্বর তা-ও।
    উদাহরণ: <i>পাসপোর্ট MA1234567</i>
card-ask-document-number--disguised =
    আপনার <b>পরিচয়পত্র নম্বর</b> পাঠান, আর কোন নথি তা লিখুন।
    উদাহরণ: <i>পরিচয়পত্র MA1234567</i>
card-ask-permit =
    আপনার <b>ভিসা বা পারমিটের ধরন, এবং কবে এর মেয়াদ শেষ হয়</b> পাঠান।
    উদাহরণ: <i>ওয়ার্ক পারমিট, মেয়াদ শেষ 2026-12-31</i>
card-ask-employer =
    আপনার <b>নিয়োগকর্তা বা সংগঠনের নাম</b> পাঠান।
    উদাহরণ: <i>Migrant Workers' Rights Network, Kuala Lumpur</i>
card-ask-employer--disguised =
    আপনার <b>নিয়োগকর্তা বা প্রতিষ্ঠানের</b> নাম পাঠান।
    উদাহরণ: <i>গ্রিন ভ্যালি গার্মেন্টস, কুয়ালালামপুর</i>
card-ask-medical-needs =
    আপনার যেকোনো <b>চিকিৎসার প্রয়োজন</b> পাঠান: রোগ, ওষুধ ও মাত্রা, অ্যালার্জি।
    উদাহরণ: <i>টাইপ 1 ডায়াবেটিস: দিনে দুবার ইনসুলিন। পেনিসিলিনে অ্যালার্জি।</i>
card-ask-lawyer-name =
    আপনার <b>আইনজীবীর নাম</b> পাঠান, এবং তাঁর প্রতিষ্ঠান থাকলে সেটিও।
    উদাহরণ: <i>Carlos Mendoza, Legal Aid Centre</i>
card-ask-lawyer-name--disguised =
    আপনি যাঁর ওপর ভরসা করেন এমন একজন <b>পরামর্শদাতার নাম</b> পাঠান, আর তাঁর অফিস থাকলে সেটির নামও।
    উদাহরণ: <i>কার্লোস মেন্দোসা, শহর তথ্যকেন্দ্র</i>
card-ask-lawyer-phone =
    আপনার <b>আইনজীবীর ফোন নম্বর</b> পাঠান, দেশের কোডসহ।
    উদাহরণ: <i>+60 12-345 6789</i>
card-ask-lawyer-phone--disguised =
    দেশের কোডসহ আপনার <b>পরামর্শদাতার ফোন নম্বর</b> পাঠান।
    উদাহরণ: <i>+60 12-345 6789</i>
card-ask-instructions =
    যাঁরা আপনার কার্ড পাবেন তাঁদের জন্য <b>নির্দেশনা</b> পাঠান: প্রথমে কী করতে হবে, এবং তাঁদের কী জানা উচিত।
    উদাহরণ: <i>প্রথমে আমার আইনজীবীকে ফোন করুন। আমার পাসপোর্ট আমার নিয়োগকর্তার কাছে আছে।</i>
card-ask-instructions--disguised =
    আপনার বেছে নেওয়া মানুষদের জন্য <b>নোট</b> পাঠান: প্রথমে কী করতে হবে, এবং তাঁদের কী জানা উচিত।
    উদাহরণ: <i>প্রথমে আমার বোনকে ফোন করুন। আমার কাগজপত্র অফিসে আছে।</i>
card-current = এখন: { $value }
card-ask-footer-new = লিখে পাঠান, অথবা /cancel পাঠান।
card-ask-footer-change = বদলাতে নতুন লেখা পাঠান, অথবা আগেরটি রাখতে /cancel।
card-button-clear-this = 🧹 এই ঘরটি মুছুন

## Typed values that are refused; the step stays open
card-problem-empty = এটি খালি ছিল। সংরক্ষিত তথ্য সরাতে বরং “একটি ঘর মুছুন” ব্যবহার করুন।
card-problem-too-long = এটি অনেক লম্বা: অনুগ্রহ করে সর্বোচ্চ { $limit } অক্ষর।
card-problem-no-letters = নামে অন্তত একটি বর্ণ থাকতে হবে।
card-problem-phone-characters = ফোন নম্বরে কেবল অঙ্ক, স্পেস, বন্ধনী, ড্যাশ এবং শুরুতে একটি + থাকতে পারে।
card-problem-phone-digits = ফোন নম্বরে { $min } থেকে { $max }টি অঙ্ক থাকে।
card-problem-date-format = অনুগ্রহ করে তারিখটি এভাবে লিখুন: 1990-05-31 বা 31.05.1990।
card-problem-date-not-real = এই দিনটি ক্যালেন্ডারে নেই। অনুগ্রহ করে দিন ও মাস দেখে নিন।
card-problem-date-not-past = জন্ম তারিখ অবশ্যই অতীতের হতে হবে।
card-problem-date-too-early = অনুগ্রহ করে সালটি দেখে নিন: এটি { $year } বা তার পরের হওয়া উচিত।
card-ask-again = অনুগ্রহ করে আবার পাঠান, অথবা /cancel পাঠান।

## After a change
card-confirm-date = তারিখটি হলো <b>{ $date }</b>। “সংরক্ষণ” চাপুন, অথবা তারিখটি আবার পাঠান।
card-confirm-phone-no-code = <b>{ $number }</b> নম্বরে দেশের কোড নেই (যেমন থাইল্যান্ডের জন্য +66 বা মালয়েশিয়ার জন্য +60), তাই অন্য দেশ থেকে এটি কাজ না-ও করতে পারে। কোডসহ আবার পাঠান, অথবা যেমন আছে তেমন রাখতে “সংরক্ষণ” চাপুন।
card-button-save = ✅ সংরক্ষণ
card-saved = ✅ সংরক্ষিত: <b>{ $field }</b>। { $total }টি ঘরের মধ্যে { $filled }টি পূরণ করা হয়েছে।
card-clear-pick = কোন ঘরটি মুছতে চান?
card-clear-confirm = <b>{ $field }</b> মুছবেন? এটি চিরতরে মুছে যাবে।
card-clear-all-confirm = পুরো জরুরি কার্ড মুছবেন? প্রতিটি ঘর চিরতরে মুছে যাবে।
card-clear-all-confirm--disguised = পুরো প্রোফাইল মুছবেন? প্রতিটি ঘর চিরতরে মুছে যাবে।
card-button-yes-clear = হ্যাঁ, মুছুন
card-button-yes-clear-all = হ্যাঁ, সব মুছুন
card-button-keep = না, রাখুন
card-kept = কিছুই বদলানো হয়নি।
card-field-cleared = 🧹 মোছা হয়েছে: <b>{ $field }</b>। { $total }টি ঘরের মধ্যে { $filled }টি পূরণ করা হয়েছে।
card-already-empty = ঘরটি আগে থেকেই খালি ছিল। কিছুই বদলানো হয়নি।
card-cleared-all = 🗑 আপনার জরুরি কার্ড মুছে ফেলা হয়েছে: এর কিছুই আর সংরক্ষিত নেই।
card-cleared-all--disguised = 🗑 আপনার প্রোফাইল মুছে ফেলা হয়েছে: এর কিছুই আর সংরক্ষিত নেই।
card-was-empty = আপনার কার্ড আগে থেকেই খালি ছিল। কিছুই বদলানো হয়নি।
card-was-empty--disguised = আপনার প্রোফাইল আগে থেকেই খালি ছিল। কিছুই বদলানো হয়নি।
