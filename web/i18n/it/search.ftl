# search: the search page, the header's search box and the type-aheads
# (see web/js/i18n.js)

## the header's search box and every type-ahead

search-placeholder = Cerca…
search-site = Sito
search-registry = Cerca nel registro
search-box-hint = Città, reti, organizzazioni e pratiche, in base all’inizio delle parole del loro nome
search-button = Cerca
search-suggestions-label = Suggerimenti
# $q: what was typed
search-all-results = Tutti i risultati per «{ $q }»
search-no-match-again = Nessuna corrispondenza per «{ $q }»: nuova ricerca
search-suggestions = { $count ->
    [one] { $count } suggerimento; usare le frecce su e giù per scegliere
   *[other] { $count } suggerimenti; usare le frecce su e giù per scegliere
}
# the headings of the groups of hits
search-group-city = Città
search-group-network = Reti
search-group-organisation = Organizzazioni
search-group-practice = Pratiche
search-no-match = Nessuna corrispondenza
search-failed = Ricerca non riuscita: { $message }
# $label: the field's label
search-list-label = { $label }: suggerimenti
search-chosen = Selezione
# $label: "Chosen city", "From"...; $item: the record chosen
search-chosen-item = { $label }: { $item }
# $name: a record's name
search-remove = Rimuovi { $name }
search-removed = { $name } rimosso
search-added = { $name } aggiunto

## the search page

search-title = Ricerca
search-title-for = Ricerca: { $q }
search-words = Parole
search-words-hint = L’inizio delle parole di un nome, in qualsiasi alfabeto: «reg em», «köln», «москва»
search-lead = Città, reti, organizzazioni e buone pratiche, in base all’inizio delle parole del loro nome.
search-searching = Ricerca in corso…
# $list: "3 cities, 1 network"
search-found = Trovati: { $list }.
# how many of a kind were found; $more: "yes" when there are more
search-found-city = { $more ->
    [yes] { $count }+ città
   *[no] { $count } città
}
search-found-network = { $more ->
    [yes] { $count }+ reti
   *[no] { $count ->
        [one] { $count } rete
       *[other] { $count } reti
    }
}
search-found-organisation = { $more ->
    [yes] { $count }+ organizzazioni
   *[no] { $count ->
        [one] { $count } organizzazione
       *[other] { $count } organizzazioni
    }
}
search-found-practice = { $more ->
    [yes] { $count }+ pratiche
   *[no] { $count ->
        [one] { $count } pratica
       *[other] { $count } pratiche
    }
}
search-nothing-for = Nessun risultato per «{ $q }».
search-more-city = Mostra altre città
search-more-network = Mostra altre reti
search-more-organisation = Mostra altre organizzazioni
search-more-practice = Mostra altre pratiche
# a kind of record the page has no words for; $label: its name from the server
search-more = Mostra altri risultati: { $label }
search-all-cities = Tutte le città corrispondenti
search-search-failed = La ricerca non è riuscita: { $message }
