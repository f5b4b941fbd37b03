greeting = Hallo, { $name }.
alert-title-sos = 🆘 <b>SOS: { $who } heeft nu hulp nodig.</b>
help =
    Wat je kunt doen:
    /sos – je contactpersonen waarschuwen
    /help – deze lijst
contacts =
    { $count ->
        [one] één contactpersoon
       *[other] { $count } contactpersonen
    }
command-sos = Waarschuw nu je vertrouwde contactpersonen
