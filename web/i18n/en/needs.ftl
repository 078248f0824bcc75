## needs and offers between cities (#/needs, #/need/ID)
needs-title = Needs and offers
needs-lead = What cities need in a crisis (equipment, hosting displaced people, expertise, funding, training, a partner), what other cities pledged, and what arrived.
needs-filters = Filter the needs
needs-any = Any
needs-category = Category
needs-country = Country
needs-country-hint = Two letters, e.g. UA.
needs-urgency = Urgency
needs-status = Status
needs-list = The needs
needs-none = No need matches these filters.
needs-map-label = { $count ->
    [one] A map of the city with the need shown
   *[other] A map of the cities with the { $count } needs shown
}
needs-map-point = { $city }: { $title } ({ $met } of { $quantity } met)
needs-legend-urgent = Critical or high urgency
needs-legend-other = Other needs
needs-progress = { $met } met, { $pledged } pledged, of { $quantity }
needs-deadline = by { $date }
needs-deadline-label = Deadline
needs-place = Place of delivery
needs-withdrawn-because = Withdrawn because
needs-post = Post a need
needs-post-lead = Your city’s need, in one of amity’s categories and its units. Cities that may help find it on the board and in their workspace.
needs-posted = The need is posted.
needs-not-posted = The need was not posted
needs-sign-in = post a need for your city
needs-of-partners = Needs of our partner cities
needs-csv = The needs as CSV
needs-figures-networks = Figures per network (CSV)
needs-figures-countries = Figures per country (CSV)
needs-geojson = on a map (GeoJSON)
needs-not-found = There is no need { $id }.
needs-pledges = Pledges
needs-no-pledge = No pledge yet.
needs-col-city = City
needs-col-quantity = Quantity
needs-col-status = Status
needs-col-actions = Actions
needs-pledge = Pledge
needs-pledge-quantity = How many ({ $unit })
needs-pledge-remaining = { $count ->
    [0] All of it is pledged already.
   *[other] { $count } remain to be pledged.
}
needs-pledge-from-offer = This pledge comes from your standing offer.
needs-pledge-note = Note
needs-pledged = The pledge is recorded; the city in need is told.
needs-not-pledged = The pledge was not recorded: { $error }
needs-pledge-confirm = Confirm the delivery
needs-pledge-cancel = Cancel the pledge
needs-step-withdraw = Withdraw the need
needs-step-close = Close the need
needs-step-done = Done.
needs-step-not-done = Not done
needs-matches = Cities likely to help
needs-matches-lead = Best first, with why: a standing offer of this kind, a partnership, a delivery before, your people with ties there, shared networks, distance, a shared language.
needs-no-match = No city found yet.
needs-comma = , { "" }
needs-reason-offer = { $count ->
    [one] a standing offer of this kind
   *[other] { $count } standing offers of this kind
}
needs-reason-partner = a partner city
needs-reason-partner-of-partner = a partner of a partner
needs-reason-helped-before = { $count ->
    [one] delivered once before
   *[other] delivered { $count } times before
}
needs-reason-network = { $count ->
    [one] in a network together
   *[other] in { $count } networks together
}
needs-reason-distance = { $km } km away
needs-reason-people = { $count ->
    [one] { $count } of your people has ties there
   *[other] { $count } of your people have ties there
}
needs-reason-language = a shared language: { $language }
needs-offers = Standing offers
needs-offers-lead = What cities, or organisations in them, can give before anyone asks: equipment, hosting, expertise, training. Each offer names the open needs it fits.
needs-offers-filters = Filter the offers
needs-offers-list = The offers
needs-offers-none = No offer matches these filters.
needs-offers-needs = The board of needs
needs-offers-csv = The offers as CSV
needs-offer-make = Make an offer
needs-offer-post-lead = What your city, or an organisation in it, can give, in one of amity’s categories and its units, and the language it comes with, if any. Cities in need see your city among those likely to help.
needs-offer-made = The offer is recorded.
needs-offer-not-made = The offer was not recorded
needs-offer-sign-in = make a standing offer for your city
needs-offer-not-found = There is no offer { $id }.
needs-offer-language = in { $language }
needs-offer-language-label = Language
needs-offer-language-hint = Two letters, if it comes with a language: uk for an expert who speaks Ukrainian.
needs-offer-organisation-hint = An organisation of your city that gives it, if not the city itself.
needs-offer-organisation = Organisation
needs-offer-since = Offered since
needs-offer-step-withdraw = Withdraw the offer
needs-offer-matches = The open needs it fits
needs-offer-matches-lead = The most urgent first, then those of partner cities and of nearer ones. Open a need to pledge against it.
needs-offer-no-match = No open need fits it now.
needs-category-generators = Generators
needs-category-vehicles = Vehicles
needs-category-medical = Medical equipment
needs-category-equipment-other = Other equipment
needs-category-hosting = Hosting displaced people
needs-category-expertise = Expertise
needs-category-funding = Funding
needs-category-training = Training
needs-category-partner-city = A partner city
needs-unit-generators = { $count ->
    [one] generator
   *[other] generators
}
needs-unit-vehicles = { $count ->
    [one] vehicle
   *[other] vehicles
}
needs-unit-items = { $count ->
    [one] item
   *[other] items
}
needs-unit-kits = { $count ->
    [one] kit
   *[other] kits
}
needs-unit-people = { $count ->
    [one] person
   *[other] people
}
needs-unit-families = { $count ->
    [one] family
   *[other] families
}
needs-unit-experts = { $count ->
    [one] expert
   *[other] experts
}
needs-unit-person-days = { $count ->
    [one] person-day
   *[other] person-days
}
needs-unit-places = { $count ->
    [one] place
   *[other] places
}
needs-unit-sessions = { $count ->
    [one] session
   *[other] sessions
}
needs-unit-partnerships = { $count ->
    [one] partnership
   *[other] partnerships
}
