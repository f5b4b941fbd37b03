# Bengali UI strings.
# machine-drafted: true — see bot.ftl.

verification-code-contact = 🔐 নিরাপত্তা কোড: <b>{ $code }</b>। { $name } আপনাকে ফোন করে এটি জানতে চাইতে পারেন, যাতে নিশ্চিত হন যে আপনিই গ্রহণ করেছেন।
verification-code-contact--disguised = কোড: <b>{ $code }</b>। { $name } এটি জানতে চাইতে পারেন।
verification-code-defender = 🔐 নিরাপত্তা কোড: <b>{ $code }</b>। তাঁকে ফোন করে জিজ্ঞেস করুন তিনি কোন কোড দেখছেন। যদি এটি না হয়, অন্য কেউ আপনার লিংক খুলেছে: /contacts-এ তাকে সরিয়ে দিন।
verification-code-defender--disguised = কোড: <b>{ $code }</b>। জিজ্ঞেস করুন তিনি কোন কোড দেখছেন; আলাদা হলে /contacts-এ সরিয়ে দিন।
verification-username = তাঁর টেলিগ্রাম ইউজারনেম: @{ $username }
verification-no-username = তাঁর কোনো টেলিগ্রাম ইউজারনেম নেই, তাই কোডটি কথা বলে যাচাই করুন।
