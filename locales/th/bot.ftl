# Thai UI strings.
# machine-drafted: true — written without review by a native speaker; a volunteer should review it before it is marked reviewed. Messages missing here are shown in English.

language-name = ไทย

start-welcome =
    ยินดีต้อนรับ { $name }

    บอทนี้ช่วยให้นักปกป้องสิทธิมนุษยชนปลอดภัย: เช็กอินเป็นประจำ ส่งการแจ้งเตือนถึงคนที่คุณไว้ใจเมื่อคุณต้องการความช่วยเหลือ และข้อมูลเกี่ยวกับสิทธิของคุณ

    <b>สิ่งที่บอทเก็บไว้:</b> ชื่อ Telegram และภาษาของคุณ การตั้งค่า ผู้ติดต่อที่ไว้ใจ และบัตรข้อมูลฉุกเฉินหากคุณกรอกไว้ ข้อมูลทั้งหมดถูกเข้ารหัสก่อนจัดเก็บ

    <b>ผู้ติดต่อของคุณจะไม่เห็นอะไรเลย</b> จนกว่าจะมีการแจ้งเตือน เมื่อนั้นเขาจึงจะได้รับเฉพาะสิ่งที่จำเป็นเพื่อช่วยคุณ

    <b>/wipe</b> ลบทุกอย่างเกี่ยวกับคุณทันที
start-welcome--disguised =
    ยินดีต้อนรับ { $name }

    ทุกอย่างที่บอทนี้เก็บเกี่ยวกับคุณถูกเข้ารหัสไว้ /wipe ลบทั้งหมดได้ทันที
start-welcome-back =
    ยินดีต้อนรับกลับมา { $name }

    ส่ง /help เพื่อดูว่าคุณทำอะไรได้บ้าง
help--disguised =
    สิ่งที่คุณทำได้ที่นี่:

    /contacts – รายชื่อ
    /invite – เชิญใครสักคน
    /card – โปรไฟล์
    /rights – บทความ
    /settings – การตั้งค่า
    /wipe – รีเซ็ต
    /cancel – หยุด
    /help – รายการนี้
start-choose-language = เลือกภาษาของคุณ:
language-set = ภาษา: { $language }
help =
    สิ่งที่คุณทำได้ที่นี่:

    /sos – แจ้งเตือนผู้ติดต่อที่ไว้ใจทันที (เพิ่มสิ่งที่กำลังเกิดขึ้นได้ เช่น /sos ถูกเรียกตรวจที่ด่านชายแดน)
    🆘 SOS และ ✅ ฉันปลอดภัย – ทำแบบเดียวกันจากแป้นพิมพ์; 📍 ใช้แชร์ตำแหน่งของคุณระหว่างการแจ้งเตือน
    /checkin – เช็กอิน; /schedule – ตารางเช็กอินที่จะแจ้งเตือนผู้ติดต่อของคุณหากคุณพลาด; /status
    /contacts – ผู้ติดต่อที่ไว้ใจของคุณ และคนที่คุณคอยดูแล
    /invite – เชิญคนมาเป็นผู้ติดต่อที่ไว้ใจของคุณ
    /card – บัตรข้อมูลฉุกเฉินของคุณ
    /rights – สิทธิของคุณ: การควบคุมตัว วีซ่า ความช่วยเหลือทางกฎหมาย (หรือพิมพ์คำเพื่อค้นหา)
    /directory – ความช่วยเหลือทางกฎหมายและสายด่วน
    /settings – ภาษา เขตเวลา ลบอัตโนมัติ โหมดอำพราง
    /wipe – ลบทุกอย่างเกี่ยวกับคุณ
    /cancel – หยุดสิ่งที่กำลังทำอยู่
    /help – รายการนี้

    บอทจะไม่ติดต่อตำรวจหรือหน่วยงานรัฐใดๆ เอง
    สำหรับผู้ประสานงานของเครือข่าย: /alerts และ /resolve
start-in-group = กรุณาคุยกับบอทในแชทส่วนตัว: เปิดโปรไฟล์ของบอทแล้วกด Start ข้อมูลของคุณจะไม่ถูกแชร์ในกลุ่มนี้
not-understood = บอทไม่เข้าใจข้อความนี้ ส่ง /help เพื่อดูว่าคุณทำอะไรได้บ้าง
error-generic = เกิดข้อผิดพลาดที่ฝั่งของเรา สิ่งที่คุณบันทึกไว้ไม่ได้หายไป กรุณาลองอีกครั้งในอีกสักครู่
error-storage-full = บอทบันทึกข้อมูลนี้ไม่ได้ เพราะพื้นที่บนเซิร์ฟเวอร์เต็ม สิ่งที่คุณบันทึกไว้ก่อนหน้านี้ยังอยู่ครบ กรุณาลองใหม่ภายหลัง

## Conversation plumbing
button-expired = ปุ่มนี้หมดอายุแล้ว ไม่มีการเปลี่ยนแปลงใดๆ
step-expired = ขั้นตอนนั้นใช้เวลานานเกินไปจึงถูกหยุด ไม่มีการเปลี่ยนแปลงใดๆ กรุณาเริ่มใหม่
cancelled = ยกเลิกแล้ว ไม่มีการเปลี่ยนแปลงใดๆ
nothing-to-cancel = ไม่มีอะไรให้ยกเลิก

## The persistent keyboard
keyboard-sos = 🆘 SOS
keyboard-sos--disguised = 📞 โทร
keyboard-safe = ✅ ฉันปลอดภัย
keyboard-safe--disguised = ✅ เรียบร้อย
keyboard-rights = ⚖️ สิทธิ
keyboard-rights--disguised = 📖 อ่าน
keyboard-menu = ☰ เมนู

## Menu and keyboard answers
menu =
    <b>เมนู</b>

    /sos – แจ้งเตือนผู้ติดต่อของคุณทันที
    /contacts – ผู้ติดต่อที่ไว้ใจ
    /card – บัตรข้อมูลฉุกเฉิน
    /rights – สิทธิของคุณ
    /settings – การตั้งค่า
    /help – วิธีใช้
menu--disguised =
    <b>เมนู</b>

    /contacts – รายชื่อ
    /card – โปรไฟล์
    /rights – บทความ
    /settings – การตั้งค่า
    /help – วิธีใช้

## Command menus (setMyCommands)
command-start = เริ่ม หรือดูข้อความต้อนรับอีกครั้ง
command-help = สิ่งที่คุณทำได้
command-sos = แจ้งเตือนผู้ติดต่อที่ไว้ใจทันที
command-sos--disguised = โทร
command-checkin = เช็กอิน: ฉันปลอดภัย
command-checkin--disguised = ตอบกลับ: ทุกอย่างเรียบร้อยดี
command-schedule = ตารางเช็กอินเพื่อความปลอดภัยของคุณ
command-schedule--disguised = กิจวัตรของคุณ
command-status = ตารางเวลา เช็กอินครั้งถัดไป และการแจ้งเตือนที่ยังเปิดอยู่
command-status--disguised = กิจวัตรและการตอบกลับครั้งถัดไป
command-contacts = ผู้ติดต่อที่ไว้ใจของคุณ
command-contacts--disguised = รายชื่อ
command-invite = เชิญผู้ติดต่อที่ไว้ใจ
command-invite--disguised = เชิญใครสักคน
command-card = บัตรข้อมูลฉุกเฉินของคุณ
command-card--disguised = โปรไฟล์
command-rights = สิทธิของคุณ: การควบคุมตัว วีซ่า ความช่วยเหลือทางกฎหมาย
command-rights--disguised = บทความ
command-directory = ความช่วยเหลือทางกฎหมายและสายด่วน
command-directory--disguised = ที่อยู่
command-settings = ภาษา เขตเวลา ความเป็นส่วนตัว
command-wipe = ลบทุกอย่างเกี่ยวกับคุณ
command-wipe--disguised = รีเซ็ต
command-cancel = หยุดสิ่งที่กำลังทำอยู่

## Coordinators
coordinators-set = ตอนนี้กลุ่มนี้เป็นแชทของผู้ประสานงานของเครือข่ายแล้ว การแจ้งเตือนที่ไม่มีใครรับเรื่องทันเวลาจะถูกส่งมาที่นี่ สมาชิกของกลุ่มนี้คือผู้ประสานงาน
coordinators-not-admin = เฉพาะผู้ดูแลบอทนี้เท่านั้นที่ทำสิ่งนี้ได้
coordinators-in-private = ส่ง /coordinators ในกลุ่มที่จะใช้เป็นแชทของผู้ประสานงาน
