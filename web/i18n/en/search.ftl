# search: the search page, the header's search box and the type-aheads
# (see web/js/i18n.js)

## the header's search box and every type-ahead

search-placeholder = Search…
search-site = Site
search-registry = Search the registry
search-box-hint = Cities, networks, organisations and practices, by the beginnings of the words of their names
search-button = Search
search-suggestions-label = Suggestions
# $q: what was typed
search-all-results = All results for “{ $q }”
search-no-match-again = No match for “{ $q }”: search again
search-suggestions = { $count ->
    [one] { $count } suggestion; use the up and down arrows to choose
   *[other] { $count } suggestions; use the up and down arrows to choose
}
# the headings of the groups of hits
search-group-city = Cities
search-group-network = Networks
search-group-organisation = Organisations
search-group-practice = Practices
search-no-match = No match
search-failed = Search failed: { $message }
# $label: the field's label
search-list-label = { $label }: suggestions
search-chosen = Chosen
# $label: "Chosen city", "From"...; $item: the record chosen
search-chosen-item = { $label }: { $item }
# $name: a record's name
search-remove = Remove { $name }
search-removed = { $name } removed
search-added = { $name } added

## the search page

search-title = Search
search-title-for = Search: { $q }
search-words = Words
search-words-hint = The beginnings of words of a name, in any script: “reg em”, “köln”, “москва”
search-lead = Cities, networks, organisations and good practices, by the beginnings of the words of their names.
search-searching = Searching…
# $list: "3 cities, 1 network"
search-found = Found: { $list }.
# how many of a kind were found; $more: "yes" when there are more
search-found-city = { $more ->
    [yes] { $count }+ cities
   *[no] { $count ->
        [one] { $count } city
       *[other] { $count } cities
    }
}
search-found-network = { $more ->
    [yes] { $count }+ networks
   *[no] { $count ->
        [one] { $count } network
       *[other] { $count } networks
    }
}
search-found-organisation = { $more ->
    [yes] { $count }+ organisations
   *[no] { $count ->
        [one] { $count } organisation
       *[other] { $count } organisations
    }
}
search-found-practice = { $more ->
    [yes] { $count }+ practices
   *[no] { $count ->
        [one] { $count } practice
       *[other] { $count } practices
    }
}
search-nothing-for = Nothing found for “{ $q }”.
search-more-city = Show more cities
search-more-network = Show more networks
search-more-organisation = Show more organisations
search-more-practice = Show more practices
# a kind of record the page has no words for; $label: its name from the server
search-more = Show more { $label }
search-all-cities = All cities matching this
search-search-failed = The search failed: { $message }
