# Indonesian UI strings.
# machine-drafted: true — see bot.ftl.

## Another program is using the bot's token (Telegram's "Conflict")

operations-token-polling =
    🚨 <b>Program lain sedang memakai token bot ini.</b>
    Telegram memberi tahu bahwa ada program kedua yang mengambil pesan bot ini. Siapa pun yang memegang token dapat membaca pesan yang dikirim orang ke bot sebelum bot melihatnya (termasuk SOS) dan dapat mengirim pesan atas nama bot.
    <b>Cabut token sekarang:</b> di Telegram buka @BotFather, kirim /mybots, pilih bot ini, lalu API Token → Revoke current token. Masukkan token baru ke TELEGRAM_BOT_TOKEN (atau ke berkas yang disebut TELEGRAM_BOT_TOKEN_FILE) lalu mulai ulang bot.
    Jika Anda sendiri menjalankan salinan kedua bot ini, hentikan salinan itu.
    Peringatan ini diulang setiap { $minutes } menit selama masih terjadi.
operations-token-polling--disguised =
    🚨 <b>Program lain sedang memakai token bot ini.</b>
    Telegram memberi tahu bahwa ada program kedua yang mengambil pesan bot ini. Siapa pun yang memegang token dapat membaca pesan yang dikirim orang ke bot sebelum bot melihatnya dan dapat mengirim pesan atas nama bot.
    <b>Cabut token sekarang:</b> di Telegram buka @BotFather, kirim /mybots, pilih bot ini, lalu API Token → Revoke current token. Masukkan token baru ke TELEGRAM_BOT_TOKEN (atau ke berkas yang disebut TELEGRAM_BOT_TOKEN_FILE) lalu mulai ulang bot.
    Jika Anda sendiri menjalankan salinan kedua bot ini, hentikan salinan itu.
    Pesan ini diulang setiap { $minutes } menit selama masih terjadi.
operations-token-webhook =
    🚨 <b>Program lain sedang memakai token bot ini.</b>
    Seseorang memasang webhook untuk bot ini, sehingga pesannya dikirim ke tempat lain. Siapa pun yang memegang token dapat membaca pesan yang dikirim orang ke bot (termasuk SOS) dan dapat mengirim pesan atas nama bot. Bot sudah menghapus webhook itu untuk mengambil kembali pesannya, tetapi hanya token baru yang menghentikan program lain itu.
    <b>Cabut token sekarang:</b> di Telegram buka @BotFather, kirim /mybots, pilih bot ini, lalu API Token → Revoke current token. Masukkan token baru ke TELEGRAM_BOT_TOKEN (atau ke berkas yang disebut TELEGRAM_BOT_TOKEN_FILE) lalu mulai ulang bot.
    Peringatan ini diulang setiap { $minutes } menit selama masih terjadi.
operations-token-webhook--disguised =
    🚨 <b>Program lain sedang memakai token bot ini.</b>
    Seseorang memasang webhook untuk bot ini, sehingga pesannya dikirim ke tempat lain. Siapa pun yang memegang token dapat membaca pesan yang dikirim orang ke bot dan dapat mengirim pesan atas nama bot. Bot sudah menghapus webhook itu untuk mengambil kembali pesannya, tetapi hanya token baru yang menghentikan program lain itu.
    <b>Cabut token sekarang:</b> di Telegram buka @BotFather, kirim /mybots, pilih bot ini, lalu API Token → Revoke current token. Masukkan token baru ke TELEGRAM_BOT_TOKEN (atau ke berkas yang disebut TELEGRAM_BOT_TOKEN_FILE) lalu mulai ulang bot.
    Pesan ini diulang setiap { $minutes } menit selama masih terjadi.
operations-token-webhook-changed =
    🚨 <b>Program lain sedang memakai token bot ini.</b>
    Seseorang mengubah atau menghapus webhook bot ini, sehingga Telegram berhenti mengirim pesan ke bot atau mengirimnya ke tempat lain. Siapa pun yang memegang token dapat membaca pesan yang dikirim orang ke bot dan dapat mengirim pesan atas nama bot. Bot sudah memasang kembali webhook-nya, tetapi hanya token baru yang menghentikan program lain itu.
    <b>Cabut token sekarang:</b> di Telegram buka @BotFather, kirim /mybots, pilih bot ini, lalu API Token → Revoke current token. Masukkan token baru ke TELEGRAM_BOT_TOKEN (atau ke berkas yang disebut TELEGRAM_BOT_TOKEN_FILE) lalu mulai ulang bot.
    Pesan ini diulang setiap { $minutes } menit selama masih terjadi.
operations-token-quiet = ✅ Sudah beberapa saat tidak ada program lain yang memakai token bot ini. Jika Anda belum mencabut token, lakukan sekarang: orang yang memakainya mungkin masih memilikinya.
