greeting = Merhaba, { $name }.
greeting--disguised = Merhaba.
alert-title-sos = 🆘 <b>SOS: { $who } şimdi yardıma ihtiyaç duyuyor.</b>
help =
    Yapabilecekleriniz:
    /sos – kişilerinizi uyarın
    /help – bu liste
contacts =
    { $count ->
       *[other] { $count } kişi
    }
command-sos = Güvendiğiniz kişileri şimdi uyarın, Güvendiğiniz kişileri şimdi uyarın, Güvendiğiniz kişileri şimdi uyarın, Güvendiğiniz kişileri şimdi uyarın, Güvendiğiniz kişileri şimdi uyarın, Güvendiğiniz kişileri şimdi uyarın, Güvendiğiniz kişileri şimdi uyarın, Güvendiğiniz kişileri şimdi uyarın, 
