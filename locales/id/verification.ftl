# Indonesian UI strings.
# machine-drafted: true — see bot.ftl.

verification-code-contact = 🔐 Kode keamanan: <b>{ $code }</b>. { $name } mungkin menelepon dan menanyakannya, untuk memastikan bahwa memang Anda yang menerima.
verification-code-contact--disguised = Kode: <b>{ $code }</b>. { $name } mungkin menanyakannya.
verification-code-defender = 🔐 Kode keamanan: <b>{ $code }</b>. Telepon orang itu dan tanyakan kode yang ia lihat. Jika bukan kode ini, orang lain yang membuka tautan Anda: hapus dia di /contacts.
verification-code-defender--disguised = Kode: <b>{ $code }</b>. Tanyakan kode yang ia lihat; jika berbeda, hapus dia di /contacts.
verification-username = Nama pengguna Telegram-nya: @{ $username }
verification-no-username = Ia tidak punya nama pengguna Telegram, jadi periksa kodenya lewat suara.
