# Indonesian UI strings.
# machine-drafted: true — see bot.ftl.

## Inviting (the defender)
invite-ask-label =
    Siapa yang ingin Anda undang sebagai kontak tepercaya? Ketik nama yang Anda pakai untuk memanggilnya (maksimal 64 karakter). Hanya Anda yang akan melihatnya.

    Kirim /cancel untuk berhenti.
invite-ask-label--disguised =
    Siapa yang ingin Anda undang? Ketik nama yang Anda pakai untuk memanggilnya (maksimal 64 karakter). Hanya Anda yang akan melihatnya.

    Kirim /cancel untuk berhenti.
invite-label-invalid = Silakan ketik nama sepanjang 1 sampai 64 karakter, atau kirim /cancel untuk berhenti.
invite-ask-tier =
    Kapan <b>{ $label }</b> harus diberi peringatan?

    Tingkat 1: diberi peringatan lebih dulu.
    Tingkat 2: diberi peringatan jika tidak ada yang menanggapi di tingkat 1.
invite-ask-tier--disguised =
    Kapan <b>{ $label }</b> harus mendapat kabar dari bot?

    Tingkat 1: lebih dulu.
    Tingkat 2: jika tidak ada yang membalas di tingkat 1.
invite-tier-1 = Tingkat 1 – diberi peringatan lebih dulu
invite-tier-1--disguised = Tingkat 1 – lebih dulu
invite-tier-2 = Tingkat 2 – jika tingkat 1 tidak menanggapi
invite-tier-2--disguised = Tingkat 2 – kedua
invite-ask-name =
    Nama apa yang akan dilihat <b>{ $label }</b> untuk Anda? Pakai nama Telegram Anda, atau ketik nama yang ia kenal (maksimal 64 karakter).
invite-use-own-name = Pakai “{ $name }”
invite-choose-tier = Silakan pilih tingkat dengan tombol, atau kirim /cancel untuk berhenti.
invite-link =
    Ini undangan untuk <b>{ $label }</b>. Kirimkan tautan ini kepadanya, sebaiknya lewat aplikasi pesan yang aman:

    { $link }

    Tautan ini hanya berlaku satu kali, selama { $hours } jam. Saat membukanya, ia akan melihat nama <b>{ $name }</b>, lalu dapat menerima atau menolak; Anda akan diberi tahu jawabannya. Anda dapat membatalkannya di /contacts.
invite-full = { $limit ->
   *[other] Jumlah kontak tepercaya dan undangan terbuka Anda sudah mencapai batas ({ $limit }).
} Hapus kontak atau batalkan undangan di /contacts terlebih dahulu.
invite-full--disguised =
    { $limit ->
        [one] Anda sudah punya seseorang di daftar atau undangan yang masih terbuka, jumlah paling banyak.
       *[other] Anda sudah punya { $limit } orang di daftar dan undangan terbuka, jumlah paling banyak.
    } Hapus seseorang atau batalkan undangan di /contacts dulu.

## Opening the link (the invited person)
invite-offer =
    <b>{ $name }</b> meminta Anda menjadi salah satu kontak tepercayanya.

    Bot ini membantu pembela hak asasi manusia tetap aman. Sebagai kontak tepercaya, Anda akan:
    • menerima peringatan SOS darinya, dan peringatan jika ia melewatkan check-in;
    • mungkin menerima lokasinya dan kartu daruratnya (data identitas, pengacara, kebutuhan medis);
    • diminta bertindak, misalnya mencoba menghubunginya atau menelepon pengacaranya.

    Bot ini tidak pernah menghubungi polisi atau pihak berwenang lain. Anda dapat mundur kapan saja di /contacts.

    Apa pun jawaban Anda, { $name } akan diberi tahu, beserta nama Telegram Anda.
invite-offer--disguised =
    <b>{ $name }</b> meminta Anda masuk ke daftar orangnya.

    Jika mereka membutuhkan Anda, bot ini akan menulis kepada Anda, mungkin dengan tempat mereka berada dan data pribadi mereka (identitas, penasihat, kebutuhan kesehatan), dan meminta Anda bertindak, misalnya mencoba menghubungi mereka atau menelepon seseorang untuk mereka. Bot tidak pernah menghubungi pihak berwenang mana pun. Anda bisa keluar dari daftar kapan saja di /contacts.

    Apa pun jawaban Anda, { $name } akan diberi tahu, beserta nama Telegram Anda.
invite-accept = ✅ Terima
invite-decline = Tolak
invite-accepted = Anda sekarang menjadi kontak tepercaya untuk <b>{ $name }</b>. Terima kasih. /contacts menampilkan orang-orang yang Anda lindungi, dan di sana Anda dapat mundur.
invite-accepted--disguised = Anda sekarang ada di daftar milik <b>{ $name }</b>. Terima kasih. Lihat /contacts.
invite-declined = Anda menolak. <b>{ $name }</b> sudah diberi tahu; tautan ini tidak berlaku lagi.
invite-malformed = Ini bukan tautan undangan yang sah. Pastikan Anda membuka tautan secara utuh, atau minta tautan baru kepada orang yang mengirimnya.
invite-unknown = Tautan undangan ini tidak dikenal. Minta tautan baru kepada orang yang mengirimnya.
invite-expired = Tautan undangan ini sudah kedaluwarsa: tautan hanya berlaku selama { $hours } jam. Minta tautan baru kepada orang yang mengirimnya.
invite-used = Tautan undangan ini sudah dipakai: setiap tautan hanya berlaku satu kali. Minta tautan baru kepada orang yang mengirimnya.
invite-already-accepted = Anda sudah menerima undangan ini: Anda adalah kontak tepercaya untuk <b>{ $name }</b>. Lihat /contacts.
invite-already-accepted--disguised = Anda sudah menerima undangan ini: Anda ada di daftar milik <b>{ $name }</b>. Lihat /contacts.
invite-revoked = Undangan ini dibatalkan oleh orang yang mengirimnya, jadi tidak berlaku lagi.
invite-was-declined = Undangan ini sudah ditolak, jadi tidak berlaku lagi. Minta tautan baru kepada orang yang mengirimnya.
invite-own = Ini tautan undangan Anda sendiri: Anda tidak bisa menjadi kontak tepercaya bagi diri sendiri. Kirim tautan ini kepada orang yang ingin Anda undang; tautannya masih berlaku.
invite-own--disguised = Ini tautan undangan Anda sendiri: Anda tidak bisa ada di daftar Anda sendiri. Kirim tautan ini ke orang yang ingin Anda undang; tautannya masih berlaku.
invite-already-contact = Anda sudah menjadi kontak tepercaya untuk <b>{ $name }</b>. Tidak ada yang diubah.
invite-already-contact--disguised = Anda sudah ada di daftar milik <b>{ $name }</b>. Tidak ada yang diubah.

## Told to the defender
invite-defender-accepted =
    <b>{ $label }</b> menerima undangan Anda (nama Telegram-nya: { $contact }). Ia sekarang kontak tepercaya Anda, tingkat { $tier }, dan akan diberi peringatan jika Anda membutuhkan bantuan.

    Jika ini bukan orang yang ingin Anda undang, hapus dia di /contacts.
invite-defender-accepted--disguised =
    <b>{ $label }</b> menerima undangan Anda (nama Telegram-nya: { $contact }).

    Jika ini bukan orang yang ingin Anda undang, hapus dia di /contacts.
invite-defender-declined = <b>{ $label }</b> menolak undangan Anda (nama Telegram-nya: { $contact }). Tautan ini tidak berlaku lagi.

## /contacts
contacts-title = <b>Kontak tepercaya Anda</b>
contacts-title--disguised = <b>Orang-orang Anda</b>
contacts-none = Anda belum memiliki kontak tepercaya. Undang seseorang yang Anda percaya: ia akan diberi peringatan jika Anda membutuhkan bantuan.
contacts-none--disguised = Belum ada siapa pun di sini. Undang seseorang yang Anda percaya.
contacts-entry = • <b>{ $label }</b> – tingkat { $tier } – { $status }
contacts-status-active = aktif
contacts-status-unreachable = tidak dapat dihubungi
contacts-tiers-note = Tingkat 1 diberi peringatan lebih dulu; tingkat 2 jika tidak ada yang menanggapi di tingkat 1.
contacts-tiers-note--disguised = Tingkat 1 mendapat kabar lebih dulu; tingkat 2 jika tidak ada yang membalas di tingkat 1.
contacts-invites-title = <b>Undangan yang menunggu jawaban</b>
contacts-invite-entry = • <b>{ $label }</b> – tingkat { $tier } – menunggu sampai { $until }
contacts-protected-title = <b>Anda adalah kontak tepercaya untuk</b>
contacts-protected-title--disguised = <b>Anda ada di daftar milik</b>
contacts-protected-entry = • <b>{ $name }</b>
contacts-button-tier = { $label }: ke tingkat { $tier }
contacts-button-remove = Hapus { $label }
contacts-button-revoke = Batalkan undangan: { $label }
contacts-button-invite = ➕ Undang kontak
contacts-button-step-down = Mundur: { $name }
contacts-button-keep = Tidak, biarkan
contacts-remove-confirm = Hapus <b>{ $label }</b> dari kontak tepercaya Anda? Ia hanya akan diberi tahu bahwa ia bukan lagi kontak tepercaya Anda.
contacts-remove-confirm--disguised = Hapus <b>{ $label }</b> dari daftar Anda? Mereka hanya akan diberi tahu bahwa mereka tidak lagi ada di daftar itu.
contacts-remove-yes = Ya, hapus
contacts-removed = <b>{ $label }</b> bukan lagi kontak tepercaya Anda.
contacts-removed--disguised = <b>{ $label }</b> tidak lagi ada di daftar Anda.
contacts-removed-notice = Anda bukan lagi kontak tepercaya untuk <b>{ $name }</b>.
contacts-removed-notice--disguised = Anda tidak lagi ada di daftar milik <b>{ $name }</b>.
contacts-tier-changed = <b>{ $label }</b> sekarang di tingkat { $tier }.
contacts-revoked = Undangan untuk <b>{ $label }</b> telah dibatalkan: tautannya tidak berlaku lagi.
contacts-step-down-confirm = Berhenti menjadi kontak tepercaya untuk <b>{ $name }</b>? Ia akan diberi tahu.
contacts-step-down-confirm--disguised = Keluar dari daftar milik <b>{ $name }</b>? Mereka akan diberi tahu.
contacts-step-down-yes = Ya, mundur
contacts-stepped-down = Anda bukan lagi kontak tepercaya untuk <b>{ $name }</b>. Ia sudah diberi tahu.
contacts-stepped-down--disguised = Anda tidak lagi ada di daftar milik <b>{ $name }</b>. Mereka sudah diberi tahu.
contacts-stepped-down-notice = <b>{ $label }</b> bukan lagi kontak tepercaya Anda: ia mengundurkan diri. Anda dapat mengundang orang lain di /contacts.
contacts-stepped-down-notice--disguised = <b>{ $label }</b> keluar dari daftar Anda. Anda bisa mengundang orang lain di /contacts.
contacts-nothing-changed = Tidak ada yang diubah.
contacts-gone = Kontak atau undangan itu sudah tidak ada. Tidak ada yang diubah.
