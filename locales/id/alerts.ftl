# Indonesian UI strings.
# machine-drafted: true — see bot.ftl.

alert-reference = Ref { $ref }
alert-reference--disguised = Ref { $ref }
# What is left of a copy of an alert once its details are taken away: no word in it may
# tell what it was.
copy-redacted = Ref { $ref } · detail dihapus.

## Names

alert-name-coordinators = koordinator jaringan
alert-name-coordinators--disguised = para penyelenggara
alert-name-coordinators-count = 1
alert-name-former-contact = seseorang yang bukan lagi kontak Anda
alert-name-former-contact--disguised = seseorang yang tidak lagi ada di daftar Anda
alert-name-someone = kontak lain
alert-names-and = { $first } dan { $second }
alert-names-comma = { $first }, { $second }

## The alert itself, to a contact or to the coordinators

alert-title-sos = 🆘 <b>SOS: { $who } butuh bantuan sekarang.</b>
alert-title-sos--disguised = 🔴 <b>{ $who } membutuhkan Anda sekarang.</b>
alert-title-missed = ⏰ <b>{ $who } melewatkan check-in keselamatan.</b>
alert-title-missed--disguised = 🔴 <b>{ $who } belum membalas tepat waktu.</b>
alert-title-duress =
    🚨 <b>PAKSAAN: { $who } mengirim kata paksaannya.</b>
    Mungkin ia sedang bersama orang yang memaksanya. <b>Jangan menelepon atau mengirim pesan kepadanya secara terbuka.</b>
alert-title-duress--disguised = 🔴 <b>{ $who } membutuhkan Anda sekarang. Jangan menelepon atau mengirim pesan kepadanya.</b>
alert-reminder-line = 🔁 Pengingat: belum ada yang menyatakan sedang menanganinya.
alert-reminder-line--disguised = 🔁 Pengingat: belum ada yang membalas.
alert-escalated-line = Anda menerima ini karena orang-orang yang pertama dihubungi belum menjawab.
alert-follow-up-line = Anda menerima ini karena peringatan masih terbuka dan belum ada yang memberi kabar.
alert-follow-up-line--disguised = Anda menerima ini karena hal ini masih terbuka dan belum ada yang memberi kabar.
alert-raised-at = Peringatan dikirim: { $when }
alert-raised-at--disguised = Dikirim: { $when }
alert-last-checkin = Check-in terakhir: { $when }
alert-last-checkin--disguised = Balasan terakhir: { $when }
alert-their-words = Pesannya: “{ $note }”
alert-location-below = 📍 Lokasi terakhirnya yang diketahui ({ $when }) ada di bawah.
alert-location-none = 📍 Ia belum membagikan lokasi.
alert-location-earlier = 📍 Lokasi terakhirnya yang diketahui ({ $when }) sudah dikirim kepada Anda di obrolan ini.
alert-location-label = 📍 <b>{ $who }</b> membagikan lokasi ini pada { $when }:
alert-location-label--disguised = 📍 { $who } membagikan tempat ini pada { $when }:
alert-card-title = 🪪 <b>Kartu daruratnya</b>
alert-card-title--disguised = 🪪 <b>Datanya</b>
alert-card-earlier = 🪪 Kartu daruratnya sudah dikirim kepada Anda bersama pesan pertama tentang peringatan ini.
alert-card-earlier--disguised = 🪪 Datanya sudah dikirim kepada Anda bersama pesan pertama.
alert-open-chat = 💬 <a href="{ $link }">Buka obrolan dengan { $who }</a>
alert-guidance =
    <b>Yang perlu dilakukan</b>
    • Cobalah menghubunginya sekarang, lewat telepon atau pesan.
    • Jika ia mungkin ditahan: hubungi pengacaranya, dan cari tahu di mana ia ditahan melalui pengacara atau organisasi yang mendukung migran (bertanya sendiri kepada pihak berwenang bisa membuat Anda terpapar). Menurut standar, ia seharusnya segera mendapat akses ke pengacara; tidak semua negara menjaminnya.
    • Hubungi konsulatnya hanya jika ia sudah menyetujuinya.
    • Tekan “Saya tangani” agar yang lain tahu, atau “Saya tidak bisa membantu” untuk langsung meneruskannya.
    Informasi hak: /rights
alert-guidance--disguised =
    <b>Yang perlu dilakukan</b>
    • Cobalah menghubunginya sekarang, lewat telepon atau pesan.
    • Lakukan apa yang sudah Anda sepakati dengannya sebelumnya.
    • Tekan “Saya tangani” agar yang lain tahu, atau “Saya tidak bisa membantu” untuk langsung meneruskannya.
alert-guidance-duress =
    <b>Yang perlu dilakukan</b>
    • Jangan menelepon atau mengirim pesan kepadanya secara terbuka: mungkin ada yang mengawasi ponselnya. Layarnya tidak menampilkan apa pun tentang peringatan ini.
    • Bertindaklah melalui orang yang Anda percaya: pengacaranya, rekan kerjanya, koordinator jaringan.
    • Jika ia mungkin ditahan: hubungi pengacaranya, dan cari tahu di mana ia ditahan melalui pengacara atau organisasi yang mendukung migran (bertanya sendiri kepada pihak berwenang bisa membuat Anda terpapar). Menurut standar, ia seharusnya segera mendapat akses ke pengacara; tidak semua negara menjaminnya.
    • Hubungi konsulatnya hanya jika ia sudah menyetujuinya.
    • Tekan “Saya tangani” agar yang lain tahu, atau “Saya tidak bisa membantu” untuk segera meneruskannya.
    Informasi hak: /rights
alert-guidance-duress--disguised =
    <b>Yang perlu dilakukan</b>
    • Jangan menelepon atau mengirim pesan kepadanya: orang lain mungkin melihat ponselnya. Ia tidak melihat apa pun tentang ini.
    • Lakukan apa yang sudah Anda sepakati sebelumnya, melalui orang yang Anda percaya.
    • Tekan “Saya tangani” agar yang lain tahu, atau “Saya tidak bisa membantu” untuk segera meneruskannya.
alert-button-on-it = 🙋 Saya tangani
alert-button-cant-help = ✋ Saya tidak bisa membantu
alert-button-resolve = ✔️ Selesaikan

## Follow-ups to the people an alert reached

alert-to-handled-by = 🙋 { $helper } sedang menangani peringatan tentang { $who }.
alert-to-handled-by--disguised = 🙋 { $helper } sedang mengurus { $who }.
alert-to-follow-up-asked = ⏰ Anda mengatakan sedang menangani peringatan tentang { $who }, dan sejak itu tidak ada kabar dari Anda, jadi peringatan ini dikirim ke lebih banyak orang. Balas peringatan itu dengan apa yang terjadi, atau tekan “Saya tangani” lagi jika Anda masih menanganinya.
alert-to-follow-up-asked--disguised = ⏰ Anda mengatakan akan mengurus { $who }. Beri tahu yang lain perkembangannya, atau tekan “Saya tangani” lagi.
alert-to-resolved = ✅ { $who } menutup peringatan dengan PIN keamanannya. Seseorang bisa dipaksa memberikan PIN-nya: jika ada yang terasa janggal, periksa keadaannya melalui orang yang Anda percaya.
alert-to-resolved--disguised = ✅ { $who } memastikan semuanya baik-baik saja sekarang.
alert-to-resolved-unverified = ✅ { $who } mengatakan ia aman. Ini belum terverifikasi: ia belum memasang PIN keamanan. Peringatan ditutup.
alert-to-resolved-unverified--disguised = ✅ { $who } mengatakan semuanya baik-baik saja sekarang (belum dipastikan).
alert-to-checked-in = ✅ { $who } melakukan check-in pukul { $time } dan menutup peringatan dengan PIN keamanannya. Seseorang bisa dipaksa memberikan PIN-nya: jika ada yang terasa janggal, periksa keadaannya melalui orang yang Anda percaya.
alert-to-checked-in--disguised = ✅ { $who } membalas pukul { $time }. Semuanya baik-baik saja.
alert-to-checked-in-unverified = ✅ { $who } melakukan check-in pukul { $time }. Ini belum terverifikasi: ia belum memasang PIN keamanan. Peringatan ditutup.
alert-to-checked-in-unverified--disguised = ✅ { $who } membalas pukul { $time } (belum dipastikan).
alert-to-resolved-by-coordinator = ✅ Koordinator menutup peringatan tentang { $who }.
alert-to-resolved-by-coordinator--disguised = ✅ Para penyelenggara mengatakan { $who } baik-baik saja.
alert-to-resolved-reason-by-coordinator = ✅ Koordinator menutup peringatan tentang { $who }: { $reason }
alert-to-resolved-reason-by-coordinator--disguised = ✅ Para penyelenggara mengatakan { $who } baik-baik saja: { $reason }
alert-to-false-alarm = ↩️ Alarm palsu: { $who } membatalkan peringatan dengan PIN keamanannya. Tidak perlu ada tindakan.
alert-to-false-alarm--disguised = ↩️ { $who } tidak sengaja mengirimnya. Tidak perlu ada tindakan.
alert-to-possibly-coerced = ⚠️ { $who } mengatakan ia aman, tetapi ini belum terverifikasi: ia mungkin dipaksa mengatakannya. Peringatan tetap terbuka sampai ada yang memastikan ia aman.
alert-to-account-erased = ⚠️ { $who } menghapus akunnya saat peringatannya masih terbuka. Ia mungkin dipaksa melakukannya. Periksa keadaannya secara langsung; peringatan ini tidak dapat lagi dijawab di sini.
alert-to-account-erased--disguised = ⚠️ { $who } keluar saat ini masih terbuka. Silakan periksa keadaannya secara langsung.
alert-to-new-words = 💬 { $who } menambahkan: “{ $note }”
alert-to-possibly-coerced--disguised = ⚠️ { $who } mengatakan semuanya baik-baik saja, tetapi ini belum dipastikan. Silakan periksa keadaannya sendiri.

## To the defender, about their alert

sos-raised =
    🆘 <b>SOS terkirim.</b> Sedang diberi tahu: { $names }.
    Jika bisa, bagikan lokasi Anda dengan tombol di bawah. Tekan “Saya aman” saat Anda sudah aman.
sos-raised--disguised =
    📞 <b>Selesai.</b> Sedang diberi tahu: { $names }.
    Tekan “Selesai” jika semuanya baik-baik saja.
sos-raised-nobody =
    ⚠️ <b>Tidak ada yang dapat menerima peringatan ini.</b> Anda tidak memiliki kontak tepercaya, dan jaringan tidak memiliki obrolan koordinator.
    Jika Anda dalam bahaya sekarang, telepon atau kirim pesan langsung kepada orang yang Anda percaya. Lalu tambahkan kontak dengan /invite.
sos-raised-nobody--disguised =
    ⚠️ <b>Tidak ada yang dapat diberi tahu.</b> Belum ada siapa pun di daftar Anda.
    Tambahkan seseorang dengan /invite.
sos-already-open =
    🆘 Peringatan Anda masih terbuka ({ $ref }). { $count ->
        [0] Peringatan ini belum sampai kepada siapa pun.
       *[other] { $names } sudah diberi tahu.
    }
    Bagikan lokasi Anda dengan tombol di bawah jika bisa, dan tekan “Saya aman” saat Anda sudah aman.
sos-already-open--disguised =
    📞 Pesan Anda masih terbuka ({ $ref }). Tekan “Selesai” jika semuanya baik-baik saja.
sos-words-passed-on = Kata-kata Anda sudah diteruskan kepada semua yang diberi tahu.
sos-words-passed-on--disguised = Kata-kata Anda sudah diteruskan.
sos-button-false-alarm = ↩️ Alarm palsu: batalkan
sos-button-false-alarm--disguised = ↩️ Tidak sengaja terkirim
keyboard-share-location = 📍 Bagikan lokasi saya
keyboard-share-location--disguised = 📍 Bagikan tempat
sos-location-shared = 📍 Lokasi Anda sudah diteruskan kepada semua yang diberi tahu tentang peringatan Anda.
sos-location-shared--disguised = 📍 Tempat Anda sudah diteruskan.
sos-location-no-alert = Saya hanya meneruskan lokasi Anda selama ada peringatan. Tekan 🆘 SOS jika Anda membutuhkan bantuan.
sos-location-no-alert--disguised = Tidak ada yang sedang terbuka saat ini.
sos-already-closed = Peringatan ini sudah ditutup.
sos-already-closed--disguised = Ini sudah ditutup.

alert-you-who-was-notified = 📨 Peringatan dikirim kepada: { $names }.
alert-you-who-was-notified--disguised = 📨 Dikirim kepada: { $names }.
alert-you-acknowledged-by =
    🙋 { $count ->
       *[other] { $names } sedang menanganinya.
    }
alert-you-unreachable = ⚠️ { $names } tidak dapat dihubungi (mungkin telah memblokir bot).
alert-you-unreachable--disguised = ⚠️ { $names } tidak dapat dihubungi.
alert-you-cant-help = ✋ { $names } menjawab tidak bisa membantu.
alert-you-cant-help--disguised = ✋ { $names } tidak bisa mengurusnya.
alert-you-nobody-to-alert = ⚠️ <b>Tidak ada yang dapat menerima peringatan Anda.</b> Tambahkan kontak tepercaya dengan /invite.
alert-you-nobody-to-alert--disguised = ⚠️ Tidak ada yang dapat diberi tahu. Tambahkan seseorang dengan /invite.
alert-you-nobody-left = ⚠️ <b>Tidak ada lagi yang bisa membantu.</b> Semua orang yang seharusnya menerima peringatan Anda tidak dapat dihubungi atau menjawab tidak bisa membantu. Telepon atau kirim pesan langsung kepada orang yang Anda percaya.
alert-you-nobody-left--disguised = ⚠️ Tidak ada yang tersedia. Telepon orang yang Anda percaya.
alert-you-resolved = ✅ Peringatan Anda sudah ditutup. Semua yang diberi tahu kini tahu bahwa Anda aman.
alert-you-resolved--disguised = ✅ Ditutup. Semua sudah diberi tahu bahwa semuanya baik-baik saja.
alert-you-resolved-by-coordinator = ✅ Koordinator jaringan menutup peringatan Anda: { $reason }
alert-you-resolved-by-coordinator--disguised = ✅ Para penyelenggara menutupnya: { $reason }
alert-you-resolved-by-coordinator-no-reason = ✅ Koordinator jaringan menutup peringatan Anda.
alert-you-resolved-by-coordinator-no-reason--disguised = ✅ Para penyelenggara menutupnya.
alert-you-cancelled = ↩️ Dibatalkan. Semua yang diberi tahu kini tahu bahwa itu alarm palsu.
alert-you-cancelled--disguised = ↩️ Dibatalkan. Semua sudah diberi tahu bahwa itu tidak sengaja.
alert-you-false-alarm-window-passed = Sudah terlambat untuk membatalkan: kontak Anda sudah bertindak. Tekan “Saya aman” saat Anda sudah aman.
alert-you-false-alarm-window-passed--disguised = Sudah terlambat untuk membatalkan. Tekan “Selesai” jika semuanya baik-baik saja.

## Contacts answering

alert-answer-on-it = Terima kasih. Semua yang terlibat kini tahu bahwa Anda sedang menanganinya.
alert-answer-cant-help = Baik, dimengerti. Orang lain sedang dimintai bantuan.
alert-answer-gone = Peringatan ini bukan lagi untuk Anda jawab.
alert-answer-gone--disguised = Ini bukan lagi untuk Anda jawab.
alert-answer-closed = Peringatan ini sudah ditutup. Tidak ada lagi yang perlu dilakukan.
alert-answer-closed--disguised = Ini sudah ditutup. Tidak ada lagi yang perlu dilakukan.
alert-answer-already = Sudah ada yang menanganinya; Anda juga sudah dicatat.

## Coordinators

alerts-not-coordinator = Hanya koordinator jaringan yang dapat melihat peringatan yang masih terbuka.
alerts-none = ✅ Tidak ada peringatan yang terbuka.
alerts-header = <b>Peringatan terbuka: { $count }</b>
alerts-line =
    <b>{ $ref }</b> · { $kind } · { $who }
    Dikirim { $age } lalu · sudah sampai ke: { $level } · ditangani: { $helper }
alerts-kind-sos = SOS
alerts-kind-missed = check-in terlewat
alerts-kind-duress = PAKSAAN (jangan hubungi secara terbuka)
alerts-level-0 = tidak ada
alerts-level-1 = kontak pertama
alerts-level-2 = kontak kedua
alerts-level-3 = koordinator
alerts-nobody-yet = belum ada
alerts-coerced = ⚠️ mungkin dipaksa mengatakan ia aman
alerts-button-on-it = 🙋 { $ref }: tangani
alerts-button-resolve = ✔️ { $ref }: selesaikan
alerts-resolve-ask = Bagaimana peringatan { $ref } diselesaikan? (Atau kirim /resolve { $ref } diikuti kata-kata Anda sendiri.)
alerts-reason-safe = Dipastikan aman
alerts-reason-false-alarm = Alarm palsu
alerts-reason-handled = Ditangani oleh jaringan
alerts-acknowledged = 🙋 { $name } (koordinator) menangani { $ref }.
alerts-resolved = ✔️ { $name } menyelesaikan { $ref }: { $reason }
alerts-unknown-ref = Tidak ada peringatan terbuka dengan referensi { $ref }. Kirim /alerts untuk melihat daftarnya.
alerts-resolve-usage = Kirim /resolve diikuti referensi peringatan dan apa yang terjadi, misalnya: /resolve Q7XK2M sudah menghubungi pengacaranya
alerts-closed = { $ref } sudah ditutup.
