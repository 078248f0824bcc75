# graph: the graph's figures (#/graph) and the chains between two cities
# (#/graph/path) (see web/js/i18n.js)

## #/graph

graph-title = Граф партнерств і мереж
graph-lead = Реєстр як єдина мережа: місто пов’язане з кожним містом-партнером (чинним партнерством) і з кожною мережею, членом якої воно зараз є. Ось його показники та міста в його центрі.
graph-path-link = Як одне місто пов’язане з іншим?

graph-figures-heading = У цифрах
graph-fact-cities = Міст у графі
graph-fact-networks = Мереж у графі
graph-fact-partnerships = Партнерств між містами
graph-fact-memberships = Членств у мережах
graph-fact-groups = Зв’язних груп
graph-fact-group-cities = Міст у найбільшій групі
graph-fact-group-networks = Мереж у найбільшій групі
graph-fact-communities = Спільнот
graph-fact-community-cities = Міст у найбільшій спільноті
graph-fact-modularity = Модулярність
graph-fact-betweenness = Посередництво
graph-fact-estimated = { $count ->
    [one] оцінка ({ $count } джерело)
    [few] оцінка ({ $count } джерела)
    [many] оцінка ({ $count } джерел)
   *[other] оцінка ({ $count } джерела)
}
graph-fact-exact = точне

graph-words-empty = Граф порожній: жодне місто ще не має чинного партнерства з іншим містом чи поточного членства в мережі.
graph-words-links = Граф об’єднує { $cities ->
    [one] { $cities } місто
    [few] { $cities } міста
    [many] { $cities } міст
   *[other] { $cities } міста
} і { $networks ->
    [one] { $networks } мережу
    [few] { $networks } мережі
    [many] { $networks } мереж
   *[other] { $networks } мережі
} через { $partnerships ->
    [one] { $partnerships } партнерство
    [few] { $partnerships } партнерства
    [many] { $partnerships } партнерств
   *[other] { $partnerships } партнерства
} між двома містами та { $memberships ->
    [one] { $memberships } членство
    [few] { $memberships } членства
    [many] { $memberships } членств
   *[other] { $memberships } членства
} міст у мережах.
graph-words-in-it = Місто входить до графа, якщо має чинне партнерство з іншим містом (не запропоноване й не завершене) або є чинним членом мережі; кілька угод між тими самими двома містами вважаються одним партнерством.
graph-words-groups = Він розпадається на { $count ->
    [one] { $count } зв’язну групу
    [few] { $count } зв’язні групи
    [many] { $count } зв’язних груп
   *[other] { $count } зв’язної групи
}: у межах групи будь-які два міста поєднує ланцюжок партнерств і спільних мереж, і жоден ланцюжок не виходить за її межі.
# $percent: "75%"
graph-words-largest-group = Найбільша група охоплює { $cities ->
    [one] { $cities } місто
    [few] { $cities } міста
    [many] { $cities } міст
   *[other] { $cities } міста
} ({ $percent } міст графа) і { $networks ->
    [one] { $networks } мережу
    [few] { $networks } мережі
    [many] { $networks } мереж
   *[other] { $networks } мережі
}.
# $method: "the Louvain method"
graph-words-communities = Виявлення спільнот ({ $method }) знаходить { $count ->
    [one] { $count } спільноту
    [few] { $count } спільноти
    [many] { $count } спільнот
   *[other] { $count } спільноти
} — груп міст, пов’язаних між собою тісніше, ніж з рештою; найбільша з них налічує { $largest ->
    [one] { $largest } місто
    [few] { $largest } міста
    [many] { $largest } міст
   *[other] { $largest } міста
}.
graph-louvain = метод Лувена
graph-words-modularity-unknown = Її модулярність невідома.
graph-words-modularity = Модулярність становить { $value } (від 0 — зв’язків усередині спільнот не більше, ніж дав би випадок, — до 1; понад 0,3 поділ чіткий).
graph-words-estimated = Посередництво оцінено за фіксованою вибіркою з { $count ->
    [one] { $count } джерела
   *[other] { $count } джерел
}: граф завеликий, щоб простежити кожен найкоротший ланцюжок.
graph-words-exact = Посередництво точне: враховано кожен найкоротший ланцюжок.

graph-how-title = Як обчислено ці показники
# $build...: "12 ms" or "not yet computed"
graph-how = Граф зміни № { $generation } партнерств і членств реєстру. Побудовано за { $build }; зв’язні групи — за { $components }; спільноти — за { $communities }; посередництво — { $betweenness }; центральність за власним вектором — { $eigenvector }.
graph-ms = { $ms } мс
graph-not-computed = ще не обчислено

graph-top-heading = Найцентральніші міста
graph-ranking-label = Виберіть рейтинг
graph-measure = Показник
graph-country = Країна
graph-show = Показати
graph-all-countries = Усі країни
graph-limit = { $count ->
    [one] { $count } місто
    [few] { $count } міста
    [many] { $count } міст
   *[other] { $count } міста
}
# the measures: their names (a column's head) ...
graph-measure-degree = Ступінь
graph-measure-betweenness = Посередництво
graph-measure-eigenvector = Власний вектор
# ... as $measure in a sentence
graph-measure-words-degree = ступінь
graph-measure-words-betweenness = посередництво
graph-measure-words-eigenvector = центральність за власним вектором
# ... and what they say
graph-about-degree = Ступінь рахує зв’язки міста: його міста-партнери та його поточні мережі. Він показує міста з найбільшою кількістю власних зв’язків.
graph-about-betweenness = Посередництво рахує найкоротші ланцюжки між іншими містами й мережами, що проходять через місто. Місто з високим значенням — це міст: без нього інші були б віддаленіші одне від одного.
graph-about-eigenvector = Центральність за власним вектором висока для міста, пов’язаного з містами й мережами, які самі є центральними. Найцентральніше місто має 1; інші показано відносно нього. Міста поза найбільшою зв’язною групою мають 0.
graph-loading-betweenness = Завантаження… (після зміни реєстру обчислення посередництва триває кілька секунд)
graph-no-ranking = Рейтинг не показано.
graph-ranking-failed = Не вдалося завантажити рейтинг: { $message }
# $count cities shown of $total; $measure: "betweenness"
graph-top-summary = { $count ->
    [one] { $count } місто
    [few] { $count } міста
    [many] { $count } міст
   *[other] { $count } міста
} з найвищим показником «{ $measure }» — із { $total ->
    [one] { $total } міста
   *[other] { $total } міст
} графа.
# the same, of one country ($country: its name)
graph-top-summary-country = { $count ->
    [one] { $count } місто
    [few] { $count } міста
    [many] { $count } міст
   *[other] { $count } міста
} країни { $country } з найвищим показником «{ $measure }» — із { $total ->
    [one] { $total } міста
   *[other] { $total } міст
} цієї країни в графі (виміряно в усьому графі, ранжовано серед цих міст).
graph-top-none = У графі немає жодного міста.
graph-top-none-country = У графі немає жодного міста країни { $country }.
graph-estimate = Посередництво тут оцінене, а не точне: граф завеликий, щоб простежити кожен ланцюжок, тому враховано ланцюжки від фіксованої вибірки з { $sample } із { $total } його міст і мереж, а результат масштабовано. Порядок перших міст надійний; близькі значення можуть мінятися місцями.
graph-estimate-unknown = Посередництво тут оцінене, а не точне: граф завеликий, щоб простежити кожен ланцюжок, тому враховано ланцюжки від фіксованої вибірки його міст і мереж, а результат масштабовано. Порядок перших міст надійний; близькі значення можуть мінятися місцями.
graph-col-rank = Місце
graph-col-city = Місто
graph-col-partners = Міста-партнери
graph-col-networks = Мережі
graph-top-caption = Найцентральніші міста за показником «{ $measure }»
graph-top-caption-country = Найцентральніші міста країни { $country } за показником «{ $measure }»

## #/graph/path

graph-path-title = Як одне місто пов’язане з іншим?
graph-path-crumb = Ланцюжки
graph-path-lead = Виберіть два міста: найкоротший ланцюжок між ними проходить через партнерства між містами та мережі, членами яких є обидва міста кроку. Серед однаково коротких ланцюжків першими йдуть ті, у яких більше партнерств.
graph-path-from = Звідки
graph-path-to = Куди
graph-path-follow = Враховувати
graph-path-via-all = Партнерства і спільні мережі
graph-path-via-partnerships = Лише партнерства
graph-path-form-label = Виберіть два міста
graph-path-submit = Показати ланцюжок
graph-path-swap = Поміняти міста місцями
graph-path-no-city = Міста з ідентифікатором { $id } немає. Виберіть місто зі списку.
graph-path-city-failed = Не вдалося завантажити це місто: { $message }
graph-path-choose-first = Виберіть перше місто зі списку.
graph-path-choose-second = Виберіть друге місто зі списку.
graph-path-choose-two = Спершу виберіть два міста зі списків.
graph-path-choose-one = Спершу виберіть місто зі списку.
# $from, $to: the two cities' names
graph-path-page-title = Від міста { $from } до міста { $to }: ланцюжок
graph-path-heading = Від міста { $from } до міста { $to }
graph-path-looking = Пошук ланцюжка…
graph-path-looking-slow = Пошук ланцюжка… Перший пошук після зміни реєстру триває кілька секунд.
graph-path-same = Ви двічі вибрали місто { $name }. Виберіть два різні міста, щоб побачити, як вони пов’язані.
graph-path-failed = Не вдалося завантажити ланцюжок: { $message }
graph-path-no-link = Ніщо не пов’язує місто { $from } з містом { $to }.
# $links: "2 partnerships and 1 shared network"
graph-path-summary = Від міста { $from } до міста { $to } — { $steps ->
    [one] { $steps } крок
    [few] { $steps } кроки
    [many] { $steps } кроків
   *[other] { $steps } кроку
}: { $links }.
graph-path-summary-between = Від міста { $from } до міста { $to } — { $steps ->
    [one] { $steps } крок
    [few] { $steps } кроки
    [many] { $steps } кроків
   *[other] { $steps } кроку
}: { $links }, через { $between ->
    [one] { $between } проміжне місто
    [few] { $between } проміжні міста
    [many] { $between } проміжних міст
   *[other] { $between } проміжного міста
}.
graph-path-n-partnerships = { $count ->
    [one] { $count } партнерство
    [few] { $count } партнерства
    [many] { $count } партнерств
   *[other] { $count } партнерства
}
graph-path-n-networks = { $count ->
    [one] { $count } спільна мережа
    [few] { $count } спільні мережі
    [many] { $count } спільних мереж
   *[other] { $count } спільної мережі
}
graph-path-list-label = Ланцюжок від міста { $from } до міста { $to }
# $network: the network's name (a link)
graph-path-via-network = через мережу { $network }
graph-path-both-members = обидва міста — її члени
graph-path-via-partnership = через партнерство
graph-path-network-n = Мережа { $id }
graph-path-signed = підписано { $year } р.
graph-path-on-map = На мапі
graph-path-as-graph = У вигляді графа
graph-path-map-loading = Мапа ланцюжка від міста { $from } до міста { $to } (завантаження)
graph-path-map-label = Мапа ланцюжка від міста { $from } до міста { $to }: { $count ->
    [one] { $count } місто
    [few] { $count } міста
    [many] { $count } міст
   *[other] { $count } міста
}
graph-path-fit = Показати весь ланцюжок
graph-path-no-map = Мапу тут не вдалося намалювати; ланцюжок наведено вище.
graph-path-placing = Розміщення міст…
graph-path-no-coordinates = Мапи немає: міста ланцюжка не мають координат.
graph-path-map-note = { $count ->
    [one] { $count } місто
    [few] { $count } міста
    [many] { $count } міст
   *[other] { $count } міста
} ланцюжка на мапі. Наведіть на місто, щоб побачити його назву; відкрийте його сторінку клацанням або клавішею Enter.
graph-path-map-note-missing = { $count ->
    [one] { $count } місто
    [few] { $count } міста
    [many] { $count } міст
   *[other] { $count } міста
} ланцюжка на мапі; { $missing ->
    [one] { $missing } не має координат
   *[other] { $missing } не мають координат
}. Наведіть на місто, щоб побачити його назву; відкрийте його сторінку клацанням або клавішею Enter.
# a city on the map: its place in the chain ($n), name and country
graph-path-point = { $n }. { $name } ({ $country })
graph-path-point-start = { $n }. { $name } ({ $country }), початок
graph-path-point-end = { $n }. { $name } ({ $country }), кінець
graph-path-two-cities = Два міста
graph-path-on-the-way = Місто на шляху
graph-path-city = Місто
graph-path-network = Мережа
graph-path-partnership = Партнерство
graph-path-shared-network = Спільна мережа
graph-path-membership = Членство
# $cities: the cities' names, in the chain's order, joined by graph-path-then
graph-path-drawing = Схема ланцюжка від міста { $from } до міста { $to }: { $cities }. Список вище містить те саме.
graph-path-then = , далі
graph-path-no-drawing = У списку вище названо ті самі міста й мережі.
