# Thai UI strings.
# machine-drafted: true — see bot.ftl.

verification-code-contact = 🔐 รหัสความปลอดภัย: <b>{ $code }</b> { $name } อาจโทรมาถามรหัสนี้ เพื่อให้แน่ใจว่าเป็นคุณจริงๆ ที่ตอบรับ
verification-code-contact--disguised = รหัส: <b>{ $code }</b> { $name } อาจถามรหัสนี้จากคุณ
verification-code-defender = 🔐 รหัสความปลอดภัย: <b>{ $code }</b> โทรหาเขาแล้วถามว่าเขาเห็นรหัสอะไร หากไม่ใช่รหัสนี้ แสดงว่ามีคนอื่นเปิดลิงก์ของคุณ: ลบเขาออกใน /contacts
verification-code-defender--disguised = รหัส: <b>{ $code }</b> ถามเขาว่าเห็นรหัสอะไร หากไม่ตรงกัน ให้ลบเขาออกใน /contacts
verification-username = ชื่อผู้ใช้ Telegram ของเขา: @{ $username }
verification-no-username = เขาไม่มีชื่อผู้ใช้ Telegram จึงควรตรวจรหัสด้วยการพูดคุยทางเสียง
