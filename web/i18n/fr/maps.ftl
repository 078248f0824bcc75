# maps: messages of this area (see web/js/i18n.js)

## A world map
maps-skip-map = Passer la carte
maps-fit-points = Cadrer sur les points
maps-whole-world = Monde entier
maps-view = Vue de la carte
maps-health-active = Actif
maps-health-proposed = Proposé
maps-health-dormant = En sommeil (aucune activité récente)
maps-health-unknown = Vitalité inconnue
maps-health-ended = Terminé

## Charts
maps-chart-missing = { $error } Les chiffres figurent dans les tableaux de cette page.

## A city's network neighbourhood
maps-hood-show = Afficher le voisinage dans les réseaux
maps-hood-hide = Masquer le voisinage dans les réseaux
maps-hood-title = Voisinage dans les réseaux
maps-hood-lead = Les villes et les réseaux autour de { $city } : ses villes partenaires et ses réseaux, puis les villes et les réseaux situés un cran plus loin.
maps-hood-loading = Chargement du voisinage…
maps-hood-failed = Le voisinage n’a pas pu être chargé : { $error }
maps-fact-partners = Villes partenaires
maps-fact-networks = Réseaux actuels
maps-fact-community = Sa communauté
maps-fact-connected = Reliées à elle
maps-hood-none = { $city } n’a aucun partenariat avec une autre ville ni aucun réseau actuel : il n’y a pas de voisinage à représenter.
maps-cities = { $count ->
    [one] { $count } ville
   *[other] { $count } villes
}
maps-networks = { $count ->
    [one] { $count } réseau
   *[other] { $count } réseaux
}
maps-hood-summary = { $cities } et { $networks }
maps-group-size = { $cities }, { $networks }
maps-hood-label = Graphe du voisinage de { $city } dans les réseaux : { $summary }. La liste qui suit les nomme.
maps-hood-note = { $summary } à deux pas au plus de { $city }. Survolez une ville ou un réseau pour voir son nom ; cliquez pour ouvrir sa page.
maps-hood-note-truncated = { $summary } à deux pas au plus de { $city } ; seuls les { $count } plus proches sont représentés. Survolez une ville ou un réseau pour voir son nom ; cliquez pour ouvrir sa page.
maps-hood-no-library = { $error } La liste ci-dessous nomme les mêmes villes et les mêmes réseaux.
maps-hood-drawn = Le voisinage de { $city } dans les réseaux est représenté : { $summary }.
maps-hood-list = Le voisinage sous forme de liste
maps-group-heading = { $title } ({ $count })
maps-partners-of = Villes partenaires de { $city }
maps-networks-of = Réseaux de { $city }
maps-cities-further = Villes un cran plus loin
maps-networks-further = Réseaux un cran plus loin
maps-suggested = suggérée
maps-node-network = { $network } : réseau
maps-legend-home = Cette ville
maps-legend-city = Ville
maps-legend-suggested = Ville suggérée
maps-legend-network = Réseau
maps-legend-partnership = Partenariat
maps-legend-membership = Adhésion
