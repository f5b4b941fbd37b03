# Indonesian UI strings.
# machine-drafted: true — see bot.ftl.

# translation_of: b69950061180
disguise-clear-offer =
    { $count ->
        [one] Satu pesan sebelumnya di obrolan ini masih bisa dihapus
       *[other] { $count } pesan sebelumnya di obrolan ini masih bisa dihapus
    } (Telegram mengizinkannya selama 48 jam). Hapus sekarang?
# translation_of: ae640fb501ea
disguise-clear-button = 🧹 Hapus pesan sebelumnya
# translation_of: ec0433d38c6c
disguise-clear-done =
    { $count ->
        [0] Tidak ada yang bisa dihapus.
        [one] Satu pesan sebelumnya sudah dihapus.
       *[other] { $count } pesan sebelumnya sudah dihapus.
    } Pesan yang lebih lama tetap ada: Telegram tidak lagi mengizinkan bot menghapusnya.
