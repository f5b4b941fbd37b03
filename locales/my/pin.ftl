# Burmese (Myanmar) UI strings.
# machine-drafted: true — see bot.ftl.

## The safety PIN asked before a stand-down (closing or cancelling an alert, pausing or switching
## off check-ins, removing or demoting a contact, changing the PIN or the duress word).
pin-gate-ask = 🔐 အတည်ပြုရန် သင်၏ လုံခြုံရေး PIN ကို ပို့ပါ။ ၎င်းကို ဤချတ်မှ ချက်ချင်း ဖျက်မည်။ သို့မဟုတ် /cancel ပို့ပါ။
pin-gate-ask--disguised = အတည်ပြုရန် သင်၏ ကုဒ်ကို ပို့ပါ၊ သို့မဟုတ် /cancel ပို့ပါ။
pin-gate-wrong = ၎င်းသည် သင်၏ လုံခြုံရေး PIN မဟုတ်ပါ။ ဘာမျှ မပြောင်းလဲပါ။ သင်၏ PIN ကို ထပ်ပို့ပါ၊ သို့မဟုတ် /cancel ပို့ပါ။
pin-gate-wrong--disguised = ထိုသည်မှာ သင်၏ ကုဒ် မဟုတ်ပါ။ ဘာမျှ မပြောင်းပါ။ ထပ်ပို့ပါ၊ သို့မဟုတ် /cancel ပို့ပါ။
pin-gate-locked = PIN အမှား အကြိမ်များလွန်းသည်။ ဘာမျှ မပြောင်းလဲပါ။ { $time } နောက်မှ ထပ်ကြိုးစားပါ။
pin-gate-locked--disguised = ကြိုးစားမှု အကြိမ်များလွန်းသည်။ { $time } နောက်မှ ထပ်ကြိုးစားပါ။

## Setting the PIN or the duress word: typed twice, common PINs refused.
safety-word-again = သေချာစေရန် နောက်တစ်ကြိမ် ထပ်ပို့ပါ။ ၎င်းကို ဤချတ်မှ ချက်ချင်း ဖျက်မည်။
safety-word-mismatch = နှစ်ခု မတူညီသဖြင့် ဘာမျှ မသိမ်းထားပါ။ အသစ်ကို ထပ်ပို့ပါ၊ သို့မဟုတ် /cancel ပို့ပါ။
safety-word-open-again = ထိုမျက်နှာပြင် ပိတ်သွားပြီ။ ပြောင်းလဲလိုပါက /settings ကို ထပ်ဖွင့်ပါ။
safety-pin-too-short = PIN တွင် နေရာလွတ်များ မပါဘဲ အနည်းဆုံး စာလုံး 4 လုံး ရှိရမည်။ အခြားတစ်ခု ပို့ပါ၊ သို့မဟုတ် /cancel ပို့ပါ။
safety-pin-too-short--disguised = ကုဒ်တွင် နေရာလွတ်မပါဘဲ အနည်းဆုံး စာလုံး 4 လုံး လိုသည်။ အခြားတစ်ခု ပို့ပါ၊ သို့မဟုတ် /cancel ပို့ပါ။
safety-pin-too-long = PIN တွင် စာလုံး အများဆုံး 64 လုံးသာ ရှိနိုင်သည်။ အခြားတစ်ခု ပို့ပါ၊ သို့မဟုတ် /cancel ပို့ပါ။
safety-pin-too-long--disguised = ကုဒ်တွင် စာလုံး အများဆုံး 64 လုံးသာ ရှိနိုင်သည်။ အခြားတစ်ခု ပို့ပါ၊ သို့မဟုတ် /cancel ပို့ပါ။
safety-pin-too-common = ထို PIN သည် မည်သူမဆို ပထမဆုံး ခန့်မှန်းမည့် PIN များထဲတွင် ပါသည် (ဥပမာ 1234 သို့မဟုတ် 0000)။ အခြားတစ်ခု ရွေးပါ၊ သို့မဟုတ် /cancel ပို့ပါ။
safety-pin-too-common--disguised = ထိုကုဒ်သည် မည်သူမဆို ပထမဆုံး ခန့်မှန်းမည့် ကုဒ်များထဲမှ ဖြစ်သည် (1234 သို့မဟုတ် 0000 ကဲ့သို့)။ အခြားတစ်ခု ရွေးပါ၊ သို့မဟုတ် /cancel ပို့ပါ။

## To contacts: several wrong PINs typed on the defender's phone. Their screen shows only "wrong PIN".
alert-to-pin-attempts = ⚠️ { $who } ၏ အကောင့်တွင် လုံခြုံရေး PIN အမှားများ အကြိမ်ကြိမ် ရိုက်ထည့်ခဲ့သည်: သူ ဖိအားပေးခံနေရနိုင်သည်။ သူ၏ မျက်နှာပြင်တွင် “PIN မှားသည်” ဟုသာ ပြသည်။ သူ့ကို ပေါ်ပေါ်တင်တင် ဖုန်းမဆက်ပါနှင့်၊ စာမပို့ပါနှင့်။ သင်ယုံကြည်သူများမှတစ်ဆင့် သူ့ကို စုံစမ်းကြည့်ပါ။
alert-to-pin-attempts--disguised = ⚠️ { $who } ၏ ဖုန်းတွင် ကုဒ်အမှားများ အကြိမ်ကြိမ် ရိုက်ထည့်ခဲ့သည်။ သင်ယုံကြည်သူများမှတစ်ဆင့် သူ့ကို တိတ်တဆိတ် စုံစမ်းကြည့်ပါ။
alert-to-false-alarm-unverified = ↩️ { $who } က သတိပေးချက်ကို မှားယွင်းသော သတိပေးချက်အဖြစ် ပယ်ဖျက်လိုက်သည်။ ၎င်းကို အတည်မပြုနိုင်ပါ: သူသည် လုံခြုံရေး PIN မသတ်မှတ်ထားပါ။ တစ်ခုခု မှားနေသည်ဟု ထင်ပါက သင်ယုံကြည်သူများမှတစ်ဆင့် သူ့ကို စုံစမ်းကြည့်ပါ။
alert-to-false-alarm-unverified--disguised = ↩️ { $who } က ၎င်းကို မှားပို့မိခြင်း ဖြစ်သည်ဟု ပြောသည် (အတည်မပြုရသေးပါ)။
