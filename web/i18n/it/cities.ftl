# cities: messages of this area (see web/js/i18n.js)

## The list of cities (views/cities.js)
cities-title = Città
cities-lead = Città, paesi e comuni, con i loro partenariati, le loro reti e le loro attività.
cities-search-label = Cerca città
cities-name = Nome
cities-name-hint = Qualsiasi parte di un nome, in qualsiasi alfabeto
cities-country = Paese
cities-all-countries = Tutti i paesi
cities-search = Cerca
cities-found = Città trovate
cities-count = { $count ->
    [one] { $count } città
   *[other] { $count } città
}
cities-none = Nessuna città corrisponde.
cities-also = Anche:
cities-countries-failed = Impossibile caricare l’elenco dei paesi: { $error }

## A city's page (views/city.js)
cities-loading = Caricamento…
cities-region = Regione
cities-population = Popolazione
cities-coordinates = Coordinate
cities-other-names = Altri nomi:
cities-find-partners = Trova città partner
cities-how-connected = Come è collegata questa città a…
cities-add-partnership = Aggiungi partenariato
cities-add-activity = Aggiungi attività
cities-index-link = Indice delle Città interculturali { $round }
# follows the link above
cities-index-result = : punteggio complessivo { $aggregate } su 100, { $rank }° posto su { $total } negli ultimi risultati
cities-index-published = (un risultato pubblicato)
cities-partnerships-heading = Partenariati ({ $count })
cities-no-partnerships = Nessun partenariato registrato.
cities-dormant = { $dormant ->
    [one] { $dormant } partenariato su { $total } è inattivo
   *[other] { $dormant } partenariati su { $total } sono inattivi
}
cities-dormant-why = (nessuna attività da { $years } anni o più).
cities-dormant-list = Mostrali
cities-col-partner = Partner
cities-topics = Temi
cities-note = Nota
cities-source = Fonte
cities-col-kind = Tipo
cities-col-status = Stato
cities-col-signed = Firmato
cities-col-health = Vitalità
cities-partnerships-caption = Partenariati di { $city }
cities-recent-activities = Attività recenti
cities-no-activities = Nessuna attività registrata.
cities-all-activities = Tutte le attività di { $city }
cities-practices-heading = Buone pratiche di questa città
cities-no-practices = Non è stata pubblicata alcuna buona pratica di questa città.
cities-all-practices = { $count ->
    [one] { $count } pratica di { $city }
   *[other] Tutte le { $count } pratiche di { $city }
}
cities-describe-practice = Descrivi una pratica
# between the items of a list
cities-comma = {", "}

## The map of a city's partners
cities-map-loading = Mappa delle città partner di { $city } (caricamento)
cities-map-failed = Non è stato possibile disegnare qui la mappa; i partner sono elencati sotto.
cities-map-home = { $city } ({ $country }), questa città
cities-map-placing = Posizionamento delle città partner… { $done } di { $total }
cities-map-point = { $city }: { $health }
cities-map-point-several = { $city }: { $health }, { $count } partenariati
cities-map-label = { $count ->
    [one] Mappa di { $count } città partner di { $city }
   *[other] Mappa di { $count } città partner di { $city }
}
cities-map-no-coordinates = { $count ->
    [one] { $count } città partner non ha coordinate
   *[other] { $count } città partner non hanno coordinate
}
cities-map-not-loaded = { $count ->
    [one] non è stato possibile caricare { $count } città partner
   *[other] non è stato possibile caricare { $count } città partner
}
cities-map-not-looked-up = { $count ->
    [one] { $count } altra città partner non è stata cercata (la mappa si ferma a { $max })
   *[other] altre { $count } città partner non sono state cercate (la mappa si ferma a { $max })
}
cities-map-not-cities = { $count ->
    [one] { $count } partenariato è con un’organizzazione o un paese, non con una città
   *[other] { $count } partenariati sono con un’organizzazione o un paese, non con una città
}
cities-map-shown = { $count ->
    [one] { $count } città partner sulla mappa.
   *[other] { $count } città partner sulla mappa.
}
cities-map-home-no-coordinates = { $city } non ha coordinate, quindi non sono tracciate linee.
cities-map-not-on-map = Non sulla mappa: { $reasons }.
# between the reasons above
cities-map-separator = {"; "}
cities-map-none = Nessuna mappa: { $city } e le sue città partner non hanno coordinate.
cities-map-none-failed = { $count ->
    [one] Nessuna mappa: { $city } e le sue città partner non hanno coordinate (non è stato possibile caricare { $count } città partner).
   *[other] Nessuna mappa: { $city } e le sue città partner non hanno coordinate (non è stato possibile caricare { $count } città partner).
}
cities-map-legend-partner = Città partner (apre la sua pagina)

## Diaspora groups on a city's page
cities-diaspora-heading = Diaspora ({ $count })
cities-diaspora-lead = Gruppi di persone che vivono a { $city } e provengono da un altro paese o da un’altra città. I suggerimenti di partner cercano partner nei luoghi da cui provengono i residenti della città e dove vivono oggi i suoi cittadini.
cities-diaspora-add = Aggiungi un gruppo della diaspora
cities-diaspora-none = Nessun gruppo della diaspora registrato.
cities-diaspora-from = Provenienza
cities-diaspora-people = Persone
cities-number-not-known = numero non noto
cities-diaspora-year = Anno
cities-not-known = non noto
cities-not-given = non indicata
cities-change = Modifica
cities-edit = Modifica
cities-delete = Elimina
cities-cancel = Annulla
cities-diaspora-edit-label = Modifica il gruppo proveniente da { $from }
cities-diaspora-delete-label = Elimina il gruppo proveniente da { $from }
cities-diaspora-caption = Gruppi della diaspora che vivono a { $city }
cities-diaspora-delete-yes = Elimina il gruppo
cities-diaspora-delete-title = Eliminare il gruppo proveniente da { $from }?
cities-diaspora-delete-text = Non sarà più elencato per { $city } né conterà nei suggerimenti di partner.
cities-deleting = Eliminazione…
cities-diaspora-deleted = Eliminato: il gruppo proveniente da { $from } che vive a { $city }.
cities-diaspora-not-deleted = Il gruppo non è stato eliminato: { $error }
cities-abroad-heading = Dove vivono le persone originarie di questa città
cities-abroad-lead = Gruppi di persone originarie di { $city } registrati in altre città.
cities-abroad-source = fonte:
cities-abroad-also = dati anche per { $years }
cities-abroad-year-not-known = un anno non noto
cities-abroad-read-from = In base ai { $count } dati più alti tra i { $total } registrati.
cities-people = { $count ->
    [one] { $count } persona
   *[other] { $count } persone
}

## Adding or changing a diaspora group (views/diaspora-form.js)
cities-diaspora-edit-title = Modifica un gruppo della diaspora
# completes the sign-in prompt: "Sign in to …"
cities-diaspora-sign-in-add = aggiungere un gruppo della diaspora
cities-diaspora-sign-in-edit = modificare un gruppo della diaspora
cities-diaspora-not-allowed = Questo account non può modificare i gruppi della diaspora di { $city }: li registrano il referente della città o un amministratore.
cities-back-to = Torna a { $city }
cities-diaspora-form-lead = Un gruppo di persone che vivono in una città e provengono da un altro paese o da un’altra città, con il dato fornito da una fonte. I suggerimenti di partner cercano partner nei luoghi da cui provengono i residenti di una città e dove vivono oggi i suoi cittadini.
cities-diaspora-who-where = Chi vive dove
cities-diaspora-city = Città
cities-diaspora-city-hint = Dove vive il gruppo.
cities-diaspora-city-hint-type = Dove vive il gruppo. Digitare parte del nome, quindi scegliere dall’elenco.
cities-diaspora-chosen-city = Città scelta
cities-diaspora-origin-country = Paese di origine
cities-diaspora-origin-country-hint = Da dove proviene il gruppo. Ricavato dalla città di origine qui sotto, se ne viene scelta una.
cities-diaspora-choose-country = Scegliere un paese
cities-diaspora-origin-city = Città di origine
cities-diaspora-comes-from = Proviene da
cities-diaspora-origin-city-hint = Facoltativo: la città da cui proviene il gruppo, se la fonte la indica.
cities-diaspora-figure = Il dato
cities-diaspora-size = Numero di persone
cities-diaspora-size-hint = Come le conta la fonte, ad es. 12.345. Lasciare vuoto se non indica un numero.
cities-diaspora-year-hint = L’anno del dato, ad es. 2023.
cities-diaspora-source-hint = Chi ha contato: un censimento, un istituto di statistica, un’indagine.
cities-diaspora-source-url = Fonte (indirizzo web)
cities-diaspora-save = Salva le modifiche
cities-diaspora-add-group = Aggiungi il gruppo
cities-diaspora-check-city = Scegliere dall’elenco la città in cui vive il gruppo.
cities-diaspora-check-origin-city = Scegliere la città di origine dall’elenco, oppure lasciare vuoto il campo.
cities-diaspora-check-origin-country = Scegliere il paese da cui proviene il gruppo.
cities-diaspora-check-size = Scrivere il numero di persone come numero intero, ad es. 12.345.
cities-diaspora-check-year = Scrivere l’anno con quattro cifre, ad es. 2023.
cities-diaspora-not-saved = Il gruppo non è stato salvato
cities-diaspora-not-saved-because = Il gruppo non è stato salvato: { $problem }
cities-saving = Salvataggio…
cities-diaspora-saved = Salvato: il gruppo proveniente da { $from } che vive a { $city }.
cities-diaspora-added = Aggiunto: il gruppo proveniente da { $from } che vive a { $city }.
cities-diaspora-the-city = la città

## Partner suggestions for a city (views/partner-suggestions.js)
cities-suggest-title = Suggerimenti di partner per { $city }
cities-suggest-heading = Città partner per { $city }
cities-suggest-lead = Le città di cui { $city } non è ancora partner, dalle migliori: contano i partner dei suoi partner e delle città che hanno un partner in comune con essa, i partner delle città vicine, le città vicine ai suoi partner, le reti comuni, i gruppi della diaspora in entrambe le direzioni (da dove provengono i suoi residenti e dove vivono i suoi cittadini), i temi su cui lavorano entrambe, le dimensioni simili e la distanza. Nelle motivazioni, «questa città» è { $city }. Un suggerimento è una pista da approfondire, non una raccomandazione.
cities-suggest-no-partners = { $city } non ha partenariati registrati: i suggerimenti si basano sulle città vicine, sulle sue reti, sulle dimensioni e sulla distanza.
cities-suggest-any-country = Qualsiasi paese
cities-suggest-abroad = Solo all’estero
cities-suggest-abroad-check = Senza le città del paese: { $country }
cities-suggest-network = Rete
cities-suggest-any-network = Qualsiasi rete
cities-suggest-network-hint = Solo membri attuali
cities-suggest-topic = Tema
cities-suggest-any-topic = Qualsiasi tema
cities-suggest-topic-hint = Con buone pratiche o attività sul tema
cities-scheme-icc = Temi delle Città interculturali
cities-scheme-wego = Aree tematiche di WeGO
cities-scheme-sdg = Obiettivi di sviluppo sostenibile dell’ONU
cities-suggest-min-population = Popolazione minima
cities-suggest-max-population = Popolazione massima
cities-suggest-filter-label = Filtra i suggerimenti
cities-suggest-apply = Applica
cities-suggest-clear = Cancella i filtri
cities-suggest-unknown-country = { $code } (paese non noto)
cities-suggest-unknown-network = Rete { $id } (non nota)
cities-suggest-unknown-topic = { $topic } (tema non noto)
cities-suggest-suggestions = Suggerimenti
cities-suggest-ties = Attraverso i residenti e il lavoro comune
cities-suggest-ties-lead = Città che una comunità della diaspora o un tema comune lega a { $city }, assenti dai suggerimenti qui sopra: ordinate allo stesso modo, con le loro ragioni.
cities-suggest-on-the-map = Sulla mappa
# the filters in words: "12 suggested partner cities in France, members of Eurocities, …"
cities-suggest-in-country = (paese: { $country })
cities-suggest-outside = (fuori dal paese: { $country })
cities-suggest-members-of = membri di { $network }
cities-suggest-network-id = rete { $id }
cities-suggest-active-on = attive sul tema { $topic }
cities-suggest-population-between = da { $min } a { $max } abitanti
cities-suggest-population-min = di almeno { $min } abitanti
cities-suggest-population-max = di al massimo { $max } abitanti
cities-suggest-loading = Caricamento dei suggerimenti…
cities-suggest-summary = { $count ->
    [one] { $count } città partner suggerita, dalla migliore.
   *[other] { $count } città partner suggerite, dalle migliori.
}
cities-suggest-summary-filtered = { $count ->
    [one] { $count } città partner suggerita { $filters }, dalla migliore.
   *[other] { $count } città partner suggerite { $filters }, dalle migliori.
}
cities-suggest-none-filtered = Nessuna città { $filters } è suggerita. Provare con meno filtri.
cities-suggest-none = Nessuna città è suggerita per { $city }.
cities-suggest-none-shown = Nessun suggerimento mostrato.
cities-suggest-filter-refused = Uno dei filtri non è stato accettato: vedere il messaggio accanto.
cities-suggest-failed = Impossibile caricare i suggerimenti
cities-suggest-inhabitants = { $count ->
    [one] { $count } abitante
   *[other] { $count } abitanti
}
cities-suggest-population-not-known = popolazione non nota
cities-suggest-chain-title = Come { $city } è collegata a { $other }
cities-suggest-chain = catena
cities-suggest-chain-hidden = tra le due città
# the strength of a suggestion, 0 to 100 ($max); $share: the same as a percentage ("82%")
cities-suggest-strength = Forza { $strength } su { $max }
cities-suggest-strength-label = Forza
cities-suggest-strength-text = Forza { $strength } su { $max }: più forte di { $strength } partenariati reali su { $max } prima che nascessero ({ $share })
cities-suggest-strength-note = La forza, da { $min } a { $max }, confronta un suggerimento con i partenariati reali come il modello li valutava prima che nascessero: una forza di { $example } supera { $example } partenariati reali su { $max } ({ $share }).
cities-suggest-why = Perché
cities-suggest-less = Meno a suo favore
cities-suggest-topics = entrambe lavorano su { $topics }
cities-suggest-topics-more = { $count ->
    [one] entrambe lavorano su { $topics } e su { $count } altro tema
   *[other] entrambe lavorano su { $topics } e su altri { $count } temi
}
cities-suggest-not-counted = (non conteggiato)
# the reasons of a suggestion, worded from the figures the server gives
cities-reason-partners = { $count ->
    [one] partner di uno dei partner di questa città
   *[other] partner di { $count } dei partner di questa città
}
cities-reason-chain = partner di città che hanno un partner in comune con questa
cities-reason-regional = già partner di città vicine a questa
cities-reason-division = città della sua provincia o regione sono partner di città di quella di questa città
cities-reason-region = vicina ai partner di questa città o delle città intorno
cities-reason-countries = { $count ->
    [one] tra città di { $a } e di { $b } c’è un gemellaggio o partenariato
   *[other] tra città di { $a } e di { $b } ci sono { $count } partenariati
}
cities-reason-countries-within = { $count ->
    [one] tra città di { $a } c’è un partenariato
   *[other] tra città di { $a } ci sono { $count } partenariati
}
# less in its favour: few of the partnerships of the city's country's cities ($total) are with the other country
cities-reason-countries-few = { $count ->
    [0] nessuno dei { $total } partenariati delle città di { $a } è con una città di { $b }
    [one] solo uno dei { $total } partenariati delle città di { $a } è con una città di { $b }
   *[other] solo { $count } dei { $total } partenariati delle città di { $a } sono con città di { $b }
}
cities-reason-networks = membri delle stesse reti
cities-reason-size = dimensioni simili ({ $a } e { $b } abitanti)
cities-reason-size-different = dimensioni molto diverse: { $a } e { $b } abitanti
cities-reason-namesake = una città con lo stesso nome all’estero
cities-reason-seat-capitals = entrambe sono capitali dei loro paesi
cities-reason-seat-regions = entrambe sono capoluoghi di regione (o capitali)
cities-reason-popularity = { $count ->
    [one] ha { $count } città partner
   *[other] ha { $count } città partner
}
cities-reason-distance-near = a { $km } km, più vicina della maggior parte delle città partner
cities-reason-distance-far = a { $km } km, più lontana della maggior parte delle città partner
cities-reason-diaspora = una comunità della diaspora lega le due città
cities-reason-diaspora-count = { $count ->
    [one] { $count } persona originaria di { $origin } vive a { $host }
   *[other] { $count } persone originarie di { $origin } vivono a { $host }
}
cities-reason-diaspora-people = persone originarie di { $origin } vivono a { $host }
cities-suggest-map-empty = Nessun suggerimento da mostrare sulla mappa.
cities-suggest-map-label-all = Mappa delle città partner suggerite per { $city }
cities-suggest-map-failed = Non è stato possibile disegnare qui la mappa; i suggerimenti sono elencati sopra.
cities-suggest-map-label = { $count ->
    [one] Mappa di { $count } città partner suggerita per { $city }
   *[other] Mappa di { $count } città partner suggerite per { $city }
}
cities-suggest-map-shown = { $count ->
    [one] { $count } città suggerita sulla mappa
   *[other] { $count } città suggerite sulla mappa
}
cities-suggest-map-no-coordinates = { $count ->
    [one] { $count } non ha coordinate
   *[other] { $count } non hanno coordinate
}
cities-suggest-map-home-no-coordinates = { $city } stessa non ha coordinate
cities-suggest-map-note = { $notes }. Passare su una città per vederne il nome; aprirne la pagina con un clic o con Invio.
cities-suggest-map-legend = Città suggerita (apre la sua pagina)
cities-suggest-not-applied = I filtri non sono stati applicati. { $field }: { $problem }
cities-suggest-check-number = Inserire un numero intero di abitanti, ad es. 50000.
cities-suggest-check-range = Il valore è inferiore alla popolazione minima richiesta.
cities-calendar = Calendario
cities-calendar-link = Le sue attività, per abbonarsi (iCalendar)
