# Indonesian UI strings.
# machine-drafted: true — see bot.ftl.

## /settings → Ponsel Anda: apa yang masih bisa terlihat di ponsel, dan batas penghapusan

# translation_of: 16e6f00c2b81
settings-phone = 📱 Ponsel Anda
# translation_of: 982b23a847c7
phone-advice =
    <b>📱 Apa yang masih bisa terlihat di ponsel Anda</b>

    Bot menghapus apa yang bisa dihapusnya, tetapi orang yang mengambil atau memeriksa ponsel Anda masih bisa melihat:
    • obrolan ini di daftar obrolan Anda, dengan nama dan foto bot;
    • pesan baru di layar kunci, dalam notifikasi;
    • pesan yang lebih lama dari 48 jam, atau yang dikirim saat hapus otomatis nonaktif: Telegram tidak lagi mengizinkan bot menghapusnya.

    <b>Yang dapat Anda lakukan</b>
    • Arsipkan obrolan ini dan bisukan, agar tetap di luar daftar obrolan utama Anda.
    • Sembunyikan pratinjau pesan: di Telegram, Pengaturan → Notifikasi dan Suara, matikan pratinjau pesan; di pengaturan ponsel, sembunyikan isi notifikasi di layar kunci.
    • Kunci Telegram dengan kode sandi: Pengaturan Telegram → Privasi dan Keamanan → Kode Sandi.
    • Nyalakan hapus otomatis di sini, dan penyamaran jika kata-kata bot bisa membuka rahasia Anda.
    • Sebelum ponsel Anda mungkin diperiksa, hapus obrolan ini, tetapi jangan blokir atau hentikan bot: yang disimpannya untuk Anda tetap ada, dan obrolan muncul lagi saat bot menulis kepada Anda atau saat Anda mengirim /start.
# translation_of: e7bb3f994d5d
phone-advice--disguised =
    <b>📱 Privasi di ponsel ini</b>

    Siapa pun yang memegang ponsel Anda bisa melihat obrolan ini di daftar obrolan, dengan nama dan foto bot, pesan baru di layar kunci, dan pesan yang lebih lama dari 48 jam (Telegram tidak lagi mengizinkan bot menghapusnya).

    • Arsipkan obrolan ini dan bisukan.
    • Sembunyikan pratinjau pesan: di Telegram, Pengaturan → Notifikasi dan Suara, dan di pengaturan layar kunci ponsel.
    • Kunci Telegram dengan kode sandi: Pengaturan Telegram → Privasi dan Keamanan → Kode Sandi.
    • Nyalakan hapus otomatis di sini.
    • Anda bisa menghapus obrolan ini kapan saja (jangan blokir bot); obrolan muncul lagi saat bot menulis kepada Anda atau saat Anda mengirim /start.

# translation_of: a19bff7ec5cf
autodelete-telegram-limit =
    Telegram hanya mengizinkan bot menghapus pesan dalam 48 jam setelah pesan itu dikirim. Karena itu, apa yang Anda ketik saat bot memintanya (isian kartu, nama, PIN, kata untuk menghapus semuanya) langsung dihapus. Apa yang Anda kirim selama peringatan, dan pencarian Anda, ikut dihapus bersama pesan bot setelah jeda yang Anda pilih, dan tidak pernah lebih dari 46 jam. Yang lebih lama, dan semua yang dikirim saat hapus otomatis nonaktif, tetap ada sampai Anda menghapusnya sendiri: hapus pesannya, atau seluruh obrolan.
# translation_of: ef0c66e9e1a3
autodelete-telegram-limit--disguised =
    Telegram hanya mengizinkan bot menghapus pesan dalam 48 jam setelah pesan itu dikirim. Karena itu, apa yang Anda ketik saat bot bertanya langsung dihapus; pesan Anda yang lain di sini, dan pencarian Anda, ikut dihapus bersama pesan bot setelah jeda yang Anda pilih, dan tidak pernah lebih dari 46 jam. Yang lebih lama, dan semua yang dikirim saat hapus otomatis nonaktif, tetap ada sampai Anda menghapusnya sendiri.
