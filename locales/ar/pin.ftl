# Arabic UI strings.
# machine-drafted: true — see bot.ftl.

## The safety PIN asked before a stand-down (closing or cancelling an alert, pausing or switching
## off check-ins, removing or demoting a contact, changing the PIN or the duress word).
pin-gate-ask = 🔐 أرسل رمز الأمان للتأكيد. سيُحذف من هذه المحادثة فورًا. أو /cancel.
pin-gate-ask--disguised = أرسل رمزك السري للتأكيد، أو /cancel.
pin-gate-wrong = هذا ليس رمز الأمان الخاص بك. لم يتغير شيء. أرسل رمزك مرة أخرى، أو /cancel.
pin-gate-wrong--disguised = هذا ليس رمزك السري. لم يتغير شيء. أرسله مرة أخرى، أو /cancel.
pin-gate-locked = أُدخل رمز خاطئ مرات كثيرة جدًا. لم يتغير شيء. حاول مرة أخرى بعد { $time }.
pin-gate-locked--disguised = محاولات كثيرة جدًا. حاول مرة أخرى بعد { $time }.

## Setting the PIN or the duress word: typed twice, common PINs refused.
safety-word-again = أرسل القيمة نفسها مرة أخرى للتأكد. ستُحذف من هذه المحادثة فورًا.
safety-word-mismatch = لم تتطابق القيمتان، لذلك لم يُحفظ شيء. أرسل القيمة الجديدة مرة أخرى، أو /cancel.
safety-word-open-again = أُغلقت تلك الشاشة. افتح /settings مرة أخرى لإجراء أي تغيير.
safety-pin-too-short = يجب أن يتكون الرمز من 4 أحرف على الأقل، دون احتساب المسافات. أرسل رمزًا آخر، أو /cancel.
safety-pin-too-short--disguised = يحتاج الرمز السري إلى 4 أحرف على الأقل، من دون احتساب المسافات. أرسل غيره، أو /cancel.
safety-pin-too-long = يمكن أن يتكون الرمز من 64 حرفًا على الأكثر. أرسل رمزًا آخر، أو /cancel.
safety-pin-too-long--disguised = لا يمكن أن يتجاوز الرمز السري 64 حرفًا. أرسل غيره، أو /cancel.
safety-pin-too-common = هذا الرمز من أول ما قد يخمّنه أي شخص (مثل 1234 أو 0000). اختر رمزًا آخر، أو /cancel.
safety-pin-too-common--disguised = هذا الرمز من أول ما قد يخمّنه أي شخص (مثل 1234 أو 0000). اختر غيره، أو /cancel.

## To contacts: several wrong PINs typed on the defender's phone. Their screen shows only "wrong PIN".
alert-to-pin-attempts = ⚠️ أُدخل رمز أمان خاطئ عدة مرات في حساب { $who }: ربما يتعرض لضغط. لا يظهر على شاشته إلا «رمز خاطئ». لا تتصل به ولا تراسله علنًا؛ اطمئن عليه عبر أشخاص تثق بهم.
alert-to-pin-attempts--disguised = ⚠️ أُدخل رمز سري خاطئ عدة مرات على هاتف { $who }. يُرجى الاطمئنان عليه بهدوء، عبر أشخاص تثق بهم.
alert-to-false-alarm-unverified = ↩️ ألغى { $who } التنبيه على أنه إنذار كاذب. لم يُتحقق من ذلك: لم يُعيَّن رمز أمان. إذا بدا لك أي شيء غير طبيعي، فاطمئن عليه عبر أشخاص تثق بهم.
alert-to-false-alarm-unverified--disguised = ↩️ أفاد { $who } بأن ذلك أُرسل عن طريق الخطأ (غير مؤكد).
