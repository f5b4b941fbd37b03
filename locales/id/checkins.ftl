# Indonesian UI strings.
# machine-drafted: true — see bot.ftl.

checkin-done = ✅ Check-in tercatat pukul { $time }.
checkin-done--disguised = ✅ Dicatat pukul { $time }.
checkin-next = Check-in berikutnya paling lambat { $due }.
checkin-next--disguised = Balasan berikutnya paling lambat { $due }.
checkin-deadline-ended = Batas waktu Anda { $deadline } sudah selesai.
checkin-pin-ask = Peringatan Anda masih terbuka. Untuk menutupnya, kirim PIN keamanan Anda.
checkin-pin-ask--disguised = Untuk menutupnya, kirim kode Anda.
checkin-pin-wrong = Itu bukan PIN keamanan Anda. Peringatan tetap terbuka. Kirim PIN Anda lagi, atau /cancel.
checkin-pin-wrong--disguised = Itu bukan kode Anda. Kirim lagi, atau /cancel.
checkin-resumed = ▶️ Jeda Anda sudah selesai: check-in aktif lagi. Check-in berikutnya paling lambat { $due }.
checkin-resumed--disguised = ▶️ Istirahat Anda sudah selesai. Balasan berikutnya paling lambat { $due }.
checkin-reminder = ⏰ Waktunya check-in: paling lambat { $due }. Ketuk di bawah jika Anda aman.
checkin-reminder--disguised = ⏰ Pengingat: silakan balas paling lambat { $due }.

schedule-forms-schedule =
    Atur jadwal dengan mengetik salah satu dari:
    /schedule every 2h – setiap 2 jam (15 menit sampai 7 hari; bisa juga every 90m, every 1.5h)
    /schedule daily 09:00 21:00 – pada jam-jam ini setiap hari, menurut zona waktu Anda (bisa juga daily 9am 9pm)
    /schedule off – hentikan jadwal
    Juga: /grace 30m (waktu tenggang setelah batas waktu sebelum kontak Anda diberi peringatan), /reminder 10m atau /reminder off, /checkin_by 13:00 (batas waktu sekali saja), /pause 2d atau /pause until 2026-12-01 09:00, /resume, /status.
schedule-forms-schedule--disguised =
    Atur rutinitas dengan mengetik salah satu dari:
    /schedule every 2h
    /schedule daily 09:00 21:00
    /schedule off
    Juga: /grace 30m, /reminder 10m atau /reminder off, /checkin_by 13:00, /pause 2d, /resume, /status.
schedule-menu-choose = Atau pilih:
schedule-button-every = setiap { $every }
schedule-button-off = Hentikan jadwal
schedule-forms-grace = Misalnya: /grace 30m (dari 1 menit sampai 24 jam).
schedule-forms-reminder = Misalnya: /reminder 10m, atau /reminder off.
schedule-forms-checkin-by = Misalnya: /checkin_by 13:00, /checkin_by tomorrow 08:00, /checkin_by 2026-12-01 13:00, /checkin_by 2h, atau /checkin_by off.
schedule-forms-pause = Misalnya: /pause 3h, /pause 2d, atau /pause until 2026-12-01 09:00 (paling lama 30 hari).

schedule-problem-format = Saya tidak bisa membaca itu.
schedule-time-passed = Pukul { $time } hari ini sudah lewat. Maksud Anda besok pukul { $time }? Jika bukan, kirim perintah itu lagi dengan tanggal, misalnya 2026-12-01 { $time }.
schedule-button-tomorrow = Ya, besok pukul { $time }
schedule-problem-no-such-time = Waktu itu tidak ada.
schedule-problem-too-short = Itu terlalu singkat: paling singkat { $limit }.
schedule-problem-too-long = Itu terlalu lama: paling lama { $limit }.
schedule-problem-too-close = Jam harian harus berjarak setidaknya { $limit }.
schedule-problem-in-the-past = Waktu itu sudah lewat.
schedule-problem-too-far-ahead = Itu terlalu jauh ke depan: paling lama { $limit }.
schedule-problem-reminder-too-long = Pengingat harus datang kurang dari { $limit } sebelum batas waktu.
schedule-problem-deadline-during-pause = Jeda itu akan melewati batas waktu check-in Anda. Ubah batas waktunya dulu (/checkin_by off).

status-no-schedule = 🗓 Tidak ada jadwal check-in rutin.
status-no-schedule--disguised = 🗓 Belum ada rutinitas.
status-schedule = 🗓 Check-in: { $rule }
status-schedule--disguised = 🗓 Rutinitas: { $rule }
status-grace = Waktu tenggang: { $grace } · pengingat sebelumnya: { $reminder }
status-reminder-off = nonaktif
status-paused = ⏸ Dijeda sampai { $until }: tidak ada yang dikirim sampai saat itu.
status-next = Check-in berikutnya paling lambat { $due }.
status-next--disguised = Balasan berikutnya paling lambat { $due }.
status-deadline = Batas waktu sekali saja: { $deadline }.
status-last = Check-in terakhir: { $last }.
status-last--disguised = Balasan terakhir: { $last }.
status-never = Belum ada check-in.
status-alert-open = 🆘 Ada peringatan tentang Anda yang masih terbuka. Tekan ✅ Saya aman saat Anda sudah aman.
status-alert-open--disguised = 📞 Ada yang masih terbuka. Tekan ✅ Selesai jika semuanya baik-baik saja.
status-nobody = ⚠️ Tidak ada yang akan diberi peringatan jika Anda melewatkan check-in: Anda tidak memiliki kontak tepercaya dan jaringan tidak memiliki obrolan koordinator. Tambahkan kontak dengan /invite.
status-nobody--disguised = ⚠️ Tidak ada yang akan diberi tahu: tambahkan seseorang dengan /invite.

## /settings: the safety PIN and the duress word
settings-pin = 🔐 PIN keamanan
settings-pin--disguised = 🔐 Kode
settings-duress = 🗝 Kata paksaan
settings-duress--disguised = 🗝 Kata kedua
safety-pin-explain =
    <b>PIN keamanan</b>
    Jika Anda mengirim peringatan, orang yang menahan Anda bisa memaksa Anda menekan “Saya aman”. Dengan PIN keamanan, tidak ada yang bisa mengakhiri atau melemahkan perlindungan Anda tanpa PIN itu: menutup atau membatalkan peringatan, menjeda atau mematikan check-in, menghapus kontak, mengganti PIN atau kata paksaan. PIN saja tidak membuktikan apa pun (seseorang bisa dipaksa memberikannya): untuk itulah ada kata paksaan.
    Setelah 3 PIN salah dalam satu jam, kontak Anda diberi tahu; setelah 5, PIN tidak bisa dimasukkan selama 15 menit, lalu lebih lama lagi.
    Pilih sesuatu yang tetap Anda ingat saat tertekan, 4 sampai 64 karakter, bukan 1234 atau 0000. Kirim sekarang, lalu sekali lagi; PIN itu langsung dihapus dari obrolan ini dan hanya disimpan dalam bentuk yang tidak dapat dibaca kembali oleh siapa pun. Atau /cancel.
safety-pin-explain--disguised =
    <b>Kode</b>
    Pilih kode, 4 sampai 64 karakter, dan kirim sekarang. Kode itu langsung dihapus dari obrolan ini. Atau /cancel.
safety-duress-explain =
    <b>Kata paksaan</b>
    Kata yang terlihat seperti check-in biasa, tetapi diam-diam mengirim peringatan kepada kontak Anda dan para koordinator. Pakai kata ini jika seseorang memaksa Anda melakukan check-in atau menutup peringatan: kirim kata ini sebagai ganti /checkin (atau setelah /checkin, atau saat diminta PIN). Layar Anda menampilkan persis apa yang ditampilkan check-in biasa; tidak ada apa pun di obrolan ini yang menunjukkan peringatan itu.
    Pilih kata yang tidak akan Anda ketik secara tidak sengaja, 4 sampai 64 karakter, berbeda dari PIN Anda. Kirim sekarang; kata itu langsung dihapus dari obrolan ini dan hanya disimpan dalam bentuk yang tidak dapat dibaca kembali oleh siapa pun. Atau /cancel.
safety-duress-explain--disguised =
    <b>Kata kedua</b>
    Pilih kata kedua, 4 sampai 64 karakter, berbeda dari kode Anda, dan kirim sekarang. Kata itu langsung dihapus dari obrolan ini. Atau /cancel.
safety-word-is-set = Sudah ada yang dipasang. Kirim yang baru untuk menggantinya, atau hapus dengan tombol.
safety-word-not-set = Belum ada yang dipasang.
safety-word-clear = Hapus
safety-word-length = Harus 4 sampai 64 karakter. Kirim yang lain, atau /cancel.
safety-word-same = PIN dan kata paksaan Anda harus berbeda. Kirim yang lain, atau /cancel.
safety-word-same--disguised = Kode dan kata kedua Anda harus berbeda. Kirim yang lain, atau /cancel.
safety-pin-saved = 🔐 PIN keamanan Anda sudah disimpan.
safety-pin-saved--disguised = 🔐 Kode Anda sudah disimpan.
safety-pin-cleared = PIN keamanan Anda sudah dihapus.
safety-pin-cleared--disguised = Kode Anda sudah dihapus.
safety-duress-saved = 🗝 Kata paksaan Anda sudah disimpan.
safety-duress-saved--disguised = 🗝 Tersimpan.
safety-duress-cleared = Kata paksaan Anda sudah dihapus.
safety-duress-cleared--disguised = Dihapus.

# After an outage: the missed check-in fell due while the bot was down.
outage-late-alert = ⚠️ Bot tidak dapat berjalan dari { $start } sampai { $end }. Check-in Anda jatuh tempo pada { $due }, saat bot mati: kontak tepercaya Anda baru diberi peringatan terlambat, pada { $end }. Jika Anda aman, check-in sekarang.
outage-late-alert--disguised = ⚠️ Layanan ini mati dari { $start } sampai { $end }. Balasan Anda untuk { $due } baru ditangani terlambat, pada { $end }. Balas sekarang jika semuanya baik.
