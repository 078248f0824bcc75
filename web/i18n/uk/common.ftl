# common: the words every page uses (web/js/ui.js, forms, downloads,
# provenance, model notes) and the sign-in page (see web/js/i18n.js)

## ui.js

common-loading = Завантаження…
common-not-known = невідомо
common-city-n = Місто { $id }
common-organisation-tag = організація
common-partner-in = партнер (країна: { $country })
common-required = (обов’язково)

# the health of a partnership
common-health-active = Активне
common-health-dormant = Неактивне
common-health-unknown = Невідомо
common-health-proposed = Запропоноване
common-health-ended = Завершене
common-health-suspended = Призупинене
common-health-quiet-for = { $years ->
    [one] Жодної активності щонайменше { $years } рік
    [few] Жодної активності щонайменше { $years } роки
    [many] Жодної активності щонайменше { $years } років
   *[other] Жодної активності щонайменше { $years } року
}
common-health-quiet = Жодної недавньої активності
# $date: the date of the last activity
common-health-last = Остання активність: { $date }
common-health-none = Активність не зафіксовано

# paged lists; $items: "25 cities"
common-items = { $count ->
    [one] { $count } елемент
    [few] { $count } елементи
    [many] { $count } елементів
   *[other] { $count } елемента
}
common-nothing-found = Нічого не знайдено.
common-pager-showing = { $items } · показано { $shown }
common-show-more = Показати ще
common-show-more-left = Показати ще (залишилося { $count })

# errors; $what: what did not happen ("The record was not saved")
common-not-saved = Запис не збережено
common-went-wrong = Щось пішло не так.
common-error-signed-out = { $what }: ви більше не в системі. Увійдіть знову й повторіть спробу.
common-error-forbidden = { $what }: ваш обліковий запис не має на це права ({ $message }).
common-error = { $what }: { $message }
common-error-field = { $what }. { $field }: { $message }

common-not-found = Не знайдено
common-no-such-page = Такої сторінки немає.
common-back-to-cities = Повернутися до міст
common-error-title = Помилка
common-load-failed = Не вдалося завантажити цю сторінку
common-try-again = Спробувати ще раз
common-page-not-loaded = Не вдалося завантажити сторінку.

## provenance.js

common-provenance = Звідки ці дані
# before the importer's words about a name of its source
common-in-the-source = «{ $name }» у джерелі:

## model-note.js

common-model-stale = Обчислено за станом реєстру на { $time }. Відтоді він змінився; новіші результати обчислюються.
common-model-first = Ці результати обчислюються вперше.
common-model-again = Показати новіші результати

## downloads.js

common-download-csv = Завантажити CSV
common-download-geojson = Завантажити GeoJSON
common-download-hint = усі сторінки цього списку, з його фільтрами
common-download-preparing = Підготовка файлу…
common-download-progress = Підготовка файлу… записів: { $count }
common-download-progress-of = Підготовка файлу… записів: { $count } з { $total }
# $name: the file's name
common-download-done = { $name }: { $count ->
    [one] { $count } запис
    [few] { $count } записи
    [many] { $count } записів
   *[other] { $count } запису
}.
common-download-failed = Не вдалося створити файл: { $message }
common-server-unreachable = сервер недоступний
common-server-answered = сервер відповів { $status }

## the sign-in page

# $name: the user name
common-signin-already = Ви увійшли як { $name }.
common-continue = Продовжити
common-username = Ім’я користувача
common-password = Пароль
common-signin-lead = Облікові записи призначені для відповідальних за міжнародні зв’язки міст, секретаріатів мереж та адміністраторів, які підтримують записи в актуальному стані. Для перегляду обліковий запис не потрібен.
common-enter-username = Введіть ім’я користувача.
common-enter-password = Введіть пароль.
common-signing-in = Вхід…
common-signed-in-flash = Ви увійшли як { $name }.
common-wrong-password = Неправильне ім’я користувача або пароль.
common-signin-failed = Не вдалося увійти: { $message }
