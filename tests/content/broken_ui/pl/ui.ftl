greeting = Cześć, { $name } { $name } { $name } { $name } { $name } { $name } { $name } { $name } { $name } { $name } { $name } { $name } { $name } { $name } { $name } { $name } { $name } { $name } { $name } { $name } { $name } { $name } { $name } { $name } { $name } { $name } { $name } { $name } { $name } { $name } { $name } { $name } { $name } { $name } { $name } { $name } { $name } { $name } { $name } { $name }.
greeting--disguised = Cześć.
alert-title-sos = 🆘 <b>SOS: { $who } potrzebuje teraz pomocy.</b>
help =
    Co możesz zrobić:
    /sos – zaalarmuj swoje kontakty
    /help – ta lista
contacts =
    { $count ->
        [one] jeden kontakt
        [few] { $count } kontakty
        [many] { $count } kontaktów
       *[other] { $count } kontaktu
    }
command-sos = Zaalarmuj teraz swoje zaufane kontakty
