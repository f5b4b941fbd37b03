# Burmese (Myanmar) UI strings.
# machine-drafted: true — see bot.ftl.

# translation_of: b69950061180
disguise-clear-offer =
    { $count ->
        [one] ဤချတ်ရှိ ယခင်စာ တစ်စောင်ကို ဖျက်နိုင်သေးသည်
       *[other] ဤချတ်ရှိ ယခင်စာ { $count } စောင်ကို ဖျက်နိုင်သေးသည်
    } (Telegram က 48 နာရီအတွင်း ခွင့်ပြုသည်)။ ယခု ဖျက်မလား။
# translation_of: ae640fb501ea
disguise-clear-button = 🧹 ယခင်စာများကို ဖျက်ရန်
# translation_of: ec0433d38c6c
disguise-clear-done =
    { $count ->
        [0] ဘာမျှ ဖျက်၍ မရပါ။
        [one] ယခင်စာ တစ်စောင် ဖျက်ပြီးပါပြီ။
       *[other] ယခင်စာ { $count } စောင် ဖျက်ပြီးပါပြီ။
    } ထို့ထက် ဟောင်းသောစာများ ကျန်နေမည်: Telegram က ဘော့ကို ဖျက်ခွင့် မပေးတော့ပါ။
