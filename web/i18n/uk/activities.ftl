# activities: messages of this area (see web/js/i18n.js)

## An activity in a list
activities-date-not-known = дата невідома
# $city: the host city (a link)
activities-hosted-by = приймає { $city }
# $list: the cities and organisations
activities-with = Учасники: { $list }
activities-topics = Теми

## The list (#/activities)
activities-title = Заходи
activities-only-of = Лише заходи міста
activities-city-hint = Які місто приймає або в яких бере участь.
activities-any-network = Будь-яка мережа
activities-any-kind = Будь-який вид
activities-filter-label = Фільтр заходів
activities-programme-hint = Як написано, напр. URBACT
activities-year = Рік
activities-year-hint = Рік початку
activities-filter = Фільтрувати
activities-upcoming = Майбутні й поточні
activities-past = Минулі
activities-lead = Візити делегацій і навчальні візити, конференції, семінари, спільні проєкти та обміни між містами.
activities-add = Додати захід
# $partnership: a link to the partnership
activities-only-partnership = Лише заходи партнерства { $partnership }.
activities-only-partnership-id = Лише заходи партнерства { $id }.
activities-show-all = Показати всі
activities-year-over = Немає: { $year } рік уже минув.
activities-no-upcoming = Жоден майбутній захід не відповідає цим фільтрам.
activities-past-count = { $count ->
    [one] { $count } минулий захід
    [few] { $count } минулі заходи
    [many] { $count } минулих заходів
   *[other] { $count } минулого заходу
}
activities-no-past = Жоден минулий захід не відповідає цим фільтрам.
activities-error = Не вдалося завантажити заходи: { $error }

## One activity (#/activity/ID)
activities-not-known = невідомо
activities-edit = Редагувати
activities-delete = Видалити
activities-delete-title = Видалити захід «{ $title }»?
activities-delete-text = Він більше не відображатиметься в списках і не впливатиме на стан свого партнерства.
activities-delete-yes = Видалити захід
activities-deleting = Видалення…
activities-deleted = Видалено захід «{ $title }».
activities-delete-error = Захід не видалено: { $error }

## Add or change an activity
# a partnership to choose: "Kraków: Twinning (signed)"
activities-form-partnership-choice = { $partner }: { $kind } ({ $status })
activities-form-agreement = угода
activities-form-add-title = Додати захід
activities-form-change-title = Змінити захід
# said after "Sign in to"
activities-form-sign-in-add = додати захід
activities-form-sign-in-change = змінити захід
activities-form-not-allowed = Ваш обліковий запис не може змінювати цей захід: це можуть робити відповідальні за міжнародні зв’язки його міст, секретаріат його мережі або адміністратор.
activities-form-back = Назад до заходу
activities-form-what-when = Що і коли
activities-form-who = Хто
activities-form-details = Подробиці
activities-form-save = Зберегти зміни
activities-form-add = Додати захід
activities-form-not-saved = Захід не збережено
activities-form-not-added = Захід не додано
activities-form-saved = Зміни збережено.
activities-form-added = Захід додано.
activities-form-lead = Візит, конференція, проєкт чи обмін між містами. Поля, позначені як обов’язкові, треба заповнити.
activities-comma = {", "}
# an activity people attend: its time, place, places and delegates
activities-form-event = Захід, який відвідують учасники
activities-form-event-hint = Для семінару, візиту чи зустрічі з визначеним часом і кількістю місць: час зазначається в часовому поясі заходу, а міста реєструють делегатів, поки триває реєстрація.
activities-event-heading = Подія
# "10 May 2027, 09:00 (Asia/Tehran)"
activities-event-time = { $date }, { $time } ({ $zone })
activities-event-starts = Початок
activities-event-ends = Завершення
activities-event-venue = Місце проведення
activities-event-online = Онлайн
activities-event-places = Місця
activities-event-places-taken = Зайнято { $taken } з { $capacity }, у списку очікування: { $waiting }
activities-event-places-open = Зареєстровано: { $taken }, без обмежень
activities-event-registration = Реєстрація
activities-event-open = відкрита
activities-event-open-until = відкрита до { $date }
activities-event-closed = закрита
activities-event-feeds = Підписатися в календарі:
activities-event-feed-of = календар: { $name }
activities-event-delegates = Делегати
activities-event-col-delegate = Делегат
activities-event-col-city = Місто
activities-event-col-status = Статус
activities-event-col-attended = Присутність
activities-event-col-actions = Змінити
activities-event-attended-of = Присутність: { $name }
activities-event-attendance-saved = Відмітку про присутність збережено.
activities-event-yes = так
activities-event-cancel = Скасувати реєстрацію
activities-event-cancelled = Реєстрацію скасовано.
activities-event-register = Зареєструвати делегата
activities-event-by-name = За ім’ям, лише для цього заходу
activities-event-person = Особа, запис про яку веде ваш офіс
activities-event-name = Ім’я делегата
activities-event-name-hint = Ім’я зберігається лише для цього заходу відповідно до його повідомлення про конфіденційність.
activities-event-confirmed = Делегата зареєстровано.
activities-event-waitlisted = Усі місця зайнято: делегата внесено до списку очікування під номером { $place }.
activities-event-not-registered = Делегата не зареєстровано: { $error }
activities-event-private = Моя приватна адреса календаря
activities-event-private-address = Ваша приватна адреса календаря
activities-event-private-made = Нова приватна адреса: нікому її не передавайте; новий запит її замінить.

## travel and subsistence support for delegates
activities-travel-heading = Допомога на проїзд і добові
activities-travel-lead = Запит подає офіс міста делегата, рішення ухвалює секретаріат мережі-організатора. Суми лишаються у своїй валюті: нічого не конвертується.
activities-travel-requests = Запити на проїзд і добові
activities-travel-budget = Використаний бюджет за валютами
activities-travel-col-covers = Що покриває
activities-travel-col-asked = Запитано
activities-travel-col-granted = Надано
activities-travel-col-pending = Ще не вирішено
activities-travel-col-currency = Валюта
activities-travel-col-note = Примітка
activities-travel-grant = Надати
activities-travel-refuse = Відмовити
activities-travel-decide = Ухвалити рішення
activities-travel-decided = Рішення збережено.
activities-travel-not-decided = Рішення не збережено
activities-travel-withdraw = Відкликати
activities-travel-withdrawn = Запит відкликано.
activities-travel-ask = Попросити допомогу на проїзд і добові
activities-travel-amount = Сума
activities-travel-currency-choose = Виберіть валюту
activities-travel-currency-hint = Валюта, у якій зазначено витрати (ISO 4217).
activities-travel-asked = Запит надіслано організаторам.
activities-travel-not-asked = Запит не надіслано: { $error }
activities-calendar-link = Події за місяцями та як порядок денний
activities-event-privacy = Як використовуються, зберігаються та видаляються вказані тут імена
