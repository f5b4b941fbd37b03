# Indonesian UI strings.
# machine-drafted: true — see bot.ftl.

## Notices to the deployment's admins about the database itself (issue 19).

# translation_of: e208dc15dc0e
admin-database-tampered =
    ⚠️ Basis data bot diubah oleh sesuatu yang tidak memegang kuncinya. Baris yang diubah ditolak: tidak ada yang dikirim kepada, atau dilakukan untuk, siapa pun yang disebut di dalamnya. Bot tetap berjalan dengan sisanya, dan pemberitahuan ini dikirim sekali saja.

    Yang perlu dilakukan: simpan salinan direktori data untuk penyelidikan, cari tahu siapa yang bisa menulis ke sana, dan pulihkan basis data dari cadangan yang Anda percayai. Jika file kunci mungkin juga terbaca, jalankan `python -m bot rotate-key`, dan jika mesinnya sendiri mungkin sudah disusupi, ganti juga token bot lewat @BotFather (/revoke). Log bot menyebut tabel mana yang terdampak, tidak pernah milik siapa barisnya.
