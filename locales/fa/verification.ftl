# Farsi (Persian) UI strings.
# machine-drafted: true — see bot.ftl.

verification-code-contact = 🔐 کد امنیتی: <b>{ $code }</b>. ممکن است { $name } به شما زنگ بزند و آن را بپرسد، تا مطمئن شود که واقعاً شما پذیرفته‌اید.
verification-code-contact--disguised = کد: <b>{ $code }</b>. ممکن است { $name } آن را از شما بپرسد.
verification-code-defender = 🔐 کد امنیتی: <b>{ $code }</b>. به او زنگ بزنید و بپرسید چه کدی می‌بیند. اگر این کد نیست، کس دیگری پیوند شما را باز کرده است: او را در ‎/contacts حذف کنید.
verification-code-defender--disguised = کد: <b>{ $code }</b>. بپرسید چه کدی می‌بیند؛ اگر فرق دارد، او را در ‎/contacts حذف کنید.
verification-username = نام کاربری تلگرام او: ‎@{ $username }
verification-no-username = او نام کاربری تلگرام ندارد، پس کد را با صدا بررسی کنید.
