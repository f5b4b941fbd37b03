greeting = Ciao, { $name }.
greeting--disguised = Ciao.
alert-title-sos = 🆘 <b>SOS: { $who } ha bisogno di aiuto ora.</b>
help =
    Cosa puoi fare:
    /sos – avvisare i tuoi contatti
    /help – questo elenco
command-sos = Avvisa ora i tuoi contatti di fiducia
