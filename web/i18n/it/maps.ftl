# maps: messages of this area (see web/js/i18n.js)

## A world map
maps-skip-map = Salta la mappa
maps-fit-points = Adatta ai punti
maps-whole-world = Mondo intero
maps-view = Vista della mappa
maps-health-active = Attivo
maps-health-proposed = Proposto
maps-health-dormant = Inattivo (nessuna attività recente)
maps-health-unknown = Stato sconosciuto
maps-health-ended = Concluso

## Charts
maps-chart-missing = { $error } I valori sono riportati nelle tabelle di questa pagina.

## A city's network neighbourhood
maps-hood-show = Mostra il vicinato nelle reti
maps-hood-hide = Nascondi il vicinato nelle reti
maps-hood-title = Vicinato nelle reti
maps-hood-lead = Le città e le reti attorno a { $city }: le sue città partner e le sue reti, poi le città e le reti a un passo più in là.
maps-hood-loading = Caricamento del vicinato…
maps-hood-failed = Impossibile caricare il vicinato: { $error }
maps-fact-partners = Città partner
maps-fact-networks = Reti attuali
maps-fact-community = La sua comunità
maps-fact-connected = Collegate
maps-hood-none = { $city } non ha partenariati con altre città né reti attuali: non c’è alcun vicinato da rappresentare.
maps-cities = { $count ->
    [one] { $count } città
   *[other] { $count } città
}
maps-networks = { $count ->
    [one] { $count } rete
   *[other] { $count } reti
}
maps-hood-summary = { $cities } e { $networks }
maps-group-size = { $cities }, { $networks }
maps-hood-label = Grafo del vicinato di { $city } nelle reti: { $summary }. L’elenco sottostante li nomina.
maps-hood-note = { $summary } entro due passi da { $city }. Passare il puntatore su una città o una rete per vederne il nome; fare clic per aprirne la pagina.
maps-hood-note-truncated = { $summary } entro due passi da { $city }; sono rappresentati solo i { $count } più vicini. Passare il puntatore su una città o una rete per vederne il nome; fare clic per aprirne la pagina.
maps-hood-no-library = { $error } L’elenco sottostante riporta le stesse città e reti.
maps-hood-drawn = Il vicinato di { $city } nelle reti è rappresentato: { $summary }.
maps-hood-list = Il vicinato come elenco
maps-group-heading = { $title } ({ $count })
maps-partners-of = Città partner di { $city }
maps-networks-of = Reti di { $city }
maps-cities-further = Città a un passo più in là
maps-networks-further = Reti a un passo più in là
maps-suggested = suggerita
maps-node-network = { $network }: rete
maps-legend-home = Questa città
maps-legend-city = Città
maps-legend-suggested = Città suggerita
maps-legend-network = Rete
maps-legend-partnership = Partenariato
maps-legend-membership = Adesione
