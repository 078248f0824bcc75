# cities: messages of this area (see web/js/i18n.js)

## The list of cities (views/cities.js)
cities-title = شهرها
cities-lead = شهرها، شهرک‌ها و شهرداری‌ها، با همکاری‌ها، شبکه‌ها و فعالیت‌هایشان.
cities-search-label = جست‌وجوی شهرها
cities-name = نام
cities-name-hint = هر بخشی از نام، با هر خطی
cities-country = کشور
cities-all-countries = همهٔ کشورها
cities-search = جست‌وجو
cities-found = شهرهای یافته‌شده
cities-count = { $count } شهر
cities-none = هیچ شهری پیدا نشد.
cities-also = نام‌های دیگر:
cities-countries-failed = فهرست کشورها بارگیری نشد: { $error }

## A city's page (views/city.js)
cities-loading = در حال بارگیری…
cities-region = منطقه
cities-population = جمعیت
cities-coordinates = مختصات
cities-other-names = نام‌های دیگر:
cities-find-partners = یافتن شهرهای همکار
cities-how-connected = این شهر چگونه به … پیوند دارد؟
cities-add-partnership = افزودن همکاری
cities-add-activity = افزودن فعالیت
cities-index-link = شاخص شهرهای میان‌فرهنگی { $round }
# follows the link above
cities-index-result = : امتیاز کل { $aggregate } از ۱۰۰، رتبهٔ { $rank } از { $total } در تازه‌ترین نتایج
cities-index-published = (نتیجهٔ منتشرشده)
cities-partnerships-heading = همکاری‌ها ({ $count })
cities-no-partnerships = هیچ همکاری‌ای ثبت نشده است.
cities-dormant = { $dormant } مورد از { $total } همکاری راکد است
cities-dormant-why = ({ $years } سال یا بیشتر بدون فعالیت).
cities-dormant-list = نمایش آن‌ها
cities-col-partner = طرف همکاری
cities-topics = موضوع‌ها
cities-note = یادداشت
cities-source = منبع
cities-col-kind = نوع
cities-col-status = وضعیت
cities-col-signed = تاریخ امضا
cities-col-health = سرزندگی
cities-partnerships-caption = همکاری‌های { $city }
cities-recent-activities = فعالیت‌های اخیر
cities-no-activities = هیچ فعالیتی ثبت نشده است.
cities-all-activities = همهٔ فعالیت‌های { $city }
cities-practices-heading = تجربه‌های خوب این شهر
cities-no-practices = هنوز هیچ تجربهٔ خوبی از این شهر منتشر نشده است.
cities-all-practices = همهٔ { $count } تجربهٔ { $city }
cities-describe-practice = شرح یک تجربه
# between the items of a list
cities-comma = {"، "}

## The map of a city's partners
cities-map-loading = نقشهٔ شهرهای همکار { $city } (در حال بارگیری)
cities-map-failed = نقشه در این‌جا رسم نشد؛ شهرهای همکار در پایین فهرست شده‌اند.
cities-map-home = { $city } ({ $country })، همین شهر
cities-map-placing = در حال جای‌گذاری شهرهای همکار… { $done } از { $total }
cities-map-point = { $city }: { $health }
cities-map-point-several = { $city }: { $health }، { $count } همکاری
cities-map-label = نقشهٔ { $count } شهر همکار { $city }
cities-map-no-coordinates = { $count } شهر همکار مختصات ندارد
cities-map-not-loaded = { $count } شهر همکار بارگیری نشد
cities-map-not-looked-up = { $count } شهر همکار دیگر جست‌وجو نشد (نقشه تا { $max } شهر را نشان می‌دهد)
cities-map-not-cities = { $count } همکاری با یک سازمان یا کشور است، نه با یک شهر
cities-map-shown = { $count } شهر همکار روی نقشه.
cities-map-home-no-coordinates = { $city } مختصات ندارد، بنابراین هیچ خطی رسم نشده است.
cities-map-not-on-map = بیرون از نقشه: { $reasons }.
# between the reasons above
cities-map-separator = {"؛ "}
cities-map-none = بدون نقشه: { $city } و شهرهای همکارش مختصات ندارند.
cities-map-none-failed = بدون نقشه: { $city } و شهرهای همکارش مختصات ندارند ({ $count } شهر همکار بارگیری نشد).
cities-map-legend-partner = شهر همکار (صفحهٔ آن را باز می‌کند)

## Diaspora groups on a city's page
cities-diaspora-heading = دیاسپورا ({ $count })
cities-diaspora-lead = گروه‌هایی از مردم که در { $city } زندگی می‌کنند و از کشور یا شهر دیگری آمده‌اند. پیشنهادهای همکاری، طرف‌های همکاری را در جاهایی می‌جویند که ساکنان شهر از آن‌جا آمده‌اند و جاهایی که مردم خود شهر اکنون در آن زندگی می‌کنند.
cities-diaspora-add = افزودن گروه مهاجر
cities-diaspora-none = هیچ گروه مهاجری ثبت نشده است.
cities-diaspora-from = خاستگاه
cities-diaspora-people = شمار افراد
cities-number-not-known = شمار نامعلوم
cities-diaspora-year = سال
cities-not-known = نامعلوم
cities-not-given = ذکر نشده
cities-change = تغییر
cities-edit = ویرایش
cities-delete = حذف
cities-cancel = انصراف
cities-diaspora-edit-label = ویرایش گروه اهل { $from }
cities-diaspora-delete-label = حذف گروه اهل { $from }
cities-diaspora-caption = گروه‌های مهاجر ساکن { $city }
cities-diaspora-delete-yes = حذف گروه
cities-diaspora-delete-title = گروه اهل { $from } حذف شود؟
cities-diaspora-delete-text = این گروه دیگر برای { $city } فهرست نمی‌شود و در پیشنهادهای همکاری هم به حساب نمی‌آید.
cities-deleting = در حال حذف…
cities-diaspora-deleted = حذف شد: گروه اهل { $from } ساکن { $city }.
cities-diaspora-not-deleted = گروه حذف نشد: { $error }
cities-abroad-heading = مردم این شهر کجا زندگی می‌کنند
cities-abroad-lead = گروه‌هایی از مردم { $city } که در شهرهای دیگر ثبت شده‌اند.
cities-abroad-source = منبع:
cities-abroad-also = آمار سال‌های دیگر: { $years }
cities-abroad-year-not-known = سالی نامعلوم
cities-abroad-read-from = برگرفته از { $count } رقم بزرگ‌تر از میان { $total } رقم ثبت‌شده.
cities-people = { $count } نفر

## Adding or changing a diaspora group (views/diaspora-form.js)
cities-diaspora-edit-title = ویرایش گروه مهاجر
# completes the sign-in prompt: "Sign in to …"
cities-diaspora-sign-in-add = افزودن گروه مهاجر
cities-diaspora-sign-in-edit = ویرایش گروه مهاجر
cities-diaspora-not-allowed = حساب شما اجازهٔ تغییر گروه‌های مهاجر { $city } را ندارد: کارشناس روابط بین‌الملل این شهر یا یک مدیر آن‌ها را ثبت می‌کند.
cities-back-to = بازگشت به { $city }
cities-diaspora-form-lead = گروهی از مردم که در یک شهر زندگی می‌کنند و از کشور یا شهر دیگری آمده‌اند، همراه با رقمی که یک منبع به دست می‌دهد. پیشنهادهای همکاری، طرف‌های همکاری را در جاهایی می‌جویند که ساکنان یک شهر از آن‌جا آمده‌اند و جاهایی که مردم خود شهر اکنون در آن زندگی می‌کنند.
cities-diaspora-who-where = چه کسانی کجا زندگی می‌کنند
cities-diaspora-city = شهر
cities-diaspora-city-hint = جایی که گروه در آن زندگی می‌کند.
cities-diaspora-city-hint-type = جایی که گروه در آن زندگی می‌کند. بخشی از نام را بنویسید و سپس از فهرست انتخاب کنید.
cities-diaspora-chosen-city = شهر انتخاب‌شده
cities-diaspora-origin-country = کشور خاستگاه
cities-diaspora-origin-country-hint = جایی که گروه از آن آمده است. اگر شهر خاستگاه را در پایین انتخاب کنید، از آن گرفته می‌شود.
cities-diaspora-choose-country = یک کشور انتخاب کنید
cities-diaspora-origin-city = شهر خاستگاه
cities-diaspora-comes-from = اهل
cities-diaspora-origin-city-hint = اختیاری: شهری که گروه از آن آمده است، اگر منبع آن را ذکر کرده باشد.
cities-diaspora-figure = رقم
cities-diaspora-size = شمار افراد
cities-diaspora-size-hint = همان‌گونه که منبع شمرده است، مثلاً ۱۲٬۳۴۵. اگر منبع عددی نمی‌دهد، خالی بگذارید.
cities-diaspora-year-hint = سال این رقم، مثلاً ۲۰۲۳.
cities-diaspora-source-hint = چه کسی شمرده است: سرشماری، مرکز آمار، پیمایش.
cities-diaspora-source-url = منبع (نشانی وب)
cities-diaspora-save = ذخیرهٔ تغییرات
cities-diaspora-add-group = افزودن گروه
cities-diaspora-check-city = شهری را که گروه در آن زندگی می‌کند از فهرست انتخاب کنید.
cities-diaspora-check-origin-city = شهر خاستگاه را از فهرست انتخاب کنید یا این بخش را خالی بگذارید.
cities-diaspora-check-origin-country = کشوری را که گروه از آن آمده است انتخاب کنید.
cities-diaspora-check-size = شمار افراد را به صورت عدد صحیح بنویسید، مثلاً ۱۲٬۳۴۵.
cities-diaspora-check-year = سال را با چهار رقم بنویسید، مثلاً ۲۰۲۳.
cities-diaspora-not-saved = گروه ذخیره نشد
cities-diaspora-not-saved-because = گروه ذخیره نشد: { $problem }
cities-saving = در حال ذخیره…
cities-diaspora-saved = ذخیره شد: گروه اهل { $from } ساکن { $city }.
cities-diaspora-added = افزوده شد: گروه اهل { $from } ساکن { $city }.
cities-diaspora-the-city = این شهر

## Partner suggestions for a city (views/partner-suggestions.js)
cities-suggest-title = پیشنهاد شهرهای همکار برای { $city }
cities-suggest-heading = شهرهای همکار پیشنهادی برای { $city }
cities-suggest-lead = شهرهایی که { $city } هنوز با آن‌ها همکاری ندارد، به ترتیب از بهترین: همکاران همکارانش و همکاران شهرهایی که با آن همکار مشترک دارند، همکاران شهرهای پیرامونش، شهرهای نزدیک به همکارانش، شبکه‌های مشترک، گروه‌های مهاجر در هر دو سو (جایی که ساکنانش از آن آمده‌اند و جایی که مردم خودش زندگی می‌کنند)، موضوع‌هایی که هر دو روی آن‌ها کار می‌کنند، اندازهٔ همانند و فاصله همه به حساب می‌آیند. در دلیل‌ها، «این شهر» یعنی { $city }. هر پیشنهاد سرنخی برای بررسی است، نه توصیه.
cities-suggest-no-partners = برای { $city } هیچ همکاری‌ای ثبت نشده است: پیشنهادها بر شهرهای پیرامون، شبکه‌ها، اندازه و فاصلهٔ آن استوارند.
cities-suggest-any-country = هر کشوری
cities-suggest-abroad = فقط خارج از کشور
cities-suggest-abroad-check = بدون شهرهای { $country }
cities-suggest-network = شبکه
cities-suggest-any-network = هر شبکه‌ای
cities-suggest-network-hint = تنها اعضای کنونی
cities-suggest-topic = موضوع
cities-suggest-any-topic = هر موضوعی
cities-suggest-topic-hint = با تجربه‌های خوب یا فعالیت‌هایی در این موضوع
cities-scheme-icc = موضوع‌های شهرهای میان‌فرهنگی
cities-scheme-wego = حوزه‌های موضوعی WeGO
cities-scheme-sdg = اهداف توسعهٔ پایدار سازمان ملل
cities-suggest-min-population = کمترین جمعیت
cities-suggest-max-population = بیشترین جمعیت
cities-suggest-filter-label = پالایش پیشنهادها
cities-suggest-apply = اعمال
cities-suggest-clear = پاک کردن پالایه‌ها
cities-suggest-unknown-country = { $code } (کشور ناشناخته)
cities-suggest-unknown-network = شبکهٔ { $id } (ناشناخته)
cities-suggest-unknown-topic = { $topic } (موضوع ناشناخته)
cities-suggest-suggestions = پیشنهادها
cities-suggest-ties = از راه ساکنان و کار مشترک
cities-suggest-ties-lead = شهرهایی که یک گروه مهاجر یا موضوعی مشترک آن‌ها را به { $city } پیوند می‌دهد و در میان پیشنهادهای بالا نیستند: به همان روش رتبه‌بندی شده‌اند، با دلیل‌هایشان.
cities-suggest-on-the-map = روی نقشه
# the filters in words: "12 suggested partner cities in France, members of Eurocities, …"
cities-suggest-in-country = در { $country }
cities-suggest-outside = بیرون از { $country }
cities-suggest-members-of = عضو { $network }
cities-suggest-network-id = شبکهٔ { $id }
cities-suggest-active-on = فعال در { $topic }
cities-suggest-population-between = با { $min } تا { $max } نفر جمعیت
cities-suggest-population-min = با دست‌کم { $min } نفر جمعیت
cities-suggest-population-max = با حداکثر { $max } نفر جمعیت
cities-suggest-loading = در حال بارگیری پیشنهادها…
cities-suggest-summary = { $count } شهر همکار پیشنهادی، به ترتیب از بهترین.
cities-suggest-summary-filtered = { $count } شهر همکار پیشنهادی { $filters }، به ترتیب از بهترین.
cities-suggest-none-filtered = هیچ شهری { $filters } پیشنهاد نشده است. پالایه‌های کمتری را امتحان کنید.
cities-suggest-none = هیچ شهری برای { $city } پیشنهاد نشده است.
cities-suggest-none-shown = هیچ پیشنهادی نمایش داده نشد.
cities-suggest-filter-refused = یکی از پالایه‌ها پذیرفته نشد: پیام کنار آن را ببینید.
cities-suggest-failed = پیشنهادها بارگیری نشد
cities-suggest-inhabitants = جمعیت { $count } نفر
cities-suggest-population-not-known = جمعیت نامعلوم
cities-suggest-chain-title = { $city } چگونه به { $other } پیوند دارد
cities-suggest-chain = زنجیره
cities-suggest-chain-hidden = میان دو شهر
# the strength of a suggestion, 0 to 100 ($max); $share: the same as a percentage ("82%")
cities-suggest-strength = قوت { $strength } از { $max }
cities-suggest-strength-label = قوت
cities-suggest-strength-text = قوت { $strength } از { $max }: قوی‌تر از { $share } همکاری‌های واقعی، پیش از آنکه بسته شوند
cities-suggest-strength-note = قوت، از { $min } تا { $max }، یک پیشنهاد را با همکاری‌های واقعی می‌سنجد، همان‌گونه که مدل پیش از بسته شدنشان به آن‌ها امتیاز می‌داد: قوت { $example } یعنی قوی‌تر از { $share } آن‌ها.
cities-suggest-why = چرا
cities-suggest-less = کمتر به سود آن
cities-suggest-topics = هر دو روی این موضوع‌ها کار می‌کنند: { $topics }
cities-suggest-topics-more = هر دو روی این موضوع‌ها کار می‌کنند: { $topics } و { $count } موضوع دیگر
cities-suggest-not-counted = (به حساب نیامده)
# the reasons of a suggestion, worded from the figures the server gives
cities-reason-partners = { $count ->
    [one] همکار یکی از همکاران این شهر
   *[other] همکار { $count } شهر از همکاران این شهر
}
cities-reason-chain = همکار شهرهایی که با این شهر همکار مشترک دارند
cities-reason-regional = هم‌اکنون همکار شهرهای نزدیک به این شهر
cities-reason-division = شهرهای استان یا منطقهٔ آن با شهرهای منطقهٔ این شهر همکارند
cities-reason-region = نزدیک به همکاران این شهر یا شهرهای پیرامون آن
cities-reason-countries = میان شهرهای { $a } و { $b } { $count } همکاری هست
cities-reason-countries-within = میان شهرهای { $a } { $count } همکاری هست
# less in its favour: few of the partnerships of the city's country's cities ($total) are with the other country
cities-reason-countries-few = { $count ->
    [0] هیچ‌یک از { $total } همکاری شهرهای { $a } با شهری از { $b } نیست
   *[other] تنها { $count } همکاری از { $total } همکاری شهرهای { $a } با شهرهای { $b } است
}
cities-reason-networks = عضو شبکه‌های یکسان
cities-reason-size = اندازهٔ همانند (جمعیت { $a } و { $b } نفر)
cities-reason-size-different = اندازه‌های بسیار متفاوت: جمعیت { $a } و { $b } نفر
cities-reason-namesake = شهری هم‌نام در کشوری دیگر
cities-reason-seat-capitals = هر دو پایتخت کشور خود هستند
cities-reason-seat-regions = هر دو مرکز استان (یا پایتخت) هستند
cities-reason-popularity = { $count } شهر همکار دارد
cities-reason-distance-near = در فاصلهٔ { $km } کیلومتری، نزدیک‌تر از بیشتر شهرهای همکار
cities-reason-distance-far = در فاصلهٔ { $km } کیلومتری، دورتر از بیشتر شهرهای همکار
cities-reason-diaspora = یک گروه مهاجر دو شهر را به هم پیوند می‌دهد
cities-reason-diaspora-count = { $count } نفر از { $origin } در { $host } زندگی می‌کنند
cities-reason-diaspora-people = مردمی از { $origin } در { $host } زندگی می‌کنند
cities-suggest-map-empty = پیشنهادی برای نمایش روی نقشه نیست.
cities-suggest-map-label-all = نقشهٔ شهرهای همکار پیشنهادی برای { $city }
cities-suggest-map-failed = نقشه در این‌جا رسم نشد؛ پیشنهادها در بالا فهرست شده‌اند.
cities-suggest-map-label = نقشهٔ { $count } شهر همکار پیشنهادی برای { $city }
cities-suggest-map-shown = { $count } شهر پیشنهادی روی نقشه
cities-suggest-map-no-coordinates = { $count } شهر مختصات ندارد
cities-suggest-map-home-no-coordinates = خود { $city } مختصات ندارد
cities-suggest-map-note = { $notes }. برای دیدن نام هر شهر، نشانگر را روی آن ببرید؛ با کلیک یا کلید Enter صفحهٔ آن باز می‌شود.
cities-suggest-map-legend = شهر پیشنهادی (صفحهٔ آن را باز می‌کند)
cities-suggest-not-applied = پالایه‌ها اعمال نشد. { $field }: { $problem }
cities-suggest-check-number = شمار ساکنان را به صورت عدد صحیح وارد کنید، مثلاً 50000.
cities-suggest-check-range = این مقدار از کمترین جمعیت خواسته‌شده کمتر است.
cities-calendar = تقویم
cities-calendar-link = فعالیت‌های آن، برای اشتراک (iCalendar)
