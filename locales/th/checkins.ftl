# Thai UI strings.
# machine-drafted: true — see bot.ftl.

checkin-done = ✅ เช็กอินแล้วเมื่อ { $time }
checkin-done--disguised = ✅ บันทึกแล้วเมื่อ { $time }
checkin-next = เช็กอินครั้งถัดไปภายใน { $due }
checkin-next--disguised = ตอบกลับครั้งถัดไปภายใน { $due }
checkin-deadline-ended = กำหนดเวลา { $deadline } ของคุณสิ้นสุดแล้ว
checkin-pin-ask = การแจ้งเตือนของคุณยังเปิดอยู่ หากต้องการปิด ให้ส่ง PIN ความปลอดภัยของคุณ
checkin-pin-ask--disguised = หากต้องการปิด ให้ส่งรหัสของคุณ
checkin-pin-wrong = นั่นไม่ใช่ PIN ความปลอดภัยของคุณ การแจ้งเตือนยังเปิดอยู่ ส่ง PIN อีกครั้ง หรือส่ง /cancel
checkin-pin-wrong--disguised = นั่นไม่ใช่รหัสของคุณ ส่งอีกครั้ง หรือส่ง /cancel
checkin-resumed = ▶️ ช่วงหยุดพักของคุณสิ้นสุดแล้ว: การเช็กอินกลับมาทำงานอีกครั้ง เช็กอินครั้งถัดไปภายใน { $due }
checkin-resumed--disguised = ▶️ ช่วงพักของคุณสิ้นสุดแล้ว ตอบกลับครั้งถัดไปภายใน { $due }
checkin-reminder = ⏰ ถึงเวลาเช็กอิน: คุณต้องเช็กอินภายใน { $due } แตะด้านล่างหากคุณปลอดภัย
checkin-reminder--disguised = ⏰ เตือนความจำ: กรุณาตอบกลับภายใน { $due }

schedule-forms-schedule =
    ตั้งตารางเวลาโดยพิมพ์แบบใดแบบหนึ่ง:
    /schedule every 2h – ทุก 2 ชั่วโมง (ตั้งได้ 15 นาทีถึง 7 วัน หรือพิมพ์ every 90m, every 1.5h ก็ได้)
    /schedule daily 09:00 21:00 – ตามเวลาเหล่านี้ทุกวัน ในเขตเวลาของคุณ (หรือพิมพ์ daily 9am 9pm ก็ได้)
    /schedule off – หยุดตารางเวลา
    นอกจากนี้: /grace 30m (เวลาผ่อนผันหลังเวลาครบกำหนด ก่อนที่ผู้ติดต่อของคุณจะได้รับการแจ้งเตือน), /reminder 10m หรือ /reminder off, /checkin_by 13:00 (กำหนดเวลาครั้งเดียว), /pause 2d หรือ /pause until 2026-12-01 09:00, /resume, /status
schedule-forms-schedule--disguised =
    ตั้งกิจวัตรโดยพิมพ์แบบใดแบบหนึ่ง:
    /schedule every 2h
    /schedule daily 09:00 21:00
    /schedule off
    นอกจากนี้: /grace 30m, /reminder 10m หรือ /reminder off, /checkin_by 13:00, /pause 2d, /resume, /status
schedule-menu-choose = หรือเลือก:
schedule-button-every = ทุก { $every }
schedule-button-off = หยุดตารางเวลา
schedule-forms-grace = ตัวอย่าง: /grace 30m (ตั้งแต่ 1 นาทีถึง 24 ชั่วโมง)
schedule-forms-reminder = ตัวอย่าง: /reminder 10m หรือ /reminder off
schedule-forms-checkin-by = ตัวอย่าง: /checkin_by 13:00, /checkin_by tomorrow 08:00, /checkin_by 2026-12-01 13:00, /checkin_by 2h หรือ /checkin_by off
schedule-forms-pause = ตัวอย่าง: /pause 3h, /pause 2d หรือ /pause until 2026-12-01 09:00 (ไม่เกิน 30 วัน)

schedule-problem-format = บอทอ่านข้อความนั้นไม่ได้
schedule-time-passed = วันนี้เลยเวลา { $time } มาแล้ว คุณหมายถึงพรุ่งนี้เวลา { $time } ใช่ไหม ถ้าไม่ใช่ ให้ส่งคำสั่งอีกครั้งพร้อมวันที่ เช่น 2026-12-01 { $time }
schedule-button-tomorrow = ใช่ พรุ่งนี้เวลา { $time }
schedule-problem-no-such-time = ไม่มีเวลานั้นอยู่จริง
schedule-problem-too-short = สั้นเกินไป: สั้นที่สุดคือ { $limit }
schedule-problem-too-long = ยาวเกินไป: ยาวที่สุดคือ { $limit }
schedule-problem-too-close = เวลาประจำวันต้องห่างกันอย่างน้อย { $limit }
schedule-problem-in-the-past = เวลานั้นผ่านไปแล้ว
schedule-problem-too-far-ahead = ล่วงหน้านานเกินไป: ได้ไม่เกิน { $limit }
schedule-problem-reminder-too-long = การเตือนต้องมาก่อนเวลาครบกำหนดไม่ถึง { $limit }
schedule-problem-deadline-during-pause = การหยุดพักนี้จะคร่อมกำหนดเวลาเช็กอินของคุณ กรุณาเปลี่ยนกำหนดเวลาก่อน (/checkin_by off)

status-no-schedule = 🗓 ไม่มีตารางเช็กอินประจำ
status-no-schedule--disguised = 🗓 ยังไม่ได้ตั้งกิจวัตร
status-schedule = 🗓 เช็กอิน: { $rule }
status-schedule--disguised = 🗓 กิจวัตร: { $rule }
status-grace = เวลาผ่อนผัน: { $grace } · เตือนล่วงหน้า: { $reminder }
status-reminder-off = ปิด
status-paused = ⏸ หยุดพักถึง { $until }: จะไม่มีการส่งข้อความใดๆ จนถึงเวลานั้น
status-next = เช็กอินครั้งถัดไปภายใน { $due }
status-next--disguised = ตอบกลับครั้งถัดไปภายใน { $due }
status-deadline = กำหนดเวลาครั้งเดียว: { $deadline }
status-last = เช็กอินครั้งล่าสุด: { $last }
status-last--disguised = ตอบกลับครั้งล่าสุด: { $last }
status-never = ยังไม่เคยเช็กอิน
status-alert-open = 🆘 มีการแจ้งเตือนเกี่ยวกับคุณที่ยังเปิดอยู่ กด ✅ ฉันปลอดภัย เมื่อคุณปลอดภัยแล้ว
status-alert-open--disguised = 📞 ยังมีเรื่องที่เปิดอยู่ กด ✅ เรียบร้อย เมื่อทุกอย่างเรียบร้อยดี
status-nobody = ⚠️ จะไม่มีใครได้รับการแจ้งเตือนหากคุณพลาดการเช็กอิน: คุณไม่มีผู้ติดต่อที่ไว้ใจ และเครือข่ายไม่มีแชทของผู้ประสานงาน เพิ่มผู้ติดต่อด้วย /invite
status-nobody--disguised = ⚠️ จะไม่มีใครได้รับแจ้ง: เพิ่มคนด้วย /invite

## /settings: the safety PIN and the duress word
settings-pin = 🔐 PIN ความปลอดภัย
settings-pin--disguised = 🔐 รหัส
settings-duress = 🗝 คำลับกรณีถูกบังคับ
settings-duress--disguised = 🗝 คำที่สอง
safety-pin-explain =
    <b>PIN ความปลอดภัย</b>
    หากคุณส่งการแจ้งเตือน คนที่ควบคุมตัวคุณไว้อาจบังคับให้คุณกด “ฉันปลอดภัย” เมื่อมี PIN ความปลอดภัย สิ่งที่ยุติหรือลดการคุ้มครองคุณจะทำไม่ได้หากไม่มี PIN: การปิดหรือยกเลิกการแจ้งเตือน การหยุดเช็กอินชั่วคราวหรือปิดเช็กอิน การลบผู้ติดต่อ การเปลี่ยน PIN หรือคำลับกรณีถูกบังคับ PIN อย่างเดียวพิสูจน์อะไรไม่ได้ (คนเราอาจถูกบังคับให้บอก PIN ได้) คำลับกรณีถูกบังคับจึงมีไว้สำหรับกรณีนี้
    หากใส่ PIN ผิด 3 ครั้งภายในหนึ่งชั่วโมง ผู้ติดต่อของคุณจะได้รับคำเตือน หากผิด 5 ครั้ง จะใส่ PIN ไม่ได้เป็นเวลา 15 นาที และนานขึ้นในครั้งต่อไป
    เลือกสิ่งที่คุณจะจำได้แม้อยู่ในภาวะตึงเครียด ยาว 4 ถึง 64 ตัวอักษร และไม่ใช่ 1234 หรือ 0000 ส่งมาตอนนี้ แล้วส่งอีกครั้ง ข้อความจะถูกลบจากแชทนี้ทันที และเก็บไว้ในรูปแบบที่ไม่มีใครอ่านย้อนกลับได้ หรือส่ง /cancel
safety-pin-explain--disguised =
    <b>รหัส</b>
    เลือกรหัสยาว 4 ถึง 64 ตัวอักษร แล้วส่งมาตอนนี้ ข้อความจะถูกลบจากแชทนี้ทันที หรือส่ง /cancel
safety-duress-explain =
    <b>คำลับกรณีถูกบังคับ</b>
    คำที่ดูเหมือนการเช็กอินปกติ แต่จะแจ้งเตือนผู้ติดต่อของคุณและผู้ประสานงานอย่างลับๆ ใช้คำนี้หากมีคนบังคับให้คุณเช็กอินหรือปิดการแจ้งเตือน: ส่งคำนี้แทน /checkin (หรือส่งหลัง /checkin หรือเมื่อบอทขอ PIN) หน้าจอของคุณจะแสดงเหมือนการเช็กอินปกติทุกอย่าง ไม่มีอะไรในแชทนี้ที่จะแสดงการแจ้งเตือน
    เลือกคำที่คุณจะไม่พิมพ์โดยบังเอิญ ยาว 4 ถึง 64 ตัวอักษร และต้องไม่เหมือน PIN ส่งมาตอนนี้ ข้อความจะถูกลบจากแชทนี้ทันที และเก็บไว้ในรูปแบบที่ไม่มีใครอ่านย้อนกลับได้ หรือส่ง /cancel
safety-duress-explain--disguised =
    <b>คำที่สอง</b>
    เลือกคำที่สอง ยาว 4 ถึง 64 ตัวอักษร และต้องไม่เหมือนรหัสของคุณ แล้วส่งมาตอนนี้ ข้อความจะถูกลบจากแชทนี้ทันที หรือส่ง /cancel
safety-word-is-set = ตั้งไว้แล้ว ส่งอันใหม่เพื่อแทนที่ หรือลบด้วยปุ่ม
safety-word-not-set = ยังไม่ได้ตั้ง
safety-word-clear = ลบออก
safety-word-length = ต้องยาว 4 ถึง 64 ตัวอักษร ส่งใหม่ หรือส่ง /cancel
safety-word-same = PIN และคำลับกรณีถูกบังคับต้องไม่เหมือนกัน ส่งใหม่ หรือส่ง /cancel
safety-word-same--disguised = รหัสและคำที่สองต้องไม่เหมือนกัน ส่งใหม่ หรือส่ง /cancel
safety-pin-saved = 🔐 บันทึก PIN ความปลอดภัยของคุณแล้ว
safety-pin-saved--disguised = 🔐 บันทึกรหัสของคุณแล้ว
safety-pin-cleared = ลบ PIN ความปลอดภัยของคุณแล้ว
safety-pin-cleared--disguised = ลบรหัสของคุณแล้ว
safety-duress-saved = 🗝 บันทึกคำลับกรณีถูกบังคับของคุณแล้ว
safety-duress-saved--disguised = 🗝 บันทึกแล้ว
safety-duress-cleared = ลบคำลับกรณีถูกบังคับของคุณแล้ว
safety-duress-cleared--disguised = ลบแล้ว

# After an outage: the missed check-in fell due while the bot was down.
outage-late-alert = ⚠️ บอตทำงานไม่ได้ตั้งแต่ { $start } ถึง { $end } กำหนดเช็กอินของคุณคือ { $due } ซึ่งอยู่ในช่วงที่บอตหยุด ผู้ติดต่อที่ไว้ใจได้ของคุณจึงได้รับการแจ้งเตือนล่าช้า เมื่อ { $end } หากคุณปลอดภัย โปรดเช็กอินตอนนี้
outage-late-alert--disguised = ⚠️ บริการนี้หยุดทำงานตั้งแต่ { $start } ถึง { $end } การตอบกลับของคุณที่กำหนดไว้ { $due } ได้รับการดำเนินการล่าช้า เมื่อ { $end } ตอบกลับตอนนี้หากทุกอย่างเรียบร้อย
