# cities: messages of this area (see web/js/i18n.js)

## The list of cities (views/cities.js)
cities-title = Міста
cities-lead = Міста, селища та громади з їхніми партнерствами, мережами та заходами.
cities-search-label = Пошук міст
cities-name = Назва
cities-name-hint = Будь-яка частина назви, будь-якою абеткою
cities-country = Країна
cities-all-countries = Усі країни
cities-search = Шукати
cities-found = Знайдені міста
cities-count = { $count ->
    [one] { $count } місто
    [few] { $count } міста
    [many] { $count } міст
   *[other] { $count } міста
}
cities-none = Жодне місто не відповідає запиту.
cities-also = Також:
cities-countries-failed = Не вдалося завантажити список країн: { $error }

## A city's page (views/city.js)
cities-loading = Завантаження…
cities-region = Регіон
cities-population = Населення
cities-coordinates = Координати
cities-other-names = Інші назви:
cities-find-partners = Знайти міста-партнери
cities-how-connected = Як це місто пов’язане з…
cities-add-partnership = Додати партнерство
cities-add-activity = Додати захід
cities-index-link = Індекс міжкультурних міст { $round }
# follows the link above
cities-index-result = : загальний бал { $aggregate } зі 100, { $rank }-е місце з { $total } в останніх результатах
cities-index-published = (опублікований результат)
cities-partnerships-heading = Партнерства ({ $count })
cities-no-partnerships = Партнерств не зареєстровано.
cities-dormant = { $dormant ->
    [one] { $dormant } з { $total } партнерств неактивне
   *[other] { $dormant } з { $total } партнерств неактивні
}
cities-dormant-why = ({ $years ->
    [one] жодного заходу { $years } рік і довше
    [few] жодного заходу { $years } роки і довше
   *[other] жодного заходу { $years } років і довше
}).
cities-dormant-list = Показати їх
cities-col-partner = Партнер
cities-topics = Теми
cities-note = Примітка
cities-source = Джерело
cities-col-kind = Вид
cities-col-status = Статус
cities-col-signed = Підписано
cities-col-health = Стан
cities-partnerships-caption = Партнерства: { $city }
cities-recent-activities = Останні заходи
cities-no-activities = Заходів не зареєстровано.
cities-all-activities = Усі заходи: { $city }
cities-practices-heading = Добрі практики цього міста
cities-no-practices = Жодної доброї практики цього міста не опубліковано.
cities-all-practices = { $count ->
    [one] { $count } практика: { $city }
    [few] Усі { $count } практики: { $city }
    [many] Усі { $count } практик: { $city }
   *[other] Усі { $count } практики: { $city }
}
cities-describe-practice = Описати практику
# between the items of a list
cities-comma = {", "}

## The map of a city's partners
cities-map-loading = Карта міст-партнерів: { $city } (завантаження)
cities-map-failed = Тут не вдалося намалювати карту; партнерів перелічено нижче.
cities-map-home = { $city } ({ $country }), це місто
cities-map-placing = Розміщення міст-партнерів… { $done } з { $total }
cities-map-point = { $city }: { $health }
cities-map-point-several = { $city }: { $health }, { $count ->
    [one] { $count } партнерство
    [few] { $count } партнерства
   *[other] { $count } партнерств
}
cities-map-label = { $count ->
    [one] Карта: { $count } місто-партнер міста { $city }
    [few] Карта: { $count } міста-партнери міста { $city }
   *[other] Карта: { $count } міст-партнерів міста { $city }
}
cities-map-no-coordinates = { $count ->
    [one] { $count } місто-партнер не має координат
    [few] { $count } міста-партнери не мають координат
   *[other] { $count } міст-партнерів не мають координат
}
cities-map-not-loaded = { $count ->
    [one] { $count } місто-партнер не вдалося завантажити
    [few] { $count } міста-партнери не вдалося завантажити
   *[other] { $count } міст-партнерів не вдалося завантажити
}
cities-map-not-looked-up = { $count ->
    [one] ще { $count } місто-партнер не шукали (карта обмежена { $max })
    [few] ще { $count } міста-партнери не шукали (карта обмежена { $max })
   *[other] ще { $count } міст-партнерів не шукали (карта обмежена { $max })
}
cities-map-not-cities = { $count ->
    [one] { $count } партнерство укладено з організацією чи країною, а не з містом
    [few] { $count } партнерства укладено з організаціями чи країнами, а не з містами
   *[other] { $count } партнерств укладено з організаціями чи країнами, а не з містами
}
cities-map-shown = { $count ->
    [one] На карті { $count } місто-партнер.
    [few] На карті { $count } міста-партнери.
   *[other] На карті { $count } міст-партнерів.
}
cities-map-home-no-coordinates = { $city } не має координат, тому лінії не намальовано.
cities-map-not-on-map = Немає на карті: { $reasons }.
# between the reasons above
cities-map-separator = {"; "}
cities-map-none = Карти немає: { $city } та міста-партнери не мають координат.
cities-map-none-failed = { $count ->
    [one] Карти немає: { $city } та міста-партнери не мають координат ({ $count } місто-партнер не вдалося завантажити).
    [few] Карти немає: { $city } та міста-партнери не мають координат ({ $count } міста-партнери не вдалося завантажити).
   *[other] Карти немає: { $city } та міста-партнери не мають координат ({ $count } міст-партнерів не вдалося завантажити).
}
cities-map-legend-partner = Місто-партнер (відкриває його сторінку)

## Diaspora groups on a city's page
cities-diaspora-heading = Діаспора ({ $count })
cities-diaspora-lead = Групи людей, які живуть у місті { $city } і походять з іншої країни чи міста. Пропозиції партнерів шукають партнерів там, звідки походять мешканці міста, і там, де тепер живуть його вихідці.
cities-diaspora-add = Додати групу діаспори
cities-diaspora-none = Груп діаспори не зареєстровано.
cities-diaspora-from = Звідки
cities-diaspora-people = Осіб
cities-number-not-known = кількість невідома
cities-diaspora-year = Рік
cities-not-known = невідомо
cities-not-given = не вказано
cities-change = Зміни
cities-edit = Редагувати
cities-delete = Видалити
cities-cancel = Скасувати
cities-diaspora-edit-label = Редагувати групу з { $from }
cities-diaspora-delete-label = Видалити групу з { $from }
cities-diaspora-caption = Групи діаспори в місті { $city }
cities-diaspora-delete-yes = Видалити групу
cities-diaspora-delete-title = Видалити групу з { $from }?
cities-diaspora-delete-text = Її більше не буде в переліку міста { $city }, і вона не враховуватиметься в пропозиціях партнерів.
cities-deleting = Видалення…
cities-diaspora-deleted = Видалено групу з { $from }, що живе в місті { $city }.
cities-diaspora-not-deleted = Групу не видалено: { $error }
cities-abroad-heading = Де живуть вихідці з цього міста
cities-abroad-lead = Групи вихідців із міста { $city }, зареєстровані в інших містах.
cities-abroad-source = джерело:
cities-abroad-also = є також дані за { $years }
cities-abroad-year-not-known = невідомий рік
cities-abroad-read-from = За { $count } найбільшими з { $total } зареєстрованих показників.
cities-people = { $count ->
    [one] { $count } особа
    [few] { $count } особи
    [many] { $count } осіб
   *[other] { $count } особи
}

## Adding or changing a diaspora group (views/diaspora-form.js)
cities-diaspora-edit-title = Редагувати групу діаспори
# completes the sign-in prompt: "Sign in to …"
cities-diaspora-sign-in-add = додати групу діаспори
cities-diaspora-sign-in-edit = змінити групу діаспори
cities-diaspora-not-allowed = Ваш обліковий запис не може змінювати групи діаспори міста { $city }: їх реєструє відповідальний за міжнародні зв’язки міста або адміністратор.
cities-back-to = Назад до: { $city }
cities-diaspora-form-lead = Група людей, які живуть у місті й походять з іншої країни чи міста, з показником, який наводить джерело. Пропозиції партнерів шукають партнерів там, звідки походять мешканці міста, і там, де тепер живуть його вихідці.
cities-diaspora-who-where = Хто де живе
cities-diaspora-city = Місто
cities-diaspora-city-hint = Де живе група.
cities-diaspora-city-hint-type = Де живе група. Введіть частину назви й виберіть зі списку.
cities-diaspora-chosen-city = Вибране місто
cities-diaspora-origin-country = Країна походження
cities-diaspora-origin-country-hint = Звідки походить група. Береться з міста походження нижче, якщо ви його виберете.
cities-diaspora-choose-country = Виберіть країну
cities-diaspora-origin-city = Місто походження
cities-diaspora-comes-from = Походить з
cities-diaspora-origin-city-hint = Необов’язково: місто, з якого походить група, якщо джерело його називає.
cities-diaspora-figure = Показник
cities-diaspora-size = Кількість осіб
cities-diaspora-size-hint = Як їх рахує джерело, напр. 12 345. Залиште порожнім, якщо джерело не наводить числа.
cities-diaspora-year-hint = Рік показника, напр. 2023.
cities-diaspora-source-hint = Хто рахував: перепис, статистична служба, опитування.
cities-diaspora-source-url = Джерело (вебадреса)
cities-diaspora-save = Зберегти зміни
cities-diaspora-add-group = Додати групу
cities-diaspora-check-city = Виберіть зі списку місто, де живе група.
cities-diaspora-check-origin-city = Виберіть місто походження зі списку або залиште поле порожнім.
cities-diaspora-check-origin-country = Виберіть країну, з якої походить група.
cities-diaspora-check-size = Запишіть кількість осіб цілим числом, наприклад 12 345.
cities-diaspora-check-year = Запишіть рік чотирма цифрами, наприклад 2023.
cities-diaspora-not-saved = Групу не збережено
cities-diaspora-not-saved-because = Групу не збережено: { $problem }
cities-saving = Збереження…
cities-diaspora-saved = Збережено групу з { $from }, що живе в місті { $city }.
cities-diaspora-added = Додано групу з { $from }, що живе в місті { $city }.
cities-diaspora-the-city = місто

## Partner suggestions for a city (views/partner-suggestions.js)
cities-suggest-title = Пропозиції партнерів: { $city }
cities-suggest-heading = Міста-партнери для: { $city }
cities-suggest-lead = Міста, з якими { $city } ще не має партнерства, від найкращих: партнери його партнерів і міст, що мають із ним спільного партнера, партнери сусідніх міст, міста поблизу його партнерів, спільні мережі, групи діаспори в обидва боки (звідки походять його мешканці та де живуть його вихідці), теми, над якими працюють обидва, подібний розмір і відстань — усе це враховується. «Це місто» в поясненнях — { $city }. Пропозиція — це напрям для вивчення, а не рекомендація.
cities-suggest-no-partners = { $city } не має зареєстрованих партнерств: пропозиції ґрунтуються на сусідніх містах, його мережах, розмірі та відстані.
cities-suggest-any-country = Будь-яка країна
cities-suggest-abroad = Лише за кордоном
cities-suggest-abroad-check = Без міст країни { $country }
cities-suggest-network = Мережа
cities-suggest-any-network = Будь-яка мережа
cities-suggest-network-hint = Лише чинні члени
cities-suggest-topic = Тема
cities-suggest-any-topic = Будь-яка тема
cities-suggest-topic-hint = З добрими практиками чи заходами на цю тему
cities-scheme-icc = Теми міжкультурних міст
cities-scheme-wego = Тематичні напрями WeGO
cities-scheme-sdg = Цілі сталого розвитку ООН
cities-suggest-min-population = Населення щонайменше
cities-suggest-max-population = Населення щонайбільше
cities-suggest-filter-label = Фільтрувати пропозиції
cities-suggest-apply = Застосувати
cities-suggest-clear = Скинути фільтри
cities-suggest-unknown-country = { $code } (невідома країна)
cities-suggest-unknown-network = Мережа { $id } (невідома)
cities-suggest-unknown-topic = { $topic } (невідома тема)
cities-suggest-suggestions = Пропозиції
cities-suggest-ties = Через мешканців і спільну роботу
cities-suggest-ties-lead = Міста, які діаспора або спільна тема пов’язує з містом { $city }, але яких немає серед пропозицій вище: упорядковані так само, з причинами.
cities-suggest-on-the-map = На карті
# the filters in words: "12 suggested partner cities in France, members of Eurocities, …"
cities-suggest-in-country = (країна: { $country })
cities-suggest-outside = (поза країною: { $country })
cities-suggest-members-of = члени мережі { $network }
cities-suggest-network-id = мережа { $id }
cities-suggest-active-on = активні в темі «{ $topic }»
cities-suggest-population-between = з населенням від { $min } до { $max }
cities-suggest-population-min = з населенням щонайменше { $min }
cities-suggest-population-max = з населенням щонайбільше { $max }
cities-suggest-loading = Завантаження пропозицій…
cities-suggest-summary = { $count ->
    [one] { $count } запропоноване місто-партнер, від найкращих.
    [few] { $count } запропоновані міста-партнери, від найкращих.
   *[other] { $count } запропонованих міст-партнерів, від найкращих.
}
cities-suggest-summary-filtered = { $count ->
    [one] { $count } запропоноване місто-партнер { $filters }, від найкращих.
    [few] { $count } запропоновані міста-партнери { $filters }, від найкращих.
   *[other] { $count } запропонованих міст-партнерів { $filters }, від найкращих.
}
cities-suggest-none-filtered = Жодного міста { $filters } не запропоновано. Спробуйте менше фільтрів.
cities-suggest-none = Для міста { $city } жодного міста не запропоновано.
cities-suggest-none-shown = Пропозицій не показано.
cities-suggest-filter-refused = Один із фільтрів не прийнято: див. повідомлення поруч із ним.
cities-suggest-failed = Не вдалося завантажити пропозиції
cities-suggest-inhabitants = { $count ->
    [one] { $count } мешканець
    [few] { $count } мешканці
    [many] { $count } мешканців
   *[other] { $count } мешканця
}
cities-suggest-population-not-known = населення невідоме
cities-suggest-chain-title = Як { $city } пов’язане з { $other }
cities-suggest-chain = ланцюжок
cities-suggest-chain-hidden = між двома містами
# the strength of a suggestion, 0 to 100 ($max); $share: the same as a percentage ("82%")
cities-suggest-strength = Сила { $strength } зі { $max }
cities-suggest-strength-label = Сила
cities-suggest-strength-text = Сила { $strength } зі { $max }: сильніша за { $share } справжніх партнерств до їх укладення
cities-suggest-strength-note = Сила, від { $min } до { $max }, порівнює пропозицію зі справжніми партнерствами так, як модель оцінювала їх до укладення: сила { $example } означає, що пропозиція сильніша за { $share } із них.
cities-suggest-why = Чому
cities-suggest-less = Менше на її користь
cities-suggest-topics = обидва працюють над темами: { $topics }
cities-suggest-topics-more = обидва працюють над темами: { $topics } (і ще { $count })
cities-suggest-not-counted = (не враховано)
# the reasons of a suggestion, worded from the figures the server gives
cities-reason-partners = { $count ->
    [one] партнер { $count } з партнерів цього міста
    [few] партнер { $count } з партнерів цього міста
    [many] партнер { $count } з партнерів цього міста
   *[other] партнер { $count } з партнерів цього міста
}
cities-reason-chain = партнер міст, які мають спільного партнера з цим містом
cities-reason-regional = уже партнер міст поблизу цього міста
cities-reason-division = міста його області чи регіону — партнери міст регіону цього міста
cities-reason-region = поблизу партнерів цього міста або міст довкола нього
cities-reason-countries = { $count ->
    [one] між містами країн { $a } і { $b } є { $count } партнерство
    [few] між містами країн { $a } і { $b } є { $count } партнерства
    [many] між містами країн { $a } і { $b } є { $count } партнерств
   *[other] між містами країн { $a } і { $b } є { $count } партнерства
}
cities-reason-countries-within = { $count ->
    [one] між містами країни { $a } є { $count } партнерство
    [few] між містами країни { $a } є { $count } партнерства
    [many] між містами країни { $a } є { $count } партнерств
   *[other] між містами країни { $a } є { $count } партнерства
}
# less in its favour: few of the partnerships of the city's country's cities ($total) are with the other country
cities-reason-countries-few = { $count ->
    [0] жодне з { $total } партнерств міст країни { $a } не укладено з містом країни { $b }
   *[other] лише { $count } з { $total } партнерств міст країни { $a } укладено з містами країни { $b }
}
cities-reason-networks = члени тих самих мереж
cities-reason-size = схожий розмір ({ $a } і { $b } мешканців)
cities-reason-size-different = дуже різний розмір: { $a } і { $b } мешканців
cities-reason-namesake = місто з такою самою назвою за кордоном
cities-reason-seat-capitals = обидва — столиці своїх країн
cities-reason-seat-regions = обидва — центри регіонів (або столиці)
cities-reason-popularity = { $count ->
    [one] має { $count } місто-партнер
    [few] має { $count } міста-партнери
    [many] має { $count } міст-партнерів
   *[other] має { $count } міста-партнера
}
cities-reason-distance-near = за { $km } км, ближче, ніж більшість міст-партнерів
cities-reason-distance-far = за { $km } км, далі, ніж більшість міст-партнерів
cities-reason-diaspora = діаспора пов’язує ці два міста
cities-reason-diaspora-count = { $count ->
    [one] { $count } особа з { $origin } живе в { $host }
    [few] { $count } особи з { $origin } живуть у { $host }
    [many] { $count } осіб з { $origin } живуть у { $host }
   *[other] { $count } особи з { $origin } живуть у { $host }
}
cities-reason-diaspora-people = люди з { $origin } живуть у { $host }
cities-suggest-map-empty = Немає пропозицій для показу на карті.
cities-suggest-map-label-all = Карта запропонованих міст-партнерів для міста { $city }
cities-suggest-map-failed = Тут не вдалося намалювати карту; пропозиції перелічено вище.
cities-suggest-map-label = { $count ->
    [one] Карта: { $count } запропоноване місто-партнер для міста { $city }
    [few] Карта: { $count } запропоновані міста-партнери для міста { $city }
   *[other] Карта: { $count } запропонованих міст-партнерів для міста { $city }
}
cities-suggest-map-shown = { $count ->
    [one] На карті { $count } запропоноване місто
    [few] На карті { $count } запропоновані міста
   *[other] На карті { $count } запропонованих міст
}
cities-suggest-map-no-coordinates = { $count ->
    [one] { $count } не має координат
   *[other] { $count } не мають координат
}
cities-suggest-map-home-no-coordinates = саме місто { $city } не має координат
cities-suggest-map-note = { $notes }. Наведіть на місто, щоб побачити назву; відкрийте його сторінку клацанням або клавішею Enter.
cities-suggest-map-legend = Запропоноване місто (відкриває його сторінку)
cities-suggest-not-applied = Фільтри не застосовано. { $field }: { $problem }
cities-suggest-check-number = Введіть ціле число мешканців, наприклад 50000.
cities-suggest-check-range = Це менше за найменше задане населення.
cities-calendar = Календар
cities-calendar-link = Його заходи, щоб підписатися (iCalendar)
