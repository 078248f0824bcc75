# home: messages of this area (see web/js/i18n.js)
home-title = Le registre ouvert de la diplomatie des villes
home-lead = Jumelages, partenariats et accords d’amitié entre villes ; les réseaux auxquels elles appartiennent ; délégations, visites d’étude et projets communs ; les bonnes pratiques qu’elles partagent et l’Index des cités interculturelles. Chaque fiche indique sa provenance.
# the name of the search box's region
home-search-region = Registre
home-search-label = Trouver une ville, un réseau, une organisation ou une pratique

## The most partnered cities
home-top-cities = Les villes qui ont le plus de partenariats
home-map-empty = Aucune ville ayant des partenariats n’a encore de coordonnées enregistrées : la carte est vide.
home-map-label = { $count ->
    [one] Carte du monde de la ville qui a le plus de partenariats
   *[other] Carte du monde des { $count } villes qui ont le plus de partenariats
}
home-partnerships = { $count ->
    [one] { $count } partenariat
   *[other] { $count } partenariats
}
# a point of the map: "Mapton (FR): 3 partnerships"
home-map-point = { $city } ({ $country }) : { $count ->
    [one] { $count } partenariat
   *[other] { $count } partenariats
}
home-legend-most = Parmi celles qui en ont le plus
home-legend-other = Autres villes ayant de nombreux partenariats
home-map-unplaced = { $count ->
    [one] { $count } de ces villes n’a pas de coordonnées et ne figure pas sur la carte.
   *[other] { $count } de ces villes n’ont pas de coordonnées et ne figurent pas sur la carte.
}
home-map-failed = La carte n’a pas pu être dessinée ici ; les villes sont énumérées ci-dessous.

## Recent records
home-recent-practices = Bonnes pratiques récentes
home-no-practice = Aucune pratique n’est encore publiée.
home-practice-library = Rechercher dans la bibliothèque des bonnes pratiques
home-recent-activities = Activités récentes
home-no-activity = Aucune activité n’est encore enregistrée.

## Also
home-also = Voir aussi :
home-also-index = l’Index des cités interculturelles
home-also-graph = le graphe des partenariats et des réseaux
home-sign-in = connectez-vous
# $signin: a link, home-sign-in
home-sign-in-to-workspace = { $signin } à votre espace de travail
