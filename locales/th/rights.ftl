# Thai UI strings.
# machine-drafted: true — see bot.ftl.

rights-topics =
    ⚖️ <b>สิทธิของคุณ</b>
    เลือกหัวข้อ หรือพิมพ์คำเพื่อค้นหา เช่น “ทนายความ” หรือ “หนังสือเดินทาง”
rights-topics--disguised =
    📖 <b>บทความ</b>
    เลือกหัวข้อ หรือพิมพ์คำเพื่อค้นหา
rights-topic-detention = การกักตัวคนต่างด้าวโดยตรวจคนเข้าเมือง
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
rights-applies = ใช้กับ: { $where }
rights-applies-everywhere = ทุกที่ (มาตรฐานสากล)
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
rights-directory-button = 📇 ความช่วยเหลือทางกฎหมายและสายด่วน
rights-directory-button--disguised = 📇 ที่อยู่

## The directory of legal aid and emergency contacts
directory-countries =
    📇 <b>ความช่วยเหลือทางกฎหมายและสายด่วน</b>
    เลือกประเทศหรือภูมิภาค:
directory-countries--disguised =
    📇 <b>ที่อยู่</b>
    เลือกประเทศหรือภูมิภาค:
directory-international = ระหว่างประเทศ
directory-country =
    📇 <b>{ $country }</b>
directory-to-be-verified = ⚠️ เครือข่ายของคุณควรตรวจสอบข้อมูลนี้ก่อนที่คุณจะใช้
directory-phones = โทรศัพท์: { $phones }
directory-languages = ภาษา: { $languages }
directory-area = พื้นที่: { $area }
directory-web = เว็บไซต์: { $web }
directory-verified = ตรวจสอบเมื่อ: { $date }
directory-source = แหล่งที่มา: { $source }
directory-empty =
    ยังไม่มีข้อมูลสำหรับประเทศนี้
    เครือข่ายสามารถเพิ่มข้อมูลของตนเองได้: ดู CONTRIBUTING-CONTENT.md
directory-to-countries = ↩ ประเทศ

## /reload (admins) and SIGHUP
reload-not-admin = เฉพาะผู้ดูแลบอทนี้เท่านั้นที่โหลดข้อมูลสิทธิใหม่ได้
reload-done = โหลดข้อมูลสิทธิใหม่แล้ว: { $articles } บทความ ใน { $languages } ภาษา
reload-failed =
    ข้อมูลสิทธิชุดใหม่มี { $count ->
       *[other] { $count } ปัญหา
    } บอทจึงยังแสดงเวอร์ชันก่อนหน้าอยู่:
    { $problems }
reload-more = …และอีก { $count } รายการ
