## needs and offers between cities (#/needs, #/need/ID)
needs-title = Besoins et offres
needs-lead = Ce dont les villes ont besoin en temps de crise (matériel, hébergement de personnes déplacées, expertise, financement, formation, un partenaire), ce que d’autres villes ont promis, et ce qui est arrivé.
needs-filters = Filtrer les besoins
needs-any = Indifférent
needs-category = Catégorie
needs-country = Pays
needs-country-hint = Deux lettres, par ex. UA.
needs-urgency = Urgence
needs-status = Statut
needs-list = Les besoins
needs-none = Aucun besoin ne correspond à ces filtres.
needs-map-label = { $count ->
    [one] Carte de la ville dont le besoin est affiché
   *[other] Carte des villes dont les { $count } besoins sont affichés
}
needs-map-point = { $city } : { $title } ({ $met } sur { $quantity } satisfaits)
needs-legend-urgent = Urgence critique ou élevée
needs-legend-other = Autres besoins
needs-progress = { $met } satisfaits, { $pledged } promis, sur { $quantity }
needs-deadline = au plus tard le { $date }
needs-deadline-label = Échéance
needs-place = Lieu de livraison
needs-withdrawn-because = Motif du retrait
needs-post = Publier un besoin
needs-post-lead = Le besoin de votre ville, dans l’une des catégories d’amity et dans ses unités. Les villes susceptibles d’aider le trouvent sur le tableau des besoins et dans leur espace de travail.
needs-posted = Le besoin est publié.
needs-not-posted = Le besoin n’a pas été publié
needs-sign-in = publier un besoin de votre ville
needs-of-partners = Besoins de nos villes partenaires
needs-csv = Les besoins en CSV
needs-figures-networks = Chiffres par réseau (CSV)
needs-figures-countries = Chiffres par pays (CSV)
needs-geojson = sur une carte (GeoJSON)
needs-not-found = Il n’y a pas de besoin { $id }.
needs-pledges = Promesses
needs-no-pledge = Aucune promesse pour l’instant.
needs-col-city = Ville
needs-col-quantity = Quantité
needs-col-status = Statut
needs-col-actions = Actions
needs-pledge = Faire une promesse
needs-pledge-quantity = Combien ({ $unit })
needs-pledge-remaining = { $count ->
    [0] Tout est déjà promis.
    [one] Il reste { $count } à promettre.
   *[other] Il reste { $count } à promettre.
}
needs-pledge-from-offer = Cette promesse vient de votre offre permanente.
needs-pledge-note = Note
needs-pledged = La promesse est enregistrée ; la ville dans le besoin en est informée.
needs-not-pledged = La promesse n’a pas été enregistrée : { $error }
needs-pledge-confirm = Confirmer la livraison
needs-pledge-cancel = Annuler la promesse
needs-step-withdraw = Retirer le besoin
needs-step-close = Clore le besoin
needs-step-done = C’est fait.
needs-step-not-done = Non effectué
needs-matches = Villes susceptibles d’aider
needs-matches-lead = Les meilleures d’abord, avec leurs raisons : une offre permanente de ce type, un partenariat, une livraison antérieure, vos contacts qui y ont des liens, des réseaux communs, la distance, une langue commune.
needs-no-match = Aucune ville trouvée pour l’instant.
needs-comma = , { "" }
needs-reason-offer = { $count ->
    [one] une offre permanente de ce type
   *[other] { $count } offres permanentes de ce type
}
needs-reason-partner = une ville partenaire
needs-reason-partner-of-partner = partenaire d’un partenaire
needs-reason-helped-before = { $count ->
    [one] a déjà livré une fois
   *[other] a déjà livré { $count } fois
}
needs-reason-network = { $count ->
    [one] membres d’un même réseau
   *[other] membres de { $count } réseaux communs
}
needs-reason-distance = à { $km } km
needs-reason-people = { $count ->
    [one] { $count } de vos contacts y a des liens
   *[other] { $count } de vos contacts y ont des liens
}
needs-reason-language = une langue commune : { $language }
needs-offers = Offres permanentes
needs-offers-lead = Ce que des villes, ou des organisations de ces villes, peuvent donner avant qu’on le leur demande : matériel, hébergement, expertise, formation. Chaque offre indique les besoins ouverts auxquels elle répond.
needs-offers-filters = Filtrer les offres
needs-offers-list = Les offres
needs-offers-none = Aucune offre ne correspond à ces filtres.
needs-offers-needs = Le tableau des besoins
needs-offers-csv = Les offres en CSV
needs-offer-make = Faire une offre
needs-offer-post-lead = Ce que votre ville, ou une organisation de votre ville, peut donner, dans l’une des catégories d’amity et dans ses unités, avec la langue qui l’accompagne le cas échéant. Les villes dans le besoin voient votre ville parmi celles susceptibles d’aider.
needs-offer-made = L’offre est enregistrée.
needs-offer-not-made = L’offre n’a pas été enregistrée
needs-offer-sign-in = faire une offre permanente au nom de votre ville
needs-offer-not-found = Il n’y a pas d’offre { $id }.
needs-offer-language = en { $language }
needs-offer-language-label = Langue
needs-offer-language-hint = Deux lettres, si elle vient avec une langue : uk pour un expert qui parle ukrainien.
needs-offer-organisation-hint = Une organisation de votre ville qui la donne, si ce n’est pas la ville elle-même.
needs-offer-organisation = Organisation
needs-offer-since = Offerte depuis le
needs-offer-step-withdraw = Retirer l’offre
needs-offer-matches = Les besoins ouverts auxquels elle répond
needs-offer-matches-lead = Les plus urgents d’abord, puis ceux des villes partenaires et des villes plus proches. Ouvrez un besoin pour faire une promesse.
needs-offer-no-match = Aucun besoin ouvert ne lui correspond pour l’instant.
needs-category-generators = Groupes électrogènes
needs-category-vehicles = Véhicules
needs-category-medical = Matériel médical
needs-category-equipment-other = Autre matériel
needs-category-hosting = Hébergement de personnes déplacées
needs-category-expertise = Expertise
needs-category-funding = Financement
needs-category-training = Formation
needs-category-partner-city = Une ville partenaire
needs-unit-generators = { $count ->
    [one] groupe électrogène
   *[other] groupes électrogènes
}
needs-unit-vehicles = { $count ->
    [one] véhicule
   *[other] véhicules
}
needs-unit-items = { $count ->
    [one] article
   *[other] articles
}
needs-unit-kits = { $count ->
    [one] kit
   *[other] kits
}
needs-unit-people = { $count ->
    [one] personne
   *[other] personnes
}
needs-unit-families = { $count ->
    [one] famille
   *[other] familles
}
needs-unit-experts = { $count ->
    [one] expert
   *[other] experts
}
needs-unit-person-days = { $count ->
    [one] jour-personne
   *[other] jours-personnes
}
needs-unit-places = { $count ->
    [one] place
   *[other] places
}
needs-unit-sessions = { $count ->
    [one] séance
   *[other] séances
}
needs-unit-partnerships = { $count ->
    [one] partenariat
   *[other] partenariats
}
