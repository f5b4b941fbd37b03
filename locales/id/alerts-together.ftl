# Indonesian UI strings: contacts acting together on an alert (issue 11).
# machine-drafted: true — see bot.ftl.

## Under the alert, and to the others on it

alert-button-note = ✍️ Tambah catatan
alert-to-contact-note = ✍️ <b>{ $author }</b>, pada peringatan tentang { $who }: “{ $note }”
alert-to-contact-note--disguised = ✍️ <b>{ $author }</b>, tentang { $who }: “{ $note }”
alert-reply-hint = Balas pesan ini untuk menulis kepada semua orang dalam peringatan ini.
alert-reply-hint--disguised = Balas pesan ini untuk menulis kepada semua orang di sini.
alert-to-closed-by-contact = ✅ { $helper } menutup peringatan tentang { $who }: { $reason }
alert-to-closed-by-contact--disguised = ✅ { $helper } mengatakan semua baik-baik saja dengan { $who }: { $reason }
alert-to-passed-on = 📎 { $who } mengirim ini selama peringatan.
alert-to-passed-on--disguised = 📎 Dari { $who }.

## To the defender

alert-you-contact-note = ✍️ { $names } menulis: “{ $note }”
alert-you-closed-by-contact = ✅ { $names } menutup peringatan Anda: { $reason }
alert-you-closed-by-contact--disguised = ✅ { $names } menutupnya: { $reason }
sos-passed-on = 📨 Diteruskan kepada: { $names }.
sos-passed-on-nobody = ⚠️ Disimpan bersama peringatan Anda, tetapi saat ini tidak ada orang dalam peringatan yang bisa dihubungi. Jika bisa, telepon atau kirim pesan langsung kepada orang yang Anda percaya.
sos-passed-on-nobody--disguised = ⚠️ Saat ini tidak ada yang bisa dihubungi.

## A contact writing a note or closing the alert

contact-note-ask = ✍️ Tulis catatan Anda untuk semua orang dalam peringatan tentang { $who } ({ $ref }). Kirim /cancel untuk berhenti.
contact-note-ask--disguised = ✍️ Tulis catatan Anda tentang { $who } ({ $ref }). Kirim /cancel untuk berhenti.
contact-note-sent = ✍️ Catatan Anda terkirim kepada: { $names }.
contact-note-kept = ✍️ Catatan Anda disimpan bersama peringatan; belum ada orang lain di dalamnya yang bisa dihubungi.
contact-note-kept--disguised = ✍️ Catatan Anda disimpan; belum ada orang lain yang bisa dihubungi.
contact-button-close = ✅ Tutup: apa yang terjadi
contact-close-ask = ✅ Apa yang terjadi? Tulis dalam beberapa kata, misalnya: dia bersama pengacaranya. Semua orang dalam peringatan tentang { $who } ({ $ref }) akan diberi tahu. Kirim /cancel untuk berhenti.
contact-close-ask--disguised = ✅ Apa yang terjadi? Beberapa kata saja. Semua yang terlibat akan diberi tahu ({ $ref }). Kirim /cancel untuk berhenti.
contact-closed = ✅ Ditutup ({ $ref }). Semua orang di dalamnya sudah diberi tahu: { $reason }
contact-closed--disguised = ✅ Ditutup ({ $ref }). Semua orang sudah diberi tahu: { $reason }
contact-close-not-yours = Hanya orang yang menangani peringatan ini yang bisa menutupnya. Tulis catatan saja, agar semua orang tahu apa yang Anda ketahui.
contact-close-not-yours--disguised = Hanya orang yang menanganinya yang bisa menutupnya.

## /alerts and /resolve for a contact

contact-alerts-none = ✅ Anda tidak berada dalam peringatan terbuka mana pun.
contact-alerts-none--disguised = ✅ Tidak ada yang terbuka untuk Anda.
contact-alerts-header = <b>Peringatan terbuka yang Anda ikuti: { $count }</b>
contact-alerts-header--disguised = <b>Terbuka untuk Anda: { $count }</b>
contact-alerts-line =
    <b>{ $ref }</b> · { $who } · dimulai { $when }
    Ditangani: { $helper }
contact-alerts-line--disguised =
    <b>{ $ref }</b> · { $who } · sejak { $when }
    Diurus: { $helper }
contact-alerts-nobody-yet = belum ada
contact-alerts-newest-note = ✍️ { $author }: “{ $note }”
contact-alerts-button-note = ✍️ { $ref }: tambah catatan
contact-alerts-button-close = ✅ { $ref }: tutup
contact-resolve-usage = Kirim /resolve diikuti kode peringatan dan apa yang terjadi, misalnya: /resolve Q7XK2M dia bersama pengacaranya. Hanya orang yang menangani peringatan yang bisa menutupnya.
contact-resolve-usage--disguised = Kirim /resolve diikuti kode dan apa yang terjadi, misalnya: /resolve Q7XK2M dia sudah baik-baik saja. Hanya orang yang mengurusnya yang bisa menutupnya.
contact-resolve-unknown = Anda tidak berada dalam peringatan terbuka dengan kode { $ref }. Kirim /alerts untuk melihat peringatan Anda.
contact-resolve-unknown--disguised = Tidak ada yang terbuka untuk Anda dengan kode { $ref }.

## Typed panic: a message that is only one of these words raises an SOS (see the English file).

sos-typed-words = tolong, tolong saya, tolong aku

## In the alert itself, for someone told of it after contacts wrote notes

alert-notes-so-far = ✍️ <b>Catatan dari orang-orang dalam peringatan</b>
alert-notes-so-far--disguised = ✍️ <b>Catatan sejauh ini</b>
alert-note-line = • { $author } ({ $time }): “{ $note }”
