# workspace: messages of this area (see web/js/i18n.js)
workspace-title = Ваш робочий простір
# $user is the username (bold), $role the API's word for the role, $place a link to the city or network
workspace-signed-in-role-place = Ви увійшли як { $user } ({ $role }, { $place }).
workspace-signed-in-role = Ви увійшли як { $user } ({ $role }).
workspace-signed-in-place = Ви увійшли як { $user } ({ $place }).
workspace-signed-in = Ви увійшли як { $user }.
workspace-just-now = щойно

## What changed
workspace-changes-since = Що змінилося з вашого останнього візиту
workspace-changes-month = Що змінилося за останні 30 днів
# $when: a date and time
workspace-last-visit = Ваш останній візит: { $when }.
workspace-first-visit = Це ваш перший візит: ось зміни за останній місяць.
workspace-nothing-changed = Нічого не змінилося.
workspace-show-all-changes = { $count ->
    [one] Показати всі зміни ({ $count })
   *[other] Показати всі зміни ({ $count })
}
# a membership: "Reggio Emilia in ICC"
workspace-member-in = { $member } у { $network }
# a diaspora: "people from Morocco in Reggio Emilia"
workspace-people-from-in = вихідці з { $from } у { $city }
workspace-people-from = вихідці з { $from }
workspace-yes = так
workspace-no = ні
workspace-quoted = «{ $text }»
# $field is the API's label of a field, in lower case
workspace-field-changed-from = { $field }: було { $before }, стало { $after }
workspace-field-set = { $field }: { $value }
workspace-field-cleared = { $field }: значення вилучено (було { $before })
workspace-field-changed = { $field }: змінено
workspace-field-separator = {"; "}
workspace-fields-and-more = { $fields }; і ще { $count ->
    [one] { $count } зміна
    [few] { $count } зміни
    [many] { $count } змін
   *[other] { $count } зміни
}
workspace-change-added = створено
workspace-change-deleted = видалено
workspace-change-changed = змінено
workspace-by-you = вами
# $who: the importer, the system…
workspace-by-the = { $who }
workspace-by = користувачем { $user }
# one change: "Partnership Reggio Emilia – Kraków: status changed from signed to ended"
workspace-change-what = { $kind } { $record }: { $what }
# …then who made it, and when ("2 days ago")
workspace-change = { $what }, { $who }, { $when }
workspace-change-nobody = { $what }, { $when }

## The city's partnerships
workspace-partnerships-of = Партнерства міста { $city }
workspace-partnerships-of-your-city = Партнерства вашого міста
workspace-no-partnership = Ще не зафіксовано жодного партнерства.
workspace-record-partnership = Зафіксувати партнерство
# $states: "1 dormant, 3 active"
workspace-partnerships-summary = { $count ->
    [one] { $count } партнерство: { $states }
    [few] { $count } партнерства: { $states }
    [many] { $count } партнерств: { $states }
   *[other] { $count } партнерства: { $states }
}
# $state: the API's word for a health state
workspace-state-count = { $state }: { $count }
# the partnerships in a health state, in the summary ("1 dormant")
workspace-health-count-active = { $count ->
    [one] { $count } активне
    [few] { $count } активні
    [many] { $count } активних
   *[other] { $count } активного
}
workspace-health-count-dormant = { $count ->
    [one] { $count } неактивне
    [few] { $count } неактивні
    [many] { $count } неактивних
   *[other] { $count } неактивного
}
workspace-health-count-unknown = { $count } з невідомим станом
workspace-health-count-proposed = { $count ->
    [one] { $count } запропоноване
    [few] { $count } запропоновані
    [many] { $count } запропонованих
   *[other] { $count } запропонованого
}
workspace-health-count-ended = { $count ->
    [one] { $count } завершене
    [few] { $count } завершені
    [many] { $count } завершених
   *[other] { $count } завершеного
}
workspace-health-count-suspended = { $count ->
    [one] { $count } призупинене
    [few] { $count } призупинені
    [many] { $count } призупинених
   *[other] { $count } призупиненого
}
workspace-with = з { $name }
workspace-partnership-label = Партнерство { $name }
workspace-show-all-partnerships = { $count ->
    [one] Показати всі партнерства ({ $count })
   *[other] Показати всі партнерства ({ $count })
}
workspace-city-page = { $city }: партнери на карті, мережі та заходи

## Practices
# $when: "2 days ago"
workspace-changed-ago = змінено { $when }
workspace-review-comment = Коментар рецензента:
workspace-review = Практики, що чекають на ваш розгляд
workspace-review-count = Практики, що чекають на ваш розгляд ({ $count })
workspace-review-none = Жодна практика не чекає на ваш розгляд.
workspace-review-all = Усі практики, що чекають на розгляд
workspace-drafts = Чернетки та повернені практики
workspace-drafts-none = Немає ні чернеток, ні повернених на доопрацювання практик.
workspace-describe-practice = Описати добру практику

## The Intercultural Cities Index
workspace-index = Індекс міжкультурних міст
# $round: a year
workspace-round = Раунд { $round }
workspace-questions-answered = Питання з відповідями
# $share: a percentage ("40%")
workspace-progress = Відповіді на { $answered } з { $questions } питань ({ $share })
workspace-continue = Продовжити анкету
workspace-see-report = Переглянути звіт за { $round }
# $rounds: the years, as links
workspace-earlier-rounds = Попередні раунди: { $rounds }
workspace-index-none = { $city } ще не відповіло на анкету.
workspace-index-none-your-city = Ваше місто ще не відповіло на анкету.
workspace-index-all = Результати всіх міст

## Activities
workspace-date-not-known = дата невідома
workspace-activities = Заходи
workspace-coming-up = Найближчі
workspace-nothing-planned = Запланованих заходів не зафіксовано.
workspace-last-year = За останній рік
workspace-no-activity = За останній рік заходів не було.
workspace-record-activity = Зафіксувати захід

## A network's members
workspace-members-of = Члени мережі { $network }
workspace-members-of-your-network = Члени вашої мережі
workspace-newest-members = Найновіші члени
# $year: the year it joined
workspace-since = з { $year } р.
workspace-all-members = Усі члени мережі { $network }

## An administrator's
workspace-imports = Імпорт
workspace-imports-caption = Останні імпорти
workspace-imports-none = Ще нічого не імпортовано (amity import ... у командному рядку).
workspace-accounts = Облікові записи
workspace-city-id = Місто { $id }
workspace-network-id = Мережа { $id }
workspace-accounts-caption = Облікові записи
workspace-accounts-none = Немає облікових записів.
workspace-accounts-hint = Облікові записи додаються в командному рядку: amity user add ІМ’Я --role РОЛЬ.

## A record's history (on the pages of partnerships and activities)
workspace-history-title = Історія
workspace-history-none = Змін не зафіксовано.
workspace-history-added = Створено
workspace-history-changed = Змінено
workspace-history-deleted = Видалено
# a step of the record's life: Step “Sign”
workspace-history-step = Етап «{ $step }»
# $user: the username
workspace-history-by = користувачем { $user }
# $date and $time: "2026-12-02" and "09:55", in UTC
workspace-history-when = { $date } { $time } UTC
workspace-history-changed-to = змінено на
workspace-history-nothing = нічого
workspace-history-yes = так
workspace-history-no = ні
# $id: the number of a record no longer there
workspace-history-gone = № { $id } (більше не зафіксовано)
workspace-history-latest = Останні { $shown } з { $count } змін.
workspace-history-error = Не вдалося завантажити історію ({ $error }).

## needs: the city's own, and its partner cities'
workspace-needs = Потреби
workspace-needs-partners = Відкриті потреби наших міст-партнерів
workspace-needs-partners-none = Жодне місто-партнер не має відкритих потреб.
workspace-needs-own = Наші відкриті потреби
workspace-needs-own-none = У нас немає відкритих потреб.
workspace-needs-post = Опублікувати потребу
workspace-needs-board = Дошка потреб
workspace-need-progress = задоволено { $met }, обіцяно { $pledged } з { $quantity }
workspace-needs-to-confirm = Доставки, які ми маємо підтвердити
workspace-needs-offers = Наші постійні пропозиції
workspace-needs-offers-none = У нас немає постійних пропозицій.
workspace-needs-pledges = Наші обіцянки
workspace-needs-pledges-none = Ми ще нічого не пообіцяли.
workspace-needs-offer = Зробити пропозицію
workspace-needs-offers-all = Постійні пропозиції
