# Indonesian UI strings.
# machine-drafted: true — written without review by a native speaker; a volunteer should review it before it is marked reviewed. Messages missing here are shown in English.

language-name = Bahasa Indonesia

start-welcome =
    Selamat datang, { $name }.

    Bot ini membantu pembela hak asasi manusia tetap aman: check-in rutin, peringatan kepada orang yang Anda percaya saat Anda membutuhkan bantuan, dan informasi tentang hak-hak Anda.

    <b>Yang disimpan:</b> nama Telegram dan bahasa Anda, pengaturan Anda, kontak tepercaya Anda, dan kartu darurat Anda jika Anda mengisinya. Semuanya dienkripsi sebelum disimpan.

    <b>Kontak Anda tidak melihat apa pun</b> sampai peringatan dikirim: baru saat itu mereka menerima apa yang mereka perlukan untuk membantu Anda.

    <b>/wipe</b> menghapus semua data tentang Anda, seketika.
start-welcome--disguised =
    Selamat datang, { $name }.

    Semua yang disimpan bot ini tentang Anda dienkripsi. /wipe menghapusnya seketika.
start-welcome-back =
    Selamat datang kembali, { $name }.

    Kirim /help untuk melihat apa yang bisa Anda lakukan.
help--disguised =
    Yang bisa Anda lakukan di sini:

    /contacts – orang
    /invite – undang seseorang
    /card – profil
    /settings – pengaturan
    /wipe – atur ulang
    /cancel – berhenti
    /help – daftar ini
start-choose-language = Pilih bahasa Anda:
language-set = Bahasa: { $language }.
help =
    Yang bisa Anda lakukan di sini:

    /sos – kirim peringatan ke kontak tepercaya Anda sekarang (Anda bisa menambahkan apa yang terjadi: /sos dihentikan di perbatasan)
    🆘 SOS dan ✅ Saya aman – sama, lewat tombol di bawah; 📍 membagikan lokasi Anda selama ada peringatan
    /checkin – check-in; /schedule – jadwal check-in yang memberi peringatan ke kontak Anda jika ada check-in yang terlewat; /status
    /contacts – kontak tepercaya Anda, dan orang-orang yang Anda lindungi
    /invite – undang seseorang menjadi kontak tepercaya Anda
    /card – kartu darurat Anda
    /rights – hak-hak Anda: penahanan, visa, bantuan hukum (atau ketik saja sebuah kata untuk mencari)
    /directory – bantuan hukum, saluran bantuan dan saluran darurat
    /settings – bahasa, zona waktu, hapus otomatis, penyamaran
    /wipe – hapus semua data tentang Anda
    /cancel – hentikan yang sedang Anda lakukan
    /help – daftar ini

    Bot ini tidak pernah menghubungi polisi atau pihak berwenang mana pun atas kehendaknya sendiri.
    Untuk koordinator jaringan: /alerts dan /resolve.
start-in-group = Silakan bicara dengan saya di obrolan pribadi: buka profil saya dan tekan Mulai. Tidak ada informasi tentang Anda yang dibagikan di grup ini.
not-understood = Saya tidak memahami itu. Kirim /help untuk melihat apa yang bisa Anda lakukan.
error-generic = Terjadi kesalahan di pihak kami. Tidak ada data Anda yang hilang. Silakan coba lagi sebentar lagi.
error-storage-full = Bot tidak dapat menyimpan ini karena ruang penyimpanan servernya penuh. Yang sudah Anda simpan sebelumnya tetap aman. Silakan coba lagi nanti.

## Conversation plumbing
button-expired = Tombol ini sudah kedaluwarsa. Tidak ada yang diubah.
step-expired = Langkah itu terlalu lama dan dihentikan. Tidak ada yang diubah; silakan mulai lagi.
cancelled = Dibatalkan. Tidak ada yang diubah.
nothing-to-cancel = Tidak ada yang perlu dibatalkan.

## The persistent keyboard. Disguised wording must not hint at danger.
keyboard-sos = 🆘 SOS
keyboard-sos--disguised = 📞 Telepon
keyboard-safe = ✅ Saya aman
keyboard-safe--disguised = ✅ Selesai
keyboard-rights = ⚖️ Hak
keyboard-rights--disguised = 📖 Bacaan
keyboard-menu = ☰ Menu

## Menu and keyboard answers
menu =
    <b>Menu</b>

    /sos – kirim peringatan ke kontak Anda sekarang
    /checkin – saya aman
    /schedule – check-in yang memberi peringatan ke kontak Anda jika ada yang terlewat
    /status – jadwal Anda dan peringatan yang masih terbuka
    /contacts – kontak tepercaya
    /invite – undang kontak tepercaya
    /card – kartu darurat
    /rights – hak-hak Anda
    /directory – bantuan hukum, saluran bantuan dan saluran darurat
    /settings – pengaturan
    /setup – panduan pengaturan
    /help – bantuan
menu--disguised =
    <b>Menu</b>

    /checkin – selesai
    /schedule – rutinitas
    /status – status
    /contacts – orang
    /invite – undang seseorang
    /card – profil
    /settings – pengaturan
    /help – bantuan

## Command menus, one per language (setMyCommands)
command-start = Mulai, atau lihat sambutan lagi
command-help = Yang bisa Anda lakukan
command-sos = Kirim peringatan ke kontak tepercaya sekarang
command-sos--disguised = Telepon
command-checkin = Check-in: saya aman
command-checkin--disguised = Balas: semuanya baik-baik saja
command-schedule = Jadwal check-in keselamatan Anda
command-schedule--disguised = Rutinitas Anda
command-status = Jadwal, check-in berikutnya, dan peringatan yang masih terbuka
command-status--disguised = Rutinitas dan balasan berikutnya
command-contacts = Kontak tepercaya Anda
command-contacts--disguised = Orang
command-invite = Undang kontak tepercaya
command-invite--disguised = Undang seseorang
command-card = Kartu darurat Anda
command-card--disguised = Profil
command-rights = Hak Anda: penahanan, visa, bantuan hukum
command-rights--disguised = Bacaan
command-directory = Bantuan hukum, saluran bantuan dan saluran darurat
command-directory--disguised = Alamat
command-settings = Bahasa, zona waktu, privasi
command-wipe = Hapus semua data tentang Anda
command-wipe--disguised = Atur ulang
command-cancel = Hentikan yang sedang Anda lakukan

## Coordinators
coordinators-set = Grup ini sekarang menjadi obrolan koordinator jaringan. Peringatan yang tidak ditangani tepat waktu akan dikirim ke sini. Anggota grup ini adalah koordinator.
coordinators-not-admin = Hanya admin bot ini yang dapat melakukan ini.
coordinators-in-private = Kirim /coordinators di dalam grup yang akan dijadikan obrolan koordinator.

## Panduan pengaturan setelah memilih bahasa (/setup untuk melihatnya lagi)
setup-step-title = <b>Memulai · langkah { $number } dari { $total }</b>
setup-timezone-explain = Zona waktu Anda, agar check-in dan jam ditampilkan menurut waktu di tempat Anda.
setup-timezone-do = 🕓 Pilih zona waktu saya
setup-card-explain = Kartu darurat Anda: yang dibutuhkan kontak tepercaya Anda untuk menolong jika Anda ditahan (nama, dokumen, pengacara, kebutuhan medis Anda). Kartu ini hanya dibagikan di dalam peringatan.
setup-card-explain--disguised = Profil Anda: yang dibutuhkan orang-orang pilihan Anda untuk membantu Anda. Profil ini hanya dibagikan saat Anda meminta bantuan.
setup-card-do = 🪪 Isi kartu saya
setup-card-do--disguised = 🪪 Isi profil saya
setup-card-menu = Pilih isian yang ingin diisi; lewati yang tidak ingin Anda berikan. { $filled } dari { $total } isian sudah diisi. Jika sudah selesai, tekan ⏭ Lanjut pada pesan pengaturan.
setup-contact-explain = Kontak tepercaya: seseorang yang menerima peringatan Anda dan bertindak. Ia baru menjadi kontak tepercaya setelah menerima tautan undangan yang Anda kirim.
setup-contact-explain--disguised = Orang yang Anda percaya, yang diberi tahu saat Anda meminta bantuan. Ia harus menerima tautan yang Anda kirim.
setup-contact-do = ➕ Undang kontak
setup-schedule-explain = Jadwal check-in: jika Anda tidak check-in tepat waktu, kontak Anda diberi peringatan. Berguna sebelum kunjungan yang berisiko, sidang, atau menyeberang perbatasan.
setup-schedule-explain--disguised = Rutinitas: jika Anda tidak membalas tepat waktu, orang-orang yang Anda pilih akan diberi tahu.
setup-schedule-do = 🗓 Atur jadwal
setup-schedule-do--disguised = 🗓 Atur rutinitas
setup-pin-explain = PIN keamanan: tanpa PIN ini, siapa pun yang memegang ponsel Anda tidak bisa menutup peringatan Anda, menjeda check-in Anda, atau menghapus kontak Anda.
setup-pin-explain--disguised = Sebuah kode: tanpanya, tidak ada yang memegang ponsel Anda bisa mengubah apa yang Anda atur di sini.
setup-pin-do = 🔐 Atur PIN keamanan
setup-pin-do--disguised = 🔐 Atur kode
setup-next = ⏭ Lanjut
setup-stop = ✖️ Berhenti mengatur
setup-done = ✅ Pengaturan selesai. Semuanya bisa diubah nanti: /settings, /card, /contacts, /schedule. Kirim /help untuk melihat yang bisa Anda lakukan.
setup-stopped = Pengaturan dihentikan. Lanjutkan kapan saja dengan /setup.
