# Indonesian UI strings.
# machine-drafted: true — see bot.ftl.

## The card menu
card-intro =
    <b>🪪 Kartu darurat</b>
    Hal yang perlu diketahui orang-orang yang Anda percaya jika Anda ditahan atau tidak dapat dihubungi: siapa Anda, dokumen Anda, kesehatan Anda, pengacara Anda, dan apa yang harus dilakukan lebih dulu. Semua isian boleh dikosongkan.

    <b>Siapa yang dapat melihatnya</b>
    Tidak ada selain Anda, sampai peringatan dikirim. Saat itu kontak tepercaya Anda yang aktif menerimanya, dan jika peringatan diteruskan ke tingkat berikutnya, koordinator jaringan juga menerimanya. Bot ini tidak pernah mengirimnya ke polisi atau kepada siapa pun selain mereka.

    { $filled } dari { $total } isian sudah diisi.
card-intro--disguised =
    <b>👤 Profil</b>
    Keterangan yang mungkin dibutuhkan orang-orang pilihan Anda jika Anda tidak bisa dihubungi. Semua kolom boleh dikosongkan.

    <b>Siapa yang bisa melihatnya</b>
    Tidak ada selain Anda, sampai bot memberi tahu orang-orang pilihan Anda. Lalu kontak aktif Anda menerimanya, dan jika perlu, orang lain di jaringan juga. Tidak pernah dikirim ke orang lain.

    { $filled } dari { $total } kolom sudah diisi.
card-heading = <b>🪪 Kartu darurat Anda</b>
card-heading--disguised = <b>👤 Profil Anda</b>
card-empty = Kartu Anda masih kosong. Pilih isian di bawah untuk mengisinya.
card-empty--disguised = Profil Anda masih kosong. Pilih isian di bawah untuk mengisinya.
card-button-show = 👁 Tampilkan kartu saya
card-button-show--disguised = 👁 Tampilkan profil saya
card-button-clear-one = 🧹 Hapus satu isian
card-button-clear-all = 🗑 Hapus seluruh kartu
card-button-clear-all--disguised = 🗑 Hapus seluruh profil

## Field names, on buttons and above each value
card-field-full-name = Nama lengkap resmi
card-field-date-of-birth = Tanggal lahir
card-field-nationality = Kewarganegaraan
card-field-document-number = Nomor paspor atau kartu identitas
card-field-document-number--disguised = Nomor identitas
card-field-permit = Jenis visa atau izin dan masa berlakunya
card-field-employer = Pemberi kerja atau organisasi
card-field-medical-needs = Kebutuhan medis
card-field-lawyer-name = Nama pengacara
card-field-lawyer-name--disguised = Nama penasihat
card-field-lawyer-phone = Telepon pengacara
card-field-lawyer-phone--disguised = Telepon penasihat
card-field-instructions = Petunjuk
card-field-instructions--disguised = Catatan

## Asking for a field
card-ask-full-name =
    Kirim <b>nama lengkap resmi</b> Anda, seperti yang tertulis di paspor atau kartu identitas Anda.
    Contoh: <i>Nur Aisyah binti Rahman</i>
card-ask-full-name--disguised =
    Kirim <b>nama lengkap</b> Anda, seperti yang tertulis di kartu identitas Anda.
    Contoh: <i>Nur Aisyah binti Rahman</i>
card-ask-date-of-birth =
    Kirim <b>tanggal lahir</b> Anda.
    Contoh: <i>1990-05-31</i> atau <i>31.05.1990</i>
card-ask-nationality =
    Kirim <b>kewarganegaraan</b> Anda, atau semuanya jika Anda memiliki lebih dari satu.
    Contoh: <i>Myanmar</i>
card-ask-document-number =
    Kirim <b>nomor paspor atau kartu identitas</b> Anda, dan sebutkan dokumen apa itu.
    Contoh: <i>Paspor MA1234567</i>
card-ask-document-number--disguised =
    Kirim <b>nomor identitas</b> Anda, dan dokumen apa itu.
    Contoh: <i>KTP MA1234567</i>
card-ask-permit =
    Kirim <b>jenis visa atau izin Anda, dan kapan masa berlakunya habis</b>.
    Contoh: <i>Izin kerja, berlaku sampai 2026-12-31</i>
card-ask-employer =
    Kirim <b>pemberi kerja atau organisasi</b> Anda.
    Contoh: <i>Jaringan Hak Pekerja Migran, Kuala Lumpur</i>
card-ask-employer--disguised =
    Kirim <b>tempat kerja atau organisasi</b> Anda.
    Contoh: <i>Konveksi Lembah Hijau, Kuala Lumpur</i>
card-ask-medical-needs =
    Kirim <b>kebutuhan medis</b> Anda, jika ada: penyakit, obat dan dosisnya, alergi.
    Contoh: <i>Diabetes tipe 1: insulin dua kali sehari. Alergi penisilin.</i>
card-ask-lawyer-name =
    Kirim <b>nama pengacara</b> Anda, dan nama kantornya jika ada.
    Contoh: <i>Carlos Mendoza, Lembaga Bantuan Hukum</i>
card-ask-lawyer-name--disguised =
    Kirim <b>nama penasihat</b> yang Anda andalkan, dan kantornya jika ada.
    Contoh: <i>Carlos Mendoza, Pusat Informasi Kota</i>
card-ask-lawyer-phone =
    Kirim <b>nomor telepon pengacara</b> Anda, dengan kode negaranya.
    Contoh: <i>+60 12-345 6789</i>
card-ask-lawyer-phone--disguised =
    Kirim <b>nomor telepon penasihat</b> Anda, dengan kode negara.
    Contoh: <i>+60 12-345 6789</i>
card-ask-instructions =
    Kirim <b>petunjuk</b> untuk orang-orang yang menerima kartu Anda: apa yang harus dilakukan lebih dulu, dan apa yang perlu mereka ketahui.
    Contoh: <i>Telepon pengacara saya lebih dulu. Paspor saya dipegang oleh majikan saya.</i>
card-ask-instructions--disguised =
    Kirim <b>catatan</b> untuk orang-orang yang Anda pilih: apa yang harus dilakukan lebih dulu, dan apa yang perlu mereka ketahui.
    Contoh: <i>Telepon kakak saya lebih dulu. Dokumen saya ada di kantor.</i>
card-current = Saat ini: { $value }
card-ask-footer-new = Ketik lalu kirim, atau kirim /cancel.
card-ask-footer-change = Kirim teks baru untuk menggantinya, atau /cancel untuk membiarkannya.
card-button-clear-this = 🧹 Hapus isian ini

## Typed values that are refused; the step stays open
card-problem-empty = Itu kosong. Untuk menghapus yang sudah disimpan, pakai “Hapus satu isian”.
card-problem-too-long = Itu terlalu panjang: maksimal { $limit } karakter.
card-problem-no-letters = Nama harus berisi setidaknya satu huruf.
card-problem-phone-characters = Nomor telepon hanya boleh berisi angka, spasi, tanda kurung, tanda hubung, dan tanda + di awal.
card-problem-phone-digits = Nomor telepon terdiri dari { $min } sampai { $max } angka.
card-problem-date-format = Silakan tulis tanggal seperti 1990-05-31 atau 31.05.1990.
card-problem-date-not-real = Tanggal itu tidak ada. Silakan periksa tanggal dan bulannya.
card-problem-date-not-past = Tanggal lahir harus di masa lalu.
card-problem-date-too-early = Silakan periksa tahunnya: seharusnya { $year } atau sesudahnya.
card-ask-again = Silakan kirim lagi, atau kirim /cancel.

## After a change
card-confirm-date = Tanggalnya <b>{ $date }</b>. Tekan Simpan, atau kirim tanggalnya lagi.
card-confirm-phone-no-code = <b>{ $number }</b> tidak memakai kode negara (seperti +66 untuk Thailand atau +60 untuk Malaysia), jadi mungkin tidak bisa dihubungi dari negara lain. Kirim lagi dengan kodenya, atau tekan Simpan untuk menyimpannya apa adanya.
card-button-save = ✅ Simpan
card-saved = ✅ Tersimpan: <b>{ $field }</b>. { $filled } dari { $total } isian sudah diisi.
card-clear-pick = Isian mana yang ingin Anda hapus?
card-clear-confirm = Hapus <b>{ $field }</b>? Isian ini akan dihapus untuk selamanya.
card-clear-all-confirm = Hapus seluruh kartu darurat? Semua isian akan dihapus untuk selamanya.
card-clear-all-confirm--disguised = Hapus seluruh profil? Semua isian akan dihapus untuk selamanya.
card-button-yes-clear = Ya, hapus
card-button-yes-clear-all = Ya, hapus semuanya
card-button-keep = Tidak, biarkan
card-kept = Tidak ada yang diubah.
card-field-cleared = 🧹 Dihapus: <b>{ $field }</b>. { $filled } dari { $total } isian sudah diisi.
card-already-empty = Isian itu memang sudah kosong. Tidak ada yang diubah.
card-cleared-all = 🗑 Kartu darurat Anda sudah dihapus: tidak ada lagi yang tersimpan.
card-cleared-all--disguised = 🗑 Profil Anda sudah dihapus: tidak ada lagi yang tersimpan.
card-was-empty = Kartu Anda memang sudah kosong. Tidak ada yang diubah.
card-was-empty--disguised = Profil Anda memang sudah kosong. Tidak ada yang diubah.
