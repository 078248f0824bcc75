# cities: messages of this area (see web/js/i18n.js)

## The list of cities (views/cities.js)
cities-title = Cities
cities-lead = Cities, towns and municipalities with their partnerships, networks and activities.
cities-search-label = Search cities
cities-name = Name
cities-name-hint = Any part of a name, in any script
cities-country = Country
cities-all-countries = All countries
cities-search = Search
cities-found = Cities found
cities-count = { $count ->
    [one] { $count } city
   *[other] { $count } cities
}
cities-none = No city matches.
cities-also = Also:
cities-countries-failed = The list of countries could not be loaded: { $error }

## A city's page (views/city.js)
cities-loading = Loading…
cities-region = Region
cities-population = Population
cities-coordinates = Coordinates
cities-other-names = Other names:
cities-find-partners = Find partner cities
cities-how-connected = How is this city connected to…
cities-add-partnership = Add partnership
cities-add-activity = Add activity
cities-index-link = Intercultural Cities Index { $round }
# follows the link above
cities-index-result = : aggregate { $aggregate } of 100, rank { $rank } of { $total } in the latest results
cities-index-published = (a published result)
cities-partnerships-heading = Partnerships ({ $count })
cities-no-partnerships = No partnerships recorded.
cities-dormant = { $total ->
    [one] { $dormant } of { $total } partnership is dormant
   *[other] { $dormant } of { $total } partnerships are dormant
}
cities-dormant-why = (no activity for { $years }+ years).
cities-dormant-list = List them
cities-col-partner = Partner
cities-topics = Topics
cities-note = Note
cities-source = Source
cities-col-kind = Kind
cities-col-status = Status
cities-col-signed = Signed
cities-col-health = Health
cities-partnerships-caption = Partnerships of { $city }
cities-recent-activities = Recent activities
cities-no-activities = No activities recorded.
cities-all-activities = All activities of { $city }
cities-practices-heading = Good practices of this city
cities-no-practices = No good practice of this city has been published.
cities-all-practices = { $count ->
    [one] All { $count } practice of { $city }
   *[other] All { $count } practices of { $city }
}
cities-describe-practice = Describe a practice
# between the items of a list
cities-comma = {", "}

## The map of a city's partners
cities-map-loading = Map of the partner cities of { $city } (loading)
cities-map-failed = The map could not be drawn here; the partners are listed below.
cities-map-home = { $city } ({ $country }), this city
cities-map-placing = Placing the partner cities… { $done } of { $total }
cities-map-point = { $city }: { $health }
cities-map-point-several = { $city }: { $health }, { $count } partnerships
cities-map-label = { $count ->
    [one] Map of { $count } partner city of { $city }
   *[other] Map of { $count } partner cities of { $city }
}
cities-map-no-coordinates = { $count ->
    [one] { $count } partner city has no coordinates
   *[other] { $count } partner cities have no coordinates
}
cities-map-not-loaded = { $count ->
    [one] { $count } partner city could not be loaded
   *[other] { $count } partner cities could not be loaded
}
cities-map-not-looked-up = { $count ->
    [one] { $count } more partner city was not looked up (the map stops at { $max })
   *[other] { $count } more partner cities were not looked up (the map stops at { $max })
}
cities-map-not-cities = { $count ->
    [one] { $count } partnership is with an organisation or a country, not a city
   *[other] { $count } partnerships are with an organisation or a country, not a city
}
cities-map-shown = { $count ->
    [one] { $count } partner city on the map.
   *[other] { $count } partner cities on the map.
}
cities-map-home-no-coordinates = { $city } has no coordinates, so no lines are drawn.
cities-map-not-on-map = Not on the map: { $reasons }.
# between the reasons above
cities-map-separator = {"; "}
cities-map-none = No map: { $city } and its partner cities have no coordinates.
cities-map-none-failed = { $count ->
    [one] No map: { $city } and its partner cities have no coordinates ({ $count } partner city could not be loaded).
   *[other] No map: { $city } and its partner cities have no coordinates ({ $count } partner cities could not be loaded).
}
cities-map-legend-partner = Partner city (opens its page)

## Diaspora groups on a city's page
cities-diaspora-heading = Diaspora ({ $count })
cities-diaspora-lead = Groups of people living in { $city } who come from another country or city. Partner suggestions look for partners where the city's residents come from, and where its own people now live.
cities-diaspora-add = Add a diaspora group
cities-diaspora-none = No diaspora group recorded.
cities-diaspora-from = From
cities-diaspora-people = People
cities-number-not-known = number not known
cities-diaspora-year = Year
cities-not-known = not known
cities-not-given = not given
cities-change = Change
cities-edit = Edit
cities-delete = Delete
cities-cancel = Cancel
cities-diaspora-edit-label = Edit the group from { $from }
cities-diaspora-delete-label = Delete the group from { $from }
cities-diaspora-caption = Diaspora groups living in { $city }
cities-diaspora-delete-yes = Delete the group
cities-diaspora-delete-title = Delete the group from { $from }?
cities-diaspora-delete-text = It will no longer be listed for { $city }, nor count in partner suggestions.
cities-deleting = Deleting…
cities-diaspora-deleted = Deleted: the group from { $from } living in { $city }.
cities-diaspora-not-deleted = The group was not deleted: { $error }
cities-abroad-heading = Where people from this city live
cities-abroad-lead = Groups of people from { $city } recorded in other cities.
cities-abroad-source = source:
cities-abroad-also = also figures for { $years }
cities-abroad-year-not-known = a year not known
cities-abroad-read-from = Read from the { $count } largest of the { $total } figures recorded.
cities-people = { $count ->
    [one] { $count } person
   *[other] { $count } people
}

## Adding or changing a diaspora group (views/diaspora-form.js)
cities-diaspora-edit-title = Edit a diaspora group
# completes the sign-in prompt: "Sign in to …"
cities-diaspora-sign-in-add = add a diaspora group
cities-diaspora-sign-in-edit = change a diaspora group
cities-diaspora-not-allowed = Your account may not change the diaspora groups of { $city }: its city officer or an administrator records them.
cities-back-to = Back to { $city }
cities-diaspora-form-lead = A group of people living in a city who come from another country or city, with the figure a source gives. Partner suggestions look for partners where a city's residents come from, and where its own people now live.
cities-diaspora-who-where = Who lives where
cities-diaspora-city = City
cities-diaspora-city-hint = Where the group lives.
cities-diaspora-city-hint-type = Where the group lives. Type part of the name, then choose from the list.
cities-diaspora-chosen-city = Chosen city
cities-diaspora-origin-country = Origin country
cities-diaspora-origin-country-hint = Where the group comes from. Taken from the origin city below when you choose one.
cities-diaspora-choose-country = Choose a country
cities-diaspora-origin-city = Origin city
cities-diaspora-comes-from = Comes from
cities-diaspora-origin-city-hint = Optional: the city the group comes from, where the source says.
cities-diaspora-figure = The figure
cities-diaspora-size = Number of people
cities-diaspora-size-hint = As the source counts them, e.g. 12,345. Leave empty if it gives no number.
cities-diaspora-year-hint = The year of the figure, e.g. 2023.
cities-diaspora-source-hint = Who counted: a census, a statistics office, a survey.
cities-diaspora-source-url = Source (web address)
cities-diaspora-save = Save changes
cities-diaspora-add-group = Add group
cities-diaspora-check-city = Choose the city the group lives in from the list.
cities-diaspora-check-origin-city = Choose the origin city from the list, or leave the field empty.
cities-diaspora-check-origin-country = Choose the country the group comes from.
cities-diaspora-check-size = Write the number of people as a whole number, such as 12,345.
cities-diaspora-check-year = Write the year with four digits, such as 2023.
cities-diaspora-not-saved = The group was not saved
cities-diaspora-not-saved-because = The group was not saved: { $problem }
cities-saving = Saving…
cities-diaspora-saved = Saved: the group from { $from } living in { $city }.
cities-diaspora-added = Added: the group from { $from } living in { $city }.
cities-diaspora-the-city = the city

## Partner suggestions for a city (views/partner-suggestions.js)
cities-suggest-title = Partner suggestions for { $city }
cities-suggest-heading = Partner cities for { $city }
cities-suggest-lead = Cities that { $city } is not yet a partner of, best first: partners of its partners and of the cities that share a partner with it, partners of the cities around it, cities near its partners, shared networks, diaspora groups both ways (where its residents come from, and where its own people live), the topics both work on, similar size and distance all count. “This city” in the reasons is { $city }. A suggestion is a lead to look into, not a recommendation.
cities-suggest-no-partners = { $city } has no partnership recorded: the suggestions rest on the cities around it, its networks, size and distance.
cities-suggest-any-country = Any country
cities-suggest-abroad = Abroad only
cities-suggest-abroad-check = Leave out the cities of { $country }
cities-suggest-network = Network
cities-suggest-any-network = Any network
cities-suggest-network-hint = Current members only
cities-suggest-topic = Topic
cities-suggest-any-topic = Any topic
cities-suggest-topic-hint = With good practices or activities on it
cities-scheme-icc = Intercultural Cities topics
cities-scheme-wego = WeGO thematic areas
cities-scheme-sdg = UN Sustainable Development Goals
cities-suggest-min-population = Population at least
cities-suggest-max-population = Population at most
cities-suggest-filter-label = Filter the suggestions
cities-suggest-apply = Apply
cities-suggest-clear = Clear the filters
cities-suggest-unknown-country = { $code } (not a known country)
cities-suggest-unknown-network = Network { $id } (not known)
cities-suggest-unknown-topic = { $topic } (not a known topic)
cities-suggest-suggestions = Suggestions
cities-suggest-ties = Through residents and shared work
cities-suggest-ties-lead = Cities that a diaspora group or a shared topic ties to { $city }, not among the suggestions above: ranked the same way, with their reasons.
cities-suggest-on-the-map = On the map
# the filters in words: "12 suggested partner cities in France, members of Eurocities, …"
cities-suggest-in-country = in { $country }
cities-suggest-outside = outside { $country }
cities-suggest-members-of = members of { $network }
cities-suggest-network-id = network { $id }
cities-suggest-active-on = active on { $topic }
cities-suggest-population-between = of { $min } to { $max } inhabitants
cities-suggest-population-min = of at least { $min } inhabitants
cities-suggest-population-max = of at most { $max } inhabitants
cities-suggest-loading = Loading the suggestions…
cities-suggest-summary = { $count ->
    [one] { $count } suggested partner city, best first.
   *[other] { $count } suggested partner cities, best first.
}
cities-suggest-summary-filtered = { $count ->
    [one] { $count } suggested partner city { $filters }, best first.
   *[other] { $count } suggested partner cities { $filters }, best first.
}
cities-suggest-none-filtered = No city { $filters } is suggested. Try fewer filters.
cities-suggest-none = No city is suggested for { $city }.
cities-suggest-none-shown = No suggestions shown.
cities-suggest-filter-refused = One of the filters was not accepted: see the message next to it.
cities-suggest-failed = The suggestions could not be loaded
cities-suggest-inhabitants = { $count ->
    [one] { $count } inhabitant
   *[other] { $count } inhabitants
}
cities-suggest-population-not-known = population not known
cities-suggest-chain-title = How { $city } is connected to { $other }
cities-suggest-chain = chain
cities-suggest-chain-hidden = between the two cities
# the strength of a suggestion, 0 to 100 ($max); $share: the same as a percentage ("82%")
cities-suggest-strength = Strength { $strength } of { $max }
cities-suggest-strength-label = Strength
cities-suggest-strength-text = Strength { $strength } of { $max }: stronger than { $share } of real partnerships before they were made
cities-suggest-strength-note = The strength, from { $min } to { $max }, compares a suggestion with real partnerships as the model scored them before they were made: a strength of { $example } is stronger than { $share } of them.
cities-suggest-why = Why
cities-suggest-less = Less in its favour
cities-suggest-topics = both work on { $topics }
cities-suggest-topics-more = { $count ->
    [one] both work on { $topics } and { $count } more topic
   *[other] both work on { $topics } and { $count } more topics
}
cities-suggest-not-counted = (not counted)
# the reasons of a suggestion, worded from the figures the server gives
cities-reason-partners = { $count ->
    [one] partner of one of this city's partners
   *[other] partner of { $count } of this city's partners
}
cities-reason-chain = partner of cities that share a partner with this one
cities-reason-regional = already a partner of cities near this one
cities-reason-division = cities of its province or region are partners of cities of this one's
cities-reason-region = near the partners of this city or of the cities around it
cities-reason-countries = { $count ->
    [one] cities of { $a } and { $b } have one partnership between them
   *[other] cities of { $a } and { $b } have { $count } partnerships between them
}
cities-reason-countries-within = { $count ->
    [one] cities of { $a } have one partnership among them
   *[other] cities of { $a } have { $count } partnerships among them
}
# less in its favour: few of the partnerships of the city's country's cities ($total) are with the other country
cities-reason-countries-few = { $count ->
    [0] none of the { $total } partnerships of cities of { $a } is with a city of { $b }
    [one] only one of the { $total } partnerships of cities of { $a } is with a city of { $b }
   *[other] only { $count } of the { $total } partnerships of cities of { $a } are with cities of { $b }
}
cities-reason-networks = members of the same networks
cities-reason-size = a similar size ({ $a } and { $b } inhabitants)
cities-reason-size-different = very different sizes: { $a } and { $b } inhabitants
cities-reason-namesake = a city of the same name abroad
cities-reason-seat-capitals = both are capitals of their countries
cities-reason-seat-regions = both are seats of regions (or capitals)
cities-reason-popularity = { $count ->
    [one] has { $count } partner city
   *[other] has { $count } partner cities
}
cities-reason-distance-near = { $km } km apart, nearer than most partner cities are
cities-reason-distance-far = { $km } km apart, further than most partner cities are
cities-reason-diaspora = a diaspora group links the two cities
cities-reason-diaspora-count = { $count ->
    [one] { $count } person from { $origin } lives in { $host }
   *[other] { $count } people from { $origin } live in { $host }
}
cities-reason-diaspora-people = people from { $origin } live in { $host }
cities-suggest-map-empty = No suggestion to show on the map.
cities-suggest-map-label-all = Map of the suggested partner cities of { $city }
cities-suggest-map-failed = The map could not be drawn here; the suggestions are listed above.
cities-suggest-map-label = { $count ->
    [one] Map of { $count } suggested partner city of { $city }
   *[other] Map of { $count } suggested partner cities of { $city }
}
cities-suggest-map-shown = { $count ->
    [one] { $count } suggested city on the map
   *[other] { $count } suggested cities on the map
}
cities-suggest-map-no-coordinates = { $count ->
    [one] { $count } has no coordinates
   *[other] { $count } have no coordinates
}
cities-suggest-map-home-no-coordinates = { $city } itself has no coordinates
cities-suggest-map-note = { $notes }. Point at a city to see its name; open its page with a click or Enter.
cities-suggest-map-legend = Suggested city (opens its page)
cities-suggest-not-applied = The filters were not applied. { $field }: { $problem }
cities-suggest-check-number = Enter a whole number of inhabitants, such as 50000.
cities-suggest-check-range = This is below the smallest population asked for.
cities-calendar = Calendar
cities-calendar-link = Its activities, to subscribe to (iCalendar)
