# Indonesian UI strings.
# machine-drafted: true — see bot.ftl.

## /settings

settings-title =
    <b>Pengaturan</b>

    Bahasa: { $language }
    Zona waktu: { $timezone } (sekarang { $time })
    Hapus otomatis: { $autodelete }
    Penyamaran: { $disguise_mode }
    Waktu bagi kontak Anda untuk menanggapi peringatan: { $answer_time }
settings-language = 🌐 Bahasa
settings-timezone = 🕓 Zona waktu
settings-autodelete = 🧹 Hapus otomatis
settings-ack-timeout = ⏱ Waktu tanggapan
settings-ack-timeout--disguised = ⏱ Waktu balasan
settings-disguise-on = 🎭 Penyamaran: nyalakan
settings-disguise-off = 🎭 Penyamaran: matikan
settings-wipe = 🗑 Hapus semuanya
settings-wipe--disguised = 🗑 Atur ulang
settings-back = ← Kembali

settings-on = aktif
settings-off = nonaktif

timezone-choose = Pilih zona waktu Anda, atau tekan “Ketik yang lain” lalu kirim nama kota atau negara Anda (Bangkok, Teheran, Nepal) atau selisih waktu seperti UTC+7.
timezone-type-another = ⌨️ Ketik yang lain
timezone-ask = Kirim nama kota atau negara Anda, dalam bahasa Indonesia atau bahasa Inggris (Bangkok, Teheran, Nepal), atau selisih waktu seperti UTC+7 atau GMT+5:30. /cancel untuk berhenti.
timezone-invalid = Saya tidak mengenal zona waktu “{ $text }”. Kirim nama kota besar terdekat (Kuala Lumpur, Jakarta, Dubai), nama seperti Asia/Makassar, atau selisih waktu seperti UTC+7, atau /cancel.
timezone-set = Zona waktu: { $timezone } (sekarang { $time }).

autodelete-explain =
    Bot dapat menghapus pesannya sendiri yang menampilkan hal-hal sensitif (kartu Anda, kontak Anda, rincian peringatan) dari obrolan ini setelah jeda waktu, agar pesan itu sudah tidak ada jika ponsel Anda diambil. Telegram mengizinkan bot melakukan ini selama 48 jam.
autodelete-off = Nonaktif
autodelete-seconds = { $minutes ->
    [1] setelah 1 menit
    [60] setelah 1 jam
    [1440] setelah 24 jam
   *[other] setelah { $minutes } menit
}
autodelete-set = Hapus otomatis: { $choice }.

ack-timeout-explain =
    Saat Anda mengirim peringatan, kontak pertama Anda punya waktu sepanjang ini untuk menekan “Saya tangani” sebelum kontak kedua Anda diberi tahu, lalu para koordinator. Waktu yang lebih singkat lebih aman saat risiko tinggi; waktu yang lebih lama cocok untuk kontak yang mungkin sedang tidur di zona waktu lain.
ack-timeout-explain--disguised = Berapa lama orang punya waktu untuk membalas sebelum orang berikutnya ditanya.
ack-timeout-network = pengaturan jaringan ({ $minutes } menit)
ack-timeout-minutes = { $minutes } menit

disguise-on = Penyamaran aktif: obrolan ini sekarang memakai kata dan tombol yang netral. Semua tetap berfungsi seperti sebelumnya.
disguise-off = Penyamaran nonaktif.

wipe-ask =
    Ini menghapus <b>semua</b> yang disimpan bot tentang Anda: pengaturan, kartu, kontak tepercaya, dan orang-orang yang Anda lindungi (mereka hanya akan diberi tahu bahwa seorang kontak telah keluar). Bot juga akan menghapus pesan-pesan terbarunya di obrolan ini sejauh diizinkan Telegram.

    Ini tidak dapat dibatalkan. Untuk melanjutkan, kirim kata <b>{ $word }</b>. Untuk berhenti, kirim /cancel.
wipe-ask--disguised =
    Ini menghapus <b>semua</b> yang disimpan bot tentang Anda: pengaturan, profil, daftar orang Anda, dan daftar tempat Anda berada (mereka hanya akan diberi tahu bahwa seseorang telah pergi). Bot juga akan menghapus pesan terbarunya di obrolan ini jika Telegram mengizinkan.

    Ini tidak bisa dibatalkan. Untuk melanjutkan, kirim kata <b>{ $word }</b>. Untuk berhenti, kirim /cancel.
wipe-word = HAPUS
wipe-not-confirmed = Itu bukan kata { $word }. Tidak ada yang dihapus. Kirim { $word } untuk menghapus semuanya, atau /cancel.
wipe-done = Semua data tentang Anda telah dihapus dari bot ini. Jika Anda ingin memakainya lagi, kirim /start.
wipe-contact-left = Salah satu kontak tepercaya Anda telah keluar dari bot. Periksa daftar Anda dengan /contacts.
wipe-contact-left--disguised = Seseorang telah keluar. Lihat /contacts.

## Neutral wording while disguise mode is on
settings-title--disguised =
    <b>Pengaturan</b>

    Bahasa: { $language }
    Zona waktu: { $timezone } (sekarang { $time })
    Hapus otomatis: { $autodelete }
    Gaya sederhana: { $disguise_mode }
    Waktu membalas: { $answer_time }
settings-disguise-off--disguised = 🎭 Gaya sederhana: matikan
autodelete-explain--disguised = Bot dapat menghapus pesannya sendiri dari obrolan ini setelah jeda waktu. Telegram mengizinkannya melakukan ini selama 48 jam.
disguise-on--disguised = Gaya sederhana aktif.
