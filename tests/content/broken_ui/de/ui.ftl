greeting = Hallo, { $name }.
greeting--disguised = Hallo.
alert-title-sos = 🆘 <b>SOS: { $wer } braucht jetzt Hilfe.</b>
help =
    Was du tun kannst:
    /sos – deine Kontakte alarmieren
    /help – diese Liste
contacts =
    { $count ->
        [one] ein Kontakt
       *[other] { $count } Kontakte
    }
command-sos = Deine Vertrauenskontakte jetzt alarmieren
