# common: the words every page uses (web/js/ui.js, forms, downloads,
# provenance, model notes) and the sign-in page (see web/js/i18n.js)

## ui.js

common-loading = در حال بارگذاری…
common-not-known = نامعلوم
common-city-n = شهر { $id }
common-organisation-tag = سازمان
common-partner-in = یک شریک (کشور: { $country })
common-required = (الزامی)

# the health of a partnership
common-health-active = فعال
common-health-dormant = راکد
common-health-unknown = نامعلوم
common-health-proposed = پیشنهادی
common-health-ended = پایان‌یافته
common-health-suspended = معلق
common-health-quiet-for = دست‌کم { $years } سال بدون فعالیت
common-health-quiet = بدون فعالیت اخیر
# $date: the date of the last activity
common-health-last = آخرین فعالیت: { $date }
common-health-none = هیچ فعالیتی ثبت نشده است

# paged lists; $items: "25 cities"
common-items = { $count } مورد
common-nothing-found = چیزی یافت نشد.
common-pager-showing = { $items } · نمایش { $shown }
common-show-more = نمایش بیشتر
common-show-more-left = نمایش بیشتر ({ $count } مورد دیگر)

# errors; $what: what did not happen ("The record was not saved")
common-not-saved = مورد ذخیره نشد
common-went-wrong = مشکلی پیش آمد.
common-error-signed-out = { $what }: دیگر وارد حساب خود نیستید. دوباره وارد شوید و دوباره تلاش کنید.
common-error-forbidden = { $what }: حساب شما اجازهٔ این کار را ندارد ({ $message }).
common-error = { $what }: { $message }
common-error-field = { $what }. { $field }: { $message }

common-not-found = یافت نشد
common-no-such-page = چنین صفحه‌ای وجود ندارد.
common-back-to-cities = بازگشت به شهرها
common-error-title = خطا
common-load-failed = این صفحه بارگذاری نشد
common-try-again = تلاش دوباره
common-page-not-loaded = صفحه بارگذاری نشد.

## provenance.js

common-provenance = منبع داده
# before the importer's words about a name of its source
common-in-the-source = «{ $name }» در منبع:

## model-note.js

common-model-stale = محاسبه‌شده بر پایهٔ وضعیت دفتر ثبت در { $time }. از آن زمان تغییر کرده است؛ نتایج تازه‌تر در حال محاسبه است.
common-model-first = این نتایج برای نخستین بار در حال محاسبه است.
common-model-again = نمایش نتایج تازه‌تر

## downloads.js

common-download-csv = دریافت CSV
common-download-geojson = دریافت GeoJSON
common-download-hint = همهٔ صفحه‌های این فهرست، با پالایه‌های آن
common-download-preparing = در حال آماده‌سازی فایل…
common-download-progress = در حال آماده‌سازی فایل… { $count } مورد
common-download-progress-of = در حال آماده‌سازی فایل… { $count } از { $total } مورد
# $name: the file's name
common-download-done = { $name }: { $count } مورد.
common-download-failed = فایل ساخته نشد: { $message }
common-server-unreachable = دسترسی به کارساز ممکن نشد
common-server-answered = کارساز با کد { $status } پاسخ داد

## the sign-in page

# $name: the user name
common-signin-already = با نام کاربری { $name } وارد شده‌اید.
common-continue = ادامه
common-username = نام کاربری
common-password = گذرواژه
common-signin-lead = حساب‌های کاربری برای کارشناسان روابط بین‌الملل شهرها، دبیرخانه‌های شبکه‌ها و مدیرانی است که موارد را به‌روز نگه می‌دارند. برای خواندن به حساب کاربری نیازی نیست.
common-enter-username = نام کاربری خود را وارد کنید.
common-enter-password = گذرواژهٔ خود را وارد کنید.
common-signing-in = در حال ورود…
common-signed-in-flash = با نام کاربری { $name } وارد شدید.
common-wrong-password = نام کاربری یا گذرواژه نادرست است.
common-signin-failed = ورود ناموفق بود: { $message }
