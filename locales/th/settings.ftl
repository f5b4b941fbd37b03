# Thai UI strings.
# machine-drafted: true — see bot.ftl.

## /settings

settings-title =
    <b>การตั้งค่า</b>

    ภาษา: { $language }
    เขตเวลา: { $timezone } (ขณะนี้ { $time })
    ลบอัตโนมัติ: { $autodelete }
    โหมดอำพราง: { $disguise_mode }
    เวลาที่ผู้ติดต่อมีเพื่อตอบรับการแจ้งเตือน: { $answer_time }
settings-language = 🌐 ภาษา
settings-timezone = 🕓 เขตเวลา
settings-autodelete = 🧹 ลบอัตโนมัติ
settings-ack-timeout = ⏱ เวลาตอบรับ
settings-ack-timeout--disguised = ⏱ เวลาตอบกลับ
settings-disguise-on = 🎭 เปิดโหมดอำพราง
settings-disguise-off = 🎭 ปิดโหมดอำพราง
settings-wipe = 🗑 ลบทุกอย่าง
settings-wipe--disguised = 🗑 รีเซ็ต
settings-back = ← กลับ

settings-on = เปิด
settings-off = ปิด

timezone-choose = เลือกเขตเวลาของคุณ หรือกด “พิมพ์เขตอื่น” แล้วส่งชื่อเมืองหรือประเทศของคุณ (กรุงเทพ เตหะราน เนปาล) หรือค่าต่างเวลา เช่น UTC+7
timezone-type-another = ⌨️ พิมพ์เขตอื่น
timezone-ask = ส่งชื่อเมืองหรือประเทศของคุณ เป็นภาษาไทยหรือภาษาอังกฤษก็ได้ (กรุงเทพ เตหะราน เนปาล) หรือค่าต่างเวลา เช่น UTC+7 หรือ GMT+5:30 ส่ง /cancel เพื่อหยุด
timezone-invalid = ไม่รู้จักเขตเวลา “{ $text }” ส่งชื่อเมืองใหญ่ที่อยู่ใกล้คุณ (กัวลาลัมเปอร์ จาการ์ตา ดูไบ) ชื่อ เช่น Asia/Makassar หรือค่าต่างเวลา เช่น UTC+7 หรือส่ง /cancel
timezone-set = เขตเวลา: { $timezone } (ขณะนี้ { $time })

autodelete-explain =
    บอทสามารถลบข้อความของตัวเองที่แสดงข้อมูลอ่อนไหว (บัตรของคุณ ผู้ติดต่อ รายละเอียดการแจ้งเตือน) ออกจากแชทนี้เมื่อผ่านไประยะหนึ่ง เพื่อไม่ให้ข้อความเหล่านั้นยังอยู่หากโทรศัพท์ของคุณถูกยึดไป Telegram อนุญาตให้บอททำเช่นนี้ได้ภายใน 48 ชั่วโมง
autodelete-off = ปิด
autodelete-seconds = { $minutes ->
    [1] หลัง 1 นาที
    [60] หลัง 1 ชั่วโมง
    [1440] หลัง 24 ชั่วโมง
   *[other] หลัง { $minutes } นาที
}
autodelete-set = ลบอัตโนมัติ: { $choice }

ack-timeout-explain =
    เมื่อคุณส่งการแจ้งเตือน ผู้ติดต่อลำดับ 1 จะมีเวลาเท่านี้ในการกด “ฉันรับเรื่องนี้” ก่อนที่บอทจะแจ้งผู้ติดต่อลำดับ 2 และต่อด้วยผู้ประสานงาน เวลาสั้นปลอดภัยกว่าในสถานการณ์ที่มีความเสี่ยงสูง เวลายาวเหมาะกับผู้ติดต่อที่อาจกำลังหลับอยู่ในเขตเวลาอื่น
ack-timeout-explain--disguised = ระยะเวลาที่แต่ละคนมีเพื่อตอบกลับ ก่อนที่บอทจะถามคนถัดไป
ack-timeout-network = ค่าของเครือข่าย ({ $minutes } นาที)
ack-timeout-minutes = { $minutes } นาที

disguise-on = เปิดโหมดอำพรางแล้ว: แชทนี้จะใช้คำและปุ่มที่เป็นกลาง ทุกอย่างยังทำงานเหมือนเดิม
disguise-off = ปิดโหมดอำพรางแล้ว

wipe-ask =
    การดำเนินการนี้จะลบ<b>ทุกอย่าง</b>ที่บอทเก็บไว้เกี่ยวกับคุณ: การตั้งค่า บัตรของคุณ ผู้ติดต่อที่ไว้ใจ และคนที่คุณคอยดูแล (พวกเขาจะได้รับแจ้งเพียงว่ามีผู้ติดต่อคนหนึ่งออกไปแล้ว) บอทจะลบข้อความล่าสุดของบอทในแชทนี้ด้วย เท่าที่ Telegram อนุญาต

    การลบนี้ย้อนกลับไม่ได้ หากต้องการดำเนินการต่อ ให้ส่งคำว่า <b>{ $word }</b> หากต้องการหยุด ให้ส่ง /cancel
wipe-word = ลบทั้งหมด
wipe-not-confirmed = คำนั้นไม่ใช่ { $word } ไม่มีการลบข้อมูลใดๆ ส่ง { $word } เพื่อลบทุกอย่าง หรือส่ง /cancel
wipe-done = ทุกอย่างเกี่ยวกับคุณถูกลบออกจากบอทนี้แล้ว หากต้องการใช้อีกครั้ง ให้ส่ง /start
wipe-contact-left = ผู้ติดต่อที่ไว้ใจคนหนึ่งของคุณออกจากบอทแล้ว ตรวจสอบรายชื่อของคุณได้ที่ /contacts
wipe-contact-left--disguised = มีคนหนึ่งออกไปแล้ว ดูที่ /contacts

## Neutral wording while disguise mode is on
settings-title--disguised =
    <b>การตั้งค่า</b>

    ภาษา: { $language }
    เขตเวลา: { $timezone } (ขณะนี้ { $time })
    ลบอัตโนมัติ: { $autodelete }
    รูปแบบเรียบง่าย: { $disguise_mode }
    เวลาตอบกลับ: { $answer_time }
settings-disguise-off--disguised = 🎭 ปิดรูปแบบเรียบง่าย
autodelete-explain--disguised = บอทสามารถลบข้อความของตัวเองออกจากแชทนี้เมื่อผ่านไประยะหนึ่ง Telegram อนุญาตให้ทำเช่นนี้ได้ภายใน 48 ชั่วโมง
disguise-on--disguised = เปิดรูปแบบเรียบง่ายแล้ว
