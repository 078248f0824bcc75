# calendar: messages of this area (see web/js/i18n.js)

## The page (#/calendar)
calendar-title = Календар
# $month: a month and its year, e.g. "May 2027"
calendar-page-title = Календар: { $month }
calendar-lead = Події міст, мереж і тематичних груп, місяць за місяцем, кожна в часі того поясу, де вона відбувається.
calendar-all-activities = Усі заходи
calendar-mine-city = Події вашого міста
calendar-mine-network = Події вашої мережі

## The filters
calendar-filter-label = Фільтр календаря
calendar-view = Показати як
calendar-view-month = Місяць
calendar-view-agenda = Порядок денний
calendar-month = Місяць
calendar-year = Рік
calendar-network = Мережа
calendar-any-network = Будь-яка мережа
calendar-group = Тематична група
calendar-any-group = Будь-яка група
calendar-no-groups = Тематичних груп немає
calendar-choose-network = Спершу оберіть мережу
calendar-group-hint = Групи обраної мережі.
calendar-city = Місто
calendar-city-hint = Події, які воно приймає або в яких бере участь.
calendar-city-chosen = Лише події міста
calendar-kind = Вид
calendar-any-kind = Будь-який вид
calendar-show = Показати

## The calendar feeds (iCalendar)
calendar-feeds = Підписатися в застосунку календаря:
# $name: the name of a network
calendar-feed-network = календар мережі { $name }
# $name: the name of a thematic group
calendar-feed-group = календар групи { $name }
# $name: the name of a city
calendar-feed-city = календар міста { $name }
calendar-feeds-none = Оберіть мережу, групу або місто, щоб підписатися на їхній календар.

## The month
calendar-months = Місяці
calendar-previous = Попередній місяць
calendar-today = Сьогодні
calendar-next = Наступний місяць
calendar-loading = Завантаження подій…
# $count: the events held in the month; $month: e.g. "May 2027"
calendar-count = { $count ->
    [0] { $month }: подій немає
    [one] { $month }: { $count } подія
    [few] { $month }: { $count } події
    [many] { $month }: { $count } подій
   *[other] { $month }: { $count } події
}
# $count: events of the month known only by their month or year
calendar-left-out = { $count ->
    [one] { $month }: ще { $count } подія відома лише за місяцем або роком, тож її не розміщено на жодному дні.
    [few] { $month }: ще { $count } події відомі лише за місяцем або роком, тож їх не розміщено на жодному дні.
    [many] { $month }: ще { $count } подій відомі лише за місяцем або роком, тож їх не розміщено на жодному дні.
   *[other] { $month }: ще { $count } події відомі лише за місяцем або роком, тож їх не розміщено на жодному дні.
}
calendar-left-out-link = Переглянути їх у списку заходів
# $error: the message of the server
calendar-error = Не вдалося завантажити події: { $error }
# the caption of the grid, for screen readers; $month: e.g. "May 2027"
calendar-caption = Події: { $month }, тиждень за тижнем
calendar-agenda-label = Події: { $month }, день за днем
calendar-today-mark = Сьогодні
# an event on the days after its first
calendar-continued = триває
calendar-all-day = Увесь день
calendar-none-month = Цього місяця подій немає.
# $time: e.g. "09:00"; $zone: the time zone it is held in, e.g. Europe/Rome
calendar-time = { $time } ({ $zone })
# $start, $end: times ("09:00"), or a day and a time; $zone as above
calendar-time-range = { $start }–{ $end } ({ $zone })
# $date: e.g. "3 May"; $time: e.g. "09:00"
calendar-date-time = { $date }, { $time }
# $start, $end: days, e.g. "3 May"
calendar-date-range = { $start } – { $end }
# $city: the host city (a link)
calendar-hosted-by = приймає { $city }
