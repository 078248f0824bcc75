# calendar: messages of this area (see web/js/i18n.js)

## The page (#/calendar)
calendar-title = تقویم
# $month: a month and its year, e.g. "May 2027"
calendar-page-title = تقویم: { $month }
calendar-lead = رویدادهای شهرها، شبکه‌ها و گروه‌های موضوعی، ماه به ماه، هر یک به وقت منطقهٔ زمانی محل برگزاری‌اش.
calendar-all-activities = همهٔ فعالیت‌ها
calendar-mine-city = رویدادهای شهر شما
calendar-mine-network = رویدادهای شبکهٔ شما

## The filters
calendar-filter-label = پالایش تقویم
calendar-view = نمایش به صورت
calendar-view-month = ماهانه
calendar-view-agenda = فهرست روزانه
calendar-month = ماه
calendar-year = سال
calendar-network = شبکه
calendar-any-network = هر شبکه‌ای
calendar-group = گروه موضوعی
calendar-any-group = هر گروهی
calendar-no-groups = گروه موضوعی ندارد
calendar-choose-network = نخست یک شبکه برگزینید
calendar-group-hint = گروه‌های شبکهٔ برگزیده.
calendar-city = شهر
calendar-city-hint = رویدادهایی که میزبان آن‌هاست یا در آن‌ها شرکت دارد.
calendar-city-chosen = فقط رویدادهای
calendar-kind = نوع
calendar-any-kind = هر نوعی
calendar-show = نمایش

## The calendar feeds (iCalendar)
calendar-feeds = اشتراک در برنامهٔ تقویم:
# $name: the name of a network
calendar-feed-network = تقویم { $name }
# $name: the name of a thematic group
calendar-feed-group = تقویم گروه { $name }
# $name: the name of a city
calendar-feed-city = تقویم شهر { $name }
calendar-feeds-none = برای اشتراک در تقویم، یک شبکه، گروه یا شهر برگزینید.

## The month
calendar-months = ماه‌ها
calendar-previous = ماه پیش
calendar-today = امروز
calendar-next = ماه بعد
calendar-loading = در حال بارگیری رویدادها…
# $count: the events held in the month; $month: e.g. "May 2027"
calendar-count = { $count ->
    [0] { $month }: رویدادی نیست
   *[other] { $month }: { $count } رویداد
}
# $count: events of the month known only by their month or year
calendar-left-out = { $month }: { $count } رویداد دیگر فقط با ماه یا سالشان شناخته می‌شوند و در روزی جای نگرفته‌اند.
calendar-left-out-link = دیدن آن‌ها در فهرست فعالیت‌ها
# $error: the message of the server
calendar-error = بارگیری رویدادها ممکن نشد: { $error }
# the caption of the grid, for screen readers; $month: e.g. "May 2027"
calendar-caption = رویدادهای { $month }، هفته به هفته
calendar-agenda-label = رویدادهای { $month }، روز به روز
calendar-today-mark = امروز
# an event on the days after its first
calendar-continued = ادامه
calendar-all-day = سراسر روز
calendar-none-month = این ماه رویدادی نیست.
# $time: e.g. "09:00"; $zone: the time zone it is held in, e.g. Europe/Rome
calendar-time = { $time } ({ $zone })
# $start, $end: times ("09:00"), or a day and a time; $zone as above
calendar-time-range = { $start }–{ $end } ({ $zone })
# $date: e.g. "3 May"; $time: e.g. "09:00"
calendar-date-time = { $date }، { $time }
# $start, $end: days, e.g. "3 May"
calendar-date-range = { $start } تا { $end }
# $city: the host city (a link)
calendar-hosted-by = میزبان: { $city }
