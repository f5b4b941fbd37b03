# Thai UI strings.
# machine-drafted: true — see bot.ftl.

rights-topics =
    ⚖️ <b>สิทธิของคุณ</b>
    เลือกหัวข้อ หรือพิมพ์คำเพื่อค้นหา เช่น “ทนายความ” หรือ “หนังสือเดินทาง”
rights-topics--disguised =
    📖 <b>บทความ</b>
    เลือกหัวข้อ หรือพิมพ์คำเพื่อค้นหา
rights-topic-detention = การควบคุมตัวโดยเจ้าหน้าที่ตรวจคนเข้าเมือง
rights-topic-detention--disguised = 📗 ส่วนที่ 1
rights-topic-status = วีซ่าและสถานะการพำนัก
rights-topic-status--disguised = 📗 ส่วนที่ 2
rights-topic-legal-aid = ความช่วยเหลือทางกฎหมายและการร้องเรียน
rights-topic-legal-aid--disguised = 📗 ส่วนที่ 3
rights-topic-defenders = นักปกป้องสิทธิ: สิทธิและความปลอดภัยของคุณ
rights-topic-defenders--disguised = 📗 ส่วนที่ 4
rights-topic-checklists = รายการตรวจสอบ
rights-article-neutral = 📄 เรื่องที่ { $number }
rights-topic-articles =
    <b>{ $topic }</b>
    เลือกบทความ:
rights-page-count = หน้า { $page } จาก { $pages }
rights-next = ถัดไป ▶
rights-previous = ◀ ก่อนหน้า
rights-to-topics = ☰ หัวข้อ
rights-to-topic = ↩ { $topic }
rights-sources = แหล่งที่มา:
rights-applies = ขอบเขต: { $where }
rights-applies-everywhere = มาตรฐานและข้อเสนอแนะระหว่างประเทศ สิ่งที่ใช้กับคุณขึ้นอยู่กับแต่ละประเทศ
rights-framing = ⚖️ มาตรฐานและข้อเสนอแนะระหว่างประเทศ ไม่ใช่กฎหมายของทุกประเทศ เป็นข้อมูล ไม่ใช่คำปรึกษาทางกฎหมาย
rights-framing-country = ⚖️ สิ่งที่แหล่งอ้างอิงกล่าวถึง { $country } กฎหมายอาจเปลี่ยนได้ เป็นข้อมูล ไม่ใช่คำปรึกษาทางกฎหมาย
rights-practical = คำแนะนำเชิงปฏิบัติ ไม่ได้มาจากแหล่งอ้างอิง
rights-reviewed = ตรวจทานล่าสุด: { $date }
rights-not-advice = ℹ️ นี่เป็นข้อมูลทั่วไป ไม่ใช่คำปรึกษาทางกฎหมาย สำหรับสถานการณ์ของคุณเอง กรุณาปรึกษาทนายความหรือองค์กรช่วยเหลือทางกฎหมาย
rights-machine-draft = 🤖 คำแปลนี้ร่างโดยเครื่อง และยังไม่ได้ตรวจทานโดยคน
rights-stale = ⚠️ ต้นฉบับภาษาอังกฤษมีการเปลี่ยนแปลงหลังจากแปลฉบับนี้
rights-read-english = อ่านเป็นภาษาอังกฤษ
rights-in-english = บทความนี้ยังไม่มีในภาษาของคุณ จึงแสดงเป็นภาษาอังกฤษ
rights-search-results = บทความสำหรับ “{ $query }”:
rights-search-results--disguised = เรื่องที่พบ:
rights-search-none =
    ไม่พบผลลัพธ์สำหรับ “{ $query }”
    เลือกหัวข้อ:
rights-search-none--disguised =
    ไม่พบอะไรเลย
    เลือกหัวข้อ:
rights-gone =
    หน้านั้นไม่มีให้ดูแล้ว
    เลือกหัวข้อ:
rights-unavailable = ไม่สามารถแสดงข้อมูลสิทธิได้ในขณะนี้ กรุณาลองใหม่ภายหลัง
rights-unavailable--disguised = ยังแสดงเรื่องที่อ่านไม่ได้ในตอนนี้ โปรดลองใหม่ภายหลัง
rights-directory-button = 📇 ความช่วยเหลือทางกฎหมาย สายด่วน และสายฉุกเฉิน
rights-directory-button--disguised = 📇 ที่อยู่

## The directory of legal aid and emergency contacts
directory-countries =
    📇 <b>ความช่วยเหลือทางกฎหมาย สายด่วน และสายฉุกเฉิน</b>
    เลือกประเทศหรือภูมิภาค:
directory-countries--disguised =
    📇 <b>ที่อยู่</b>
    เลือกประเทศหรือภูมิภาค:
directory-international = ระหว่างประเทศ
directory-country =
    📇 <b>{ $country }</b>
directory-phones = โทรศัพท์: { $phones }
directory-languages = ภาษา: { $languages }
directory-area = พื้นที่: { $area }
directory-web = เว็บไซต์: { $web }
directory-source = แหล่งที่มา: { $title } — { $url } (อ่านเมื่อ { $date })
directory-empty =
    ยังไม่มีข้อมูลสำหรับประเทศนี้
    เครือข่ายสามารถเพิ่มข้อมูลของตนเองได้: ดู CONTRIBUTING-CONTENT.md
directory-to-countries = ↩ ประเทศ
directory-none-picked = ⭐ เลือกประเทศที่คุณทำงานหรือจากมา แล้วประเทศเหล่านั้นจะแสดงก่อน
directory-all-countries = 🗺 ทุกประเทศ
directory-pick = ⭐ เลือกประเทศของฉัน
directory-pick-intro =
    ⭐ <b>ประเทศของคุณ</b>
    กดที่ประเทศเพื่อเพิ่มหรือเอาออก สายระหว่างประเทศจะแสดงเสมอ
directory-pick-done = ✔ เสร็จ
directory-read-from = แต่ละรายการคัดลอกมาจากหน้าเว็บสาธารณะที่ระบุไว้ด้านล่าง หมายเลขอาจเปลี่ยน: ตรวจสอบก่อนใช้
directory-machine-drafted = 🤖 คำอธิบายแปลจากภาษาอังกฤษด้วยเครื่อง
directory-services = ให้บริการ: { $services }
directory-service-emergency-line = สายฉุกเฉินสำหรับนักปกป้องสิทธิ
directory-service-emergency-line--disguised = สายด่วนเร่งด่วน
directory-service-emergency-grants = ทุนฉุกเฉินสำหรับนักปกป้องสิทธิ
directory-service-emergency-grants--disguised = การสนับสนุน
directory-service-legal-aid = ความช่วยเหลือทางกฎหมาย
directory-service-legal-aid--disguised = คำแนะนำ
directory-service-hotline = สายด่วน
directory-service-hotline--disguised = สายโทรศัพท์
directory-service-shelter = ที่พักพิง
directory-service-shelter--disguised = ที่พัก
directory-service-detention-visits = การเยี่ยมสถานกักตัว
directory-service-detention-visits--disguised = การเยี่ยม
directory-service-labour-complaints = การร้องเรียนด้านแรงงาน
directory-service-labour-complaints--disguised = คำถามเรื่องงาน
directory-service-trafficking = ความช่วยเหลือผู้เสียหายจากการค้ามนุษย์
directory-service-trafficking--disguised = ความปลอดภัย
directory-service-repatriation = การส่งกลับประเทศ
directory-service-repatriation--disguised = การเดินทางกลับบ้าน
directory-service-counselling = การให้คำปรึกษา
directory-service-information = ข้อมูลและการส่งต่อ
directory-service-rights-complaints = เรื่องร้องเรียนด้านสิทธิมนุษยชน
directory-service-rights-complaints--disguised = การแจ้งเรื่อง
directory-local = โทรภายในประเทศ: { $numbers }
directory-email = อีเมล: { $email }
directory-messaging = ช่องทางแชต: { $messaging }
directory-not-verified = ⚠️ ยังไม่มีบุคคลตรวจสอบ
directory-checked = ✅ มีบุคคลตรวจสอบเมื่อ { $date }

## /reload (admins) and SIGHUP
reload-not-admin = เฉพาะผู้ดูแลบอทนี้เท่านั้นที่โหลดข้อมูลสิทธิใหม่ได้
reload-done = โหลดข้อมูลสิทธิใหม่แล้ว: { $articles } บทความ ใน { $languages } ภาษา
reload-failed =
    ข้อมูลสิทธิชุดใหม่มี { $count ->
       *[other] { $count } ปัญหา
    } บอทจึงยังแสดงเวอร์ชันก่อนหน้าอยู่:
    { $problems }
reload-more = …และอีก { $count } รายการ
