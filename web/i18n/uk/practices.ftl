# practices: messages of this area (see web/js/i18n.js)

## Shared by the library, a practice's page and the form (views/practices.js)
practices-title = Добрі практики
practices-loading = Завантаження…
practices-status-draft = Чернетка
practices-status-submitted = Очікує на розгляд
practices-status-published = Опубліковано
practices-status-returned = Повернуто на доопрацювання
practices-status-label = Статус:
practices-ongoing = триває
practices-years-ongoing = { $start } – досі
practices-place = { $city }, { $country }
practices-place-unknown = місце невідоме
practices-topics = Теми
practices-network = Мережа
practices-organisations = Організації
practices-language = Мова
practices-contact = Контакт
practices-the-practice = Практика
practices-review-comment = Коментар за результатами розгляду
practices-cancel = Скасувати
practices-template-download = Завантажити шаблон (Markdown)
practices-template-failed = Не вдалося завантажити шаблон ({ $error }).

## The library (views/practices.js)
practices-lead = Що зробили міста, чому, як і чого з цього можуть навчитися інші: практики, описані за єдиним шаблоном і розглянуті мережею, до якої їх подано.
practices-submit = Подати практику
practices-search-label = Пошук практик
practices-search-hint = Мають збігатися всі слова. "Фраза" в лапках, початок слова із * (integr*), OR між варіантами.
practices-search = Шукати
practices-show = Показати
practices-show-published = Опубліковані
practices-show-submitted = Очікують на розгляд
practices-show-draft = Чернетки
practices-show-returned = Повернуті
practices-sort-by = Сортування
practices-sort-relevance = За релевантністю
practices-sort-year = Спершу найновіші
practices-filters = Фільтри
practices-filters-chosen = вибрано
practices-filter = Фільтр
practices-clear-all = Скинути всі фільтри
practices-active-filters = Застосовані фільтри
practices-found = Знайдені практики
practices-count = { $count ->
    [one] { $count } практика
    [few] { $count } практики
    [many] { $count } практик
   *[other] { $count } практики
}
practices-none = Жодна практика не відповідає запиту.
practices-facet-count = { $count ->
    [one] , { $count } практика
    [few] , { $count } практики
    [many] , { $count } практик
   *[other] , { $count } практики
}
practices-show-fewer = Показати менше
practices-show-all = Показати всі ({ $count })
practices-clear-facet = Скинути фільтр «{ $facet }»
practices-clear = Скинути
practices-nothing-to-filter = Немає за чим фільтрувати.
practices-chip = { $facet }: { $value }
practices-chip-remove = Прибрати фільтр { $facet }: { $value }
practices-sign-in-for-unpublished = Увійдіть, щоб побачити неопубліковані практики.

## A practice (views/practice.js)
practices-no-description = Опис ще не написано.
practices-published = Опубліковано
practices-contact-hint = Лише для міста та секретаріату: ніколи не публікується.
practices-about = Про цю практику
practices-similar = Схожі практики
practices-history = Історія
practices-shared-topics = Спільні теми:
practices-no-similar = Поки що жодна інша опублікована практика не має спільних тем із цією.
practices-version = Версія { $version }
practices-action-created = створено
practices-action-changed = змінено
practices-action-submitted = подано на розгляд
practices-action-published = опубліковано
practices-action-returned = повернуто на доопрацювання
practices-version-by = користувач { $user }
practices-note-draft-network = Чернетка: її бачать лише автор, його місто та секретаріат мережі { $network }.
practices-note-draft = Чернетка: її бачать лише автор, його місто та адміністратори.
practices-note-submitted-network = Подано: практика очікує на розгляд секретаріатом мережі { $network }.
practices-note-submitted = Подано: практика очікує на розгляд адміністраторами.
practices-note-returned = Повернуто на доопрацювання: відредагуйте практику й подайте її знову.
practices-note-published = Опубліковано: її може прочитати будь-хто.
practices-choose-network = Під час редагування виберіть мережу, щоб її секретаріат міг розглянути практику; без мережі це можуть зробити лише адміністратори.
practices-edit = Редагувати
practices-submit-for-review = Подати на розгляд
practices-submitted-for-review = Подано на розгляд.
practices-publish = Опублікувати
practices-published-done = Опубліковано.
practices-return = Повернути з коментарем
practices-step-failed = Не вдалося виконати дію «{ $step }»
practices-return-what = Що слід змінити?
practices-return-hint = Автор побачить цей коментар разом із практикою.
practices-return-send = Повернути авторові
practices-return-empty = Напишіть, що автор має змінити.
practices-return-empty-status = Практику не повернуто: напишіть, що автор має змінити.
practices-returning = Повернення…
practices-returned-done = Практику повернуто авторові з вашим коментарем. Тепер її статус — «{ $status }».
practices-not-returned = Практику не повернуто

## The form (views/practice-form.js)
practices-form-edit-title = Редагування практики
practices-form-new-title = Опис доброї практики
practices-form-sign-in-edit = редагувати практику
practices-form-sign-in-new = подати практику
practices-form-not-allowed = Ваш обліковий запис зараз не може змінювати цю практику. Автор і його місто можуть змінювати її, поки вона є чернеткою або повернута на доопрацювання; секретаріат її мережі — будь-коли.
practices-form-back = Назад до практики
practices-form-title = Назва
practices-form-title-hint = Коротка назва того, що було зроблено.
practices-form-choose-country = Виберіть країну
practices-form-country = Країна
practices-form-country-hint = Для національної чи регіональної практики, без міста.
practices-form-city = Місто
practices-form-city-chosen = Вибране місто
practices-form-city-hint = Введіть частину назви й виберіть зі списку. Залиште порожнім для національної чи регіональної практики.
practices-form-countries-failed = Не вдалося завантажити список країн: { $error }
practices-form-none = Немає
practices-form-network-hint = Мережа, до якої подано практику: її секретаріат розглядає та публікує практику.
practices-form-orgs-chosen = Вибрані організації
practices-form-orgs-hint = Організації, що стоять за практикою: введіть частину назви й виберіть; повторіть для кожної.
practices-form-period-placeholder = напр. 2019 - досі
practices-form-period = Період
practices-form-period-hint = Як ви написали б його самі: 2019 - досі, з 2014, 2015-2017. Якщо роки не вказано, їх буде взято звідси.
practices-form-start = Рік початку
practices-form-start-hint = РРРР, якщо період його не вказує
practices-form-end = Рік завершення
practices-form-end-hint = РРРР
practices-form-ongoing = Триває
practices-form-ongoing-hint = Року завершення ще немає
practices-form-still-going = Досі триває
practices-form-not-stated = Не вказано
practices-form-language = Мова тексту
practices-form-contact-name = Ім’я
practices-form-contact-email = Електронна пошта
practices-form-save-changes = Зберегти зміни
practices-form-save-draft = Зберегти як чернетку
practices-form-where-who = Де і хто
practices-form-description = Опис
practices-form-description-hint = Розділи шаблону. Напишіть те, що знаєте; порожні розділи буде пропущено. Між абзацами залишайте порожній рядок.
practices-form-contact-hint = Лише для секретаріату: ніколи не публікується.
practices-form-lead-edit = Змініть те, що потрібно, і збережіть.
practices-form-lead-new = Опишіть, що було зроблено, за розділами шаблону. Практику буде збережено як чернетку, яку бачите лише ви, ваше місто та секретаріат мережі; потім подайте її на розгляд.
practices-form-template-offer = { $link }, щоб спершу написати текст офлайн.
practices-form-city-from-list = Виберіть місто зі списку або залиште поле порожнім.
practices-form-not-saved-because = Практику не збережено: { $reason }
practices-form-saving = Збереження…
practices-form-years-read = Роки, взяті з періоду: { $years }.
practices-form-no-year-read = Із періоду не вдалося визначити жодного року: вкажіть роки під час наступного редагування.
practices-form-saved-changes = Зміни збережено.
practices-form-saved-draft = Збережено як чернетку. Подайте її на розгляд, коли вона буде готова.
practices-form-not-saved = Практику не збережено

## a thematic group a practice is tagged to
practices-form-group = Тематична група
practices-form-group-hint = Тематична група мережі, до якої належить практика: після публікації практику буде показано на сторінці групи.
