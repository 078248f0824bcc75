# forms: the forms' own words (web/js/forms.js, web/js/schema-form.js);
# their fields' labels come from the API (see web/js/i18n.js)

# $what: what the form does, after "Sign in to" ("add a partnership")
forms-sign-in-to = Увійдіть, щоб { $what }. Для перегляду реєстру обліковий запис не потрібен.
forms-topics = Теми
forms-topics-hint = Позначте теми, яких стосується запис; розгорніть групу, щоб побачити її теми.
forms-topics-failed = Не вдалося завантажити теми ({ $message }).
forms-topics-chosen = (вибрано: { $count })
forms-date-hint = РРРР, РРРР-ММ або РРРР-ММ-ДД
forms-from-to = Від { $min } до { $max }.
forms-choose = Виберіть…
forms-choose-network = Виберіть мережу
forms-choose-country = Виберіть країну
forms-none = Немає
forms-not-known = Невідомо
# $title: the field's label
forms-choices-failed = Не вдалося завантажити варіанти для поля «{ $title }»: { $message }
forms-type-one = Введіть частину назви, а потім виберіть зі списку.
forms-type-each = Введіть частину назви й виберіть зі списку; повторіть для кожного.
# the chosen records of a field ($title: its label), e.g. "Organisations chosen"
forms-chosen-many = { $title }: вибрано
# $title: the field's label, in lower case ("Chosen city")
forms-chosen-one = Вибрано ({ $title })
forms-pending-many = Виберіть «{ $text }» зі списку або зітріть текст.
forms-pending-one = Виберіть назву зі списку або очистьте поле.
forms-save = Зберегти
forms-cancel = Скасувати
forms-delete = Видалити
forms-saving = Збереження…
forms-nothing-to-save = Нічого зберігати: жодне поле не змінено.
# $action: the step, in lower case ("sign")
forms-step-not-done = Не виконано ({ $action })
forms-no-schema = Документ API не описує { $schema }.
forms-yes = так
forms-no = ні
# the topic schemes, named in the forms' groups of topics
forms-scheme-icc = Міжкультурні міста
forms-scheme-wego = Тематичні напрями WeGO
forms-scheme-sdg = Цілі сталого розвитку ООН
forms-words-hint = Розділяйте їх комами.
forms-item-n = { $title } { $n }
forms-add-item = Додати: { $title }
forms-remove-item = Прибрати: { $title }
