greeting = Bonjour, { $name }.
greeting--disguised = Bonjour.
alert-title-sos = 🆘 <b>SOS : <i>{ $who } a besoin d'aide maintenant.</b>
help =
    Ce que vous pouvez faire :
    /sos – alerter vos contacts
    /help – cette liste
contacts =
    { $count ->
        [one] un contact
       *[other] { $count } contacts
    }
command-sos = Alerter vos contacts de confiance
