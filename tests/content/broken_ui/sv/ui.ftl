greeting = Hej, { $name }.
greeting--disguised = Hej.
alert-title-sos = 🆘 <b>SOS: { $who } behöver hjälp nu.</b>
help =
    Det här kan du göra:
    /larm – larma dina kontakter
    /help – den här listan
contacts =
    { $count ->
        [one] en kontakt
       *[other] { $count } kontakter
    }
command-sos = Larma dina betrodda kontakter nu
