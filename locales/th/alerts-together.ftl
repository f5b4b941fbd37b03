# Thai UI strings: contacts acting together on an alert (issue 11).
# machine-drafted: true — see bot.ftl.

## Under the alert, and to the others on it

alert-button-note = ✍️ เพิ่มบันทึก
alert-to-contact-note = ✍️ <b>{ $author }</b> ในการแจ้งเตือนเกี่ยวกับ { $who }: “{ $note }”
alert-to-contact-note--disguised = ✍️ <b>{ $author }</b> เกี่ยวกับ { $who }: “{ $note }”
alert-reply-hint = ตอบกลับข้อความนี้เพื่อเขียนถึงทุกคนในการแจ้งเตือนนี้
alert-reply-hint--disguised = ตอบกลับข้อความนี้เพื่อเขียนถึงทุกคนที่นี่
alert-to-closed-by-contact = ✅ { $helper } ปิดการแจ้งเตือนเกี่ยวกับ { $who } แล้ว: { $reason }
alert-to-closed-by-contact--disguised = ✅ { $helper } บอกว่า { $who } เรียบร้อยดี: { $reason }
alert-to-passed-on = 📎 { $who } ส่งสิ่งนี้ระหว่างการแจ้งเตือน
alert-to-passed-on--disguised = 📎 จาก { $who }

## To the defender

alert-you-contact-note = ✍️ { $names } เขียนว่า: “{ $note }”
alert-you-closed-by-contact = ✅ { $names } ปิดการแจ้งเตือนของคุณแล้ว: { $reason }
alert-you-closed-by-contact--disguised = ✅ { $names } ปิดเรื่องนี้แล้ว: { $reason }
sos-passed-on = 📨 ส่งต่อถึง: { $names }
sos-passed-on-nobody = ⚠️ เก็บไว้กับการแจ้งเตือนของคุณแล้ว แต่ตอนนี้ติดต่อใครในการแจ้งเตือนไม่ได้เลย หากทำได้ ให้โทรหรือส่งข้อความถึงคนที่คุณไว้ใจโดยตรง
sos-passed-on-nobody--disguised = ⚠️ ตอนนี้ติดต่อใครไม่ได้

## A contact writing a note or closing the alert

contact-note-ask = ✍️ เขียนบันทึกของคุณถึงทุกคนในการแจ้งเตือนเกี่ยวกับ { $who } ({ $ref }) ส่ง /cancel เพื่อหยุด
contact-note-ask--disguised = ✍️ เขียนบันทึกของคุณเกี่ยวกับ { $who } ({ $ref }) ส่ง /cancel เพื่อหยุด
contact-note-sent = ✍️ บันทึกของคุณส่งถึง: { $names }
contact-note-kept = ✍️ เก็บบันทึกของคุณไว้กับการแจ้งเตือนแล้ว ยังติดต่อคนอื่นในการแจ้งเตือนไม่ได้
contact-note-kept--disguised = ✍️ เก็บบันทึกของคุณไว้แล้ว ยังติดต่อคนอื่นไม่ได้
contact-button-close = ✅ ปิด: เกิดอะไรขึ้น
contact-close-ask = ✅ เกิดอะไรขึ้น เขียนสั้น ๆ เช่น: เธออยู่กับทนายความแล้ว ทุกคนในการแจ้งเตือนเกี่ยวกับ { $who } ({ $ref }) จะได้รับแจ้ง ส่ง /cancel เพื่อหยุด
contact-close-ask--disguised = ✅ เกิดอะไรขึ้น เขียนสั้น ๆ ทุกคนที่เกี่ยวข้องจะได้รับแจ้ง ({ $ref }) ส่ง /cancel เพื่อหยุด
contact-closed = ✅ ปิดแล้ว ({ $ref }) แจ้งทุกคนแล้วว่า: { $reason }
contact-closed--disguised = ✅ ปิดแล้ว ({ $ref }) แจ้งทุกคนแล้วว่า: { $reason }
contact-close-not-yours = เฉพาะคนที่รับดูแลการแจ้งเตือนนี้เท่านั้นที่ปิดได้ ให้เขียนบันทึกแทน เพื่อให้ทุกคนรู้สิ่งที่คุณรู้
contact-close-not-yours--disguised = เฉพาะคนที่รับดูแลเท่านั้นที่ปิดได้

## /alerts and /resolve for a contact

contact-alerts-none = ✅ คุณไม่ได้อยู่ในการแจ้งเตือนที่เปิดอยู่ใด ๆ
contact-alerts-none--disguised = ✅ ไม่มีเรื่องที่เปิดอยู่สำหรับคุณ
contact-alerts-header = <b>การแจ้งเตือนที่เปิดอยู่ซึ่งคุณอยู่ด้วย: { $count }</b>
contact-alerts-header--disguised = <b>เรื่องที่เปิดอยู่สำหรับคุณ: { $count }</b>
contact-alerts-line =
    <b>{ $ref }</b> · { $who } · เริ่ม { $when }
    ผู้ดูแล: { $helper }
contact-alerts-line--disguised =
    <b>{ $ref }</b> · { $who } · ตั้งแต่ { $when }
    ผู้ดูแล: { $helper }
contact-alerts-nobody-yet = ยังไม่มีใคร
contact-alerts-newest-note = ✍️ { $author }: “{ $note }”
contact-alerts-button-note = ✍️ { $ref }: เพิ่มบันทึก
contact-alerts-button-close = ✅ { $ref }: ปิด
contact-resolve-usage = ส่ง /resolve ตามด้วยรหัสการแจ้งเตือนและสิ่งที่เกิดขึ้น เช่น: /resolve Q7XK2M เธออยู่กับทนายความแล้ว เฉพาะคนที่รับดูแลการแจ้งเตือนเท่านั้นที่ปิดได้
contact-resolve-usage--disguised = ส่ง /resolve ตามด้วยรหัสและสิ่งที่เกิดขึ้น เช่น: /resolve Q7XK2M ตอนนี้เธอสบายดี เฉพาะคนที่ดูแลเรื่องนี้เท่านั้นที่ปิดได้
contact-resolve-unknown = คุณไม่ได้อยู่ในการแจ้งเตือนที่เปิดอยู่ซึ่งมีรหัส { $ref } ส่ง /alerts เพื่อดูของคุณ
contact-resolve-unknown--disguised = ไม่มีเรื่องที่เปิดอยู่สำหรับคุณซึ่งมีรหัส { $ref }

## Typed panic: a message that is only one of these words raises an SOS (see the English file).

sos-typed-words = ช่วยด้วย, ช่วยด้วยครับ, ช่วยด้วยค่ะ, ช่วยฉันด้วย

## In the alert itself, for someone told of it after contacts wrote notes

alert-notes-so-far = ✍️ <b>บันทึกจากคนในการแจ้งเตือน</b>
alert-notes-so-far--disguised = ✍️ <b>บันทึกจนถึงตอนนี้</b>
alert-note-line = • { $author } ({ $time }): “{ $note }”
