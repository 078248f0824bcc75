# home: messages of this area (see web/js/i18n.js)
home-title = دفتر ثبت باز دیپلماسی شهری
home-lead = پیمان‌های خواهرخواندگی، همکاری‌ها و پیمان‌های دوستی میان شهرها؛ شبکه‌هایی که عضو آن‌ها هستند؛ هیئت‌ها، بازدیدهای مطالعاتی و پروژه‌های مشترک؛ تجربه‌های خوبی که با هم در میان می‌گذارند و شاخص شهرهای میان‌فرهنگی. هر رکورد منبع خود را می‌گوید.
# the name of the search box's region
home-search-region = دفتر ثبت
home-search-label = یافتن شهر، شبکه، سازمان یا تجربه

## The most partnered cities
home-top-cities = شهرهای دارای بیشترین همکاری
home-map-empty = هنوز مختصات هیچ شهر دارای همکاری ثبت نشده است: نقشه خالی است.
home-map-label = نقشهٔ جهان با { $count } شهر دارای بیشترین همکاری
home-partnerships = { $count } همکاری
# a point of the map: "Mapton (FR): 3 partnerships"
home-map-point = { $city } ({ $country }): { $count } همکاری
home-legend-most = در میان دارندگان بیشترین همکاری
home-legend-other = شهرهای دیگر با همکاری‌های فراوان
home-map-unplaced = { $count } شهر از این شهرها مختصات ندارند و روی نقشه نیستند.
home-map-failed = نقشه در اینجا رسم نشد؛ شهرها در پایین فهرست شده‌اند.

## Recent records
home-recent-practices = تجربه‌های خوب اخیر
home-no-practice = هنوز هیچ تجربه‌ای منتشر نشده است.
home-practice-library = جست‌وجو در کتابخانهٔ تجربه‌های خوب
home-recent-activities = فعالیت‌های اخیر
home-no-activity = هنوز هیچ فعالیتی ثبت نشده است.

## Also
home-also = همچنین:
home-also-index = شاخص شهرهای میان‌فرهنگی
home-also-graph = گراف همکاری‌ها و شبکه‌ها
home-sign-in = وارد شوید
# $signin: a link, home-sign-in
home-sign-in-to-workspace = برای رفتن به میز کار خود { $signin }
