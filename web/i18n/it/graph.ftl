# graph: the graph's figures (#/graph) and the chains between two cities
# (#/graph/path) (see web/js/i18n.js)

## #/graph

graph-title = Il grafo dei partenariati e delle reti
graph-lead = Il registro visto come un’unica rete: una città è collegata a ciascuna città partner (tramite un partenariato in vigore) e a ciascuna rete di cui è attualmente membro. Ecco i suoi numeri e le città al suo centro.
graph-path-link = Come è collegata una città a un’altra?

graph-figures-heading = In cifre
graph-fact-cities = Città nel grafo
graph-fact-networks = Reti nel grafo
graph-fact-partnerships = Partenariati tra città
graph-fact-memberships = Adesioni a reti
graph-fact-groups = Gruppi connessi
graph-fact-group-cities = Città nel gruppo più grande
graph-fact-group-networks = Reti nel gruppo più grande
graph-fact-communities = Comunità
graph-fact-community-cities = Città nella comunità più grande
graph-fact-modularity = Modularità
graph-fact-betweenness = Intermediazione
graph-fact-estimated = { $count ->
    [one] stimata ({ $count } sorgente)
   *[other] stimata ({ $count } sorgenti)
}
graph-fact-exact = esatta

graph-words-empty = Il grafo è vuoto: nessuna città ha ancora un partenariato in vigore con un’altra città né un’adesione attuale a una rete.
graph-words-links = Il grafo collega { $cities } città e { $networks ->
    [one] { $networks } rete
   *[other] { $networks } reti
} tramite { $partnerships ->
    [one] { $partnerships } partenariato
   *[other] { $partnerships } partenariati
} tra due città e { $memberships ->
    [one] { $memberships } adesione
   *[other] { $memberships } adesioni
} di una città a una rete.
graph-words-in-it = Una città ne fa parte se ha un partenariato in vigore con un’altra città (né proposto né concluso) o se è attualmente membro di una rete; più accordi tra le stesse due città contano come un solo partenariato.
graph-words-groups = Si divide in { $count ->
    [one] { $count } gruppo connesso
   *[other] { $count } gruppi connessi
}: all’interno di un gruppo, una catena di partenariati e reti condivise unisce due città qualsiasi, e nessuna catena ne esce.
# $percent: "75%"
graph-words-largest-group = Il gruppo più grande comprende { $cities } città ({ $percent } delle città del grafo) e { $networks ->
    [one] { $networks } rete
   *[other] { $networks } reti
}.
# $method: "the Louvain method"
graph-words-communities = Il rilevamento delle comunità ({ $method }) individua { $count ->
    [one] { $count } comunità
   *[other] { $count } comunità
}, gruppi di città più legate tra loro che al resto; la più grande conta { $largest } città.
graph-louvain = metodo di Louvain
graph-words-modularity-unknown = La sua modularità non è nota.
graph-words-modularity = La modularità è { $value } (da 0, nessun legame in più all’interno delle comunità rispetto al caso, a 1; sopra 0,3 la suddivisione è netta).
graph-words-estimated = L’intermediazione è stimata a partire da un campione fisso di { $count ->
    [one] { $count } sorgente
   *[other] { $count } sorgenti
}: il grafo è troppo grande per seguire ogni catena più breve.
graph-words-exact = L’intermediazione è esatta: ogni catena più breve viene contata.

graph-how-title = Come sono stati calcolati questi numeri
# $build...: "12 ms" or "not yet computed"
graph-how = Grafo della modifica n. { $generation } ai partenariati e alle adesioni del registro. Costruito in { $build }; gruppi connessi in { $components }; comunità in { $communities }; intermediazione: { $betweenness }; centralità di autovettore: { $eigenvector }.
graph-ms = { $ms } ms
graph-not-computed = non ancora calcolato

graph-top-heading = Le città più centrali
graph-ranking-label = Scegliere la classifica
graph-measure = Misura
graph-country = Paese
graph-show = Mostra
graph-all-countries = Tutti i paesi
graph-limit = { $count } città
# the measures: their names (a column's head) ...
graph-measure-degree = Grado
graph-measure-betweenness = Intermediazione
graph-measure-eigenvector = Autovettore
# ... as $measure in a sentence
graph-measure-words-degree = grado
graph-measure-words-betweenness = intermediazione
graph-measure-words-eigenvector = centralità di autovettore
# ... and what they say
graph-about-degree = Il grado conta i legami di una città: le sue città partner e le sue reti attuali. Mette in evidenza le città con il maggior numero di relazioni dirette.
graph-about-betweenness = L’intermediazione conta le catene più brevi tra altre città e reti che passano per una città. Una città con un valore alto fa da ponte: senza di essa, le altre sarebbero più lontane.
graph-about-eigenvector = La centralità di autovettore è alta per una città legata a città e reti a loro volta centrali. La città più centrale ha valore 1; le altre sono indicate in rapporto a essa. Le città al di fuori del gruppo connesso più grande hanno valore 0.
graph-loading-betweenness = Caricamento… (dopo una modifica al registro, il calcolo dell’intermediazione richiede alcuni secondi)
graph-no-ranking = Nessuna classifica visualizzata.
graph-ranking-failed = Impossibile caricare la classifica: { $message }
# $count cities shown of $total; $measure: "betweenness"
graph-top-summary = { $count ->
    [one] La città
   *[other] Le { $count } città
} con il valore più alto di { $measure }, su { $total } città del grafo.
# the same, of one country ($country: its name)
graph-top-summary-country = { $count ->
    [one] La città
   *[other] Le { $count } città
} (paese: { $country }) con il valore più alto di { $measure }, su { $total } città di questo paese nel grafo (misurato sull’intero grafo, classificate tra queste).
graph-top-none = Nessuna città è nel grafo.
graph-top-none-country = Nessuna città di questo paese ({ $country }) è nel grafo.
graph-estimate = Qui l’intermediazione è stimata, non esatta: il grafo è troppo grande per seguire ogni catena, quindi si contano le catene che partono da un campione fisso di { $sample } delle sue { $total } città e reti e si riportano in scala. L’ordine delle prime città è affidabile; valori vicini possono scambiarsi.
graph-estimate-unknown = Qui l’intermediazione è stimata, non esatta: il grafo è troppo grande per seguire ogni catena, quindi si contano le catene che partono da un campione fisso delle sue città e reti e si riportano in scala. L’ordine delle prime città è affidabile; valori vicini possono scambiarsi.
graph-col-rank = Posizione
graph-col-city = Città
graph-col-partners = Città partner
graph-col-networks = Reti
graph-top-caption = Le città più centrali per { $measure }
graph-top-caption-country = Le città più centrali (paese: { $country }) per { $measure }

## #/graph/path

graph-path-title = Come è collegata una città a un’altra?
graph-path-crumb = Catene
graph-path-lead = Scegliere due città: la catena più breve tra loro segue i partenariati tra città e le reti di cui sono membri entrambe le città di un passaggio. Tra catene ugualmente brevi, vengono prima quelle con più partenariati.
graph-path-from = Da
graph-path-to = A
graph-path-follow = Seguire
graph-path-via-all = Partenariati e reti condivise
graph-path-via-partnerships = Solo partenariati
graph-path-form-label = Scegliere due città
graph-path-submit = Mostra la catena
graph-path-swap = Inverti le due città
graph-path-no-city = Non esiste una città con id { $id }. Scegliere una città dall’elenco.
graph-path-city-failed = Impossibile caricare questa città: { $message }
graph-path-choose-first = Scegliere la prima città dall’elenco.
graph-path-choose-second = Scegliere la seconda città dall’elenco.
graph-path-choose-two = Scegliere prima due città dagli elenchi.
graph-path-choose-one = Scegliere prima una città dagli elenchi.
# $from, $to: the two cities' names
graph-path-page-title = Da { $from } a { $to }: la catena
graph-path-heading = Da { $from } a { $to }
graph-path-looking = Ricerca della catena…
graph-path-looking-slow = Ricerca della catena… La prima ricerca dopo una modifica al registro richiede alcuni secondi.
graph-path-same = { $name } è stata scelta due volte. Scegliere due città diverse per vedere come sono collegate.
graph-path-failed = Impossibile caricare la catena: { $message }
graph-path-no-link = Nulla collega { $from } a { $to }.
# $links: "2 partnerships and 1 shared network"
graph-path-summary = { $from } raggiunge { $to } in { $steps ->
    [one] { $steps } passaggio
   *[other] { $steps } passaggi
}: { $links }.
graph-path-summary-between = { $from } raggiunge { $to } in { $steps ->
    [one] { $steps } passaggio
   *[other] { $steps } passaggi
}: { $links }, attraverso { $between ->
    [one] { $between } città intermedia
   *[other] { $between } città intermedie
}.
graph-path-n-partnerships = { $count ->
    [one] { $count } partenariato
   *[other] { $count } partenariati
}
graph-path-n-networks = { $count ->
    [one] { $count } rete condivisa
   *[other] { $count } reti condivise
}
graph-path-list-label = La catena da { $from } a { $to }
# $network: the network's name (a link)
graph-path-via-network = tramite la rete { $network }
graph-path-both-members = entrambe ne sono membri
graph-path-via-partnership = tramite un partenariato
graph-path-network-n = Rete { $id }
graph-path-signed = firmato nel { $year }
graph-path-on-map = Sulla mappa
graph-path-as-graph = Come grafo
graph-path-map-loading = Mappa della catena da { $from } a { $to } (caricamento)
graph-path-map-label = Mappa della catena da { $from } a { $to }: { $count } città
graph-path-fit = Adatta alla catena
graph-path-no-map = Impossibile disegnare la mappa qui; la catena è elencata sopra.
graph-path-placing = Posizionamento delle città…
graph-path-no-coordinates = Nessuna mappa: le città della catena non hanno coordinate.
graph-path-map-note = { $count } città della catena sulla mappa. Puntare una città per vederne il nome; aprirne la pagina con un clic o con Invio.
graph-path-map-note-missing = { $count } città della catena sulla mappa; { $missing ->
    [one] { $missing } non ha coordinate
   *[other] { $missing } non hanno coordinate
}. Puntare una città per vederne il nome; aprirne la pagina con un clic o con Invio.
# a city on the map: its place in the chain ($n), name and country
graph-path-point = { $n }. { $name } ({ $country })
graph-path-point-start = { $n }. { $name } ({ $country }), partenza
graph-path-point-end = { $n }. { $name } ({ $country }), arrivo
graph-path-two-cities = Le due città
graph-path-on-the-way = Una città lungo il percorso
graph-path-city = Città
graph-path-network = Rete
graph-path-partnership = Partenariato
graph-path-shared-network = Rete condivisa
graph-path-membership = Adesione
# $cities: the cities' names, in the chain's order, joined by graph-path-then
graph-path-drawing = Disegno della catena da { $from } a { $to }: { $cities }. L’elenco sopra riporta lo stesso.
graph-path-then = , poi
graph-path-no-drawing = L’elenco sopra nomina le stesse città e reti.
