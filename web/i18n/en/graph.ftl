# graph: the graph's figures (#/graph) and the chains between two cities
# (#/graph/path) (see web/js/i18n.js)

## #/graph

graph-title = The graph of partnerships and networks
graph-lead = The registry seen as one network: a city is tied to each partner city (a live partnership) and to each network it is a current member of. Here are its figures, and the cities at its centre.
graph-path-link = How is one city connected to another?

graph-figures-heading = In figures
graph-fact-cities = Cities in the graph
graph-fact-networks = Networks in the graph
graph-fact-partnerships = Partnerships between cities
graph-fact-memberships = Memberships of networks
graph-fact-groups = Connected groups
graph-fact-group-cities = Cities in the largest group
graph-fact-group-networks = Networks in the largest group
graph-fact-communities = Communities
graph-fact-community-cities = Cities in the largest community
graph-fact-modularity = Modularity
graph-fact-betweenness = Betweenness
graph-fact-estimated = { $count ->
    [one] estimated ({ $count } source)
   *[other] estimated ({ $count } sources)
}
graph-fact-exact = exact

graph-words-empty = The graph is empty: no city has a live partnership with another city or a current network membership yet.
graph-words-links = The graph links { $cities ->
    [one] { $cities } city
   *[other] { $cities } cities
} and { $networks ->
    [one] { $networks } network
   *[other] { $networks } networks
} by { $partnerships ->
    [one] { $partnerships } partnership
   *[other] { $partnerships } partnerships
} between two cities and { $memberships ->
    [one] { $memberships } membership
   *[other] { $memberships } memberships
} of a city in a network.
graph-words-in-it = A city is in it when it has a live partnership with another city (not proposed, not ended) or is a current member of a network; several agreements between the same two cities count as one partnership.
graph-words-groups = It falls into { $count ->
    [one] { $count } connected group
   *[other] { $count } connected groups
}: within a group, a chain of partnerships and shared networks joins any two cities, and no chain leaves it.
# $percent: "75%"
graph-words-largest-group = The largest group holds { $cities ->
    [one] { $cities } city
   *[other] { $cities } cities
} ({ $percent } of the cities in the graph) and { $networks ->
    [one] { $networks } network
   *[other] { $networks } networks
}.
# $method: "the Louvain method"
graph-words-communities = Community detection ({ $method }) finds { $count ->
    [one] { $count } community
   *[other] { $count } communities
}, groups of cities more tied among themselves than to the rest; the largest has { $largest ->
    [one] { $largest } city
   *[other] { $largest } cities
}.
graph-louvain = the Louvain method
graph-words-modularity-unknown = Its modularity is not known.
graph-words-modularity = The modularity is { $value } (from 0, no more ties inside the communities than chance would give, to 1; above 0.3 the split is clear).
graph-words-estimated = Betweenness is estimated from a fixed sample of { $count ->
    [one] { $count } source
   *[other] { $count } sources
}: the graph is too large to follow every shortest chain.
graph-words-exact = Betweenness is exact: every shortest chain is counted.

graph-how-title = How these figures were computed
# $build...: "12 ms" or "not yet computed"
graph-how = Graph of change { $generation } to the registry's partnerships and memberships. Built in { $build }; connected groups in { $components }; communities in { $communities }; betweenness { $betweenness }; eigenvector centrality { $eigenvector }.
graph-ms = { $ms } ms
graph-not-computed = not yet computed

graph-top-heading = The most central cities
graph-ranking-label = Choose the ranking
graph-measure = Measure
graph-country = Country
graph-show = Show
graph-all-countries = All countries
graph-limit = { $count ->
    [one] { $count } city
   *[other] { $count } cities
}
# the measures: their names (a column's head) ...
graph-measure-degree = Degree
graph-measure-betweenness = Betweenness
graph-measure-eigenvector = Eigenvector
# ... as $measure in a sentence
graph-measure-words-degree = degree
graph-measure-words-betweenness = betweenness
graph-measure-words-eigenvector = eigenvector
# ... and what they say
graph-about-degree = Degree counts a city's ties: its partner cities and its current networks. It shows the cities with the most relations of their own.
graph-about-betweenness = Betweenness counts the shortest chains between other cities and networks that pass through a city. A city high on it is a bridge: without it, others would be further apart.
graph-about-eigenvector = Eigenvector centrality is high for a city tied to cities and networks that are themselves central. The most central city scores 1; the others are shown relative to it. Cities outside the largest connected group score 0.
graph-loading-betweenness = Loading… (after a change to the registry, betweenness takes a few seconds to compute)
graph-no-ranking = No ranking shown.
graph-ranking-failed = The ranking could not be loaded: { $message }
# $count cities shown of $total; $measure: "betweenness"
graph-top-summary = The { $count ->
    [one] { $count } city
   *[other] { $count } cities
} with the highest { $measure }, of { $total ->
    [one] { $total } city
   *[other] { $total } cities
} in the graph.
# the same, of one country ($country: its name)
graph-top-summary-country = The { $count ->
    [one] { $count } city
   *[other] { $count } cities
} of { $country } with the highest { $measure }, of { $total ->
    [one] { $total } city
   *[other] { $total } cities
} of { $country } in the graph (measured in the whole graph, ranked among these).
graph-top-none = No city is in the graph.
graph-top-none-country = No city of { $country } is in the graph.
graph-estimate = Betweenness is estimated here, not exact: the graph is too large to follow every chain, so the chains from a fixed sample of { $sample } of its { $total } cities and networks are counted and scaled up. The order of the first cities is reliable; close values may swap.
graph-estimate-unknown = Betweenness is estimated here, not exact: the graph is too large to follow every chain, so the chains from a fixed sample of its cities and networks are counted and scaled up. The order of the first cities is reliable; close values may swap.
graph-col-rank = Rank
graph-col-city = City
graph-col-partners = Partner cities
graph-col-networks = Networks
graph-top-caption = The most central cities by { $measure }
graph-top-caption-country = The most central cities of { $country } by { $measure }

## #/graph/path

graph-path-title = How is a city connected to another?
graph-path-crumb = Chains
graph-path-lead = Choose two cities: the shortest chain between them follows partnerships between cities and networks both cities of a step are members of. Of chains equally short, those with more partnerships come first.
graph-path-from = From
graph-path-to = To
graph-path-follow = Follow
graph-path-via-all = Partnerships and shared networks
graph-path-via-partnerships = Partnerships only
graph-path-form-label = Choose two cities
graph-path-submit = Show the chain
graph-path-swap = Swap the two cities
graph-path-no-city = There is no city with id { $id }. Choose a city from the list.
graph-path-city-failed = This city could not be loaded: { $message }
graph-path-choose-first = Choose the first city from the list.
graph-path-choose-second = Choose the second city from the list.
graph-path-choose-two = Choose two cities from the lists first.
graph-path-choose-one = Choose a city from the lists first.
# $from, $to: the two cities' names
graph-path-page-title = From { $from } to { $to }: the chain
graph-path-heading = From { $from } to { $to }
graph-path-looking = Looking for the chain…
graph-path-looking-slow = Looking for the chain… The first search after a change to the registry takes a few seconds.
graph-path-same = You chose { $name } twice. Choose two different cities to see how they are connected.
graph-path-failed = The chain could not be loaded: { $message }
graph-path-no-link = Nothing links { $from } to { $to }.
# $links: "2 partnerships and 1 shared network"
graph-path-summary = { $from } reaches { $to } in { $steps ->
    [one] { $steps } step
   *[other] { $steps } steps
}: { $links }.
graph-path-summary-between = { $from } reaches { $to } in { $steps ->
    [one] { $steps } step
   *[other] { $steps } steps
}: { $links }, through { $between ->
    [one] { $between } city
   *[other] { $between } cities
} in between.
graph-path-n-partnerships = { $count ->
    [one] { $count } partnership
   *[other] { $count } partnerships
}
graph-path-n-networks = { $count ->
    [one] { $count } shared network
   *[other] { $count } shared networks
}
graph-path-list-label = The chain from { $from } to { $to }
# $network: the network's name (a link)
graph-path-via-network = via the network { $network }
graph-path-both-members = both are members
graph-path-via-partnership = via a partnership
graph-path-network-n = Network { $id }
graph-path-signed = signed { $year }
graph-path-on-map = On the map
graph-path-as-graph = As a graph
graph-path-map-loading = Map of the chain from { $from } to { $to } (loading)
graph-path-map-label = Map of the chain from { $from } to { $to }: { $count ->
    [one] { $count } city
   *[other] { $count } cities
}
graph-path-fit = Fit the chain
graph-path-no-map = The map could not be drawn here; the chain is listed above.
graph-path-placing = Placing the cities…
graph-path-no-coordinates = No map: the cities of the chain have no coordinates.
graph-path-map-note = { $count ->
    [one] { $count } city
   *[other] { $count } cities
} of the chain on the map. Point at a city to see its name; open its page with a click or Enter.
graph-path-map-note-missing = { $count ->
    [one] { $count } city
   *[other] { $count } cities
} of the chain on the map; { $missing ->
    [one] { $missing } has
   *[other] { $missing } have
} no coordinates. Point at a city to see its name; open its page with a click or Enter.
# a city on the map: its place in the chain ($n), name and country
graph-path-point = { $n }. { $name } ({ $country })
graph-path-point-start = { $n }. { $name } ({ $country }), start
graph-path-point-end = { $n }. { $name } ({ $country }), end
graph-path-two-cities = The two cities
graph-path-on-the-way = A city on the way
graph-path-city = City
graph-path-network = Network
graph-path-partnership = Partnership
graph-path-shared-network = Shared network
graph-path-membership = Membership
# $cities: the cities' names, in the chain's order, joined by graph-path-then
graph-path-drawing = Drawing of the chain from { $from } to { $to }: { $cities }. The list above says the same.
graph-path-then = , then
graph-path-no-drawing = The list above names the same cities and networks.
