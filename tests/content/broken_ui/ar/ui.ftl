greeting = مرحبا، { $name }.
greeting--disguised = مرحبا.
alert-title-sos = 🆘 <b>SOS: { $who } بحاجة إلى المساعدة الآن.</b>
help =
    ما يمكنك فعله:
    /sos – تنبيه جهات اتصالك
    /help – هذه القائمة
contacts =
    { $count ->
        [one] جهة اتصال واحدة
       *[other] { $count } جهات اتصال
    }
command-sos = نبّه جهات اتصالك الموثوقة الآن
