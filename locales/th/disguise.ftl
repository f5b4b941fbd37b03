# Thai UI strings.
# machine-drafted: true — see bot.ftl.

# translation_of: b69950061180
disguise-clear-offer =
    { $count ->
        [one] ยังลบข้อความก่อนหน้าในแชทนี้ได้ 1 ข้อความ
       *[other] ยังลบข้อความก่อนหน้าในแชทนี้ได้ { $count } ข้อความ
    } (Telegram อนุญาตภายใน 48 ชั่วโมง) ลบตอนนี้ไหม
# translation_of: ae640fb501ea
disguise-clear-button = 🧹 ลบข้อความก่อนหน้า
# translation_of: ec0433d38c6c
disguise-clear-done =
    { $count ->
        [0] ลบอะไรไม่ได้เลย
        [one] ลบข้อความก่อนหน้าแล้ว 1 ข้อความ
       *[other] ลบข้อความก่อนหน้าแล้ว { $count } ข้อความ
    } ข้อความที่เก่ากว่านั้นยังอยู่: Telegram ไม่ให้บอทลบแล้ว
