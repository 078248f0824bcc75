# maps: messages of this area (see web/js/i18n.js)
# The world maps (js/map.js), the network neighbourhood drawn with
# Cytoscape.js (js/graph.js) and the Index charts (js/charts.js).

## A world map
maps-skip-map = Skip the map
maps-fit-points = Fit the points
maps-whole-world = Whole world
# the group of the two buttons above (for screen readers)
maps-view = Map view
# a partnership's health, as a line on the map
maps-health-active = Active
maps-health-proposed = Proposed
maps-health-dormant = Dormant (no recent activity)
maps-health-unknown = Health unknown
maps-health-ended = Ended

## Charts: $error says that the chart library could not be loaded
maps-chart-missing = { $error } The numbers are in the tables on this page.

## A city's network neighbourhood (its partners and networks, and theirs)
maps-hood-show = Show the network neighbourhood
maps-hood-hide = Hide the network neighbourhood
maps-hood-title = Network neighbourhood
maps-hood-lead = The cities and networks around { $city }: its partner cities and its networks, and the cities and networks one step further.
maps-hood-loading = Loading the neighbourhood…
maps-hood-failed = The neighbourhood could not be loaded: { $error }
maps-fact-partners = Partner cities
maps-fact-networks = Current networks
maps-fact-community = Its community
maps-fact-connected = Connected to it
maps-hood-none = { $city } has no partnership with another city and no current network: it has no neighbourhood to draw.
maps-cities = { $count ->
    [one] { $count } city
   *[other] { $count } cities
}
maps-networks = { $count ->
    [one] { $count } network
   *[other] { $count } networks
}
# $cities: maps-cities, $networks: maps-networks
maps-hood-summary = { $cities } and { $networks }
maps-group-size = { $cities }, { $networks }
# $summary: maps-hood-summary
maps-hood-label = Graph of the network neighbourhood of { $city }: { $summary }. The list under it names them.
maps-hood-note = { $summary } within two steps of { $city }. Point at a city or a network to see its name; click to open its page.
maps-hood-note-truncated = { $summary } within two steps of { $city }; the { $count } closest are drawn. Point at a city or a network to see its name; click to open its page.
maps-hood-no-library = { $error } The list below names the same cities and networks.
maps-hood-drawn = The network neighbourhood of { $city } is drawn: { $summary }.
maps-hood-list = The neighbourhood as a list
# $title: one of the four headings below, $count: how many it lists
maps-group-heading = { $title } ({ $count })
maps-partners-of = Partner cities of { $city }
maps-networks-of = Networks of { $city }
maps-cities-further = Cities one step further
maps-networks-further = Networks one step further
maps-suggested = suggested
# a network's name when pointed at in the drawing
maps-node-network = { $network }: network
maps-legend-home = This city
maps-legend-city = City
maps-legend-suggested = Suggested city
maps-legend-network = Network
maps-legend-partnership = Partnership
maps-legend-membership = Membership
