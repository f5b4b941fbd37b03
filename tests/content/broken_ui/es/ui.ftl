greeting = Hola, { $name }.
greeting--disguised = Hola.
alert-title-sos = 🆘 <b>SOS: { $who } necesita ayuda ahora.</b>
help =
    Lo que puedes hacer:
    /sos – avisar a tus contactos
    /help – esta lista
contacts =
    { $count ->
        [one] un contacto
       *[other] { $count } contactos
    }
command-sos Avisar ahora a tus contactos de confianza
