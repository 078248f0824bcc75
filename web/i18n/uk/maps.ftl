# maps: messages of this area (see web/js/i18n.js)

## A world map
maps-skip-map = Пропустити мапу
maps-fit-points = Наблизити до точок
maps-whole-world = Увесь світ
maps-view = Вигляд мапи
maps-health-active = Активне
maps-health-proposed = Запропоноване
maps-health-dormant = Неактивне (немає недавньої діяльності)
maps-health-unknown = Стан невідомий
maps-health-ended = Завершене

## Charts
maps-chart-missing = { $error } Числа наведено в таблицях на цій сторінці.

## A city's network neighbourhood
maps-hood-show = Показати мережеве оточення
maps-hood-hide = Сховати мережеве оточення
maps-hood-title = Мережеве оточення
maps-hood-lead = Міста й мережі навколо міста { $city }: його міста-партнери та мережі, а також міста й мережі на крок далі.
maps-hood-loading = Завантаження оточення…
maps-hood-failed = Не вдалося завантажити оточення: { $error }
maps-fact-partners = Міста-партнери
maps-fact-networks = Поточні мережі
maps-fact-community = Його спільнота
maps-fact-connected = Пов’язані з ним
maps-hood-none = { $city } не має партнерства з іншим містом і не входить до жодної чинної мережі: оточення, яке можна показати, немає.
maps-cities = { $count ->
    [one] { $count } місто
    [few] { $count } міста
    [many] { $count } міст
   *[other] { $count } міста
}
maps-networks = { $count ->
    [one] { $count } мережа
    [few] { $count } мережі
    [many] { $count } мереж
   *[other] { $count } мережі
}
maps-hood-summary = { $cities } і { $networks }
maps-group-size = { $cities }, { $networks }
maps-hood-label = Граф мережевого оточення міста { $city }: { $summary }. Список під ним їх називає.
maps-hood-note = { $summary } в межах двох кроків від міста { $city }. Наведіть курсор на місто чи мережу, щоб побачити назву; клацніть, щоб відкрити сторінку.
maps-hood-note-truncated = { $summary } в межах двох кроків від міста { $city }; показано { $count } найближчих. Наведіть курсор на місто чи мережу, щоб побачити назву; клацніть, щоб відкрити сторінку.
maps-hood-no-library = { $error } У списку нижче названо ті самі міста й мережі.
maps-hood-drawn = Мережеве оточення міста { $city } показано: { $summary }.
maps-hood-list = Оточення списком
maps-group-heading = { $title } ({ $count })
maps-partners-of = Міста-партнери міста { $city }
maps-networks-of = Мережі міста { $city }
maps-cities-further = Міста на крок далі
maps-networks-further = Мережі на крок далі
maps-suggested = запропоноване
maps-node-network = { $network }: мережа
maps-legend-home = Це місто
maps-legend-city = Місто
maps-legend-suggested = Запропоноване місто
maps-legend-network = Мережа
maps-legend-partnership = Партнерство
maps-legend-membership = Членство
