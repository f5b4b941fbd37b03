# Arabic UI strings: contacts acting together on an alert (issue 11).
# machine-drafted: true — see bot.ftl.

## Under the alert, and to the others on it

alert-button-note = ✍️ أضف ملاحظة
alert-to-contact-note = ✍️ كتب <b>{ $author }</b> بشأن التنبيه عن { $who }: «{ $note }»
alert-to-contact-note--disguised = ✍️ كتب <b>{ $author }</b> عن { $who }: «{ $note }»
alert-reply-hint = ردّ على هذه الرسالة لتكتب إلى كل من يتابع التنبيه.
alert-reply-hint--disguised = ردّ على هذه الرسالة لتكتب إلى كل من هنا.
alert-to-closed-by-contact = ✅ أغلق { $helper } التنبيه عن { $who }: { $reason }
alert-to-closed-by-contact--disguised = ✅ يقول { $helper } إن كل شيء بخير مع { $who }: { $reason }
alert-to-passed-on = 📎 أرسل { $who } هذا أثناء التنبيه.
alert-to-passed-on--disguised = 📎 من { $who }.

## To the defender

alert-you-contact-note = ✍️ كتب { $names }: «{ $note }»
alert-you-closed-by-contact = ✅ أغلق { $names } تنبيهك: { $reason }
alert-you-closed-by-contact--disguised = ✅ أغلقه { $names }: { $reason }
sos-passed-on = 📨 أُرسل إلى: { $names }.
sos-passed-on-nobody = ⚠️ حُفظ مع تنبيهك، لكن لا يمكن الوصول الآن إلى أي شخص ممن يتابعونه. إن أمكنك، اتصل مباشرة بشخص تثق به أو راسله.
sos-passed-on-nobody--disguised = ⚠️ تعذّر الوصول إلى أي شخص الآن.

## A contact writing a note or closing the alert

contact-note-ask = ✍️ اكتب ملاحظتك لكل من يتابع التنبيه عن { $who } ({ $ref }). أرسل /cancel للتوقف.
contact-note-ask--disguised = ✍️ اكتب ملاحظتك عن { $who } ({ $ref }). أرسل /cancel للتوقف.
contact-note-sent = ✍️ وصلت ملاحظتك إلى: { $names }.
contact-note-kept = ✍️ حُفظت ملاحظتك مع التنبيه؛ لا يمكن الوصول بعد إلى أي شخص آخر يتابعه.
contact-note-kept--disguised = ✍️ حُفظت ملاحظتك؛ لا يمكن الوصول بعد إلى أي شخص آخر.
contact-button-close = ✅ أغلقه: ماذا حدث
contact-close-ask = ✅ ماذا حدث؟ اكتبه في كلمات قليلة، مثلًا: هي مع محاميها. سيُبلَّغ كل من يتابع التنبيه عن { $who } ({ $ref }). أرسل /cancel للتوقف.
contact-close-ask--disguised = ✅ ماذا حدث؟ بكلمات قليلة من فضلك. سيُبلَّغ كل المعنيين ({ $ref }). أرسل /cancel للتوقف.
contact-closed = ✅ أُغلق ({ $ref }). أُبلغ كل من يتابعه: { $reason }
contact-closed--disguised = ✅ أُغلق ({ $ref }). أُبلغ الجميع: { $reason }
contact-close-not-yours = لا يغلق هذا التنبيه إلا من تولاه. اكتب ملاحظة بدلًا من ذلك ليعرف الجميع ما تعرفه.
contact-close-not-yours--disguised = لا يغلقه إلا من تولاه.

## /alerts and /resolve for a contact

contact-alerts-none = ✅ لست ضمن أي تنبيه مفتوح.
contact-alerts-none--disguised = ✅ لا شيء مفتوح لك.
contact-alerts-header = <b>التنبيهات المفتوحة التي تتابعها: { $count }</b>
contact-alerts-header--disguised = <b>المفتوح لك: { $count }</b>
contact-alerts-line =
    التنبيه <b>{ $ref }</b> · { $who } · منذ { $when }
    يتولاه: { $helper }
contact-alerts-line--disguised =
    الرسالة <b>{ $ref }</b> · { $who } · منذ { $when }
    يهتم بها: { $helper }
contact-alerts-nobody-yet = لا أحد بعد
contact-alerts-newest-note = ✍️ كتب { $author }: «{ $note }»
contact-alerts-button-note = ✍️ ملاحظة على { $ref }
contact-alerts-button-close = ✅ إغلاق { $ref }
contact-resolve-usage = أرسل /resolve متبوعًا بمرجع التنبيه وما حدث، مثلًا: /resolve Q7XK2M هي مع محاميها. لا يغلق التنبيه إلا من تولاه.
contact-resolve-usage--disguised = أرسل /resolve متبوعًا بالمرجع وما حدث، مثلًا: /resolve Q7XK2M هي بخير الآن. لا يغلقه إلا من يهتم بالأمر.
contact-resolve-unknown = لست ضمن أي تنبيه مفتوح بالمرجع { $ref }. أرسل /alerts لرؤية تنبيهاتك.
contact-resolve-unknown--disguised = لا شيء مفتوح لك بالمرجع { $ref }.

## Typed panic: a message that is only one of these words raises an SOS (see the English file).

sos-typed-words = مساعدة, النجدة, ساعدوني, أنقذوني, استغاثة

## In the alert itself, for someone told of it after contacts wrote notes

alert-notes-so-far = ✍️ <b>ملاحظات من يتابعون التنبيه</b>
alert-notes-so-far--disguised = ✍️ <b>الملاحظات حتى الآن</b>
alert-note-line = • كتب { $author } ({ $time }): «{ $note }»
