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
rights-applies = နယ်ပယ်: { $where }
rights-applies-everywhere = နိုင်ငံတကာ စံနှုန်းများနှင့် အကြံပြုချက်များ၊ သင့်အပေါ် သက်ဆိုင်မှုသည် နိုင်ငံပေါ် မူတည်သည်
rights-framing = ⚖️ နိုင်ငံတကာ စံနှုန်းများနှင့် အကြံပြုချက်များ ဖြစ်ပြီး နိုင်ငံတိုင်း၏ ဥပဒေ မဟုတ်ပါ။ သတင်းအချက်အလက်သာ ဖြစ်ပြီး ဥပဒေအကြံဉာဏ် မဟုတ်ပါ။
rights-framing-country = ⚖️ ကိုးကားထားသော ရင်းမြစ်များက { $country } အကြောင်း ဖော်ပြချက်။ ဥပဒေများ ပြောင်းလဲနိုင်သည်။ သတင်းအချက်အလက်သာ ဖြစ်ပြီး ဥပဒေအကြံဉာဏ် မဟုတ်ပါ။
rights-practical = လက်တွေ့ အကြံပြုချက်၊ ရင်းမြစ်များမှ မဟုတ်ပါ
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
rights-directory-button = 📇 ဥပဒေအကူအညီ၊ အကူအညီနှင့် အရေးပေါ်ဖုန်းလိုင်းများ
rights-directory-button--disguised = 📇 လိပ်စာများ

## The directory of legal aid and emergency contacts
directory-countries =
    📇 <b>ဥပဒေအကူအညီ၊ အကူအညီဖုန်းလိုင်းနှင့် အရေးပေါ်ဖုန်းလိုင်းများ</b>
    နိုင်ငံ သို့မဟုတ် ဒေသတစ်ခု ရွေးပါ:
directory-countries--disguised =
    📇 <b>လိပ်စာများ</b>
    နိုင်ငံ သို့မဟုတ် ဒေသတစ်ခု ရွေးပါ:
directory-international = နိုင်ငံတကာ
directory-country =
    📇 <b>{ $country }</b>
directory-phones = ဖုန်း: { $phones }
directory-languages = ဘာသာစကားများ: { $languages }
directory-area = နယ်မြေ: { $area }
directory-web = ဝဘ်: { $web }
directory-source = ရင်းမြစ်- { $title } — { $url } ({ $date } တွင် ဖတ်ခဲ့သည်)
directory-empty =
    ဤနိုင်ငံအတွက် စာရင်း မရှိသေးပါ။
    ကွန်ရက်တစ်ခုက ၎င်း၏ ကိုယ်ပိုင် စာရင်းကို ထည့်နိုင်သည်: CONTRIBUTING-CONTENT.md ကို ကြည့်ပါ။
directory-to-countries = ↩ နိုင်ငံများ
directory-none-picked = ⭐ သင်အလုပ်လုပ်သော သို့မဟုတ် သင်လာခဲ့သော နိုင်ငံများကို ရွေးပါ၊ ၎င်းတို့ကို ရှေ့ဆုံးတွင် ပြပါမည်။
directory-all-countries = 🗺 နိုင်ငံအားလုံး
directory-pick = ⭐ ကျွန်ုပ်၏နိုင်ငံများ ရွေးရန်
directory-pick-intro =
    ⭐ <b>သင့်နိုင်ငံများ</b>
    နိုင်ငံတစ်ခုကို ထည့်ရန် သို့မဟုတ် ဖယ်ရန် နှိပ်ပါ။ နိုင်ငံတကာဖုန်းလိုင်းများကို အမြဲပြပါသည်။
directory-pick-done = ✔ ပြီးပါပြီ
directory-read-from = အချက်အလက်တစ်ခုစီကို ၎င်း၏အောက်တွင် ဖော်ပြထားသော အများသုံးစာမျက်နှာမှ ကူးယူထားသည်။ နံပါတ်များ ပြောင်းလဲတတ်သည်- အားမကိုးမီ စစ်ဆေးပါ။
directory-machine-drafted = 🤖 ဖော်ပြချက်များကို အင်္ဂလိပ်မှ စက်ဖြင့် ဘာသာပြန်ထားသည်။
directory-services = ပေးသည့်ဝန်ဆောင်မှု- { $services }
directory-service-emergency-line = လူ့အခွင့်အရေးကာကွယ်သူများအတွက် အရေးပေါ်ဖုန်းလိုင်း
directory-service-emergency-line--disguised = အရေးတကြီးလိုင်း
directory-service-emergency-grants = ကာကွယ်သူများအတွက် အရေးပေါ်ထောက်ပံ့ငွေ
directory-service-emergency-grants--disguised = ပံ့ပိုးမှု
directory-service-legal-aid = ဥပဒေအကူအညီ
directory-service-legal-aid--disguised = အကြံဉာဏ်
directory-service-hotline = အကူအညီဖုန်းလိုင်း
directory-service-hotline--disguised = ဖုန်းလိုင်း
directory-service-shelter = ခိုလှုံရာနေရာ
directory-service-shelter--disguised = နေစရာနေရာ
directory-service-detention-visits = ထိန်းသိမ်းရာနေရာ သွားရောက်တွေ့ဆုံခြင်း
directory-service-detention-visits--disguised = သွားရောက်တွေ့ဆုံခြင်း
directory-service-labour-complaints = အလုပ်ဆိုင်ရာ တိုင်ကြားချက်များ
directory-service-labour-complaints--disguised = အလုပ်ဆိုင်ရာမေးခွန်းများ
directory-service-trafficking = လူကုန်ကူးခံရသူများအတွက် အကူအညီ
directory-service-trafficking--disguised = လုံခြုံရေး
directory-service-repatriation = နေရပ်ပြန်ပို့ခြင်း
directory-service-repatriation--disguised = အိမ်ပြန်ခရီး
directory-service-counselling = အကြံပေးခြင်းနှင့် စိတ်ပိုင်းဆိုင်ရာ ပံ့ပိုးမှု
directory-service-information = သတင်းအချက်အလက်နှင့် လွှဲပြောင်းပေးခြင်း
directory-service-rights-complaints = လူ့အခွင့်အရေးဆိုင်ရာ တိုင်ကြားချက်များ
directory-service-rights-complaints--disguised = အစီရင်ခံချက်များ
directory-local = နိုင်ငံအတွင်းမှ- { $numbers }
directory-email = အီးမေးလ်- { $email }
directory-messaging = မက်ဆေ့ချ်- { $messaging }
directory-not-verified = ⚠️ လူတစ်ဦးက မစစ်ဆေးရသေးပါ။
directory-checked = ✅ { $date } တွင် လူတစ်ဦးက စစ်ဆေးခဲ့သည်။

## /reload (admins) and SIGHUP
reload-not-admin = ဤဘော့တ်၏ စီမံခန့်ခွဲသူသာ အခွင့်အရေးဆိုင်ရာ သတင်းအချက်အလက်ကို ပြန်တင်နိုင်သည်။
reload-done = အခွင့်အရေးဆိုင်ရာ သတင်းအချက်အလက် ပြန်တင်ပြီး: ဘာသာစကား { $languages } ခုဖြင့် ဆောင်းပါး { $articles } ပုဒ်။
reload-failed =
    အခွင့်အရေးဆိုင်ရာ သတင်းအချက်အလက် အသစ်တွင် { $count ->
       *[other] ပြဿနာ { $count } ခု
    } ရှိသဖြင့် ဘော့တ်သည် ယခင်ဗားရှင်းကို ဆက်ပြသထားမည်:
    { $problems }
reload-more = …နောက်ထပ် { $count } ခု။
