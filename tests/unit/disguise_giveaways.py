"""Words that give the bot away, per language and per idea: what a defender in disguise mode
must never be shown. The same ideas in every language: SOS, alert, PIN, duress, trusted
contact, coordinator, lawyer, rights, detention, legal aid, passport, migrant (and
immigration, which the rights topics use), emergency, police, asylum, refugee.

"Someone you trust" is not a giveaway; "trusted contact" is: the lists hold the phrase.
Latin-script languages match whole words with their inflected forms. Arabic, Farsi, Bengali,
Thai and Burmese match the stem anywhere in a word: their words take prefixes and suffixes
(Arabic's ال and بـ, Bengali's case endings) or are written without spaces (Thai, Burmese).
Each entry is a regular expression.
"""

from __future__ import annotations

import re

IDEAS = [
    "SOS",
    "alert",
    "PIN",
    "duress",
    "trusted contact",
    "coordinator",
    "lawyer",
    "rights",
    "detention",
    "legal aid",
    "passport",
    "migrant",
    "emergency",
    "police",
    "asylum",
    "refugee",
]

WHOLE_WORDS = {"en", "es", "fr", "id"}

GIVEAWAYS: dict[str, dict[str, list[str]]] = {
    "en": {
        "SOS": ["SOS"],
        "alert": ["alert(s|ed|ing)?"],
        "PIN": ["PINs?"],
        "duress": ["duress"],
        "trusted contact": ["trusted contacts?"],
        "coordinator": ["co-?ordinat(or|ors|ion)"],
        "lawyer": ["lawyers?"],
        "rights": ["rights"],
        "detention": ["detention", "detain(s|ed)?"],
        "legal aid": ["legal aid"],
        "passport": ["passports?"],
        "migrant": ["(im)?migrants?", "immigration"],
        "emergency": ["emergenc(y|ies)"],
        "police": ["police", "policem(a|e)n"],
        "asylum": ["asylum"],
        "refugee": ["refugees?"],
    },
    "es": {
        "SOS": ["SOS"],
        "alert": ["alertas?", "alertad[oa]s?", "alertar"],
        "PIN": ["PIN(es)?"],
        "duress": ["coacci[oó]n"],
        "trusted contact": ["contactos? de confianza"],
        "coordinator": ["coordinador(a|es|as)?", "coordinaci[oó]n"],
        "lawyer": ["abogad[oa]s?"],
        "rights": ["derechos?"],
        "detention": ["detenci[oó]n", "detenid[oa]s?"],
        "legal aid": ["ayuda legal", "asistencia jur[ií]dica", "asesor[ií]a legal"],
        "passport": ["pasaportes?"],
        "migrant": ["(in)?migrantes?", "migratori[oa]s?", "(in)?migraci[oó]n"],
        "emergency": ["emergencias?"],
        "police": ["polic[ií]as?"],
        "asylum": ["asilo"],
        "refugee": ["refugiad[oa]s?"],
    },
    "fr": {
        "SOS": ["SOS"],
        "alert": ["alertes?", "alerté(e|s|es)?", "alerter"],
        "PIN": ["PIN"],
        "duress": ["contrainte"],
        "trusted contact": ["contacts? de confiance"],
        "coordinator": ["coordinat(eur|eurs|rice|rices|ion)"],
        "lawyer": ["avocat(e|s|es)?"],
        "rights": ["droits?"],
        "detention": ["détention", "détenu(e|s|es)?"],
        "legal aid": ["aide juridique", "aide juridictionnelle"],
        "passport": ["passeports?"],
        "migrant": ["migrant(e|s|es)?", "immigration", "immigré(e|s|es)?"],
        "emergency": ["urgences?"],
        "police": ["police", "policiers?"],
        "asylum": ["asile"],
        "refugee": ["réfugié(e|s|es)?"],
    },
    "id": {
        "SOS": ["SOS"],
        "alert": ["peringatan", "siaga", "tanda bahaya"],
        "PIN": ["PIN"],
        "duress": ["paksaan", "dipaksa"],
        "trusted contact": ["kontak (tepercaya|terpercaya)"],
        "coordinator": ["koordinator"],
        "lawyer": ["pengacara"],
        "rights": ["hak(-hak)?"],
        "detention": ["penahanan", "ditahan", "tahanan"],
        "legal aid": ["bantuan hukum"],
        "passport": ["paspor"],
        "migrant": ["migran", "imigrasi", "imigran"],
        "emergency": ["darurat"],
        "police": ["polisi"],
        "asylum": ["suaka"],
        "refugee": ["pengungsi"],
    },
    "ar": {
        "SOS": [r"\bSOS\b", "استغاث"],
        "alert": ["تنبيه", "إنذار"],
        "PIN": [r"\bPIN\b", "رمز الأمان"],
        "duress": ["إكراه"],
        "trusted contact": ["اتصال موثوق", "اتصالك الموثوق", "الاتصال الموثوق"],
        "coordinator": ["منسق"],
        "lawyer": ["محام"],
        "rights": ["حقوق"],
        "detention": ["احتجاز"],
        "legal aid": ["مساعدة قانونية", "المساعدة القانونية", "العون القانوني"],
        "passport": ["جواز"],
        "migrant": ["مهاجر", "هجرة"],
        "emergency": ["طوارئ"],
        "police": ["شرطة"],
        "asylum": ["لجوء"],
        "refugee": ["لاجئ"],
    },
    "fa": {
        # Farsi says SOS as "help" (کمک), a word too common to list: "(SOS)" follows it.
        "SOS": [r"\bSOS\b"],
        "alert": ["هشدار"],
        "PIN": [r"\bPIN\b", "رمز امنیتی"],
        "duress": ["اجبار"],
        "trusted contact": ["مخاطب مورد اعتماد", "مخاطبان مورد اعتماد", "مخاطبین مورد اعتماد"],
        "coordinator": ["هماهنگ کنند", "هماهنگ‌کنند"],
        "lawyer": ["وکیل"],
        "rights": ["حقوق"],
        "detention": ["بازداشت"],
        "legal aid": ["کمک حقوقی"],
        "passport": ["گذرنامه", "پاسپورت"],
        "migrant": ["مهاجر"],
        "emergency": ["اضطرار"],
        "police": ["پلیس"],
        "asylum": ["پناهندگی", "پناهجو"],
        "refugee": ["پناهنده"],
    },
    "bn": {
        "SOS": [r"\bSOS\b"],
        "alert": ["সতর্ক"],
        "PIN": [r"\bPIN\b", "পিন"],
        "duress": ["বিপদ-সংকেত", "জবরদস্তি"],
        "trusted contact": ["বিশ্বস্ত পরিচিত", "বিশ্বস্ত যোগাযোগ"],
        "coordinator": ["সমন্বয়"],
        "lawyer": ["আইনজীবী", "উকিল"],
        "rights": ["অধিকার"],
        "detention": ["আটক"],
        "legal aid": ["আইনি সহায়তা", "আইনি সাহায্য"],
        "passport": ["পাসপোর্ট"],
        "migrant": ["অভিবাস"],
        "emergency": ["জরুরি"],
        "police": ["পুলিশ"],
        "asylum": ["রাজনৈতিক আশ্রয়", "আশ্রয়প্রার্থী"],
        "refugee": ["শরণার্থী"],
    },
    "th": {
        "SOS": [r"\bSOS\b"],
        "alert": ["แจ้งเตือน"],
        "PIN": [r"\bPIN\b"],
        "duress": ["ถูกบังคับ", "ข่มขู่"],
        "trusted contact": ["ผู้ติดต่อที่ไว้ใจ", "ผู้ติดต่อที่ไว้วางใจ"],
        "coordinator": ["ผู้ประสานงาน"],
        "lawyer": ["ทนาย"],
        "rights": ["สิทธิ"],
        "detention": ["กักตัว", "กักขัง", "ควบคุมตัว"],
        "legal aid": ["ทางกฎหมาย"],
        "passport": ["หนังสือเดินทาง", "พาสปอร์ต"],
        "migrant": ["คนต่างด้าว", "ย้ายถิ่น", "ตรวจคนเข้าเมือง"],
        "emergency": ["ฉุกเฉิน"],
        "police": ["ตำรวจ"],
        "asylum": ["ลี้ภัย"],
        "refugee": ["ผู้ลี้ภัย"],
    },
    "my": {
        "SOS": [r"\bSOS\b"],
        "alert": ["သတိပေး"],
        "PIN": [r"\bPIN\b"],
        "duress": ["အတင်းအကျပ်", "လျှို့ဝှက်အချက်ပြ"],
        "trusted contact": ["ယုံကြည်ရသော အဆက်အသွယ်"],
        "coordinator": ["ညှိနှိုင်းရေးမှူး"],
        "lawyer": ["ရှေ့နေ"],
        "rights": ["အခွင့်အရေး"],
        "detention": ["ထိန်းသိမ်း"],
        "legal aid": ["ဥပဒေအကူအညီ"],
        "passport": ["နိုင်ငံကူးလက်မှတ်", "ပတ်စ်ပို့"],
        "migrant": ["ရွှေ့ပြောင်း", "လူဝင်မှုကြီးကြပ်"],
        "emergency": ["အရေးပေါ်"],
        # ရဲ alone is "police"; inside a word it is something else ("brave").
        "police": [r"(?<!\S)ရဲ(?!\S)", "ရဲတပ်ဖွဲ့", "ရဲစခန်း"],
        "asylum": ["ခိုလှုံ"],
        "refugee": ["ဒုက္ခသည်"],
    },
}


def pattern(language: str, ideas: list[str] | None = None) -> re.Pattern[str]:
    words = [w for idea in ideas or IDEAS for w in GIVEAWAYS[language][idea]]
    joined = "|".join(f"(?:{w})" for w in words)
    if language in WHOLE_WORDS:
        return re.compile(rf"\b(?:{joined})\b", re.IGNORECASE)
    return re.compile(joined, re.IGNORECASE)


def giveaways(language: str) -> re.Pattern[str]:
    return pattern(language)


LANGUAGES = sorted(GIVEAWAYS)
