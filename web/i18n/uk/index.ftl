# index: messages of this area (see web/js/i18n.js)

## Shared by the Index pages (views/index-shared.js, views/index-sources.js)
index-title = Індекс міжкультурних міст
index-loading = Завантаження…
index-colon = { $label }:
index-full-stop = .
index-list-separator = { ", " }
index-percent = { $value }%
index-status-draft = Чернетка
index-status-submitted = Подано
index-status-published = Опубліковано
index-status-note-draft = Чернетка: її бачать лише відповідальний за міжнародні зв’язки міста та адміністратори. Місця в рейтингу — такі, якими вони були б, якби анкету подали зараз.
index-status-note-submitted = Подано містом: відповіді зафіксовано, і результат входить до вибірки.
index-status-note-published = Результат у тому вигляді, у якому його опублікувало джерело; записаний без відповідей, на яких він ґрунтується.
index-rank-of = { $rank } з { $of }
index-count-of = { $count } з { $of }
index-kind-input = Політика
index-kind-fact = Факт
index-kind-impact = Вплив
index-questionnaire = Анкета
index-offer-label = Анкета міста { $city }
index-offer-continue = Продовжити анкету за { $round } рік
index-offer-start = Почати анкету за { $round } рік
index-offer-starting = Відкриваємо анкету…
index-offer-started = Анкету міста { $city } за { $round } рік відкрито: відповіді зберігаються одразу.
index-offer-not-started = Не вдалося відкрити анкету
index-offer-your-city = Ви заповнюєте анкету за своє місто — { $city }.
index-offer-your-account = Ваш обліковий запис може заповнювати анкету за місто { $city }.
index-offer-draft-hint = Доки чернетку не подано, її бачите лише ви та адміністратори.
index-about-questionnaire = Про анкету ({ $title })
index-cities-of = Міста країни: { $country }
index-cities-count = { $count ->
    [one] { $count } місто
    [few] { $count } міста
    [many] { $count } міст
   *[other] { $count } міста
}
index-round = Рік
index-rank = Місце
index-city = Місто
index-country = Країна
index-all-countries = Усі країни
index-aggregate = Загальний бал
index-percentile = Процентиль
index-indicator = Показник
index-not-published = не опубліковано
index-not-ranked = без місця
index-not-known = невідомо
index-not-counted = не враховано
index-score-is = бал { $score }
index-average-of = { $group } (середнє)
index-answered-of = відповіді: { $answered } з { $questions }
index-points = { $points ->
    [one] { $points } бал
    [few] { $points } бали
    [many] { $points } балів
   *[other] { $points } бала
}
index-points-of = { $max ->
    [one] { $points } з { $max } бала
    [few] { $points } з { $max } балів
    [many] { $points } з { $max } балів
   *[other] { $points } з { $max } бала
}
index-cancel = Скасувати

## Sources of published results (views/index-sources.js)
index-source = Джерело
index-source-also = { $what } (ще одне джерело)
index-source-of = { $text } (джерело: { $host })
index-source-names = { $count ->
    [one] джерело
   *[other] джерела
}
index-rank-as-published = Опубліковане місце
index-as-published = , як опубліковано
index-rank-not-stated = місце не вказано;
index-sample-of = вибірка з { $size }
index-sample-size-as-published = Опублікований розмір вибірки
index-aggregate-as-published = Опублікований загальний бал
index-caveat = Застереження

## The results (views/index-results.js)
index-results-lead = Міста відповідають на анкету про свою міжкультурну політику; кожен показник оцінюється від 0 до 100, а зважений загальний бал визначає місце кожного міста серед інших і в групах за розміром ({ $population } мешканців) та різноманіттям ({ $share } народжених за кордоном).
index-results-only-country = Лише міста вибраної країни
index-results-none-yet = Жодне місто ще не має результату в Індексі.
index-results-choose = Вибір результатів
index-results-rank-within = Рейтинг у межах
index-results-rank-within-hint = За критерієм: { $description }.
index-results = Результати
index-results-failed = Не вдалося завантажити результати: { $error }
index-results-heading = Результати { $round }: { $group }
index-results-summary-country = { $count ->
    [one] { $count } місто
    [few] { $count } міста
    [many] { $count } міст
   *[other] { $count } міста
} ({ $country }) серед { $ranked } результатів із загальним балом, які має amity, у групі «{ $group }» (середнє { $average }).
index-results-summary = { $count ->
    [one] { $count } місто
    [few] { $count } міста
    [many] { $count } міст
   *[other] { $count } міста
}: { $ranked } мають місце серед результатів, які має amity; середній загальний бал { $average }.
index-results-summary-unranked = { $count ->
    [one] { $count } місто
    [few] { $count } міста
    [many] { $count } міст
   *[other] { $count } міста
}: { $ranked } мають місце серед результатів, які має amity, { $unranked } опубліковано без загального бала (у списку, без місця); середній загальний бал { $average }.
index-results-not-ranked-why = Опубліковано без загального бала: amity не може визначити його місце
index-results-result-of = Результат за
index-results-groups = Групи
index-results-none-here = Жодне місто з цієї вибірки не має результату.
index-results-hint = Вибірка року — це останній результат кожного міста до цього року включно; місце визначається серед результатів із загальним балом, які має amity, а процентиль — це частка інших міст рейтингу, які місто випереджає. Опубліковане місце — це місце за джерелом, у вибірці його власного року (або в підгрупі, яку називає джерело): його не можна порівнювати ні з місцем в amity, ні між роками.
index-results-over-200k = { $population } і більше
index-results-under-200k = менше ніж { $population }
index-results-over-15pct = народжені за кордоном: { $share } і більше
index-results-under-15pct = народжені за кордоном: менше ніж { $share }

## The questionnaire (views/index-respond.js)
index-respond-title = Анкета Індексу
index-respond-sign-in = заповнити анкету Індексу за своє місто
index-city-n = Місто { $id }
index-respond-page-title = Анкета Індексу: { $city } { $round }
index-respond-heading = Анкета Індексу: { $city }, { $round }
index-respond-note-draft = Чернетка: її бачать лише відповідальний за міжнародні зв’язки міста та адміністратори.
index-respond-note-submitted = Подано: відповіді зафіксовано, і результат входить до вибірки.
index-respond-lead = Виберіть одну відповідь на кожне запитання; примітка та посилання на джерело підтверджують її. Відповіді зберігаються одразу, а сервер перераховує бали після кожного збереження. Запитання без відповіді дають 0 балів. Коли закінчите, подайте анкету: після цього відповіді буде зафіксовано.
index-respond-may-not-change = Ваш обліковий запис не може змінювати ці відповіді.
index-respond-frozen = Ці відповіді подано, і їх більше не можна змінити.
index-respond-see-report = Переглянути звіт
index-respond-save = Зберегти відповіді
index-respond-submit = Подати…
index-respond-progress = Поступ і бал
index-respond-completeness = Заповнено
index-respond-score-so-far = Бал наразі
index-respond-about-city = Про місто
index-respond-about-city-hint = Ці дані визначають групи за розміром і різноманіттям, з якими порівнюють місто; балів вони не дають.
index-respond-unit = Одиниця: { $unit }.
index-respond-range = Від { $min } до { $max }.
index-respond-open-all = Розгорнути всі розділи
index-respond-close-all = Згорнути всі розділи
index-respond-indicators = Показники
index-respond-optional-tag = необов’язковий
index-respond-weight = Вага в загальному балі: { $weight }.
index-respond-optional-hint = Необов’язковий: враховується, лише якщо є відповідь хоча б на одне його запитання.
index-respond-clear = Очистити відповідь
index-respond-kind-hint-input = що робить місто
index-respond-kind-hint-fact = виміряний факт
index-respond-kind-hint-impact = що змінилося для людей
index-respond-evidence-note = Примітка-підтвердження
index-respond-evidence-link = Посилання-підтвердження
index-respond-optional = (необов’язково)
index-respond-enter-number = Введіть число.
index-respond-choose-answer = Виберіть відповідь, до якої належить підтвердження.
index-respond-some-not-saved = Деякі відповіді не збережено: див. повідомлення біля них.
index-respond-some-were-not-saved = Деякі відповіді не вдалося зберегти: див. повідомлення біля них.
index-respond-all-saved = Усі відповіді збережено.
index-respond-all-saved-at = Усі відповіді збережено ({ $time }).
index-respond-saving = Збереження…
index-respond-already-submitted = Ці відповіді більше не можна змінити: анкету подано.
index-respond-not-saved-status = Відповіді не збережено: { $error }
index-respond-not-saved = Не збережено: { $error }
index-respond-saved = Відповіді збережено.
index-respond-completeness-text = відповіді на { $answered } з { $questions } запитань ({ $share })
index-respond-submit-now = Подати зараз
index-respond-confirm-title = Подати анкету міста { $city } за { $round } рік?
index-respond-confirm-text = Після подання відповіді фіксуються: їх більше не можна змінити, а результат потрапляє до вибірки, у якій визначають місця міст.
index-respond-confirm-left = { $count ->
    [one] { $count } запитання залишилося без відповіді: воно дає 0 балів.
    [few] { $count } запитання залишилися без відповіді: вони дають 0 балів.
    [many] { $count } запитань залишилися без відповіді: вони дають 0 балів.
   *[other] { $count } запитання залишилися без відповіді: вони дають 0 балів.
}
index-respond-submitting = Подання…
index-respond-not-submitted-saving = Не подано: деякі відповіді не вдалося зберегти; див. повідомлення біля них.
index-respond-submitted = Подано: анкету міста { $city } за { $round } рік зафіксовано, вона входить до результатів.
index-respond-not-submitted = Не подано: { $error }

## A city's report (views/index-report.js)
index-report-no-such-city = Такого міста немає.
index-report-comparison-left-out = Групу для порівняння не враховано: { $error }
index-report-title = { $city }: Індекс міжкультурних міст { $round }
index-report-title-no-round = { $city }: Індекс міжкультурних міст
index-report-result = Результат
index-report-status = Статус
index-report-rank-not-stated = джерела не вказують
index-report-rank-amity = Місце серед результатів, які має amity
index-report-rank-all = Місце серед усіх міст
index-report-change-since = Зміна від { $round }
index-report-questions-answered = Запитання з відповідями
index-report-questionnaire = Анкета
index-report-print = Друк / зберегти як PDF
index-report-continue = Продовжити анкету
index-report-see-answers = Переглянути подані відповіді
index-report-rounds = Роки
index-report-ranks = Місця
index-report-ranks-hint = Вибірка року — це останній результат кожного міста до цього року включно. Процентиль — це частка інших міст групи, які місто випереджає за балом.
index-report-group = Група
index-report-not-ranked-no-aggregate = без місця (немає загального бала)
index-report-not-in-group = не входить до цієї групи
index-report-cities = Міста
index-report-group-average = Середнє групи
index-report-ranks-caption = Місця міста { $city } за { $round } рік
index-report-ranks-hint-published = Ці місця визначено серед результатів із загальним балом, які має amity. Опубліковане місце — це місце за джерелом, у вибірці його року (або в підгрупі, яку воно називає): його не можна порівнювати ні з цими місцями, ні між роками.
index-report-source-words = Як це формулює джерело
index-report-ranks-as-published = Опубліковані місця
index-report-profile = Профіль
index-report-no-profile = Цей результат опубліковано без балів за показниками: профілю побудувати не можна.
index-report-radar-label = Радарна діаграма балів міста { $city } за показниками (від 0 до 100) порівняно з: { $others }. Числа наведено в таблиці «Бали за показниками».
index-report-no-other-city = жодним іншим містом
index-report-radar-caption = Кожен промінь — це показник, від 0 у центрі до 100 на краю. Ті самі числа наведено в таблиці нижче.
index-report-too-few-radar = Замало показників для радарної діаграми.
index-report-scores-by-indicator = Бали за показниками
index-report-bars-label = Стовпчикова діаграма балів міста { $city } за кожним показником із середнім значенням групи. Числа наведено в таблиці під нею.
index-report-compare-average = Порівняти із середнім групи
index-report-bars-compare = Тепер стовпчики порівнюються з: { $group }.
index-report-bars-compare-nothing = Тепер стовпчики ні з чим не порівнюються.
index-report-all-cities-average = Усі міста (середнє)
index-report-indicators-caption = Бали міста { $city } за показниками за { $round } рік, від 0 до 100
index-report-line-label = Лінійна діаграма загального бала міста { $city } за роками: { $values }.
index-report-progress = Динаміка за роками
index-report-published-result = Опублікований результат
index-report-progress-caption = Загальний бал міста { $city } за роками
index-report-city-aggregate = { $city }: загальний бал
index-report-average-paren = (середнє { $score })
index-report-extremes = Найсильніші та найслабші показники
index-report-strongest = Найсильніші
index-report-weakest = Найслабші
index-report-none = Немає.
index-report-too-few-weakest = Замало показників, щоб назвати найслабші окремо від найсильніших.
index-report-amity-not-ranked = { $count ->
    [one] без місця: опубліковано без загального бала (amity має { $count } результат із ним за { $round } рік)
    [few] без місця: опубліковано без загального бала (amity має { $count } результати з ним за { $round } рік)
    [many] без місця: опубліковано без загального бала (amity має { $count } результатів із ним за { $round } рік)
   *[other] без місця: опубліковано без загального бала (amity має { $count } результату з ним за { $round } рік)
}
index-report-amity-rank = { $count ->
    [one] { $rank } результату, який має amity за { $round } рік
   *[other] { $rank } результатів, які має amity за { $round } рік
}
index-figure-aggregate = загальний бал
index-figure-rank = місце
index-figure-sample-size = розмір вибірки
index-figure-population = населення
index-figure-foreign-born-pct = частку народжених за кордоном
index-figure-over-200k = групу за розміром
index-figure-over-15pct = групу за різноманіттям
index-figure-published-rank = місця словами
index-report-not-published-not-ranked = не опубліковано: amity не визначає місця для цього результату
index-report-sample-ranked-in = Вибірка, у якій визначено місце
index-report-population-published = Опубліковане населення
index-report-born-abroad-published = Народжені за кордоном, за публікацією
index-report-ranks-source-words = Місця, як їх формулює джерело
index-report-indicator-published = { $indicator } (опублікований бал показника)
index-report-sources = { $count ->
    [one] Джерело
   *[other] Джерела
}
index-report-states = зазначає: { $figures }
index-report-indicator-score = бал «{ $indicator }»
index-report-nothing-recorded = нічого не записано
index-report-none-choice = Немає
index-report-add-groups = Додати групи для порівняння
index-report-compare-country = Порівняти з містами країни
index-report-compare-network = Порівняти з членами мережі
index-report-compare = Порівняти
index-report-computation = Як обчислюються бали
index-report-computation-published = Це результат у тому вигляді, у якому його опубліковано, без відповідей, на яких він ґрунтується: його бали не можна простежити тут до запитань і балів за відповіді. Кожне число нижче посилається на джерела, що його зазначають.
index-report-computation-how = Відповідь на кожне запитання дає бали. Бал показника — це сума його балів, поділена на максимум, який можуть дати його запитання, помножена на 100; запитання без відповіді дає 0 балів. Необов’язкові показники враховуються, лише якщо є відповідь хоча б на одне їхнє запитання. Загальний бал — це середнє врахованих показників, кожен зважений своєю вагою.
index-report-formula = Загальний бал = Σ (вага × бал) ÷ Σ ваг = { $points } ÷ { $weights } =
index-report-composite-of = (зважене середнє показників: { $indicators }).
index-report-context = Контекст
index-report-population = мешканців: { $population } ({ $group })
index-report-or-more = { $value } або більше
index-report-under = менше ніж { $value }
index-report-population-not-given = населення не вказано (використовуються дані довідника, якщо вони є)
index-report-context-separator = { "; " }
index-report-born-abroad = народжених за кордоном: { $share } ({ $group })
index-report-born-abroad-not-given = частку народжених за кордоном не вказано
index-report-context-end = . Ці дані визначають групи міста за розміром і різноманіттям.
index-report-points = Бали
index-report-answered = Відповіді
index-report-weight = Вага
index-report-score = Бал
index-report-not-counted-optional = не враховано (необов’язковий, без відповідей)
index-report-weight-times-score = Вага × бал
index-report-computation-caption = Бали за показниками з балів за відповіді, з вагами
index-report-answers-behind = Відповіді, з яких складається кожен показник
index-report-not-answered = { $max ->
    [one] Без відповіді: { $points } з { $max } бала.
    [few] Без відповіді: { $points } з { $max } балів.
    [many] Без відповіді: { $points } з { $max } балів.
   *[other] Без відповіді: { $points } з { $max } бала.
}
index-report-answer = Відповідь
index-report-evidence = Підтвердження
index-report-link = Посилання
index-report-trace-sum = балів: { $points } з { $max }, відповідей: { $answered } з { $questions }, вага { $weight } →
index-report-no-questions = Запитань немає.
index-report-no-result-round = Місто { $city } не має результату в Індексі за { $round } рік.
index-report-no-result = Місто { $city } ще не має результату в Індексі.
index-report-see-others = Переглянути результати інших міст
index-report-expert-reports = Звіти експертів мережі
index-report-expert-report-untitled = Звіт
