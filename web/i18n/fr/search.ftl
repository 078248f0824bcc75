# search: the search page, the header's search box and the type-aheads
# (see web/js/i18n.js)

## the header's search box and every type-ahead

search-placeholder = Rechercher…
search-site = Site
search-registry = Rechercher dans le registre
search-box-hint = Villes, réseaux, organisations et pratiques, par le début des mots de leur nom
search-button = Rechercher
search-suggestions-label = Suggestions
# $q: what was typed
search-all-results = Tous les résultats pour « { $q } »
search-no-match-again = Aucune correspondance pour « { $q } » : relancer la recherche
search-suggestions = { $count ->
    [one] { $count } suggestion ; utilisez les flèches haut et bas pour choisir
   *[other] { $count } suggestions ; utilisez les flèches haut et bas pour choisir
}
# the headings of the groups of hits
search-group-city = Villes
search-group-network = Réseaux
search-group-organisation = Organisations
search-group-practice = Pratiques
search-no-match = Aucune correspondance
search-failed = Échec de la recherche : { $message }
# $label: the field's label
search-list-label = { $label } : suggestions
search-chosen = Sélection
# $label: "Chosen city", "From"...; $item: the record chosen
search-chosen-item = { $label } : { $item }
# $name: a record's name
search-remove = Retirer { $name }
search-removed = { $name } retiré
search-added = { $name } ajouté

## the search page

search-title = Recherche
search-title-for = Recherche : { $q }
search-words = Mots
search-words-hint = Le début des mots d’un nom, dans n’importe quelle écriture : « reg em », « köln », « москва »
search-lead = Villes, réseaux, organisations et bonnes pratiques, par le début des mots de leur nom.
search-searching = Recherche en cours…
# $list: "3 cities, 1 network"
search-found = Trouvé : { $list }.
# how many of a kind were found; $more: "yes" when there are more
search-found-city = { $more ->
    [yes] { $count }+ villes
   *[no] { $count ->
        [one] { $count } ville
       *[other] { $count } villes
    }
}
search-found-network = { $more ->
    [yes] { $count }+ réseaux
   *[no] { $count ->
        [one] { $count } réseau
       *[other] { $count } réseaux
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
    [yes] { $count }+ pratiques
   *[no] { $count ->
        [one] { $count } pratique
       *[other] { $count } pratiques
    }
}
search-nothing-for = Aucun résultat pour « { $q } ».
search-more-city = Afficher plus de villes
search-more-network = Afficher plus de réseaux
search-more-organisation = Afficher plus d’organisations
search-more-practice = Afficher plus de pratiques
# a kind of record the page has no words for; $label: its name from the server
search-more = Afficher plus : { $label }
search-all-cities = Toutes les villes correspondantes
search-search-failed = La recherche a échoué : { $message }
