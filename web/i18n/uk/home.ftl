# home: messages of this area (see web/js/i18n.js)
home-title = Відкритий реєстр міської дипломатії
home-lead = Побратимство, партнерства й угоди про дружбу між містами; мережі, до яких вони належать; делегації, навчальні візити та спільні проєкти; добрі практики, якими вони діляться, та Індекс міжкультурних міст. Кожен запис зазначає, звідки він походить.
# the name of the search box's region
home-search-region = Реєстр
home-search-label = Знайти місто, мережу, організацію або практику

## The most partnered cities
home-top-cities = Міста з найбільшою кількістю партнерств
home-map-empty = Для жодного міста з партнерствами ще не зафіксовано координат: карта порожня.
home-map-label = { $count ->
    [one] Карта світу: { $count } місто з найбільшою кількістю партнерств
    [few] Карта світу: { $count } міста з найбільшою кількістю партнерств
    [many] Карта світу: { $count } міст із найбільшою кількістю партнерств
   *[other] Карта світу: { $count } міста з найбільшою кількістю партнерств
}
home-partnerships = { $count ->
    [one] { $count } партнерство
    [few] { $count } партнерства
    [many] { $count } партнерств
   *[other] { $count } партнерства
}
# a point of the map: "Mapton (FR): 3 partnerships"
home-map-point = { $city } ({ $country }): { $count ->
    [one] { $count } партнерство
    [few] { $count } партнерства
    [many] { $count } партнерств
   *[other] { $count } партнерства
}
home-legend-most = Серед міст із найбільшою кількістю партнерств
home-legend-other = Інші міста з багатьма партнерствами
home-map-unplaced = { $count ->
    [one] { $count } з цих міст не має координат і не показане на карті.
    [few] { $count } з цих міст не мають координат і не показані на карті.
    [many] { $count } з цих міст не мають координат і не показані на карті.
   *[other] { $count } з цих міст не мають координат і не показані на карті.
}
home-map-failed = Тут не вдалося намалювати карту; міста перелічено нижче.

## Recent records
home-recent-practices = Нещодавні добрі практики
home-no-practice = Ще не опубліковано жодної практики.
home-practice-library = Пошук у бібліотеці добрих практик
home-recent-activities = Нещодавні заходи
home-no-activity = Ще не зафіксовано жодного заходу.

## Also
home-also = Також:
home-also-index = Індекс міжкультурних міст
home-also-graph = граф партнерств і мереж
home-sign-in = увійдіть
# $signin: a link, home-sign-in
home-sign-in-to-workspace = { $signin }, щоб перейти до робочого простору
