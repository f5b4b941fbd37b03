# Thai UI strings.
# machine-drafted: true — see bot.ftl.

alert-reference = Ref { $ref }
alert-reference--disguised = Ref { $ref }
# What is left of a copy of an alert once its details are taken away: no word in it may
# tell what it was.
copy-redacted = Ref { $ref } · ลบรายละเอียดแล้ว

## Names

alert-name-coordinators = ผู้ประสานงานของเครือข่าย
alert-name-coordinators--disguised = ทีมงาน
alert-name-coordinators-count = 1
alert-name-former-contact = คนที่ไม่ได้เป็นผู้ติดต่อของคุณแล้ว
alert-name-former-contact--disguised = คนที่ไม่ได้อยู่ในรายชื่อของคุณแล้ว
alert-name-someone = ผู้ติดต่ออีกคน
alert-names-and = { $first } และ { $second }
alert-names-comma = { $first }, { $second }

## The alert itself, to a contact or to the coordinators

alert-title-sos = 🆘 <b>SOS: { $who } ต้องการความช่วยเหลือตอนนี้</b>
alert-title-sos--disguised = 🔴 <b>{ $who } ต้องการคุณตอนนี้</b>
alert-title-missed = ⏰ <b>{ $who } พลาดการเช็กอินเพื่อความปลอดภัย</b>
alert-title-missed--disguised = 🔴 <b>{ $who } ยังไม่ได้ตอบกลับตามเวลา</b>
alert-title-duress =
    🚨 <b>ถูกบังคับ: { $who } ส่งคำรหัสว่าถูกบังคับ</b>
    เขาอาจอยู่กับคนที่บังคับเขาอยู่ <b>อย่าโทรหรือส่งข้อความถึงเขาอย่างเปิดเผย</b>
alert-title-duress--disguised = 🔴 <b>{ $who } ต้องการคุณตอนนี้ อย่าโทรหรือส่งข้อความถึงเขา</b>
alert-reminder-line = 🔁 เตือนอีกครั้ง: ยังไม่มีใครแจ้งว่ารับเรื่องนี้
alert-reminder-line--disguised = 🔁 เตือนอีกครั้ง: ยังไม่มีใครตอบกลับ
alert-escalated-line = คุณได้รับข้อความนี้ เพราะคนกลุ่มแรกที่ได้รับแจ้งยังไม่ตอบ
alert-follow-up-line = คุณได้รับข้อความนี้เพราะการแจ้งเตือนยังเปิดอยู่และยังไม่มีใครรายงานความคืบหน้า
alert-follow-up-line--disguised = คุณได้รับข้อความนี้เพราะเรื่องนี้ยังเปิดอยู่และยังไม่มีใครรายงานความคืบหน้า
alert-raised-at = ส่งการแจ้งเตือนเมื่อ: { $when }
alert-raised-at--disguised = ส่งเมื่อ: { $when }
alert-last-checkin = เช็กอินครั้งล่าสุด: { $when }
alert-last-checkin--disguised = ตอบกลับครั้งล่าสุด: { $when }
alert-their-words = ข้อความของเขา: “{ $note }”
alert-location-below = 📍 ตำแหน่งล่าสุดที่ทราบของเขา ({ $when }) อยู่ด้านล่าง
alert-location-none = 📍 เขายังไม่ได้แชร์ตำแหน่ง
alert-location-earlier = 📍 ตำแหน่งล่าสุดที่ทราบของเขา ({ $when }) ถูกส่งถึงคุณในแชทนี้แล้ว
alert-location-label = 📍 <b>{ $who }</b> แชร์ตำแหน่งนี้เมื่อ { $when }:
alert-location-label--disguised = 📍 { $who } แชร์สถานที่นี้เมื่อ { $when }:
alert-card-title = 🪪 <b>บัตรข้อมูลฉุกเฉินของเขา</b>
alert-card-title--disguised = 🪪 <b>ข้อมูลของเขา</b>
alert-card-earlier = 🪪 บัตรฉุกเฉินของเขาส่งถึงคุณแล้วพร้อมข้อความแรกของการแจ้งเตือนนี้
alert-card-earlier--disguised = 🪪 ข้อมูลของเขาส่งถึงคุณแล้วพร้อมข้อความแรก
alert-open-chat = 💬 <a href="{ $link }">เปิดแชตกับ { $who }</a>
alert-guidance =
    <b>สิ่งที่ควรทำ</b>
    • พยายามติดต่อเขาตอนนี้ ทางโทรศัพท์หรือข้อความ
    • หากเขาอาจถูกควบคุมตัว: ติดต่อทนายความของเขา และหาข้อมูลว่าเขาถูกควบคุมตัวไว้ที่ไหนผ่านทนายความหรือองค์กรที่ช่วยเหลือผู้ย้ายถิ่น (การไปถามเจ้าหน้าที่ด้วยตัวเองอาจทำให้คุณเสี่ยง) มาตรฐานระบุว่าเขาควรได้พบทนายความโดยเร็ว แต่ไม่ใช่ทุกประเทศที่รับประกันเรื่องนี้
    • ติดต่อสถานกงสุลของเขาเฉพาะเมื่อเขายินยอมไว้แล้วเท่านั้น
    • กด “ฉันรับเรื่องนี้” เพื่อให้คนอื่นรู้ หรือกด “ฉันช่วยไม่ได้” เพื่อส่งต่อทันที
    ข้อมูลสิทธิ: /rights
alert-guidance--disguised =
    <b>สิ่งที่ควรทำ</b>
    • พยายามติดต่อเขาตอนนี้ ทางโทรศัพท์หรือข้อความ
    • ทำตามที่ตกลงกับเขาไว้ล่วงหน้า
    • กด “ฉันรับเรื่องนี้” เพื่อให้คนอื่นรู้ หรือกด “ฉันช่วยไม่ได้” เพื่อส่งต่อทันที
alert-guidance-duress =
    <b>สิ่งที่ควรทำ</b>
    • อย่าโทรหรือส่งข้อความถึงเขาอย่างเปิดเผย: อาจมีคนเฝ้าดูโทรศัพท์ของเขาอยู่ หน้าจอของเขาไม่แสดงอะไรเกี่ยวกับการแจ้งเตือนนี้
    • ลงมือผ่านคนที่คุณไว้ใจ: ทนายความของเขา เพื่อนร่วมงานของเขา ผู้ประสานงานของเครือข่าย
    • หากเขาอาจถูกควบคุมตัว: ติดต่อทนายความของเขา และหาข้อมูลว่าเขาถูกควบคุมตัวไว้ที่ไหนผ่านทนายความหรือองค์กรที่ช่วยเหลือผู้ย้ายถิ่น (การไปถามเจ้าหน้าที่ด้วยตัวเองอาจทำให้คุณเสี่ยง) มาตรฐานระบุว่าเขาควรได้พบทนายความโดยเร็ว แต่ไม่ใช่ทุกประเทศที่รับประกันเรื่องนี้
    • ติดต่อสถานกงสุลของเขาเฉพาะเมื่อเขายินยอมไว้แล้วเท่านั้น
    • กด “ฉันรับเรื่องนี้” เพื่อให้คนอื่นรู้ หรือกด “ฉันช่วยไม่ได้” เพื่อส่งต่อทันที
    ข้อมูลสิทธิ: /rights
alert-guidance-duress--disguised =
    <b>สิ่งที่ควรทำ</b>
    • อย่าโทรหรือส่งข้อความถึงเขา: คนอื่นอาจเห็นโทรศัพท์ของเขา เขาไม่เห็นอะไรเกี่ยวกับเรื่องนี้
    • ทำตามที่ตกลงกับเขาไว้ล่วงหน้า ผ่านคนที่คุณไว้ใจ
    • กด “ฉันรับเรื่องนี้” เพื่อให้คนอื่นรู้ หรือกด “ฉันช่วยไม่ได้” เพื่อส่งต่อทันที
alert-button-on-it = 🙋 ฉันรับเรื่องนี้
alert-button-cant-help = ✋ ฉันช่วยไม่ได้
alert-button-resolve = ✔️ ปิดเรื่อง

## Follow-ups to the people an alert reached

alert-to-handled-by = 🙋 { $helper } กำลังดูแลการแจ้งเตือนเกี่ยวกับ { $who }
alert-to-handled-by--disguised = 🙋 { $helper } กำลังดูแล { $who } อยู่
alert-to-follow-up-asked = ⏰ คุณบอกว่ารับเรื่องการแจ้งเตือนเกี่ยวกับ { $who } แล้ว แต่หลังจากนั้นไม่มีใครได้ข่าวจากคุณ จึงส่งต่อถึงคนอื่นเพิ่ม กรุณาตอบกลับการแจ้งเตือนว่าเกิดอะไรขึ้น หรือกด “ฉันรับเรื่องนี้” อีกครั้งหากคุณยังดูแลอยู่
alert-to-follow-up-asked--disguised = ⏰ คุณบอกว่าจะดูแล { $who } กรุณาบอกคนอื่นว่าเป็นอย่างไรบ้าง หรือกด “ฉันรับเรื่องนี้” อีกครั้ง
alert-to-resolved = ✅ { $who } ปิดการแจ้งเตือนด้วย PIN ความปลอดภัยแล้ว คนเราอาจถูกบังคับให้บอก PIN ได้: หากมีอะไรดูผิดปกติ ให้สอบถามความเป็นไปของเขาผ่านคนที่คุณไว้ใจ
alert-to-resolved--disguised = ✅ { $who } ยืนยันแล้วว่าตอนนี้ทุกอย่างเรียบร้อยดี
alert-to-resolved-unverified = ✅ { $who } แจ้งว่าปลอดภัย แต่ยังไม่ได้รับการยืนยัน: เขาไม่ได้ตั้ง PIN ความปลอดภัยไว้ การแจ้งเตือนปิดแล้ว
alert-to-resolved-unverified--disguised = ✅ { $who } แจ้งว่าตอนนี้ทุกอย่างเรียบร้อยดี (ยังไม่ได้ยืนยัน)
alert-to-checked-in = ✅ { $who } เช็กอินเมื่อ { $time } และปิดการแจ้งเตือนด้วย PIN ความปลอดภัยแล้ว คนเราอาจถูกบังคับให้บอก PIN ได้: หากมีอะไรดูผิดปกติ ให้สอบถามความเป็นไปของเขาผ่านคนที่คุณไว้ใจ
alert-to-checked-in--disguised = ✅ { $who } ตอบกลับเมื่อ { $time } ทุกอย่างเรียบร้อยดี
alert-to-checked-in-unverified = ✅ { $who } เช็กอินเมื่อ { $time } แต่ยังไม่ได้รับการยืนยัน: เขาไม่ได้ตั้ง PIN ความปลอดภัยไว้ การแจ้งเตือนปิดแล้ว
alert-to-checked-in-unverified--disguised = ✅ { $who } ตอบกลับเมื่อ { $time } (ยังไม่ได้ยืนยัน)
alert-to-resolved-by-coordinator = ✅ ผู้ประสานงานปิดการแจ้งเตือนเกี่ยวกับ { $who } แล้ว
alert-to-resolved-by-coordinator--disguised = ✅ ทีมงานแจ้งว่า { $who } เรียบร้อยดี
alert-to-resolved-reason-by-coordinator = ✅ ผู้ประสานงานปิดการแจ้งเตือนเกี่ยวกับ { $who } แล้ว: { $reason }
alert-to-resolved-reason-by-coordinator--disguised = ✅ ทีมงานแจ้งว่า { $who } เรียบร้อยดี: { $reason }
alert-to-false-alarm = ↩️ แจ้งผิดพลาด: { $who } ยกเลิกการแจ้งเตือนด้วย PIN ความปลอดภัยแล้ว ไม่ต้องดำเนินการใดๆ
alert-to-false-alarm--disguised = ↩️ { $who } ส่งข้อความนั้นไปโดยไม่ได้ตั้งใจ ไม่ต้องดำเนินการใดๆ
alert-to-possibly-coerced = ⚠️ { $who } แจ้งว่าปลอดภัย แต่ยังไม่ได้รับการยืนยัน: เขาอาจถูกบังคับให้พูดเช่นนั้น การแจ้งเตือนจะยังเปิดอยู่จนกว่าจะมีคนยืนยันว่าเขาปลอดภัย
alert-to-account-erased = ⚠️ { $who } ลบบัญชีของตัวเองขณะที่การแจ้งเตือนยังเปิดอยู่ เขาอาจถูกบังคับให้ทำ กรุณาติดต่อเขาโดยตรง การแจ้งเตือนนี้ตอบที่นี่ไม่ได้อีกแล้ว
alert-to-account-erased--disguised = ⚠️ { $who } ออกไปขณะที่เรื่องนี้ยังเปิดอยู่ กรุณาติดต่อเขาโดยตรง
alert-to-new-words = 💬 { $who } เพิ่มเติม: “{ $note }”
alert-to-possibly-coerced--disguised = ⚠️ { $who } แจ้งว่าทุกอย่างเรียบร้อยดี แต่ยังไม่ได้ยืนยัน กรุณาติดต่อเขาด้วยตัวเอง

## To the defender, about their alert

sos-raised =
    🆘 <b>ส่ง SOS แล้ว</b> กำลังแจ้ง: { $names }
    หากทำได้ ให้แชร์ตำแหน่งของคุณด้วยปุ่มด้านล่าง กด “ฉันปลอดภัย” เมื่อคุณปลอดภัยแล้ว
sos-raised--disguised =
    📞 <b>ส่งแล้ว</b> กำลังแจ้ง: { $names }
    กด “เรียบร้อย” เมื่อทุกอย่างเรียบร้อยดี
sos-raised-nobody =
    ⚠️ <b>ไม่มีใครรับการแจ้งเตือนนี้ได้</b> คุณไม่มีผู้ติดต่อที่ไว้ใจ และเครือข่ายไม่มีแชทของผู้ประสานงาน
    หากคุณตกอยู่ในอันตรายตอนนี้ ให้โทรหรือส่งข้อความถึงคนที่คุณไว้ใจโดยตรง จากนั้นเพิ่มผู้ติดต่อด้วย /invite
sos-raised-nobody--disguised =
    ⚠️ <b>แจ้งใครไม่ได้</b> ยังไม่มีใครในรายชื่อของคุณ
    เพิ่มคนด้วย /invite
sos-already-open =
    🆘 การแจ้งเตือนของคุณยังเปิดอยู่ ({ $ref }) { $count ->
        [0] ยังไม่ถึงใครเลย
       *[other] แจ้ง { $names } แล้ว
    }
    แชร์ตำแหน่งของคุณด้วยปุ่มด้านล่างหากทำได้ และกด “ฉันปลอดภัย” เมื่อคุณปลอดภัยแล้ว
sos-already-open--disguised =
    📞 ข้อความของคุณยังเปิดอยู่ ({ $ref }) กด “เรียบร้อย” เมื่อทุกอย่างเรียบร้อยดี
sos-words-passed-on = ส่งต่อข้อความของคุณถึงทุกคนที่ได้รับแจ้งแล้ว
sos-words-passed-on--disguised = ส่งต่อข้อความของคุณแล้ว
sos-button-false-alarm = ↩️ แจ้งผิดพลาด: ยกเลิก
sos-button-false-alarm--disguised = ↩️ ส่งโดยไม่ได้ตั้งใจ
keyboard-share-location = 📍 แชร์ตำแหน่งของฉัน
keyboard-share-location--disguised = 📍 แชร์สถานที่
sos-location-shared = 📍 ส่งต่อตำแหน่งของคุณถึงทุกคนที่ได้รับการแจ้งเตือนของคุณแล้ว
sos-location-shared--disguised = 📍 ส่งต่อสถานที่ของคุณแล้ว
sos-location-no-alert = บอทจะส่งต่อตำแหน่งของคุณเฉพาะระหว่างการแจ้งเตือนเท่านั้น กด 🆘 SOS หากคุณต้องการความช่วยเหลือ
sos-location-no-alert--disguised = ตอนนี้ไม่มีเรื่องใดเปิดอยู่
sos-already-closed = การแจ้งเตือนนี้ปิดไปแล้ว
sos-already-closed--disguised = เรื่องนี้ปิดไปแล้ว

alert-you-who-was-notified = 📨 ส่งการแจ้งเตือนถึง: { $names }
alert-you-who-was-notified--disguised = 📨 ส่งถึง: { $names }
alert-you-acknowledged-by =
    🙋 { $count ->
       *[other] { $names } รับเรื่องแล้ว
    }
alert-you-unreachable = ⚠️ ติดต่อ { $names } ไม่ได้ (เขาอาจบล็อกบอทไว้)
alert-you-unreachable--disguised = ⚠️ ติดต่อ { $names } ไม่ได้
alert-you-cant-help = ✋ { $names } ตอบว่าช่วยไม่ได้
alert-you-cant-help--disguised = ✋ { $names } ทำไม่ได้
alert-you-nobody-to-alert = ⚠️ <b>ไม่มีใครรับการแจ้งเตือนของคุณได้</b> เพิ่มผู้ติดต่อที่ไว้ใจด้วย /invite
alert-you-nobody-to-alert--disguised = ⚠️ แจ้งใครไม่ได้ เพิ่มคนด้วย /invite
alert-you-nobody-left = ⚠️ <b>ไม่เหลือใครที่ช่วยได้แล้ว</b> ทุกคนที่ควรได้รับการแจ้งเตือนของคุณติดต่อไม่ได้หรือตอบว่าช่วยไม่ได้ กรุณาโทรหรือส่งข้อความถึงคนที่คุณไว้ใจโดยตรง
alert-you-nobody-left--disguised = ⚠️ ไม่มีใครว่าง กรุณาโทรหาคนที่คุณไว้ใจ
alert-you-resolved = ✅ การแจ้งเตือนของคุณปิดแล้ว ทุกคนที่ได้รับแจ้งรู้แล้วว่าคุณปลอดภัย
alert-you-resolved--disguised = ✅ ปิดแล้ว ทุกคนได้รับแจ้งว่าทุกอย่างเรียบร้อยดี
alert-you-resolved-by-coordinator = ✅ ผู้ประสานงานของเครือข่ายปิดการแจ้งเตือนของคุณแล้ว: { $reason }
alert-you-resolved-by-coordinator--disguised = ✅ ทีมงานปิดเรื่องแล้ว: { $reason }
alert-you-resolved-by-coordinator-no-reason = ✅ ผู้ประสานงานของเครือข่ายปิดการแจ้งเตือนของคุณแล้ว
alert-you-resolved-by-coordinator-no-reason--disguised = ✅ ทีมงานปิดเรื่องแล้ว
alert-you-cancelled = ↩️ ยกเลิกแล้ว ทุกคนที่ได้รับแจ้งรู้แล้วว่าเป็นการแจ้งผิดพลาด
alert-you-cancelled--disguised = ↩️ ยกเลิกแล้ว ทุกคนได้รับแจ้งว่าส่งไปโดยไม่ได้ตั้งใจ
alert-you-false-alarm-window-passed = สายเกินไปที่จะยกเลิก: ผู้ติดต่อของคุณกำลังดำเนินการแล้ว กด “ฉันปลอดภัย” เมื่อคุณปลอดภัยแล้ว
alert-you-false-alarm-window-passed--disguised = สายเกินไปที่จะยกเลิก กด “เรียบร้อย” เมื่อทุกอย่างเรียบร้อยดี

## Contacts answering

alert-answer-on-it = ขอบคุณ ทุกคนที่เกี่ยวข้องรู้แล้วว่าคุณรับเรื่องนี้
alert-answer-cant-help = รับทราบ บอทกำลังขอให้คนอื่นช่วยแทน
alert-answer-gone = คุณไม่ต้องตอบการแจ้งเตือนนี้แล้ว
alert-answer-gone--disguised = คุณไม่ต้องตอบเรื่องนี้แล้ว
alert-answer-closed = การแจ้งเตือนนี้ปิดไปแล้ว ไม่ต้องทำอะไรเพิ่ม
alert-answer-closed--disguised = เรื่องนี้ปิดไปแล้ว ไม่ต้องทำอะไรเพิ่ม
alert-answer-already = มีคนรับเรื่องนี้แล้ว และบันทึกชื่อของคุณไว้ด้วย

## Coordinators

alerts-not-coordinator = เฉพาะผู้ประสานงานของเครือข่ายเท่านั้นที่ดูการแจ้งเตือนที่เปิดอยู่ได้
alerts-none = ✅ ไม่มีการแจ้งเตือนที่เปิดอยู่
alerts-header = <b>การแจ้งเตือนที่เปิดอยู่: { $count }</b>
alerts-line =
    <b>{ $ref }</b> · { $kind } · { $who }
    ส่งเมื่อ { $age } ที่แล้ว · แจ้งถึง: { $level } · รับเรื่อง: { $helper }
alerts-kind-sos = SOS
alerts-kind-missed = พลาดการเช็กอิน
alerts-kind-duress = ถูกบังคับ (อย่าติดต่อเขาอย่างเปิดเผย)
alerts-level-0 = ยังไม่มีใคร
alerts-level-1 = ผู้ติดต่อลำดับ 1
alerts-level-2 = ผู้ติดต่อลำดับ 2
alerts-level-3 = ผู้ประสานงาน
alerts-nobody-yet = ยังไม่มีใคร
alerts-coerced = ⚠️ อาจถูกบังคับให้บอกว่าปลอดภัย
alerts-button-on-it = 🙋 { $ref }: รับเรื่อง
alerts-button-resolve = ✔️ { $ref }: ปิดเรื่อง
alerts-resolve-ask = การแจ้งเตือน { $ref } จบลงอย่างไร? (หรือส่ง /resolve { $ref } ตามด้วยข้อความของคุณเอง)
alerts-reason-safe = ยืนยันว่าปลอดภัย
alerts-reason-false-alarm = แจ้งผิดพลาด
alerts-reason-handled = เครือข่ายดำเนินการแล้ว
alerts-acknowledged = 🙋 { $name } (ผู้ประสานงาน) รับเรื่อง { $ref } แล้ว
alerts-resolved = ✔️ { $name } ปิดเรื่อง { $ref }: { $reason }
alerts-unknown-ref = ไม่มีการแจ้งเตือนที่เปิดอยู่ที่ใช้รหัสอ้างอิง { $ref } ส่ง /alerts เพื่อดูรายการ
alerts-resolve-usage = ส่ง /resolve ตามด้วยรหัสอ้างอิงของการแจ้งเตือนและสิ่งที่เกิดขึ้น เช่น /resolve Q7XK2M ติดต่อทนายความของเขาได้แล้ว
alerts-closed = { $ref } ปิดไปแล้ว
