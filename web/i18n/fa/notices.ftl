## notifications (#/notifications) and the header's count
notices-title = اعلان‌ها
notices-link = اعلان‌ها
notices-link-label = { $count ->
    [0] اعلان‌ها: هیچ اعلان خوانده‌نشده‌ای نیست
   *[other] اعلان‌ها: { $count } خوانده‌نشده
}
notices-sign-in = برای خواندن اعلان‌هایتان وارد شوید.
notices-lead = { $count ->
    [0] خبر تازه‌ای نیست: آنچه برای مواردی که مسئولشان هستید رخ می‌دهد این‌جا فهرست می‌شود.
   *[other] { $count } اعلان که هنوز نخوانده‌اید.
}
notices-none = هنوز اعلانی نیست.
notices-unread = تازه
notices-read-all = علامت‌گذاری همه به‌عنوان خوانده‌شده
notices-all-read = همهٔ اعلان‌ها خوانده‌شده علامت خوردند.
notices-topic-practice-submitted = تجربه برای بررسی ارسال شد
notices-topic-practice-returned = تجربه با نظر بازگردانده شد
notices-topic-practice-published = تجربه منتشر شد
notices-topic-registration-confirmed = ثبت‌نام تأیید شد
notices-topic-registration-waitlisted = ثبت‌نام در فهرست انتظار
notices-topic-travel-requested = درخواست کمک‌هزینهٔ سفر
notices-topic-travel-decided = تصمیم دربارهٔ کمک‌هزینهٔ سفر
notices-topic-partnership-dormant = همکاری راکد شد
notices-topic-membership-ending = پایان عضویت در شبکه
notices-topic-group-proposed = پیشنهاد گروه موضوعی
notices-prefs = از چه چیزهایی باخبر شوید
notices-prefs-lead = برای هر نوع خبر انتخاب کنید که آیا این‌جا فهرست شود و آیا با رایانامه برایتان فرستاده شود.
notices-prefs-no-mail = این نسخهٔ amity هنوز رایانامه نمی‌فرستد (مدیر سرور SMTP را راه‌اندازی می‌کند): اعلان‌ها این‌جا فهرست می‌شوند.
notices-prefs-topics = انواع خبر
notices-col-topic = خبر
notices-col-in-app = در amity
notices-col-email = با رایانامه
notices-in-app-of = ⁨{ $topic }⁩: فهرست شدن در amity
notices-email-of = ⁨{ $topic }⁩: فرستادن با رایانامه
notices-email = نشانی رایانامهٔ شما
notices-email-hint = رایانامه‌ها به این نشانی فرستاده می‌شوند. اگر نمی‌خواهید رایانامه‌ای دریافت کنید، آن را خالی بگذارید.
notices-language = زبان رایانامه‌ها
notices-language-default = انگلیسی (پیش‌فرض)
notices-language-hint = رایانامه‌ها به این زبان نوشته می‌شوند.
notices-save = ذخیره
notices-saved = ذخیره شد.
notices-not-saved = ذخیره نشد: ⁨{ $error }⁩
notices-mail = ارسال رایانامه
notices-mail-lead = سرور SMTP که amity اعلان‌ها را از طریق آن می‌فرستد. بدون آن، اعلان‌ها فقط در amity می‌مانند. هر پیام تا وقتی سرور آن را بپذیرد نگه داشته می‌شود، با فاصله‌هایی که رفته‌رفته بلندتر می‌شوند دوباره فرستاده می‌شود و هرگز دو بار فرستاده نمی‌شود.
notices-mail-not-saved = تنظیمات رایانامه ذخیره نشد
notices-mail-password-set = گذرواژه تعیین شده است (هرگز نمایش داده نمی‌شود).
notices-mail-password-unset = گذرواژه‌ای تعیین نشده است.
notices-outbox = صندوق خروجی
notices-outbox-counts = در انتظار: { $queued } · فرستاده‌شده: { $sent } · رهاشده: { $failed }
notices-col-subject = موضوع
notices-col-status = وضعیت
notices-col-attempts = تلاش‌ها
notices-col-error = آخرین خطا
notices-topic-need-pledged = برای یک نیاز تعهدی ثبت شد
notices-topic-pledge-confirmed = یک تحویل تأیید شد
