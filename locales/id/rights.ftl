# Indonesian UI strings.
# machine-drafted: true — see bot.ftl.

rights-topics =
    ⚖️ <b>Hak-hak Anda</b>
    Pilih topik. Anda juga bisa mengetik sebuah kata untuk mencari, misalnya “pengacara” atau “paspor”.
rights-topics--disguised =
    📖 <b>Bacaan</b>
    Pilih topik, atau ketik sebuah kata untuk mencari.
rights-topic-detention = Penahanan imigrasi
rights-topic-detention--disguised = 📗 Bagian 1
rights-topic-status = Visa dan status izin tinggal
rights-topic-status--disguised = 📗 Bagian 2
rights-topic-legal-aid = Bantuan hukum dan pengaduan
rights-topic-legal-aid--disguised = 📗 Bagian 3
rights-topic-defenders = Pembela HAM: hak dan keselamatan Anda
rights-topic-defenders--disguised = 📗 Bagian 4
rights-topic-checklists = Daftar periksa
rights-article-neutral = 📄 Bacaan { $number }
rights-topic-articles =
    <b>{ $topic }</b>
    Pilih artikel:
rights-page-count = Halaman { $page } dari { $pages }
rights-next = Berikutnya ▶
rights-previous = ◀ Kembali
rights-to-topics = ☰ Topik
rights-to-topic = ↩ { $topic }
rights-sources = Sumber:
rights-applies = Cakupan: { $where }
rights-applies-everywhere = standar dan rekomendasi internasional; apa yang berlaku bagi Anda tergantung negaranya
rights-framing = ⚖️ Standar dan rekomendasi internasional, bukan hukum setiap negara. Informasi, bukan nasihat hukum.
rights-framing-country = ⚖️ Apa yang dikatakan sumber yang dikutip tentang { $country }; hukum bisa berubah. Informasi, bukan nasihat hukum.
rights-practical = saran praktis, bukan dari sumber
rights-reviewed = Terakhir ditinjau: { $date }
rights-not-advice = ℹ️ Ini informasi umum, bukan nasihat hukum. Untuk situasi Anda sendiri, bicarakan dengan pengacara atau lembaga bantuan hukum.
rights-machine-draft = 🤖 Terjemahan ini dibuat oleh mesin dan belum diperiksa oleh manusia.
rights-stale = ⚠️ Teks bahasa Inggrisnya sudah berubah sejak terjemahan ini dibuat.
rights-read-english = Baca dalam bahasa Inggris
rights-in-english = Artikel ini belum tersedia dalam bahasa Anda, jadi ini versi bahasa Inggrisnya.
rights-search-results = Artikel untuk “{ $query }”:
rights-search-results--disguised = Bacaan yang ditemukan:
rights-search-none =
    Tidak ada yang cocok dengan “{ $query }”.
    Pilih topik:
rights-search-none--disguised =
    Tidak ada yang ditemukan.
    Pilih topik:
rights-gone =
    Halaman itu sudah tidak tersedia.
    Pilih topik:
rights-unavailable = Informasi hak tidak dapat ditampilkan saat ini. Silakan coba lagi nanti.
rights-unavailable--disguised = Bacaan tidak bisa ditampilkan sekarang. Silakan coba lagi nanti.
rights-directory-button = 📇 Bantuan hukum, saluran bantuan, darurat
rights-directory-button--disguised = 📇 Alamat

## The directory of legal aid and emergency contacts
directory-countries =
    📇 <b>Bantuan hukum, saluran bantuan dan saluran darurat</b>
    Pilih negara atau wilayah:
directory-countries--disguised =
    📇 <b>Alamat</b>
    Pilih negara atau wilayah:
directory-international = Internasional
directory-country =
    📇 <b>{ $country }</b>
directory-phones = Telepon: { $phones }
directory-languages = Bahasa: { $languages }
directory-area = Wilayah: { $area }
directory-web = Situs web: { $web }
directory-source = Sumber: { $title } — { $url } (dibaca { $date })
directory-empty =
    Belum ada data untuk negara ini.
    Jaringan dapat menambahkan datanya sendiri: lihat CONTRIBUTING-CONTENT.md.
directory-to-countries = ↩ Negara
directory-none-picked = ⭐ Pilih negara tempat Anda bekerja atau asal Anda, maka negara itu tampil lebih dulu.
directory-all-countries = 🗺 Semua negara
directory-pick = ⭐ Pilih negara saya
directory-pick-intro =
    ⭐ <b>Negara Anda</b>
    Tekan sebuah negara untuk menambahkan atau menghapusnya. Saluran internasional selalu ditampilkan.
directory-pick-done = ✔ Selesai
directory-read-from = Setiap entri disalin dari halaman publik yang disebut di bawahnya. Nomor bisa berubah: periksa sebelum Anda mengandalkannya.
directory-machine-drafted = 🤖 Deskripsi diterjemahkan dari bahasa Inggris oleh mesin.
directory-services = Layanan: { $services }
directory-service-emergency-line = saluran darurat untuk pembela HAM
directory-service-emergency-line--disguised = saluran mendesak
directory-service-emergency-grants = hibah darurat untuk pembela HAM
directory-service-emergency-grants--disguised = dukungan
directory-service-legal-aid = bantuan hukum
directory-service-legal-aid--disguised = nasihat
directory-service-hotline = saluran bantuan
directory-service-hotline--disguised = saluran telepon
directory-service-shelter = tempat penampungan
directory-service-shelter--disguised = tempat tinggal
directory-service-detention-visits = kunjungan ke tahanan
directory-service-detention-visits--disguised = kunjungan
directory-service-labour-complaints = pengaduan ketenagakerjaan
directory-service-labour-complaints--disguised = pertanyaan kerja
directory-service-trafficking = bantuan korban perdagangan orang
directory-service-trafficking--disguised = keselamatan
directory-service-repatriation = pemulangan
directory-service-repatriation--disguised = perjalanan pulang
directory-service-counselling = konseling
directory-service-information = informasi dan rujukan
directory-service-rights-complaints = pengaduan pelanggaran HAM
directory-service-rights-complaints--disguised = laporan
directory-local = Dari dalam negeri: { $numbers }
directory-email = Email: { $email }
directory-messaging = Pesan: { $messaging }
directory-not-verified = ⚠️ Belum diverifikasi oleh seseorang.
directory-checked = ✅ Diperiksa oleh seseorang pada { $date }.

## /reload (admins) and SIGHUP
reload-not-admin = Hanya admin bot ini yang dapat memuat ulang informasi hak.
reload-done = Informasi hak dimuat ulang: { $articles } artikel dalam { $languages } bahasa.
reload-failed =
    Informasi hak yang baru memiliki { $count ->
       *[other] { $count } masalah
    }, jadi bot tetap menampilkan versi sebelumnya:
    { $problems }
reload-more = …dan { $count } lainnya.
