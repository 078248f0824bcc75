# home: messages of this area (see web/js/i18n.js)
home-title = The open registry of city diplomacy
home-lead = Twinnings, partnerships and friendship agreements between cities; the networks they belong to; delegations, study visits and joint projects; the good practices they share and the Intercultural Cities Index. Each record says where it comes from.
# the name of the search box's region
home-search-region = Registry
home-search-label = Find a city, a network, an organisation or a practice

## The most partnered cities
home-top-cities = The most partnered cities
home-map-empty = No city with partnerships has its coordinates recorded yet: the map is empty.
home-map-label = World map of the { $count } most partnered cities
home-partnerships = { $count ->
    [one] { $count } partnership
   *[other] { $count } partnerships
}
# a point of the map: "Mapton (FR): 3 partnerships"
home-map-point = { $city } ({ $country }): { $count ->
    [one] { $count } partnership
   *[other] { $count } partnerships
}
home-legend-most = Among the most partnered
home-legend-other = Other cities with many partnerships
home-map-unplaced = { $count } of these cities have no coordinates and are not on the map.
home-map-failed = The map could not be drawn here; the cities are listed below.

## Recent records
home-recent-practices = Recent good practices
home-no-practice = No practice is published yet.
home-practice-library = Search the good-practice library
home-recent-activities = Recent activities
home-no-activity = No activity is recorded yet.

## Also
home-also = Also:
home-also-index = the Intercultural Cities Index
home-also-graph = the graph of partnerships and networks
home-sign-in = sign in
# $signin: a link, home-sign-in
home-sign-in-to-workspace = { $signin } to your workspace
