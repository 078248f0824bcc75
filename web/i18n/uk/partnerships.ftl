# partnerships: messages of this area (see web/js/i18n.js)

## The list (#/partnerships)
partnerships-title = Партнерства
partnerships-any-health = Будь-який стан
partnerships-any-status = Будь-який статус
partnerships-any-kind = Будь-який вид
partnerships-any-country = Будь-яка країна
partnerships-filter-label = Фільтр партнерств
partnerships-name-or-note = Назва або примітка
partnerships-country = Країна будь-якої зі сторін
partnerships-filter = Фільтрувати
partnerships-found = Знайдені партнерства
# $dormant is partnerships-lead-dormant, in bold
partnerships-lead = Угоди про побратимство, міста-побратими, дружбу та співпрацю. Партнерство { $dormant }, якщо протягом кількох років щодо нього нічого не зафіксовано (ні заходів, ні підписання): можливо, воно згасає.
partnerships-lead-dormant = неактивне
# $city is a link to the city
partnerships-only-city = Лише партнерства міста { $city }.
partnerships-only-city-id = Лише партнерства міста { $id }.
partnerships-show-all-cities = Показати всі міста
partnerships-col-party-a = Сторона А
partnerships-col-party-b = Сторона Б
partnerships-col-kind = Вид
partnerships-col-status = Статус
partnerships-col-signed = Підписано
partnerships-col-health = Стан
partnerships-count = { $count ->
    [one] { $count } партнерство
    [few] { $count } партнерства
    [many] { $count } партнерств
   *[other] { $count } партнерства
}
partnerships-none = Жодне партнерство не відповідає цим фільтрам.
partnerships-countries-error = Не вдалося завантажити список країн: { $error }
partnerships-kind-not-known = Вид невідомий

## One partnership (#/partnership/ID)
partnerships-kind-not-recorded = Угода невизначеного виду
# "Twinning, signed." $kind and $status are the API's words
partnerships-lead-kind-status = { $kind }, { $status }.
partnerships-not-known = невідомо
partnerships-edit = Редагувати
partnerships-delete = Видалити
partnerships-actions-label = Доступні дії
# $step: the step, as the API names it ("sign")
partnerships-step-not-done = Партнерство не змінено ({ $step })
partnerships-step-done = { $step }: виконано. Тепер статус партнерства: { $status }.
# $name: "Reggio Emilia – Kraków"
partnerships-delete-title = Видалити партнерство { $name }?
partnerships-delete-text = Воно більше не відображатиметься в списках і не враховуватиметься в пропозиціях партнерів і на графі. Його заходи залишаться, але вже без нього.
partnerships-delete-yes = Видалити партнерство
partnerships-deleting = Видалення…
partnerships-deleted = Видалено партнерство { $name }.
partnerships-delete-error = Партнерство не видалено: { $error }
partnerships-activities = Заходи ({ $count })
partnerships-add-activity = Додати захід
partnerships-no-activity = У межах цього партнерства заходів не зафіксовано.
partnerships-all-activities = { $count ->
    [one] Усі { $count } захід
    [few] Усі { $count } заходи
    [many] Усі { $count } заходів
   *[other] Усі { $count } заходу
}

## Add or change a partnership
partnerships-form-add-title = Додати партнерство
partnerships-form-change-title = Змінити партнерство
# said after "Sign in to"
partnerships-form-sign-in-add = додати партнерство
partnerships-form-sign-in-change = змінити партнерство
partnerships-form-not-allowed = Ваш обліковий запис не може змінювати це партнерство: це можуть робити відповідальні за міжнародні зв’язки його міст або адміністратор.
partnerships-form-back = Назад до партнерства
partnerships-form-parties = Сторони
partnerships-form-agreement = Угода
partnerships-form-source-note = Джерело та примітка
partnerships-form-save = Зберегти зміни
partnerships-form-add = Додати партнерство
partnerships-form-not-saved = Партнерство не збережено
partnerships-form-not-added = Партнерство не додано
partnerships-form-saved = Зміни збережено.
partnerships-form-added = Партнерство додано.
partnerships-form-lead-change = Змініть зафіксовані дані. Етапи його життя (підписання, припинення…) мають власні кнопки на його сторінці, які фіксують їхні дати.
partnerships-form-lead-add = Зафіксуйте угоду про побратимство, міста-побратими, дружбу чи співпрацю. Поля, позначені як обов’язкові, треба заповнити.
