# maps: messages of this area (see web/js/i18n.js)

## A world map
maps-skip-map = رد شدن از نقشه
maps-fit-points = نمایش نزدیک نقطه‌ها
maps-whole-world = کل جهان
maps-view = نمای نقشه
maps-health-active = فعال
maps-health-proposed = پیشنهادی
maps-health-dormant = راکد (بدون فعالیت اخیر)
maps-health-unknown = وضعیت نامعلوم
maps-health-ended = پایان‌یافته

## Charts
maps-chart-missing = { $error } اعداد در جدول‌های همین صفحه آمده است.

## A city's network neighbourhood
maps-hood-show = نمایش پیرامون شبکه‌ای
maps-hood-hide = پنهان کردن پیرامون شبکه‌ای
maps-hood-title = پیرامون شبکه‌ای
maps-hood-lead = شهرها و شبکه‌های پیرامون { $city }: شهرهای همکار و شبکه‌های آن، و شهرها و شبکه‌هایی که یک گام دورترند.
maps-hood-loading = در حال بارگیری پیرامون…
maps-hood-failed = پیرامون بارگیری نشد: { $error }
maps-fact-partners = شهرهای همکار
maps-fact-networks = شبکه‌های کنونی
maps-fact-community = اجتماع آن
maps-fact-connected = پیوسته به آن
maps-hood-none = { $city } با هیچ شهر دیگری همکاری ندارد و عضو هیچ شبکهٔ کنونی‌ای نیست: پیرامونی برای نمایش ندارد.
maps-cities = { $count } شهر
maps-networks = { $count } شبکه
maps-hood-summary = { $cities } و { $networks }
maps-group-size = { $cities }، { $networks }
maps-hood-label = گراف پیرامون شبکه‌ای { $city }: { $summary }. فهرست زیر آن‌ها را نام می‌برد.
maps-hood-note = { $summary } در فاصلهٔ حداکثر دو گام از { $city }. برای دیدن نام، نشانگر را روی یک شهر یا شبکه ببرید؛ برای باز کردن صفحهٔ آن کلیک کنید.
maps-hood-note-truncated = { $summary } در فاصلهٔ حداکثر دو گام از { $city }؛ تنها { $count } مورد نزدیک‌تر نمایش داده شده است. برای دیدن نام، نشانگر را روی یک شهر یا شبکه ببرید؛ برای باز کردن صفحهٔ آن کلیک کنید.
maps-hood-no-library = { $error } فهرست زیر همان شهرها و شبکه‌ها را نام می‌برد.
maps-hood-drawn = پیرامون شبکه‌ای { $city } رسم شد: { $summary }.
maps-hood-list = پیرامون به‌صورت فهرست
maps-group-heading = { $title } ({ $count })
maps-partners-of = شهرهای همکار { $city }
maps-networks-of = شبکه‌های { $city }
maps-cities-further = شهرهای یک گام دورتر
maps-networks-further = شبکه‌های یک گام دورتر
maps-suggested = پیشنهادی
maps-node-network = { $network }: شبکه
maps-legend-home = این شهر
maps-legend-city = شهر
maps-legend-suggested = شهر پیشنهادی
maps-legend-network = شبکه
maps-legend-partnership = همکاری
maps-legend-membership = عضویت
