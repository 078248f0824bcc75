# index: messages of this area (see web/js/i18n.js)
# Names and words from the data are isolated (U+2068 … U+2069) so that Latin ones keep their order in right-to-left text.

## Shared by the Index pages (views/index-shared.js, views/index-sources.js)
index-title = شاخص شهرهای میان‌فرهنگی
index-loading = در حال بارگذاری…
# the right-to-left mark after the colon keeps a label that ends in Latin letters before its value
index-colon = { $label }:‏
index-full-stop = .
index-list-separator = { "، " }
index-percent = ⁨{ $value }⁩٪
index-status-draft = پیش‌نویس
index-status-submitted = ارسال‌شده
index-status-published = منتشرشده
index-status-note-draft = پیش‌نویس: فقط کارشناس روابط بین‌الملل شهر و مدیران آن را می‌بینند. رتبه‌های آن همان است که اگر اکنون ارسال می‌شد می‌داشت.
index-status-note-submitted = ارسال‌شده از سوی شهر: پاسخ‌های آن قطعی شده‌اند و جزو نمونه است.
index-status-note-published = نتیجه‌ای همان‌گونه که منبعش منتشر کرده، بدون پاسخ‌هایی که پشتوانهٔ آن بوده‌اند ثبت شده است.
index-rank-of = { $rank } از { $of }
index-count-of = { $count } از { $of }
index-kind-input = سیاست
index-kind-fact = واقعیت
index-kind-impact = اثر
index-questionnaire = پرسش‌نامه
index-offer-label = پرسش‌نامهٔ ⁨{ $city }⁩
index-offer-continue = ادامهٔ پرسش‌نامهٔ سال { $round }
index-offer-start = آغاز پرسش‌نامهٔ سال { $round }
index-offer-starting = در حال آغاز پرسش‌نامه…
index-offer-started = پرسش‌نامهٔ ⁨{ $city }⁩ برای سال { $round } آغاز شد: پاسخ‌ها همزمان ذخیره می‌شوند.
index-offer-not-started = پرسش‌نامه آغاز نشد
index-offer-your-city = شما پرسش‌نامه را برای شهر خودتان، ⁨{ $city }⁩، پر می‌کنید.
index-offer-your-account = حساب شما می‌تواند پرسش‌نامه را برای ⁨{ $city }⁩ پر کند.
index-offer-draft-hint = پیش‌نویس تا زمان ارسال فقط برای شما و مدیران قابل دیدن است.
index-about-questionnaire = دربارهٔ پرسش‌نامه (⁨{ $title }⁩)
index-cities-of = شهرهای ⁨{ $country }⁩
index-cities-count = { $count ->
   *[other] { $count } شهر
}
index-round = سال
index-rank = رتبه
index-city = شهر
index-country = کشور
index-all-countries = همهٔ کشورها
index-aggregate = امتیاز کل
index-percentile = صدک
index-indicator = معیار
index-not-published = منتشر نشده
index-not-ranked = بدون رتبه
index-not-known = نامعلوم
index-not-counted = محاسبه نشده
index-score-is = امتیاز { $score }
index-average-of = ⁨{ $group }⁩ (میانگین)
index-answered-of = { $answered } از { $questions } پاسخ داده شده
index-points = { $points ->
   *[other] { $points } امتیاز
}
index-points-of = { $points } از { $max } امتیاز
index-cancel = انصراف

## Sources of published results (views/index-sources.js)
index-source = منبع
index-source-also = ⁨{ $what }⁩ (منبع دیگر)
index-source-of = ⁨{ $text }⁩ (منبع: ⁨{ $host }⁩)
index-source-names = { $count ->
    [one] منبع
   *[other] منابع
}
index-rank-as-published = رتبهٔ منتشرشده
index-as-published = ، به گزارش منبع
index-rank-not-stated = رتبه ذکر نشده؛
index-sample-of = نمونه‌ای از { $size }
index-sample-size-as-published = اندازهٔ نمونهٔ منتشرشده
index-aggregate-as-published = امتیاز کل منتشرشده
index-caveat = ملاحظه

## The results (views/index-results.js)
index-results-lead = شهرها به پرسش‌نامه‌ای دربارهٔ سیاست‌های میان‌فرهنگی خود پاسخ می‌دهند؛ هر معیار از ۰ تا ۱۰۰ امتیاز می‌گیرد و امتیاز کل وزنی، جایگاه هر شهر را در میان دیگر شهرها و در گروه‌های اندازه ({ $population } نفر جمعیت) و تنوع ({ $share } متولد خارج از کشور) تعیین می‌کند.
index-results-only-country = فقط شهرهای کشور انتخاب‌شده
index-results-none-yet = هنوز هیچ شهری در شاخص نتیجه ندارد.
index-results-choose = انتخاب نتایج
index-results-rank-within = رتبه‌بندی در
index-results-rank-within-hint = بر اساس ⁨{ $description }⁩.
index-results = نتایج
index-results-failed = نتایج بارگذاری نشد: ⁨{ $error }⁩
index-results-heading = نتایج { $round }: ⁨{ $group }⁩
index-results-summary-country = { $count ->
   *[other] { $count } شهر
} از ⁨{ $country }⁩، رتبه‌بندی‌شده در میان { $ranked } نتیجهٔ دارای امتیاز کل در amity در «⁨{ $group }⁩» (میانگین { $average }).
index-results-summary = { $count ->
   *[other] { $count } شهر
}: { $ranked } شهر در میان نتایج موجود در amity رتبه دارند؛ میانگین امتیاز کل { $average }.
index-results-summary-unranked = { $count ->
   *[other] { $count } شهر
}: { $ranked } شهر در میان نتایج موجود در amity رتبه دارند، { $unranked } شهر بدون امتیاز کل منتشر شده‌اند (فهرست شده، بدون رتبه)؛ میانگین امتیاز کل { $average }.
index-results-not-ranked-why = بدون امتیاز کل منتشر شده است: amity نمی‌تواند به آن رتبه بدهد
index-results-result-of = نتیجهٔ سال
index-results-groups = گروه‌ها
index-results-none-here = هیچ شهری در این انتخاب نتیجه ندارد.
index-results-hint = نمونهٔ هر سال، آخرین نتیجهٔ هر شهر تا آن سال است؛ رتبه در میان نتایج دارای امتیاز کل در amity است، و صدک سهم شهرهای رتبه‌دار دیگری است که شهر از آن‌ها امتیاز بالاتری دارد. رتبهٔ منتشرشده از آنِ منبع است، در نمونهٔ سال خودش (یا زیرگروهی که منبع نام می‌برد): نه با رتبهٔ amity قابل مقایسه است و نه میان سال‌های مختلف.
index-results-over-200k = { $population } و بیشتر
index-results-under-200k = کمتر از { $population }
index-results-over-15pct = متولد خارج: { $share } و بیشتر
index-results-under-15pct = متولد خارج: کمتر از { $share }

## The questionnaire (views/index-respond.js)
index-respond-title = پرسش‌نامهٔ شاخص
index-respond-sign-in = پر کردن پرسش‌نامهٔ شاخص برای شهرتان
index-city-n = شهر { $id }
index-respond-page-title = پرسش‌نامهٔ شاخص: ⁨{ $city }⁩ { $round }
index-respond-heading = پرسش‌نامهٔ شاخص: ⁨{ $city }⁩، { $round }
index-respond-note-draft = پیش‌نویس: فقط کارشناس روابط بین‌الملل شهر و مدیران آن را می‌بینند.
index-respond-note-submitted = ارسال‌شده: پاسخ‌ها قطعی شده‌اند و نتیجه جزو نمونه است.
index-respond-lead = برای هر پرسش یک پاسخ انتخاب کنید؛ یک یادداشت و پیوندی به منبع پشتوانهٔ آن است. پاسخ‌های شما همزمان ذخیره می‌شوند و سرور با هر ذخیره امتیازها را محاسبه می‌کند. پرسش‌های بی‌پاسخ ۰ امتیاز دارند. پس از پایان، پرسش‌نامه را ارسال کنید: از آن پس پاسخ‌ها قطعی می‌شوند.
index-respond-may-not-change = حساب شما نمی‌تواند این پاسخ‌ها را تغییر دهد.
index-respond-frozen = این پاسخ‌ها ارسال شده‌اند و دیگر قابل تغییر نیستند.
index-respond-see-report = دیدن گزارش
index-respond-save = ذخیرهٔ پاسخ‌ها
index-respond-submit = ارسال…
index-respond-progress = پیشرفت و امتیاز
index-respond-completeness = میزان تکمیل
index-respond-score-so-far = امتیاز تا این لحظه
index-respond-about-city = دربارهٔ شهر
index-respond-about-city-hint = این داده‌ها گروه‌های اندازه و تنوعی را که شهر با آن‌ها مقایسه می‌شود تعیین می‌کنند؛ امتیازی ندارند.
index-respond-unit = به ⁨{ $unit }⁩.
index-respond-range = از { $min } تا { $max }.
index-respond-open-all = باز کردن همهٔ بخش‌ها
index-respond-close-all = بستن همهٔ بخش‌ها
index-respond-indicators = معیارها
index-respond-optional-tag = اختیاری
index-respond-weight = وزن { $weight } در امتیاز کل.
index-respond-optional-hint = اختیاری: فقط در صورتی محاسبه می‌شود که دست‌کم به یکی از پرسش‌هایش پاسخ داده شده باشد.
index-respond-clear = پاک کردن پاسخ
index-respond-kind-hint-input = آنچه شهر انجام می‌دهد
index-respond-kind-hint-fact = واقعیتی سنجیده‌شده
index-respond-kind-hint-impact = آنچه برای مردم تغییر کرده است
index-respond-evidence-note = یادداشت مستند
index-respond-evidence-link = پیوند مستند
index-respond-optional = (اختیاری)
index-respond-enter-number = یک عدد وارد کنید.
index-respond-choose-answer = پاسخی انتخاب کنید که مستند به آن مربوط باشد.
index-respond-some-not-saved = برخی پاسخ‌ها ذخیره نشده‌اند: پیام کنار آن‌ها را ببینید.
index-respond-some-were-not-saved = برخی پاسخ‌ها ذخیره نشدند: پیام کنار آن‌ها را ببینید.
index-respond-all-saved = همهٔ پاسخ‌ها ذخیره شده‌اند.
index-respond-all-saved-at = همهٔ پاسخ‌ها ذخیره شده‌اند ({ $time }).
index-respond-saving = در حال ذخیره…
index-respond-already-submitted = این پاسخ‌ها دیگر قابل تغییر نیستند: پرسش‌نامه ارسال شده است.
index-respond-not-saved-status = پاسخ‌ها ذخیره نشدند: ⁨{ $error }⁩
index-respond-not-saved = ذخیره نشد: ⁨{ $error }⁩
index-respond-saved = پاسخ‌ها ذخیره شدند.
index-respond-completeness-text = { $answered } از { $questions } پرسش پاسخ داده شده ({ $share })
index-respond-submit-now = همین حالا ارسال شود
index-respond-confirm-title = پرسش‌نامهٔ ⁨{ $city }⁩ برای سال { $round } ارسال شود؟
index-respond-confirm-text = پس از ارسال، پاسخ‌ها قطعی می‌شوند: دیگر قابل تغییر نیستند و نتیجه به نمونه‌ای می‌پیوندد که شهرها در آن رتبه‌بندی می‌شوند.
index-respond-confirm-left = { $count ->
   *[other] { $count } پرسش بی‌پاسخ مانده است: ۰ امتیاز محاسبه می‌شود.
}
index-respond-submitting = در حال ارسال…
index-respond-not-submitted-saving = ارسال نشد: برخی پاسخ‌ها ذخیره نشدند؛ پیام کنار آن‌ها را ببینید.
index-respond-submitted = ارسال شد: پرسش‌نامهٔ ⁨{ $city }⁩ برای سال { $round } قطعی شد و جزو نتایج است.
index-respond-not-submitted = ارسال نشد: ⁨{ $error }⁩

## A city's report (views/index-report.js)
index-report-no-such-city = چنین شهری وجود ندارد.
index-report-comparison-left-out = گروه مقایسه کنار گذاشته شد: ⁨{ $error }⁩
index-report-title = ⁨{ $city }⁩: شاخص شهرهای میان‌فرهنگی { $round }
index-report-title-no-round = ⁨{ $city }⁩: شاخص شهرهای میان‌فرهنگی
index-report-result = نتیجه
index-report-status = وضعیت
index-report-rank-not-stated = منابع ذکر نکرده‌اند
index-report-rank-amity = رتبه در میان نتایج موجود در amity
index-report-rank-all = رتبه در میان همهٔ شهرها
index-report-change-since = تغییر از { $round }
index-report-questions-answered = پرسش‌های پاسخ‌داده‌شده
index-report-questionnaire = پرسش‌نامه
index-report-print = چاپ / ذخیره به‌صورت PDF
index-report-continue = ادامهٔ پرسش‌نامه
index-report-see-answers = دیدن پاسخ‌های ارسال‌شده
index-report-rounds = سال‌ها
index-report-ranks = رتبه‌ها
index-report-ranks-hint = نمونهٔ هر سال، آخرین نتیجهٔ هر شهر تا آن سال است. صدک سهم شهرهای دیگر گروه است که شهر از آن‌ها امتیاز بالاتری دارد.
index-report-group = گروه
index-report-not-ranked-no-aggregate = بدون رتبه (بدون امتیاز کل)
index-report-not-in-group = خارج از این گروه
index-report-cities = شهرها
index-report-group-average = میانگین گروه
index-report-ranks-caption = رتبه‌های ⁨{ $city }⁩ در سال { $round }
index-report-ranks-hint-published = این رتبه‌ها در میان نتایج دارای امتیاز کل در amity است. رتبهٔ منتشرشده از آنِ منبع است، در نمونهٔ سال خودش (یا زیرگروهی که نام می‌برد): نه با این رتبه‌ها قابل مقایسه است و نه میان سال‌های مختلف.
index-report-source-words = به بیان منبع
index-report-ranks-as-published = رتبه‌های منتشرشده
index-report-profile = نیم‌رخ
index-report-no-profile = این نتیجه بدون امتیاز معیارها منتشر شده است: نیم‌رخی برای ترسیم وجود ندارد.
index-report-radar-label = نمودار راداری امتیازهای معیارهای ⁨{ $city }⁩ (۰ تا ۱۰۰) در مقایسه با ⁨{ $others }⁩. اعداد در جدول «امتیاز به تفکیک معیار» آمده است.
index-report-no-other-city = هیچ شهر دیگری
index-report-radar-caption = هر شعاع یک معیار است، از ۰ در مرکز تا ۱۰۰ در لبه. همین اعداد در جدول زیر آمده است.
index-report-too-few-radar = معیارها برای نمودار راداری بسیار کم‌اند.
index-report-scores-by-indicator = امتیاز به تفکیک معیار
index-report-bars-label = نمودار میله‌ای امتیاز ⁨{ $city }⁩ در هر معیار، همراه با میانگین یک گروه. اعداد در جدول زیر آن آمده است.
index-report-compare-average = مقایسه با میانگین
index-report-bars-compare = اکنون میله‌ها با این گروه مقایسه می‌شوند: ⁨{ $group }⁩.
index-report-bars-compare-nothing = اکنون میله‌ها با هیچ گروهی مقایسه نمی‌شوند.
index-report-all-cities-average = همهٔ شهرها (میانگین)
index-report-indicators-caption = امتیاز معیارهای ⁨{ $city }⁩ در سال { $round }، از ۰ تا ۱۰۰
index-report-line-label = نمودار خطی امتیاز کل ⁨{ $city }⁩ در سال‌های مختلف: { $values }.
index-report-progress = روند در طول سال‌ها
index-report-published-result = نتیجهٔ منتشرشده
index-report-progress-caption = امتیاز کل ⁨{ $city }⁩ به تفکیک سال
index-report-city-aggregate = ⁨{ $city }⁩: امتیاز کل
index-report-average-paren = (میانگین { $score })
index-report-extremes = قوی‌ترین و ضعیف‌ترین معیارها
index-report-strongest = قوی‌ترین‌ها
index-report-weakest = ضعیف‌ترین‌ها
index-report-none = هیچ.
index-report-too-few-weakest = معیارها کم‌تر از آن است که بتوان ضعیف‌ترین‌ها را جدا از قوی‌ترین‌ها نام برد.
index-report-amity-not-ranked = { $count ->
   *[other] بدون رتبه: بدون امتیاز کل منتشر شده است (amity برای سال { $round } { $count } نتیجهٔ دارای امتیاز کل دارد)
}
index-report-amity-rank = { $count ->
   *[other] { $rank } نتیجهٔ موجود در amity برای سال { $round }
}
index-figure-aggregate = امتیاز کل
index-figure-rank = رتبه
index-figure-sample-size = اندازهٔ نمونه
index-figure-population = جمعیت
index-figure-foreign-born-pct = سهم متولدان خارج از کشور
index-figure-over-200k = گروه اندازه
index-figure-over-15pct = گروه تنوع
index-figure-published-rank = رتبه‌ها به بیان منبع
index-report-not-published-not-ranked = منتشر نشده: amity به این نتیجه رتبه نمی‌دهد
index-report-sample-ranked-in = نمونه‌ای که در آن رتبه‌بندی شده
index-report-population-published = جمعیت منتشرشده
index-report-born-abroad-published = متولدان خارج از کشور، به گزارش منبع
index-report-ranks-source-words = رتبه‌ها، به بیان منبع
index-report-indicator-published = ⁨{ $indicator }⁩ (امتیاز منتشرشدهٔ معیار)
index-report-sources = { $count ->
    [one] منبع
   *[other] منابع
}
index-report-states = بیان می‌کند: { $figures }
index-report-indicator-score = امتیاز «⁨{ $indicator }⁩»
index-report-nothing-recorded = چیزی ثبت نشده
index-report-none-choice = هیچ
index-report-add-groups = افزودن گروه‌های مقایسه
index-report-compare-country = مقایسه با شهرهای یک کشور
index-report-compare-network = مقایسه با اعضای یک شبکه
index-report-compare = مقایسه
index-report-computation = امتیازها چگونه محاسبه می‌شوند
index-report-computation-published = این نتیجه همان‌گونه که منتشر شده، بدون پاسخ‌های پشتوانهٔ آن آمده است: امتیازهای آن را نمی‌توان در اینجا تا پرسش‌ها و امتیازها دنبال کرد. هر عدد در زیر به منابعی پیوند دارد که آن را بیان کرده‌اند.
index-report-computation-how = پاسخ هر پرسش امتیاز می‌آورد. امتیاز هر معیار برابر است با امتیازهای آن تقسیم بر بیشترین امتیازی که پرسش‌هایش می‌توانند بدهند، ضرب در ۱۰۰؛ پرسش بی‌پاسخ ۰ امتیاز دارد. معیارهای اختیاری فقط وقتی محاسبه می‌شوند که دست‌کم به یکی از پرسش‌هایشان پاسخ داده شده باشد. امتیاز کل میانگین معیارهای محاسبه‌شده است که هر کدام با وزن خود وزن‌دهی شده‌اند.
index-report-formula = امتیاز کل = Σ (وزن × امتیاز) ÷ Σ وزن = { $points } ÷ { $weights } =
index-report-composite-of = (میانگین وزنی { $indicators }).
index-report-context = زمینه
index-report-population = { $population } نفر جمعیت (⁨{ $group }⁩)
index-report-or-more = ⁨{ $value }⁩ یا بیشتر
index-report-under = کمتر از ⁨{ $value }⁩
index-report-population-not-given = جمعیت وارد نشده (در صورت وجود، جمعیت ثبت‌شده در فهرست جغرافیایی به کار می‌رود)
index-report-context-separator = { "؛ " }
index-report-born-abroad = { $share } متولد خارج از کشور (⁨{ $group }⁩)
index-report-born-abroad-not-given = سهم متولدان خارج از کشور وارد نشده
index-report-context-end = . این داده‌ها شهر را در گروه‌های اندازه و تنوع قرار می‌دهند.
index-report-points = امتیاز
index-report-answered = پاسخ‌ها
index-report-weight = وزن
index-report-score = امتیاز معیار
index-report-not-counted-optional = محاسبه نشده (اختیاری، بی‌پاسخ)
index-report-weight-times-score = وزن × امتیاز
index-report-computation-caption = امتیاز معیارها از روی امتیاز پاسخ‌ها، همراه با وزن‌ها
index-report-answers-behind = پاسخ‌های پشت هر معیار
index-report-not-answered = بی‌پاسخ: { $points } از { $max } امتیاز.
index-report-answer = پاسخ
index-report-evidence = مستند
index-report-link = پیوند
index-report-trace-sum = { $points } از { $max } امتیاز، { $answered } از { $questions } پاسخ داده شده، وزن { $weight } ←
index-report-no-questions = پرسشی وجود ندارد.
index-report-no-result-round = ⁨{ $city }⁩ برای سال { $round } نتیجه‌ای در شاخص ندارد.
index-report-no-result = ⁨{ $city }⁩ هنوز نتیجه‌ای در شاخص ندارد.
index-report-see-others = دیدن نتایج شهرهای دیگر
index-report-expert-reports = گزارش‌های کارشناسان شبکه
index-report-expert-report-untitled = گزارش
