# networks: messages of this area (see web/js/i18n.js)

## The list of networks (views/networks.js)
networks-title = Мережі
networks-lead = Мережі та асоціації міст, з їхніми членами, тематичними групами й офісами.
networks-search-label = Пошук мереж
networks-name = Назва
networks-search = Шукати
networks-found = Знайдені мережі
networks-count = { $count ->
    [one] { $count } мережа
    [few] { $count } мережі
    [many] { $count } мереж
   *[other] { $count } мережі
}
networks-none = Жодна мережа не відповідає запиту.
networks-founded = заснована { $year } р.
networks-current-members = { $count ->
    [one] { $count } чинний член
    [few] { $count } чинні члени
    [many] { $count } чинних членів
   *[other] { $count } чинного члена
}
networks-secretariat-inline = секретаріат:

## A network's page (views/network.js)
networks-loading = Завантаження…
networks-kind = Вид
networks-founded-label = Заснована
networks-secretariat = Секретаріат
networks-current-members-label = Чинні члени
networks-website = Вебсайт
networks-not-known = невідомо
networks-offices-heading = Регіональні офіси ({ $count })
networks-none-recorded = Не зареєстровано.
networks-city-id = Місто { $id }
networks-members = Члени
networks-former-members = Колишні члени
networks-all = Усі
networks-filter-members = Фільтр членів
networks-filter-members-by-name = Фільтрувати членів за назвою
networks-show = Показати
networks-col-member = Член
networks-organisation = організація
networks-col-country = Країна
networks-col-role = Роль
networks-col-joined = Вступ
networks-col-left = Вихід
networks-year-not-known = рік невідомий
networks-still-member = досі член
networks-members-count = { $count ->
    [one] { $count } член
    [few] { $count } члени
    [many] { $count } членів
   *[other] { $count } члена
}
networks-no-member-matches = Жоден член не відповідає запиту.
networks-members-caption = Члени мережі { $network }

## The map of a network's member cities
networks-map-loading = Карта міст-членів мережі { $network } (завантаження)
networks-map-failed = Тут не вдалося намалювати карту; членів перелічено нижче.
networks-map-placing = Розміщення міст-членів… { $done } з { $total }
networks-map-label = { $count ->
    [one] Карта: { $count } місто-член мережі { $network }
    [few] Карта: { $count } міста-члени мережі { $network }
   *[other] Карта: { $count } міст-членів мережі { $network }
}
networks-map-label-incomplete = { $count ->
    [one] Карта: { $count } місто-член мережі { $network } (неповна)
    [few] Карта: { $count } міста-члени мережі { $network } (неповна)
   *[other] Карта: { $count } міст-членів мережі { $network } (неповна)
}
networks-map-none = { $count ->
    [one] Карти немає: єдиний член не є містом із координатами.
   *[other] Карти немає: жоден із { $count } членів не є містом із координатами.
}
networks-map-shown = { $count ->
    [one] На карті { $count } місто-член.
    [few] На карті { $count } міста-члени.
   *[other] На карті { $count } міст-членів.
}
networks-map-off = { $count ->
    [one] { $count } член не позначений на карті: без координат або не місто.
    [few] { $count } члени не позначені на карті: без координат або не міста.
   *[other] { $count } членів не позначено на карті: без координат або не міста.
}
networks-map-capped = Карта обмежена { $max } містами.
networks-map-also-listed = Членів також перелічено нижче.
networks-map-incomplete = { $count ->
    [one] На карті { $count } місто-член; решту не вдалося завантажити ({ $error }). Членів перелічено нижче.
    [few] На карті { $count } міста-члени; решту не вдалося завантажити ({ $error }). Членів перелічено нижче.
   *[other] На карті { $count } міст-членів; решту не вдалося завантажити ({ $error }). Членів перелічено нижче.
}
networks-map-legend = Місто-член (відкриває його сторінку)

## Thematic groups on a network's page
networks-groups = Тематичні групи
networks-groups-heading = Тематичні групи ({ $count })
networks-groups-loading = Завантаження груп…
networks-groups-lead = Міста-члени, що разом працюють над однією темою. Місто може приєднатися до груп тих мереж, чинним членом яких воно є.
networks-groups-failed = Не вдалося завантажити групи: { $error }
networks-saving = Збереження…
# $what: one of the "… not …" messages below
networks-failed-because = { $what }: { $error }
networks-group-add = Додати групу
networks-group-join = Приєднатися
networks-group-join-label = Приєднатися до групи { $group }
networks-group-joined = Ваше місто приєдналося до групи { $group }.
networks-group-not-joined = Ваше місто не приєдналося до групи { $group }
networks-group-leave = Вийти
networks-group-leave-label = Вийти з групи { $group }
networks-group-left = Ваше місто вийшло з групи { $group }.
networks-group-not-left = Ваше місто не вийшло з групи { $group }
networks-group-edit = Редагувати
networks-group-edit-label = Редагувати групу { $group }
networks-group-reopen = Відкрити знову
networks-group-reopen-label = Знову відкрити групу { $group }
networks-group-reopened = Групу { $group } знову відкрито: міста можуть до неї приєднуватися.
networks-group-not-reopened = Групу { $group } не відкрито знову
networks-group-close = Закрити
networks-group-close-label = Закрити групу { $group }
networks-group-closed = Групу { $group } закрито: вона зберігає свої міста й не приймає нових.
networks-group-not-closed = Групу { $group } не закрито
networks-group-delete = Видалити
networks-group-delete-label = Видалити групу { $group }
networks-group-deleted = Групу { $group } видалено.
networks-group-not-deleted = Групу { $group } не видалено
networks-group-count = { $count ->
    [one] { $count } місто-член:
    [few] { $count } міста-члени:
   *[other] { $count } міст-членів:
}
networks-group-members-label = Міста-члени групи { $group }
networks-group-remove = Вилучити
networks-group-remove-label = Вилучити { $city } з групи { $group }
networks-group-removed = { $city } більше не входить до групи { $group }.
networks-group-not-removed = { $city } не вилучено з групи { $group }
networks-group-no-member = Поки що жодного міста-члена.
networks-group-name-hint = Дві групи мережі { $network } не можуть мати однакову назву.
networks-group-status = Статус
networks-group-status-hint = Закрита група зберігає свої міста й не приймає нових.
networks-group-description = Над чим працює група
networks-optional = Необов’язково.
networks-group-save = Зберегти групу
networks-group-add-submit = Додати групу
networks-cancel = Скасувати
networks-group-new = Нова група мережі { $network }
networks-group-not-saved = Групу не збережено
networks-group-not-added = Групу не додано
networks-group-name-missing = Дайте групі назву.
networks-group-not-saved-name = Групу не збережено. Назва: дайте групі назву.
networks-group-not-added-name = Групу не додано. Назва: дайте групі назву.
networks-group-saved = Групу { $group } збережено.
networks-group-added = Групу { $group } додано.
networks-group-delete-yes = Видалити групу
networks-group-delete-title = Видалити групу { $group }?
networks-group-delete-text = { $count ->
    [one] Її { $count } місто-член більше не входитиме до неї. Цю дію не можна скасувати.
    [few] Її { $count } міста-члени більше не входитимуть до неї. Цю дію не можна скасувати.
   *[other] Її { $count } міст-членів більше не входитимуть до неї. Цю дію не можна скасувати.
}
networks-cannot-be-undone = Цю дію не можна скасувати.

## Memberships: a city's networks, a network's members (views/members.js)
networks-city-heading = Мережі ({ $count })
networks-city-none = Не є членом жодної зареєстрованої мережі.
networks-city-since = з { $year } р.
networks-city-left-in = вийшло { $year } р.
networks-former-member = колишній член
networks-change = Зміни
networks-change-role = Змінити роль
networks-change-role-in = Змінити роль у мережі { $network }
networks-change-role-of = Змінити роль: { $member }
networks-role-of = Роль: { $member } у мережі { $network }
networks-role-save = Зберегти роль
networks-role-not-saved = Роль не збережено
networks-role-saved = Роль: { $member } у мережі { $network } збережено.
# $role: the new role, as the registry words it
networks-role-now = { $member }: тепер { $role } у мережі { $network }.
networks-leave = Вийти
networks-leave-label = Вийти з мережі { $network }
networks-not-left = { $city } не вийшло з мережі { $network }
networks-left = { $city } вийшло з мережі { $network }: тепер колишній член.
networks-left-in = { $city } вийшло з мережі { $network } у { $year } р.: тепер колишній член.
networks-record-joining = Зареєструвати вступ до мережі
networks-joins-heading = { $city } вступає до мережі
networks-record-membership = Зареєструвати членство
networks-membership-not-recorded = Членство не зареєстровано
networks-membership-recorded = { $city } зареєстровано як члена мережі { $network }.
networks-member-id = член { $id }
networks-end-membership = Припинити членство
networks-end-membership-of = Припинити членство: { $member }
networks-end-the-membership = Припинити членство
networks-membership-not-ended = Членство { $member } не припинено
networks-former-now = { $member } тепер колишній член мережі { $network }.
networks-former-now-left-in = { $member } тепер колишній член мережі { $network } (вихід у { $year } р.).
networks-add-member = Додати члена
networks-add-member-to = Додати члена до мережі { $network }
networks-add-the-member = Додати члена
networks-member-not-added = Члена не додано
networks-member-now = { $member } тепер член мережі { $network }.
networks-calendar = Календар
networks-calendar-link = Її заходи, щоб підписатися (iCalendar)
networks-group-calendar = Календар групи «{ $group }» (iCalendar)

## thematic groups proposed by member cities
networks-group-propose = Запропонувати тематичну групу
networks-group-propose-hint = Ваше місто пропонує групу і стає її першим членом; секретаріат мережі її затверджує.
networks-group-proposed-by = Ініціатор: { $city }
networks-group-approve = Затвердити
networks-group-approve-label = Затвердити групу { $group }
networks-group-approved = Групу { $group } затверджено.
networks-group-not-approved = Групу { $group } не затверджено

## a thematic group's page
networks-group-page-events = Події
networks-group-page-no-events = У цієї групи ще немає подій.
networks-group-page-practices = Практики
networks-group-page-no-practices = До цієї групи ще не прив’язано жодної опублікованої практики.
networks-group-page-members = Міста-члени
networks-group-page-of = Тематична група мережі { $network }
networks-group-page-new-event = Додати подію до цієї групи
networks-group-page-not-found = Тематичної групи { $id } немає.
networks-group-page-calendar = Місяць і порядок денний
