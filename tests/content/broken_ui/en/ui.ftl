# English, the source.
greeting = Hello, { $name }.
greeting--disguised = Hello.
alert-title-sos = 🆘 <b>SOS: { $who } needs help now.</b>
help =
    What you can do:
    /sos – alert your contacts
    /help – this list
contacts =
    { $count ->
        [one] one contact
       *[other] { $count } contacts
    }
command-sos = Alert your trusted contacts now
