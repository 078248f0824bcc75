## needs and offers between cities (#/needs, #/need/ID)
needs-title = Потреби та пропозиції
needs-lead = Що потрібно містам під час кризи (обладнання, розміщення переміщених осіб, експертна допомога, фінансування, навчання, партнер), що пообіцяли інші міста і що вже надійшло.
needs-filters = Фільтрувати потреби
needs-any = Усі
needs-category = Категорія
needs-country = Країна
needs-country-hint = Дві літери, напр. UA.
needs-urgency = Терміновість
needs-status = Статус
needs-list = Список потреб
needs-none = Жодна потреба не відповідає цим фільтрам.
needs-map-label = { $count ->
    [one] Карта міст, на якій показано { $count } потребу
    [few] Карта міст, на якій показано { $count } потреби
    [many] Карта міст, на якій показано { $count } потреб
   *[other] Карта міст, на якій показано { $count } потреби
}
needs-map-point = { $city }: { $title } (задоволено { $met } з { $quantity })
needs-legend-urgent = Критична або висока терміновість
needs-legend-other = Інші потреби
needs-progress = задоволено { $met }, обіцяно { $pledged }, усього { $quantity }
needs-deadline = до { $date }
needs-deadline-label = Термін
needs-place = Місце доставки
needs-withdrawn-because = Причина відкликання
needs-post = Опублікувати потребу
needs-post-lead = Потреба вашого міста — в одній із категорій amity та в одиницях цієї категорії. Міста, які можуть допомогти, знайдуть її на дошці потреб і у своєму робочому просторі.
needs-posted = Потребу опубліковано.
needs-not-posted = Потребу не опубліковано
needs-sign-in = опублікувати потребу свого міста
needs-of-partners = Потреби наших міст-партнерів
needs-csv = Потреби у форматі CSV
needs-figures-networks = Цифри за мережами (CSV)
needs-figures-countries = Цифри за країнами (CSV)
needs-geojson = на мапі (GeoJSON)
needs-not-found = Потреби { $id } немає.
needs-pledges = Обіцянки
needs-no-pledge = Обіцянок ще немає.
needs-col-city = Місто
needs-col-quantity = Кількість
needs-col-status = Статус
needs-col-actions = Дії
needs-pledge = Пообіцяти
needs-pledge-quantity = Скільки ({ $unit })
needs-pledge-remaining = { $count ->
    [0] Усе вже обіцяно.
    [one] Ще не обіцяно: { $count }.
    [few] Ще не обіцяно: { $count }.
    [many] Ще не обіцяно: { $count }.
   *[other] Ще не обіцяно: { $count }.
}
needs-pledge-from-offer = Ця обіцянка — з вашої постійної пропозиції.
needs-pledge-note = Примітка
needs-pledged = Обіцянку записано; місту, що потребує допомоги, про це повідомлено.
needs-not-pledged = Обіцянку не записано: { $error }
needs-pledge-confirm = Підтвердити доставку
needs-pledge-cancel = Скасувати обіцянку
needs-step-withdraw = Відкликати потребу
needs-step-close = Закрити потребу
needs-step-done = Готово.
needs-step-not-done = Не виконано
needs-matches = Міста, які можуть допомогти
needs-matches-lead = Спершу найімовірніші, з поясненням чому: постійна пропозиція такого виду, партнерство, попередня доставка, ваші люди, що мають там зв’язки, спільні мережі, відстань, спільна мова.
needs-no-match = Поки що не знайдено жодного міста.
needs-comma = , { "" }
needs-reason-offer = { $count ->
    [one] { $count } постійна пропозиція такого виду
    [few] { $count } постійні пропозиції такого виду
    [many] { $count } постійних пропозицій такого виду
   *[other] { $count } постійної пропозиції такого виду
}
needs-reason-partner = місто-партнер
needs-reason-partner-of-partner = партнер партнера
needs-reason-helped-before = { $count ->
    [one] уже доставляло допомогу { $count } раз
    [few] уже доставляло допомогу { $count } рази
    [many] уже доставляло допомогу { $count } разів
   *[other] уже доставляло допомогу { $count } раза
}
needs-reason-network = { $count ->
    [one] разом у { $count } мережі
    [few] разом у { $count } мережах
    [many] разом у { $count } мережах
   *[other] разом у { $count } мережі
}
needs-reason-distance = за { $km } км
needs-reason-people = { $count ->
    [one] { $count } ваша людина має там зв’язки
    [few] { $count } ваші людини мають там зв’язки
    [many] { $count } ваших людей мають там зв’язки
   *[other] { $count } вашої людини мають там зв’язки
}
needs-reason-language = спільна мова: { $language }
needs-offers = Постійні пропозиції
needs-offers-lead = Що міста або організації в них можуть дати ще до того, як хтось попросить: обладнання, розміщення, експертну допомогу, навчання. Кожна пропозиція показує відкриті потреби, яким вона відповідає.
needs-offers-filters = Фільтрувати пропозиції
needs-offers-list = Список пропозицій
needs-offers-none = Жодна пропозиція не відповідає цим фільтрам.
needs-offers-needs = Дошка потреб
needs-offers-csv = Пропозиції у форматі CSV
needs-offer-make = Зробити пропозицію
needs-offer-post-lead = Що може дати ваше місто або організація в ньому — в одній із категорій amity та в одиницях цієї категорії, а також мова, з якою це приходить, якщо є. Міста, що потребують допомоги, побачать ваше місто серед тих, хто може допомогти.
needs-offer-made = Пропозицію записано.
needs-offer-not-made = Пропозицію не записано
needs-offer-sign-in = зробити постійну пропозицію від імені свого міста
needs-offer-not-found = Пропозиції { $id } немає.
needs-offer-language = мовою: { $language }
needs-offer-language-label = Мова
needs-offer-language-hint = Дві літери, якщо пропозиція передбачає певну мову: uk — для експерта, який володіє українською.
needs-offer-organisation-hint = Організація вашого міста, яка це надає, якщо не саме місто.
needs-offer-organisation = Організація
needs-offer-since = Пропонується з
needs-offer-step-withdraw = Відкликати пропозицію
needs-offer-matches = Відкриті потреби, яким вона відповідає
needs-offer-matches-lead = Спершу найтерміновіші, потім потреби міст-партнерів і ближчих міст. Відкрийте потребу, щоб пообіцяти допомогу.
needs-offer-no-match = Наразі їй не відповідає жодна відкрита потреба.
needs-category-generators = Генератори
needs-category-vehicles = Транспортні засоби
needs-category-medical = Медичне обладнання
needs-category-equipment-other = Інше обладнання
needs-category-hosting = Розміщення переміщених осіб
needs-category-expertise = Експертна допомога
needs-category-funding = Фінансування
needs-category-training = Навчання
needs-category-partner-city = Місто-партнер
needs-unit-generators = { $count ->
    [one] генератор
    [few] генератори
    [many] генераторів
   *[other] генератора
}
needs-unit-vehicles = { $count ->
    [one] транспортний засіб
    [few] транспортні засоби
    [many] транспортних засобів
   *[other] транспортного засобу
}
needs-unit-items = { $count ->
    [one] одиниця
    [few] одиниці
    [many] одиниць
   *[other] одиниці
}
needs-unit-kits = { $count ->
    [one] комплект
    [few] комплекти
    [many] комплектів
   *[other] комплекту
}
needs-unit-people = { $count ->
    [one] особа
    [few] особи
    [many] осіб
   *[other] особи
}
needs-unit-families = { $count ->
    [one] родина
    [few] родини
    [many] родин
   *[other] родини
}
needs-unit-experts = { $count ->
    [one] експерт
    [few] експерти
    [many] експертів
   *[other] експерта
}
needs-unit-person-days = { $count ->
    [one] людино-день
    [few] людино-дні
    [many] людино-днів
   *[other] людино-дня
}
needs-unit-places = { $count ->
    [one] місце
    [few] місця
    [many] місць
   *[other] місця
}
needs-unit-sessions = { $count ->
    [one] заняття
    [few] заняття
    [many] занять
   *[other] заняття
}
needs-unit-partnerships = { $count ->
    [one] партнерство
    [few] партнерства
    [many] партнерств
   *[other] партнерства
}
