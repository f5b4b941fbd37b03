# Bengali UI strings.
# machine-drafted: true — see bot.ftl.

# translation_of: b69950061180
disguise-clear-offer =
    { $count ->
        [one] এই চ্যাটের একটি আগের বার্তা এখনো মোছা যায়
       *[other] এই চ্যাটের { $count }টি আগের বার্তা এখনো মোছা যায়
    } (Telegram 48 ঘণ্টা পর্যন্ত অনুমতি দেয়)। এখনই মুছবেন?
# translation_of: ae640fb501ea
disguise-clear-button = 🧹 আগের বার্তাগুলো মুছুন
# translation_of: ec0433d38c6c
disguise-clear-done =
    { $count ->
        [0] কিছুই মোছা যায়নি।
        [one] একটি আগের বার্তা মোছা হয়েছে।
       *[other] { $count }টি আগের বার্তা মোছা হয়েছে।
    } এর চেয়ে পুরোনো বার্তাগুলো থেকে যায়: Telegram আর বটকে সেগুলো মুছতে দেয় না।
