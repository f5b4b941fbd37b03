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
rights-applies = Berlaku untuk: { $where }
rights-applies-everywhere = di mana saja (standar internasional)
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
rights-directory-button = 📇 Bantuan hukum dan saluran bantuan
rights-directory-button--disguised = 📇 Alamat

## The directory of legal aid and emergency contacts
directory-countries =
    📇 <b>Bantuan hukum dan saluran bantuan</b>
    Pilih negara atau wilayah:
directory-countries--disguised =
    📇 <b>Alamat</b>
    Pilih negara atau wilayah:
directory-international = Internasional
directory-country =
    📇 <b>{ $country }</b>
directory-to-be-verified = ⚠️ Perlu diverifikasi oleh jaringan Anda sebelum Anda mengandalkannya.
directory-phones = Telepon: { $phones }
directory-languages = Bahasa: { $languages }
directory-area = Wilayah: { $area }
directory-web = Situs web: { $web }
directory-verified = Diverifikasi: { $date }
directory-source = Sumber: { $source }
directory-empty =
    Belum ada data untuk negara ini.
    Jaringan dapat menambahkan datanya sendiri: lihat CONTRIBUTING-CONTENT.md.
directory-to-countries = ↩ Negara

## /reload (admins) and SIGHUP
reload-not-admin = Hanya admin bot ini yang dapat memuat ulang informasi hak.
reload-done = Informasi hak dimuat ulang: { $articles } artikel dalam { $languages } bahasa.
reload-failed =
    Informasi hak yang baru memiliki { $count ->
       *[other] { $count } masalah
    }, jadi bot tetap menampilkan versi sebelumnya:
    { $problems }
reload-more = …dan { $count } lainnya.
