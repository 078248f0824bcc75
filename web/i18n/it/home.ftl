# home: messages of this area (see web/js/i18n.js)
home-title = Il registro aperto della diplomazia delle città
home-lead = Gemellaggi, partenariati e accordi di amicizia tra città; le reti di cui fanno parte; delegazioni, visite di studio e progetti comuni; le buone pratiche che condividono e l’Indice delle città interculturali. Ogni scheda indica da dove proviene.
# the name of the search box's region
home-search-region = Registro
home-search-label = Cerca una città, una rete, un’organizzazione o una pratica

## The most partnered cities
home-top-cities = Le città con più partenariati
home-map-empty = Nessuna città con partenariati ha ancora coordinate registrate: la mappa è vuota.
home-map-label = { $count ->
    [one] Mappa del mondo della città con più partenariati
   *[other] Mappa del mondo delle { $count } città con più partenariati
}
home-partnerships = { $count ->
    [one] { $count } partenariato
   *[other] { $count } partenariati
}
# a point of the map: "Mapton (FR): 3 partnerships"
home-map-point = { $city } ({ $country }): { $count ->
    [one] { $count } partenariato
   *[other] { $count } partenariati
}
home-legend-most = Tra quelle con più partenariati
home-legend-other = Altre città con molti partenariati
home-map-unplaced = { $count ->
    [one] { $count } di queste città non ha coordinate e non compare sulla mappa.
   *[other] { $count } di queste città non hanno coordinate e non compaiono sulla mappa.
}
home-map-failed = Non è stato possibile disegnare la mappa qui; le città sono elencate sotto.

## Recent records
home-recent-practices = Buone pratiche recenti
home-no-practice = Nessuna pratica è ancora pubblicata.
home-practice-library = Cerca nella raccolta di buone pratiche
home-recent-activities = Attività recenti
home-no-activity = Nessuna attività è ancora registrata.

## Also
home-also = Inoltre:
home-also-index = l’Indice delle città interculturali
home-also-graph = il grafo dei partenariati e delle reti
home-sign-in = accedere
# $signin: a link, home-sign-in
home-sign-in-to-workspace = { $signin } alla propria area di lavoro
