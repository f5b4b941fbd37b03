greeting = Halo, { $name }. { welcome }
greeting--disguised = Halo.
alert-title-sos = 🆘 <b>SOS: { $who } butuh bantuan sekarang.</b>
help =
    Yang bisa Anda lakukan:
    /sos – memberi tahu kontak Anda
    /help – daftar ini
contacts =
    { $count ->
       *[other] { $count } kontak
    }
command-sos = Beri tahu kontak tepercaya Anda sekarang
