# Indonesian UI strings.
# machine-drafted: true — see bot.ftl.

## The safety PIN asked before a stand-down (closing or cancelling an alert, pausing or switching
## off check-ins, removing or demoting a contact, changing the PIN or the duress word).
pin-gate-ask = 🔐 Kirim PIN keamanan Anda untuk konfirmasi. PIN itu langsung dihapus dari obrolan ini. Atau /cancel.
pin-gate-ask--disguised = Kirim kode Anda untuk memastikan, atau /cancel.
pin-gate-wrong = Itu bukan PIN keamanan Anda. Tidak ada yang diubah. Kirim PIN Anda lagi, atau /cancel.
pin-gate-wrong--disguised = Itu bukan kode Anda. Tidak ada yang diubah. Kirim lagi, atau /cancel.
pin-gate-locked = Terlalu banyak PIN yang salah. Tidak ada yang diubah. Coba lagi setelah { $time }.
pin-gate-locked--disguised = Terlalu banyak percobaan. Coba lagi setelah { $time }.

## Setting the PIN or the duress word: typed twice, common PINs refused.
safety-word-again = Kirim sekali lagi, untuk memastikan. Pesan itu langsung dihapus dari obrolan ini.
safety-word-mismatch = Keduanya tidak sama, jadi tidak ada yang disimpan. Kirim lagi yang baru, atau /cancel.
safety-word-open-again = Layar itu sudah tertutup. Buka /settings lagi untuk melakukan perubahan.
safety-pin-too-short = PIN harus minimal 4 karakter, tidak termasuk spasi. Kirim yang lain, atau /cancel.
safety-pin-too-short--disguised = Kode harus paling sedikit 4 karakter, tidak termasuk spasi. Kirim yang lain, atau /cancel.
safety-pin-too-long = PIN paling banyak 64 karakter. Kirim yang lain, atau /cancel.
safety-pin-too-long--disguised = Kode paling banyak 64 karakter. Kirim yang lain, atau /cancel.
safety-pin-too-common = PIN itu termasuk yang paling dulu ditebak orang (seperti 1234 atau 0000). Pilih yang lain, atau /cancel.
safety-pin-too-common--disguised = Kode itu termasuk yang pertama akan ditebak orang (seperti 1234 atau 0000). Pilih yang lain, atau /cancel.

## To contacts: several wrong PINs typed on the defender's phone. Their screen shows only "wrong PIN".
alert-to-pin-attempts = ⚠️ Ada beberapa percobaan PIN keamanan yang salah di akun { $who }: ia mungkin sedang ditekan. Layarnya hanya menampilkan “PIN salah”. Jangan menelepon atau mengirim pesan kepadanya secara terbuka; periksa keadaannya melalui orang yang Anda percaya.
alert-to-pin-attempts--disguised = ⚠️ Beberapa kode yang salah diketik di ponsel { $who }. Silakan periksa keadaannya diam-diam, melalui orang yang Anda percaya.
alert-to-false-alarm-unverified = ↩️ { $who } membatalkan peringatan sebagai alarm palsu. Ini belum terverifikasi: ia belum memasang PIN keamanan. Jika ada yang terasa janggal, periksa keadaannya melalui orang yang Anda percaya.
alert-to-false-alarm-unverified--disguised = ↩️ { $who } mengatakan itu tidak sengaja terkirim (belum dipastikan).
