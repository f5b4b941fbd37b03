# Burmese (Myanmar) UI strings.
# machine-drafted: true — see bot.ftl.

verification-code-contact = 🔐 လုံခြုံရေးကုဒ်: <b>{ $code }</b>။ လက်ခံသူမှာ တကယ်ပင် သင်ဖြစ်ကြောင်း သေချာစေရန် { $name } က သင့်ကို ဖုန်းဆက်၍ မေးနိုင်သည်။
verification-code-contact--disguised = ကုဒ်: <b>{ $code }</b>။ { $name } က မေးနိုင်သည်။
verification-code-defender = 🔐 လုံခြုံရေးကုဒ်: <b>{ $code }</b>။ ထိုသူကို ဖုန်းဆက်ပြီး မည်သည့်ကုဒ် မြင်ရသနည်းဟု မေးပါ။ ဤကုဒ် မဟုတ်လျှင် အခြားသူတစ်ဦးက သင့်လင့်ခ်ကို ဖွင့်ခဲ့သည်: /contacts တွင် ဖယ်ရှားပါ။
verification-code-defender--disguised = ကုဒ်: <b>{ $code }</b>။ မည်သည့်ကုဒ် မြင်ရသနည်းဟု မေးပါ၊ မတူလျှင် /contacts တွင် ဖယ်ရှားပါ။
verification-username = ၎င်း၏ Telegram အသုံးပြုသူအမည်: @{ $username }
verification-no-username = ၎င်းတွင် Telegram အသုံးပြုသူအမည် မရှိသဖြင့် ကုဒ်ကို အသံဖြင့် စစ်ဆေးပါ။
