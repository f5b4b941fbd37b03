# Burmese (Myanmar) UI strings.
# machine-drafted: true — see bot.ftl.

rights-topics =
    ⚖️ <b>သင့်အခွင့်အရေးများ</b>
    ခေါင်းစဉ်တစ်ခု ရွေးပါ။ ရှာရန် စကားလုံးတစ်လုံးလည်း ရိုက်နိုင်သည်၊ ဥပမာ “ရှေ့နေ” သို့မဟုတ် “နိုင်ငံကူးလက်မှတ်”။
rights-topics--disguised =
    📖 <b>ဖတ်စရာ</b>
    ခေါင်းစဉ်တစ်ခု ရွေးပါ၊ သို့မဟုတ် ရှာရန် စကားလုံးတစ်လုံး ရိုက်ပါ။
rights-topic-detention = လူဝင်မှုကြီးကြပ်ရေး ထိန်းသိမ်းခံရခြင်း
rights-topic-detention--disguised = 📗 အပိုင်း 1
rights-topic-status = ဗီဇာနှင့် နေထိုင်ခွင့် အခြေအနေ
rights-topic-status--disguised = 📗 အပိုင်း 2
rights-topic-legal-aid = ဥပဒေအကူအညီနှင့် တိုင်ကြားချက်များ
rights-topic-legal-aid--disguised = 📗 အပိုင်း 3
rights-topic-defenders = ကာကွယ်သူများ: သင့်အခွင့်အရေးနှင့် လုံခြုံရေး
rights-topic-defenders--disguised = 📗 အပိုင်း 4
rights-topic-checklists = စစ်ဆေးရန် စာရင်းများ
rights-article-neutral = 📄 ဖတ်စရာ { $number }
rights-topic-articles =
    <b>{ $topic }</b>
    ဆောင်းပါးတစ်ပုဒ် ရွေးပါ:
rights-page-count = စာမျက်နှာ { $pages } ခုအနက် { $page }
rights-next = ရှေ့သို့ ▶
rights-previous = ◀ နောက်သို့
rights-to-topics = ☰ ခေါင်းစဉ်များ
rights-to-topic = ↩ { $topic }
rights-sources = ရင်းမြစ်များ:
rights-applies = သက်ဆိုင်သည့်နေရာ: { $where }
rights-applies-everywhere = နေရာတိုင်း (နိုင်ငံတကာ စံနှုန်းများ)
rights-reviewed = နောက်ဆုံး ပြန်လည်စစ်ဆေးသည့်ရက်: { $date }
rights-not-advice = ℹ️ ဤအရာသည် ယေဘုယျ သတင်းအချက်အလက် ဖြစ်ပြီး ဥပဒေအကြံဉာဏ် မဟုတ်ပါ။ သင့်ကိုယ်ပိုင် အခြေအနေအတွက် ရှေ့နေ သို့မဟုတ် ဥပဒေအကူအညီပေးရေး အဖွဲ့အစည်းနှင့် ဆွေးနွေးပါ။
rights-machine-draft = 🤖 ဤဘာသာပြန်ကို စက်ဖြင့် ရေးဆွဲထားပြီး လူတစ်ဦးက မစစ်ဆေးရသေးပါ။
rights-stale = ⚠️ ဤဘာသာပြန်ကို ပြုလုပ်ပြီးနောက် အင်္ဂလိပ်စာသား ပြောင်းလဲသွားသည်။
rights-read-english = အင်္ဂလိပ်လို ဖတ်ရန်
rights-in-english = ဤဆောင်းပါးကို သင့်ဘာသာစကားဖြင့် မရရှိသေးသဖြင့် အင်္ဂလိပ်လို ဖော်ပြထားသည်။
rights-search-results = “{ $query }” အတွက် ဆောင်းပါးများ:
rights-search-results--disguised = တွေ့ရှိသော ဖတ်စရာများ:
rights-search-none =
    “{ $query }” နှင့် ကိုက်ညီသည့်အရာ မရှိပါ။
    ခေါင်းစဉ်တစ်ခု ရွေးပါ:
rights-search-none--disguised =
    ဘာမျှ မတွေ့ပါ။
    ခေါင်းစဉ်တစ်ခု ရွေးပါ:
rights-gone =
    ထိုစာမျက်နှာ မရရှိနိုင်တော့ပါ။
    ခေါင်းစဉ်တစ်ခု ရွေးပါ:
rights-unavailable = အခွင့်အရေးဆိုင်ရာ သတင်းအချက်အလက်ကို ယခု ပြသ၍ မရပါ။ နောက်မှ ထပ်စမ်းကြည့်ပါ။
rights-unavailable--disguised = ဖတ်စရာများကို ယခု ပြ၍ မရပါ။ နောက်မှ ထပ်ကြိုးစားပါ။
rights-directory-button = 📇 ဥပဒေအကူအညီနှင့် အကူအညီ ဖုန်းလိုင်းများ
rights-directory-button--disguised = 📇 လိပ်စာများ

## The directory of legal aid and emergency contacts
directory-countries =
    📇 <b>ဥပဒေအကူအညီနှင့် အကူအညီ ဖုန်းလိုင်းများ</b>
    နိုင်ငံ သို့မဟုတ် ဒေသတစ်ခု ရွေးပါ:
directory-countries--disguised =
    📇 <b>လိပ်စာများ</b>
    နိုင်ငံ သို့မဟုတ် ဒေသ တစ်ခု ရွေးပါ:
directory-international = နိုင်ငံတကာ
directory-country =
    📇 <b>{ $country }</b>
directory-to-be-verified = ⚠️ ၎င်းကို အားမကိုးမီ သင့်ကွန်ရက်က စိစစ်အတည်ပြုရန် လိုသည်။
directory-phones = ဖုန်း: { $phones }
directory-languages = ဘာသာစကားများ: { $languages }
directory-area = နယ်မြေ: { $area }
directory-web = ဝဘ်: { $web }
directory-verified = အတည်ပြုသည့်ရက်: { $date }
directory-source = ရင်းမြစ်: { $source }
directory-empty =
    ဤနိုင်ငံအတွက် စာရင်း မရှိသေးပါ။
    ကွန်ရက်တစ်ခုက ၎င်း၏ ကိုယ်ပိုင် စာရင်းကို ထည့်နိုင်သည်: CONTRIBUTING-CONTENT.md ကို ကြည့်ပါ။
directory-to-countries = ↩ နိုင်ငံများ

## /reload (admins) and SIGHUP
reload-not-admin = ဤဘော့တ်၏ စီမံခန့်ခွဲသူသာ အခွင့်အရေးဆိုင်ရာ သတင်းအချက်အလက်ကို ပြန်တင်နိုင်သည်။
reload-done = အခွင့်အရေးဆိုင်ရာ သတင်းအချက်အလက် ပြန်တင်ပြီး: ဘာသာစကား { $languages } ခုဖြင့် ဆောင်းပါး { $articles } ပုဒ်။
reload-failed =
    အခွင့်အရေးဆိုင်ရာ သတင်းအချက်အလက် အသစ်တွင် { $count ->
       *[other] ပြဿနာ { $count } ခု
    } ရှိသဖြင့် ဘော့တ်သည် ယခင်ဗားရှင်းကို ဆက်ပြသထားမည်:
    { $problems }
reload-more = …နောက်ထပ် { $count } ခု။
