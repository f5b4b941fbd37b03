# Burmese UI strings: contacts acting together on an alert (issue 11).
# machine-drafted: true — see bot.ftl.

## Under the alert, and to the others on it

alert-button-note = ✍️ မှတ်စု ထည့်ရန်
alert-to-contact-note = ✍️ { $who } ဆိုင်ရာ သတိပေးချက်တွင် <b>{ $author }</b> ရေးသည်: “{ $note }”
alert-to-contact-note--disguised = ✍️ { $who } အကြောင်း <b>{ $author }</b> ရေးသည်: “{ $note }”
alert-reply-hint = သတိပေးချက်ရှိ လူအားလုံးထံ ရေးရန် ဤစာကို ပြန်ကြားပါ။
alert-reply-hint--disguised = ဤနေရာရှိ လူအားလုံးထံ ရေးရန် ဤစာကို ပြန်ကြားပါ။
alert-to-closed-by-contact = ✅ { $who } ဆိုင်ရာ သတိပေးချက်ကို { $helper } က ပိတ်လိုက်သည်: { $reason }
alert-to-closed-by-contact--disguised = ✅ { $who } အဆင်ပြေကြောင်း { $helper } က ပြောသည်: { $reason }
alert-to-passed-on = 📎 သတိပေးချက်အတွင်း { $who } က ဤအရာကို ပို့ခဲ့သည်။
alert-to-passed-on--disguised = 📎 { $who } ထံမှ။

## To the defender

alert-you-contact-note = ✍️ { $names } ရေးသည်: “{ $note }”
alert-you-closed-by-contact = ✅ သင့်သတိပေးချက်ကို { $names } က ပိတ်လိုက်သည်: { $reason }
alert-you-closed-by-contact--disguised = ✅ { $names } က ပိတ်လိုက်သည်: { $reason }
sos-passed-on = 📨 ပေးပို့ပြီး: { $names }။
sos-passed-on-nobody = ⚠️ သင့်သတိပေးချက်နှင့်အတူ သိမ်းထားသည်၊ သို့သော် ယခု မည်သူ့ကိုမျှ ဆက်သွယ်၍ မရပါ။ ဖြစ်နိုင်လျှင် ယုံကြည်ရသူကို တိုက်ရိုက် ဖုန်းဆက်ပါ သို့မဟုတ် စာပို့ပါ။
sos-passed-on-nobody--disguised = ⚠️ ယခု မည်သူ့ကိုမျှ ဆက်သွယ်၍ မရပါ။

## A contact writing a note or closing the alert

contact-note-ask = ✍️ { $who } ဆိုင်ရာ သတိပေးချက်ရှိ လူအားလုံးအတွက် သင့်မှတ်စုကို ရေးပါ ({ $ref })။ ရပ်ရန် /cancel ပို့ပါ။
contact-note-ask--disguised = ✍️ { $who } အကြောင်း သင့်မှတ်စုကို ရေးပါ ({ $ref })။ ရပ်ရန် /cancel ပို့ပါ။
contact-note-sent = ✍️ သင့်မှတ်စု ရောက်သွားသူများ: { $names }။
contact-note-kept = ✍️ သင့်မှတ်စုကို သတိပေးချက်နှင့်အတူ သိမ်းထားသည်၊ အခြားသူများကို မဆက်သွယ်နိုင်သေးပါ။
contact-note-kept--disguised = ✍️ သင့်မှတ်စုကို သိမ်းထားသည်၊ အခြားသူများကို မဆက်သွယ်နိုင်သေးပါ။
contact-button-close = ✅ ပိတ်ရန်: ဘာဖြစ်ခဲ့သလဲ
contact-close-ask = ✅ ဘာဖြစ်ခဲ့သလဲ။ စကားလုံးအနည်းငယ်ဖြင့် ရေးပါ၊ ဥပမာ: သူမ ရှေ့နေနှင့်အတူ ရှိသည်။ { $who } ဆိုင်ရာ သတိပေးချက်ရှိ လူအားလုံးကို အသိပေးမည် ({ $ref })။ ရပ်ရန် /cancel ပို့ပါ။
contact-close-ask--disguised = ✅ ဘာဖြစ်ခဲ့သလဲ။ စကားလုံးအနည်းငယ်ဖြင့် ရေးပါ။ ပါဝင်သူအားလုံးကို အသိပေးမည် ({ $ref })။ ရပ်ရန် /cancel ပို့ပါ။
contact-closed = ✅ ပိတ်ပြီး ({ $ref })။ လူအားလုံးကို အသိပေးပြီး: { $reason }
contact-closed--disguised = ✅ ပိတ်ပြီး ({ $ref })။ လူအားလုံးကို အသိပေးပြီး: { $reason }
contact-close-not-yours = ဤသတိပေးချက်ကို တာဝန်ယူသူသာ ပိတ်နိုင်သည်။ သင်သိသည်ကို လူတိုင်းသိစေရန် မှတ်စုတစ်ခု ရေးပါ။
contact-close-not-yours--disguised = တာဝန်ယူသူသာ ပိတ်နိုင်သည်။

## /alerts and /resolve for a contact

contact-alerts-none = ✅ သင် ဖွင့်ထားသော သတိပေးချက် မည်သည့်တွင်မျှ မပါဝင်ပါ။
contact-alerts-none--disguised = ✅ သင့်အတွက် ဖွင့်ထားသည်များ မရှိပါ။
contact-alerts-header = <b>သင်ပါဝင်သော ဖွင့်ထားသည့် သတိပေးချက်များ: { $count }</b>
contact-alerts-header--disguised = <b>သင့်အတွက် ဖွင့်ထားသည်: { $count }</b>
contact-alerts-line =
    <b>{ $ref }</b> · { $who } · { $when } တွင် စတင်
    တာဝန်ယူသူ: { $helper }
contact-alerts-line--disguised =
    <b>{ $ref }</b> · { $who } · { $when } ကတည်းက
    ကိုင်တွယ်သူ: { $helper }
contact-alerts-nobody-yet = မည်သူမျှ မရှိသေး
contact-alerts-newest-note = ✍️ { $author }: “{ $note }”
contact-alerts-button-note = ✍️ { $ref }: မှတ်စု ထည့်ရန်
contact-alerts-button-close = ✅ { $ref }: ပိတ်ရန်
contact-resolve-usage = /resolve နောက်တွင် သတိပေးချက်ကုဒ်နှင့် ဖြစ်ခဲ့သည်ကို ရေးပို့ပါ၊ ဥပမာ: /resolve Q7XK2M သူမ ရှေ့နေနှင့်အတူ ရှိသည်။ သတိပေးချက်ကို တာဝန်ယူသူသာ ပိတ်နိုင်သည်။
contact-resolve-usage--disguised = /resolve နောက်တွင် ကုဒ်နှင့် ဖြစ်ခဲ့သည်ကို ရေးပို့ပါ၊ ဥပမာ: /resolve Q7XK2M သူမ ယခု အဆင်ပြေသည်။ ကိုင်တွယ်သူသာ ပိတ်နိုင်သည်။
contact-resolve-unknown = ကုဒ် { $ref } ဖြင့် ဖွင့်ထားသော သတိပေးချက်တွင် သင် မပါဝင်ပါ။ သင့်ဟာများကို ကြည့်ရန် /alerts ပို့ပါ။
contact-resolve-unknown--disguised = ကုဒ် { $ref } ဖြင့် သင့်အတွက် ဖွင့်ထားသည်များ မရှိပါ။

## Typed panic: a message that is only one of these words raises an SOS (see the English file).

sos-typed-words = ကူညီပါ, ကယ်ပါ, ကယ်ကြပါ

## In the alert itself, for someone told of it after contacts wrote notes

alert-notes-so-far = ✍️ <b>သတိပေးချက်ရှိ လူများ၏ မှတ်စုများ</b>
alert-notes-so-far--disguised = ✍️ <b>ယခုအထိ မှတ်စုများ</b>
alert-note-line = • { $author } ({ $time }): “{ $note }”
