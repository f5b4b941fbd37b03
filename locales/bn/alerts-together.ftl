# Bengali UI strings: contacts acting together on an alert (issue 11).
# machine-drafted: true — see bot.ftl.

## Under the alert, and to the others on it

alert-button-note = ✍️ নোট যোগ করুন
alert-to-contact-note = ✍️ <b>{ $author }</b>, { $who }-এর সতর্কবার্তা নিয়ে: “{ $note }”
alert-to-contact-note--disguised = ✍️ <b>{ $author }</b>, { $who } সম্পর্কে: “{ $note }”
alert-reply-hint = সতর্কবার্তার সবাইকে লিখতে এই বার্তার উত্তর দিন।
alert-reply-hint--disguised = এখানকার সবাইকে লিখতে এই বার্তার উত্তর দিন।
alert-to-closed-by-contact = ✅ { $helper } { $who }-এর সতর্কবার্তা বন্ধ করেছেন: { $reason }
alert-to-closed-by-contact--disguised = ✅ { $helper } জানিয়েছেন { $who } ভালো আছেন: { $reason }
alert-to-passed-on = 📎 সতর্কবার্তা চলাকালীন { $who } এটি পাঠিয়েছেন।
alert-to-passed-on--disguised = 📎 { $who }-এর কাছ থেকে।

## To the defender

alert-you-contact-note = ✍️ { $names } লিখেছেন: “{ $note }”
alert-you-closed-by-contact = ✅ { $names } আপনার সতর্কবার্তা বন্ধ করেছেন: { $reason }
alert-you-closed-by-contact--disguised = ✅ { $names } এটি বন্ধ করেছেন: { $reason }
sos-passed-on = 📨 পাঠানো হয়েছে: { $names }।
sos-passed-on-nobody = ⚠️ আপনার সতর্কবার্তার সাথে রাখা হয়েছে, কিন্তু এই মুহূর্তে এর কারও সাথে যোগাযোগ করা যাচ্ছে না। পারলে বিশ্বস্ত কাউকে সরাসরি ফোন করুন বা বার্তা পাঠান।
sos-passed-on-nobody--disguised = ⚠️ এই মুহূর্তে কারও সাথে যোগাযোগ করা যায়নি।

## A contact writing a note or closing the alert

contact-note-ask = ✍️ { $who }-এর সতর্কবার্তার সবার জন্য আপনার নোট লিখুন ({ $ref })। থামাতে /cancel পাঠান।
contact-note-ask--disguised = ✍️ { $who } সম্পর্কে আপনার নোট লিখুন ({ $ref })। থামাতে /cancel পাঠান।
contact-note-sent = ✍️ আপনার নোট পৌঁছেছে: { $names }।
contact-note-kept = ✍️ আপনার নোট সতর্কবার্তার সাথে রাখা হয়েছে; এর অন্য কারও সাথে এখনও যোগাযোগ করা যাচ্ছে না।
contact-note-kept--disguised = ✍️ আপনার নোট রাখা হয়েছে; এখনও অন্য কারও সাথে যোগাযোগ করা যাচ্ছে না।
contact-button-close = ✅ বন্ধ করুন: কী হয়েছে
contact-close-ask = ✅ কী হয়েছে? অল্প কথায় লিখুন, যেমন: তিনি তার আইনজীবীর সাথে আছেন। { $who }-এর সতর্কবার্তার সবাইকে জানানো হবে ({ $ref })। থামাতে /cancel পাঠান।
contact-close-ask--disguised = ✅ কী হয়েছে? অল্প কথায় লিখুন। সংশ্লিষ্ট সবাইকে জানানো হবে ({ $ref })। থামাতে /cancel পাঠান।
contact-closed = ✅ বন্ধ হয়েছে ({ $ref })। সবাইকে জানানো হয়েছে: { $reason }
contact-closed--disguised = ✅ বন্ধ হয়েছে ({ $ref })। সবাইকে জানানো হয়েছে: { $reason }
contact-close-not-yours = যিনি এই সতর্কবার্তার দায়িত্ব নিয়েছেন শুধু তিনিই এটি বন্ধ করতে পারেন। বরং একটি নোট লিখুন, যাতে সবাই জানে আপনি কী জানেন।
contact-close-not-yours--disguised = যিনি দায়িত্ব নিয়েছেন শুধু তিনিই এটি বন্ধ করতে পারেন।

## /alerts and /resolve for a contact

contact-alerts-none = ✅ আপনি কোনো খোলা সতর্কবার্তায় নেই।
contact-alerts-none--disguised = ✅ আপনার জন্য কিছু খোলা নেই।
contact-alerts-header = <b>আপনি যেসব খোলা সতর্কবার্তায় আছেন: { $count }</b>
contact-alerts-header--disguised = <b>আপনার জন্য খোলা: { $count }</b>
contact-alerts-line =
    <b>{ $ref }</b> · { $who } · শুরু { $when }
    দায়িত্বে: { $helper }
contact-alerts-line--disguised =
    <b>{ $ref }</b> · { $who } · { $when } থেকে
    দেখছেন: { $helper }
contact-alerts-nobody-yet = এখনও কেউ নন
contact-alerts-newest-note = ✍️ { $author }: “{ $note }”
contact-alerts-button-note = ✍️ { $ref }: নোট যোগ করুন
contact-alerts-button-close = ✅ { $ref }: বন্ধ করুন
contact-resolve-usage = /resolve-এর পরে সতর্কবার্তার রেফারেন্স আর কী হয়েছে তা লিখে পাঠান, যেমন: /resolve Q7XK2M তিনি তার আইনজীবীর সাথে আছেন। যিনি সতর্কবার্তার দায়িত্ব নিয়েছেন শুধু তিনিই এটি বন্ধ করতে পারেন।
contact-resolve-usage--disguised = /resolve-এর পরে রেফারেন্স আর কী হয়েছে লিখে পাঠান, যেমন: /resolve Q7XK2M তিনি এখন ভালো আছেন। যিনি দেখছেন শুধু তিনিই এটি বন্ধ করতে পারেন।
contact-resolve-unknown = { $ref } রেফারেন্সের কোনো খোলা সতর্কবার্তায় আপনি নেই। আপনারগুলো দেখতে /alerts পাঠান।
contact-resolve-unknown--disguised = { $ref } রেফারেন্সের কিছু আপনার জন্য খোলা নেই।

## Typed panic: a message that is only one of these words raises an SOS (see the English file).

sos-typed-words = সাহায্য, সাহায্য করুন, বাঁচাও, বাঁচান

## In the alert itself, for someone told of it after contacts wrote notes

alert-notes-so-far = ✍️ <b>সতর্কবার্তার মানুষদের নোট</b>
alert-notes-so-far--disguised = ✍️ <b>এ পর্যন্ত নোট</b>
alert-note-line = • { $author } ({ $time }): “{ $note }”
