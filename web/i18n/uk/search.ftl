# search: the search page, the header's search box and the type-aheads
# (see web/js/i18n.js)

## the header's search box and every type-ahead

search-placeholder = Пошук…
search-site = Сайт
search-registry = Пошук у реєстрі
search-box-hint = Міста, мережі, організації та практики — за початком слів їхніх назв
search-button = Шукати
search-suggestions-label = Підказки
# $q: what was typed
search-all-results = Усі результати для «{ $q }»
search-no-match-again = Немає збігів для «{ $q }»: шукати ще раз
search-suggestions = { $count ->
    [one] { $count } підказка; виберіть стрілками вгору та вниз
    [few] { $count } підказки; виберіть стрілками вгору та вниз
    [many] { $count } підказок; виберіть стрілками вгору та вниз
   *[other] { $count } підказки; виберіть стрілками вгору та вниз
}
# the headings of the groups of hits
search-group-city = Міста
search-group-network = Мережі
search-group-organisation = Організації
search-group-practice = Практики
search-no-match = Немає збігів
search-failed = Пошук не вдався: { $message }
# $label: the field's label
search-list-label = { $label }: підказки
search-chosen = Вибрано
# $label: "Chosen city", "From"...; $item: the record chosen
search-chosen-item = { $label }: { $item }
# $name: a record's name
search-remove = Прибрати: { $name }
search-removed = { $name }: прибрано
search-added = { $name }: додано

## the search page

search-title = Пошук
search-title-for = Пошук: { $q }
search-words = Слова
search-words-hint = Початки слів назви, будь-якою писемністю: «reg em», «köln», «москва»
search-lead = Міста, мережі, організації та добрі практики — за початком слів їхніх назв.
search-searching = Пошук…
# $list: "3 cities, 1 network"
search-found = Знайдено: { $list }.
# how many of a kind were found; $more: "yes" when there are more
search-found-city = { $more ->
    [yes] { $count }+ міст
   *[no] { $count ->
        [one] { $count } місто
        [few] { $count } міста
        [many] { $count } міст
       *[other] { $count } міста
    }
}
search-found-network = { $more ->
    [yes] { $count }+ мереж
   *[no] { $count ->
        [one] { $count } мережа
        [few] { $count } мережі
        [many] { $count } мереж
       *[other] { $count } мережі
    }
}
search-found-organisation = { $more ->
    [yes] { $count }+ організацій
   *[no] { $count ->
        [one] { $count } організація
        [few] { $count } організації
        [many] { $count } організацій
       *[other] { $count } організації
    }
}
search-found-practice = { $more ->
    [yes] { $count }+ практик
   *[no] { $count ->
        [one] { $count } практика
        [few] { $count } практики
        [many] { $count } практик
       *[other] { $count } практики
    }
}
search-nothing-for = Нічого не знайдено для «{ $q }».
search-more-city = Показати більше міст
search-more-network = Показати більше мереж
search-more-organisation = Показати більше організацій
search-more-practice = Показати більше практик
# a kind of record the page has no words for; $label: its name from the server
search-more = Показати більше: { $label }
search-all-cities = Усі міста, що відповідають запиту
search-search-failed = Пошук не вдався: { $message }
