greeting = Olá, { $name }.
greeting--disguised = Olá.
alert-title-sos = 🆘 <b>SOS: { $who } precisa de ajuda agora.</b>
help =
    O que você pode fazer:
    /sos – alertar seus contatos
    /help – esta lista
contact =
    { $count ->
        [one] um contato
       *[other] { $count } contatos
    }
contacts =
    { $count ->
        [one] um contato
       *[other] { $count } contatos
    }
command-sos = Alertar agora seus contatos de confiança
