# Bengali UI strings.
# machine-drafted: true — see bot.ftl.

## The safety PIN asked before a stand-down (closing or cancelling an alert, pausing or switching
## off check-ins, removing or demoting a contact, changing the PIN or the duress word).
pin-gate-ask = 🔐 নিশ্চিত করতে আপনার নিরাপত্তা PIN পাঠান। এটি সঙ্গে সঙ্গে এই চ্যাট থেকে মুছে ফেলা হয়। অথবা /cancel।
pin-gate-ask--disguised = নিশ্চিত করতে আপনার কোড পাঠান, অথবা /cancel।
pin-gate-wrong = এটি আপনার নিরাপত্তা PIN নয়। কিছুই বদলানো হয়নি। আবার আপনার PIN পাঠান, অথবা /cancel।
pin-gate-wrong--disguised = এটি আপনার কোড নয়। কিছুই বদলানো হয়নি। আবার পাঠান, অথবা /cancel।
pin-gate-locked = অনেকবার ভুল PIN দেওয়া হয়েছে। কিছুই বদলানো হয়নি। { $time }-এর পরে আবার চেষ্টা করুন।
pin-gate-locked--disguised = অনেকবার চেষ্টা করা হয়েছে। { $time }-এর পরে আবার চেষ্টা করুন।

## Setting the PIN or the duress word: typed twice, common PINs refused.
safety-word-again = নিশ্চিত হতে আরেকবার পাঠান। এটি সঙ্গে সঙ্গে এই চ্যাট থেকে মুছে ফেলা হয়।
safety-word-mismatch = দুটি মেলেনি, তাই কিছুই সংরক্ষণ করা হয়নি। নতুনটি আবার পাঠান, অথবা /cancel।
safety-word-open-again = ওই স্ক্রিনটি বন্ধ হয়ে গেছে। কিছু বদলাতে আবার /settings খুলুন।
safety-pin-too-short = PIN-এ অন্তত 4টি অক্ষর থাকতে হবে, ফাঁকা জায়গা বাদ দিয়ে। অন্য একটি পাঠান, অথবা /cancel।
safety-pin-too-short--disguised = একটি কোডে ফাঁকা জায়গা বাদে অন্তত 4টি অক্ষর লাগে। অন্য একটি পাঠান, অথবা /cancel।
safety-pin-too-long = PIN-এ সর্বোচ্চ 64টি অক্ষর থাকতে পারে। অন্য একটি পাঠান, অথবা /cancel।
safety-pin-too-long--disguised = একটি কোডে সর্বোচ্চ 64টি অক্ষর থাকতে পারে। অন্য একটি পাঠান, অথবা /cancel।
safety-pin-too-common = এই PIN যে কেউ প্রথমেই আন্দাজ করবে (যেমন 1234 বা 0000)। অন্য একটি বেছে নিন, অথবা /cancel।
safety-pin-too-common--disguised = এই কোডটি যে কেউ প্রথমেই আন্দাজ করবে (যেমন 1234 বা 0000)। অন্য একটি বেছে নিন, অথবা /cancel।

## To contacts: several wrong PINs typed on the defender's phone. Their screen shows only "wrong PIN".
alert-to-pin-attempts = ⚠️ { $who }-এর অ্যাকাউন্টে কয়েকবার ভুল নিরাপত্তা PIN দেওয়া হয়েছে: হয়তো তাঁর ওপর চাপ দেওয়া হচ্ছে। তাঁর স্ক্রিনে শুধু “ভুল PIN” দেখায়। তাঁকে খোলাখুলি ফোন বা বার্তা দেবেন না; বিশ্বাস করেন এমন মানুষের মাধ্যমে তাঁর খোঁজ নিন।
alert-to-pin-attempts--disguised = ⚠️ { $who }-এর ফোনে কয়েকবার ভুল কোড লেখা হয়েছে। অনুগ্রহ করে বিশ্বাস করেন এমন মানুষের মাধ্যমে চুপিচুপি তাঁর খোঁজ নিন।
alert-to-false-alarm-unverified = ↩️ { $who } ভুল সতর্কবার্তা বলে সতর্কবার্তাটি বাতিল করেছেন। এটি যাচাই করা নয়: তিনি কোনো নিরাপত্তা PIN ঠিক করেননি। কিছু ভুল মনে হলে, বিশ্বাস করেন এমন মানুষের মাধ্যমে তাঁর খোঁজ নিন।
alert-to-false-alarm-unverified--disguised = ↩️ { $who } বলছেন ওটা ভুল করে পাঠানো হয়েছিল (নিশ্চিত নয়)।
