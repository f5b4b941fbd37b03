"""Words that give the bot away, per language: what a defender in disguise mode must never be
shown. The same ideas in every language: SOS, alert, PIN, duress, trusted contact,
coordinator, lawyer, rights, detention, legal aid, passport, migrant, emergency, police,
asylum, refugee (with immigration, which the rights topics use).

"Someone you trust" is not a giveaway; "trusted contact" is: the lists hold the phrase.
Latin-script languages match whole words with their inflected forms. Arabic, Farsi, Bengali,
Thai and Burmese match the stem anywhere in a word: their words take prefixes and suffixes
(Arabic's ال, Bengali's case endings) or are written without spaces (Thai, Burmese).
"""

from __future__ import annotations

import re

EVERYWHERE = [r"SOS", r"PIN"]

WHOLE_WORDS: dict[str, list[str]] = {
    "en": [
        r"alert(s|ed|ing)?",
        r"duress",
        r"trusted contacts?",
        r"co-?ordinat(or|ors|ion)",
        r"lawyers?",
        r"rights",
        r"detention|detain(s|ed)?",
        r"legal aid",
        r"passports?",
        r"(im)?migrants?|immigration",
        r"emergenc(y|ies)",
        r"police|policem(a|e)n",
        r"asylum",
        r"refugees?",
    ],
    "es": [
        r"alertas?|alertad[oa]s?|alertar",
        r"coacci[oó]n",
        r"contactos? de confianza",
        r"coordinador(a|es|as)?|coordinaci[oó]n",
        r"abogad[oa]s?",
        r"derechos?",
        r"detenci[oó]n|detenid[oa]s?",
        r"ayuda legal|asistencia jur[ií]dica|asesor[ií]a legal",
        r"pasaportes?",
        r"migrantes?|inmigrantes?|migratori[oa]s?|inmigraci[oó]n|migraci[oó]n",
        r"emergencias?",
        r"polic[ií]as?",
        r"asilo",
        r"refugiad[oa]s?",
    ],
    "fr": [
        r"alertes?|alerté(e|s|es)?|alerter",
        r"contrainte",
        r"contacts? de confiance",
        r"coordinat(eur|eurs|rice|rices|ion)",
        r"avocat(e|s|es)?",
        r"droits?",
        r"détention|détenu(e|s|es)?",
        r"aide juridique|aide juridictionnelle",
        r"passeports?",
        r"migrant(e|s|es)?|immigration|immigré(e|s|es)?",
        r"urgences?",
        r"police|policiers?",
        r"asile",
        r"réfugié(e|s|es)?",
    ],
    "id": [
        r"peringatan|siaga|tanda bahaya",
        r"paksaan|dipaksa",
        r"kontak (tepercaya|terpercaya)",
        r"koordinator",
        r"pengacara",
        r"hak(-hak)?",
        r"penahanan|ditahan|tahanan",
        r"bantuan hukum",
        r"paspor",
        r"migran|imigrasi|imigran",
        r"darurat",
        r"polisi",
        r"suaka",
        r"pengungsi",
    ],
}

STEMS: dict[str, list[str]] = {
    "ar": [
        "استغاث",  # SOS, a call for help
        "تنبيه",
        "إنذار",
        "إكراه",
        "اتصال موثوق",  # trusted contact(s), not "someone you trust"
        "اتصالك الموثوق",
        "الاتصال الموثوق",
        "منسق",
        "محام",
        "حقوق",
        "احتجاز",
        "مساعدة قانونية",
        "المساعدة القانونية",
        "العون القانوني",
        "جواز",
        "مهاجر",
        "هجرة",
        "طوارئ",
        "شرطة",
        "لجوء",
        "لاجئ",
    ],
    "fa": [
        "هشدار",
        "اجبار",
        "مخاطب مورد اعتماد",
        "مخاطبان مورد اعتماد",
        "مخاطبین مورد اعتماد",
        "هماهنگ کنند",
        "هماهنگ‌کنند",
        "وکیل",
        "حقوق",
        "بازداشت",
        "گذرنامه",
        "پاسپورت",
        "مهاجر",
        "اضطرار",
        "پلیس",
        "پناه",
    ],
    "bn": [
        "সতর্ক",
        "বিপদ-সংকেত",
        "জবরদস্তি",
        "বিশ্বস্ত পরিচিত",
        "বিশ্বস্ত যোগাযোগ",
        "সমন্বয়",
        "আইনজীবী",
        "উকিল",
        "অধিকার",
        "আটক",
        "আইনি সহায়তা",
        "আইনি সাহায্য",
        "পাসপোর্ট",
        "অভিবাস",
        "জরুরি",
        "পুলিশ",
        "আশ্রয়",
        "শরণার্থী",
    ],
    "th": [
        "แจ้งเตือน",
        "ถูกบังคับ",
        "ข่มขู่",
        "ผู้ติดต่อที่ไว้ใจ",
        "ผู้ติดต่อที่ไว้วางใจ",
        "ผู้ประสานงาน",
        "ทนาย",
        "สิทธิ",
        "กักตัว",
        "กักขัง",
        "ควบคุมตัว",
        "ทางกฎหมาย",
        "หนังสือเดินทาง",
        "พาสปอร์ต",
        "คนต่างด้าว",
        "ย้ายถิ่น",
        "ตรวจคนเข้าเมือง",
        "ฉุกเฉิน",
        "ตำรวจ",
        "ลี้ภัย",
    ],
    "my": [
        "သတိပေး",
        "အတင်းအကျပ်",
        "လျှို့ဝှက်အချက်ပြ",
        "ယုံကြည်ရသော အဆက်အသွယ်",
        "ညှိနှိုင်းရေးမှူး",
        "ရှေ့နေ",
        "အခွင့်အရေး",
        "ထိန်းသိမ်း",
        "ဥပဒေအကူအညီ",
        "နိုင်ငံကူးလက်မှတ်",
        "ပတ်စ်ပို့",
        "ရွှေ့ပြောင်း",
        "လူဝင်မှုကြီးကြပ်",
        "အရေးပေါ်",
        "ရဲတပ်ဖွဲ့",
        "ရဲစခန်း",
        "ခိုလှုံ",
        "ဒုက္ခသည်",
    ],
}


def giveaways(language: str) -> re.Pattern[str]:
    if language in WHOLE_WORDS:
        words = EVERYWHERE + WHOLE_WORDS[language]
        return re.compile(r"\b(" + "|".join(words) + r")\b", re.IGNORECASE)
    stems = [re.escape(s) for s in STEMS[language]]
    return re.compile(r"\b(" + "|".join(EVERYWHERE) + r")\b|" + "|".join(stems), re.IGNORECASE)


LANGUAGES = sorted([*WHOLE_WORDS, *STEMS])
