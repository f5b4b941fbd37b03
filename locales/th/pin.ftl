# Thai UI strings.
# machine-drafted: true — see bot.ftl.

## The safety PIN asked before a stand-down (closing or cancelling an alert, pausing or switching
## off check-ins, removing or demoting a contact, changing the PIN or the duress word).
pin-gate-ask = 🔐 ส่ง PIN ความปลอดภัยของคุณเพื่อยืนยัน ข้อความจะถูกลบจากแชทนี้ทันที หรือส่ง /cancel
pin-gate-ask--disguised = ส่งรหัสของคุณเพื่อยืนยัน หรือส่ง /cancel
pin-gate-wrong = นี่ไม่ใช่ PIN ความปลอดภัยของคุณ ไม่มีการเปลี่ยนแปลงใดๆ ส่ง PIN ของคุณอีกครั้ง หรือส่ง /cancel
pin-gate-wrong--disguised = นั่นไม่ใช่รหัสของคุณ ไม่มีอะไรเปลี่ยน ส่งอีกครั้ง หรือส่ง /cancel
pin-gate-locked = ใส่ PIN ผิดหลายครั้งเกินไป ไม่มีการเปลี่ยนแปลงใดๆ ลองใหม่หลัง { $time }
pin-gate-locked--disguised = ลองหลายครั้งเกินไป ลองใหม่หลัง { $time }

## Setting the PIN or the duress word: typed twice, common PINs refused.
safety-word-again = ส่งอีกครั้งเพื่อความแน่ใจ ข้อความจะถูกลบจากแชทนี้ทันที
safety-word-mismatch = สองครั้งไม่ตรงกัน จึงไม่ได้บันทึกอะไรไว้ ส่งอันใหม่อีกครั้ง หรือส่ง /cancel
safety-word-open-again = หน้าจอนั้นปิดไปแล้ว เปิด /settings อีกครั้งหากต้องการเปลี่ยนแปลง
safety-pin-too-short = PIN ต้องมีอย่างน้อย 4 ตัวอักษร ไม่นับช่องว่าง ส่งอันอื่น หรือส่ง /cancel
safety-pin-too-short--disguised = รหัสต้องมีอย่างน้อย 4 ตัวอักษร ไม่นับช่องว่าง ส่งใหม่ หรือส่ง /cancel
safety-pin-too-long = PIN มีได้ไม่เกิน 64 ตัวอักษร ส่งอันอื่น หรือส่ง /cancel
safety-pin-too-long--disguised = รหัสยาวได้ไม่เกิน 64 ตัวอักษร ส่งใหม่ หรือส่ง /cancel
safety-pin-too-common = PIN นี้เป็นหนึ่งในรหัสแรกๆ ที่ใครก็เดาได้ (เช่น 1234 หรือ 0000) เลือกอันอื่น หรือส่ง /cancel
safety-pin-too-common--disguised = รหัสนี้เป็นหนึ่งในรหัสแรก ๆ ที่ใครก็เดาได้ (เช่น 1234 หรือ 0000) เลือกใหม่ หรือส่ง /cancel

## To contacts: several wrong PINs typed on the defender's phone. Their screen shows only "wrong PIN".
alert-to-pin-attempts = ⚠️ มีการใส่ PIN ความปลอดภัยผิดหลายครั้งในบัญชีของ { $who }: เขาอาจกำลังถูกกดดัน หน้าจอของเขาแสดงแค่ “PIN ไม่ถูกต้อง” อย่าโทรหรือส่งข้อความถึงเขาอย่างเปิดเผย ให้สอบถามความเป็นไปของเขาผ่านคนที่คุณไว้ใจ
alert-to-pin-attempts--disguised = ⚠️ มีการพิมพ์รหัสผิดหลายครั้งในโทรศัพท์ของ { $who } กรุณาสอบถามความเป็นไปของเขาอย่างเงียบๆ ผ่านคนที่คุณไว้ใจ
alert-to-false-alarm-unverified = ↩️ { $who } ยกเลิกการแจ้งเตือนโดยบอกว่าแจ้งผิดพลาด แต่ยังไม่ได้รับการยืนยัน: เขาไม่ได้ตั้ง PIN ความปลอดภัยไว้ หากมีอะไรดูผิดปกติ ให้สอบถามความเป็นไปของเขาผ่านคนที่คุณไว้ใจ
alert-to-false-alarm-unverified--disguised = ↩️ { $who } แจ้งว่าส่งข้อความนั้นไปโดยไม่ได้ตั้งใจ (ยังไม่ได้ยืนยัน)
