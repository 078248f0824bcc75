## notifications (#/notifications) and the header's count
notices-title = Сповіщення
notices-link = Сповіщення
notices-link-label = { $count ->
    [0] Сповіщення: непрочитаних немає
    [one] Сповіщення: { $count } непрочитане
    [few] Сповіщення: { $count } непрочитані
    [many] Сповіщення: { $count } непрочитаних
   *[other] Сповіщення: { $count } непрочитаного
}
notices-sign-in = Увійдіть, щоб читати свої сповіщення.
notices-lead = { $count ->
    [0] Нічого нового: тут з’являється те, що відбувається із записами, за які ви відповідаєте.
    [one] { $count } сповіщення, яке ви ще не прочитали.
    [few] { $count } сповіщення, які ви ще не прочитали.
    [many] { $count } сповіщень, які ви ще не прочитали.
   *[other] { $count } сповіщення, які ви ще не прочитали.
}
notices-none = Сповіщень ще немає.
notices-unread = нове
notices-read-all = Позначити всі як прочитані
notices-all-read = Усі сповіщення позначено як прочитані.
notices-topic-practice-submitted = Практику подано на розгляд
notices-topic-practice-returned = Практику повернуто з коментарями
notices-topic-practice-published = Практику опубліковано
notices-topic-registration-confirmed = Реєстрацію підтверджено
notices-topic-registration-waitlisted = Реєстрацію внесено до списку очікування
notices-topic-travel-requested = Запитано допомогу на проїзд і добові
notices-topic-travel-decided = Ухвалено рішення щодо допомоги на проїзд і добові
notices-topic-partnership-dormant = Партнерство стало неактивним
notices-topic-membership-ending = Членство в мережі припиняється
notices-topic-group-proposed = Запропоновано тематичну групу
notices-prefs = Про що вам повідомляти
notices-prefs-lead = Для кожного виду новин виберіть, чи показувати їх тут і чи надсилати їх вам електронною поштою.
notices-prefs-no-mail = Цей екземпляр amity ще не надсилає листів електронною поштою (SMTP-сервер налаштовує адміністратор): сповіщення показано тут.
notices-prefs-topics = Види новин
notices-col-topic = Новини
notices-col-in-app = В amity
notices-col-email = Електронною поштою
notices-in-app-of = { $topic }: показувати в amity
notices-email-of = { $topic }: надсилати електронною поштою
notices-email = Ваша адреса електронної пошти
notices-email-hint = Куди надходять листи. Залиште поле порожнім, щоб не отримувати жодного.
notices-language = Мова листів
notices-language-default = Англійська (типово)
notices-language-hint = Листи пишуться цією мовою.
notices-save = Зберегти
notices-saved = Збережено.
notices-not-saved = Не збережено: { $error }
notices-mail = Надсилання електронної пошти
notices-mail-lead = SMTP-сервер, через який amity надсилає сповіщення. Без нього сповіщення залишаються в amity. Кожен лист зберігається, доки сервер його не прийме, надсилається повторно з дедалі довшими паузами й ніколи не надсилається двічі.
notices-mail-not-saved = Налаштування електронної пошти не збережено
notices-mail-password-set = Пароль задано (його ніколи не показують).
notices-mail-password-unset = Пароль не задано.
notices-outbox = Вихідні
notices-outbox-counts = Очікують: { $queued } · надіслано: { $sent } · спроби припинено: { $failed }
notices-col-subject = Тема
notices-col-status = Стан
notices-col-attempts = Спроби
notices-col-error = Остання помилка
notices-topic-need-pledged = На потребу надійшла обіцянка
notices-topic-pledge-confirmed = Доставку підтверджено
