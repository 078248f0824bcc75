# cities: messages of this area (see web/js/i18n.js)

## The list of cities (views/cities.js)
cities-title = Villes
cities-lead = Villes, communes et municipalités, avec leurs partenariats, leurs réseaux et leurs activités.
cities-search-label = Rechercher des villes
cities-name = Nom
cities-name-hint = Toute partie d’un nom, dans n’importe quelle écriture
cities-country = Pays
cities-all-countries = Tous les pays
cities-search = Rechercher
cities-found = Villes trouvées
cities-count = { $count ->
    [one] { $count } ville
   *[other] { $count } villes
}
cities-none = Aucune ville ne correspond.
cities-also = Aussi :
cities-countries-failed = La liste des pays n’a pas pu être chargée : { $error }

## A city's page (views/city.js)
cities-loading = Chargement…
cities-region = Région
cities-population = Population
cities-coordinates = Coordonnées
cities-other-names = Autres noms :
cities-find-partners = Trouver des villes partenaires
cities-how-connected = Comment cette ville est-elle reliée à…
cities-add-partnership = Ajouter un partenariat
cities-add-activity = Ajouter une activité
cities-index-link = Index des Cités interculturelles { $round }
# follows the link above
cities-index-result = : score global de { $aggregate } sur 100, { $rank }e sur { $total } dans les derniers résultats
cities-index-published = (un résultat publié)
cities-partnerships-heading = Partenariats ({ $count })
cities-no-partnerships = Aucun partenariat enregistré.
cities-dormant = { $dormant ->
    [one] { $dormant } partenariat sur { $total } est en sommeil
   *[other] { $dormant } partenariats sur { $total } sont en sommeil
}
cities-dormant-why = (aucune activité depuis { $years } ans ou plus).
cities-dormant-list = Les afficher
cities-col-partner = Partenaire
cities-topics = Thèmes
cities-note = Remarque
cities-source = Source
cities-col-kind = Type
cities-col-status = Statut
cities-col-signed = Signé
cities-col-health = Vitalité
cities-partnerships-caption = Partenariats de { $city }
cities-recent-activities = Activités récentes
cities-no-activities = Aucune activité enregistrée.
cities-all-activities = Toutes les activités de { $city }
cities-practices-heading = Bonnes pratiques de cette ville
cities-no-practices = Aucune bonne pratique de cette ville n’a été publiée.
cities-all-practices = { $count ->
    [one] { $count } pratique de { $city }
   *[other] Les { $count } pratiques de { $city }
}
cities-describe-practice = Décrire une pratique
# between the items of a list
cities-comma = {", "}

## The map of a city's partners
cities-map-loading = Carte des villes partenaires de { $city } (chargement)
cities-map-failed = La carte n’a pas pu être dessinée ici ; les partenaires sont listés ci-dessous.
cities-map-home = { $city } ({ $country }), cette ville
cities-map-placing = Placement des villes partenaires… { $done } sur { $total }
cities-map-point = { $city } : { $health }
cities-map-point-several = { $city } : { $health }, { $count } partenariats
cities-map-label = { $count ->
    [one] Carte de { $count } ville partenaire de { $city }
   *[other] Carte de { $count } villes partenaires de { $city }
}
cities-map-no-coordinates = { $count ->
    [one] { $count } ville partenaire n’a pas de coordonnées
   *[other] { $count } villes partenaires n’ont pas de coordonnées
}
cities-map-not-loaded = { $count ->
    [one] { $count } ville partenaire n’a pas pu être chargée
   *[other] { $count } villes partenaires n’ont pas pu être chargées
}
cities-map-not-looked-up = { $count ->
    [one] { $count } autre ville partenaire n’a pas été recherchée (la carte s’arrête à { $max })
   *[other] { $count } autres villes partenaires n’ont pas été recherchées (la carte s’arrête à { $max })
}
cities-map-not-cities = { $count ->
    [one] { $count } partenariat est conclu avec une organisation ou un pays, non avec une ville
   *[other] { $count } partenariats sont conclus avec une organisation ou un pays, non avec une ville
}
cities-map-shown = { $count ->
    [one] { $count } ville partenaire sur la carte.
   *[other] { $count } villes partenaires sur la carte.
}
cities-map-home-no-coordinates = { $city } n’a pas de coordonnées : aucune ligne n’est tracée.
cities-map-not-on-map = Absentes de la carte : { $reasons }.
# between the reasons above
cities-map-separator = {" ; "}
cities-map-none = Pas de carte : { $city } et ses villes partenaires n’ont pas de coordonnées.
cities-map-none-failed = { $count ->
    [one] Pas de carte : { $city } et ses villes partenaires n’ont pas de coordonnées ({ $count } ville partenaire n’a pas pu être chargée).
   *[other] Pas de carte : { $city } et ses villes partenaires n’ont pas de coordonnées ({ $count } villes partenaires n’ont pas pu être chargées).
}
cities-map-legend-partner = Ville partenaire (ouvre sa page)

## Diaspora groups on a city's page
cities-diaspora-heading = Diaspora ({ $count })
cities-diaspora-lead = Groupes de personnes vivant à { $city } et venues d’un autre pays ou d’une autre ville. Les suggestions de partenaires cherchent des partenaires là d’où viennent les habitants de la ville, et là où vivent aujourd’hui ses propres ressortissants.
cities-diaspora-add = Ajouter un groupe de la diaspora
cities-diaspora-none = Aucun groupe de la diaspora enregistré.
cities-diaspora-from = Origine
cities-diaspora-people = Personnes
cities-number-not-known = nombre inconnu
cities-diaspora-year = Année
cities-not-known = inconnue
cities-not-given = non indiquée
cities-change = Modifier
cities-edit = Modifier
cities-delete = Supprimer
cities-cancel = Annuler
cities-diaspora-edit-label = Modifier le groupe venu de { $from }
cities-diaspora-delete-label = Supprimer le groupe venu de { $from }
cities-diaspora-caption = Groupes de la diaspora vivant à { $city }
cities-diaspora-delete-yes = Supprimer le groupe
cities-diaspora-delete-title = Supprimer le groupe venu de { $from } ?
cities-diaspora-delete-text = Il ne sera plus listé pour { $city } et ne comptera plus dans les suggestions de partenaires.
cities-deleting = Suppression…
cities-diaspora-deleted = Supprimé : le groupe venu de { $from } vivant à { $city }.
cities-diaspora-not-deleted = Le groupe n’a pas été supprimé : { $error }
cities-abroad-heading = Où vivent les personnes originaires de cette ville
cities-abroad-lead = Groupes de personnes originaires de { $city } enregistrés dans d’autres villes.
cities-abroad-source = source :
cities-abroad-also = chiffres également pour { $years }
cities-abroad-year-not-known = une année inconnue
cities-abroad-read-from = D’après les { $count } chiffres les plus élevés sur les { $total } enregistrés.
cities-people = { $count ->
    [one] { $count } personne
   *[other] { $count } personnes
}

## Adding or changing a diaspora group (views/diaspora-form.js)
cities-diaspora-edit-title = Modifier un groupe de la diaspora
# completes the sign-in prompt: "Sign in to …"
cities-diaspora-sign-in-add = ajouter un groupe de la diaspora
cities-diaspora-sign-in-edit = modifier un groupe de la diaspora
cities-diaspora-not-allowed = Votre compte ne peut pas modifier les groupes de la diaspora de { $city } : c’est le chargé des relations internationales de la ville ou un administrateur qui les enregistre.
cities-back-to = Retour à { $city }
cities-diaspora-form-lead = Un groupe de personnes vivant dans une ville et venues d’un autre pays ou d’une autre ville, avec le chiffre donné par une source. Les suggestions de partenaires cherchent des partenaires là d’où viennent les habitants d’une ville, et là où vivent aujourd’hui ses propres ressortissants.
cities-diaspora-who-where = Qui vit où
cities-diaspora-city = Ville
cities-diaspora-city-hint = La ville où vit le groupe.
cities-diaspora-city-hint-type = La ville où vit le groupe. Saisissez une partie du nom, puis choisissez dans la liste.
cities-diaspora-chosen-city = Ville choisie
cities-diaspora-origin-country = Pays d’origine
cities-diaspora-origin-country-hint = Le pays d’où vient le groupe. Repris de la ville d’origine ci-dessous lorsque vous en choisissez une.
cities-diaspora-choose-country = Choisissez un pays
cities-diaspora-origin-city = Ville d’origine
cities-diaspora-comes-from = Vient de
cities-diaspora-origin-city-hint = Facultatif : la ville d’où vient le groupe, lorsque la source l’indique.
cities-diaspora-figure = Le chiffre
cities-diaspora-size = Nombre de personnes
cities-diaspora-size-hint = Tel que la source les compte, par ex. 12 345. Laissez vide si elle ne donne pas de nombre.
cities-diaspora-year-hint = L’année du chiffre, par ex. 2023.
cities-diaspora-source-hint = Qui a compté : un recensement, un institut de statistique, une enquête.
cities-diaspora-source-url = Source (adresse web)
cities-diaspora-save = Enregistrer les modifications
cities-diaspora-add-group = Ajouter le groupe
cities-diaspora-check-city = Choisissez dans la liste la ville où vit le groupe.
cities-diaspora-check-origin-city = Choisissez la ville d’origine dans la liste, ou laissez le champ vide.
cities-diaspora-check-origin-country = Choisissez le pays d’où vient le groupe.
cities-diaspora-check-size = Écrivez le nombre de personnes sous forme de nombre entier, par ex. 12 345.
cities-diaspora-check-year = Écrivez l’année en quatre chiffres, par ex. 2023.
cities-diaspora-not-saved = Le groupe n’a pas été enregistré
cities-diaspora-not-saved-because = Le groupe n’a pas été enregistré : { $problem }
cities-saving = Enregistrement…
cities-diaspora-saved = Enregistré : le groupe venu de { $from } vivant à { $city }.
cities-diaspora-added = Ajouté : le groupe venu de { $from } vivant à { $city }.
cities-diaspora-the-city = la ville

## Partner suggestions for a city (views/partner-suggestions.js)
cities-suggest-title = Suggestions de partenaires pour { $city }
cities-suggest-heading = Villes partenaires pour { $city }
cities-suggest-lead = Les villes dont { $city } n’est pas encore partenaire, les meilleures d’abord : partenaires de ses partenaires et des villes qui partagent un partenaire avec elle, partenaires des villes voisines, villes proches de ses partenaires, réseaux communs, groupes de la diaspora dans les deux sens (d’où viennent ses habitants, et où vivent ses propres ressortissants), thèmes sur lesquels toutes deux travaillent, taille comparable et distance : tout compte. Dans les raisons, « cette ville » désigne { $city }. Une suggestion est une piste à explorer, non une recommandation.
cities-suggest-no-partners = { $city } n’a aucun partenariat enregistré : les suggestions reposent sur les villes voisines, ses réseaux, sa taille et la distance.
cities-suggest-any-country = Tous les pays
cities-suggest-abroad = À l’étranger seulement
cities-suggest-abroad-check = Sans les villes du pays : { $country }
cities-suggest-network = Réseau
cities-suggest-any-network = Tous les réseaux
cities-suggest-network-hint = Membres actuels uniquement
cities-suggest-topic = Thème
cities-suggest-any-topic = Tous les thèmes
cities-suggest-topic-hint = Avec des bonnes pratiques ou des activités sur ce thème
cities-scheme-icc = Thèmes des Cités interculturelles
cities-scheme-wego = Domaines thématiques de WeGO
cities-scheme-sdg = Objectifs de développement durable de l’ONU
cities-suggest-min-population = Population minimale
cities-suggest-max-population = Population maximale
cities-suggest-filter-label = Filtrer les suggestions
cities-suggest-apply = Appliquer
cities-suggest-clear = Effacer les filtres
cities-suggest-unknown-country = { $code } (pays inconnu)
cities-suggest-unknown-network = Réseau { $id } (inconnu)
cities-suggest-unknown-topic = { $topic } (thème inconnu)
cities-suggest-suggestions = Suggestions
cities-suggest-ties = Par les habitants et le travail partagé
cities-suggest-ties-lead = Des villes qu’une diaspora ou un thème commun relie à { $city }, absentes des suggestions ci-dessus : classées de la même façon, avec leurs raisons.
cities-suggest-on-the-map = Sur la carte
# the filters in words: "12 suggested partner cities in France, members of Eurocities, …"
cities-suggest-in-country = (pays : { $country })
cities-suggest-outside = (hors du pays : { $country })
cities-suggest-members-of = membres de { $network }
cities-suggest-network-id = réseau { $id }
cities-suggest-active-on = actives sur { $topic }
cities-suggest-population-between = de { $min } à { $max } habitants
cities-suggest-population-min = d’au moins { $min } habitants
cities-suggest-population-max = d’au plus { $max } habitants
cities-suggest-loading = Chargement des suggestions…
cities-suggest-summary = { $count ->
    [one] { $count } ville partenaire suggérée, la meilleure d’abord.
   *[other] { $count } villes partenaires suggérées, les meilleures d’abord.
}
cities-suggest-summary-filtered = { $count ->
    [one] { $count } ville partenaire suggérée { $filters }, la meilleure d’abord.
   *[other] { $count } villes partenaires suggérées { $filters }, les meilleures d’abord.
}
cities-suggest-none-filtered = Aucune ville { $filters } n’est suggérée. Essayez avec moins de filtres.
cities-suggest-none = Aucune ville n’est suggérée pour { $city }.
cities-suggest-none-shown = Aucune suggestion affichée.
cities-suggest-filter-refused = L’un des filtres n’a pas été accepté : voir le message à côté.
cities-suggest-failed = Les suggestions n’ont pas pu être chargées
cities-suggest-inhabitants = { $count ->
    [one] { $count } habitant
   *[other] { $count } habitants
}
cities-suggest-population-not-known = population inconnue
cities-suggest-chain-title = Comment { $city } est reliée à { $other }
cities-suggest-chain = chaîne
cities-suggest-chain-hidden = entre les deux villes
# the strength of a suggestion, 0 to 100 ($max); $share: the same as a percentage ("82%")
cities-suggest-strength = Force { $strength } sur { $max }
cities-suggest-strength-label = Force
cities-suggest-strength-text = Force { $strength } sur { $max } : plus forte que { $share } des partenariats réels avant leur création
cities-suggest-strength-note = La force, de { $min } à { $max }, compare une suggestion aux partenariats réels tels que le modèle les notait avant leur création : une force de { $example } dépasse { $share } d’entre eux.
cities-suggest-why = Pourquoi
cities-suggest-less = Moins en sa faveur
cities-suggest-topics = toutes deux travaillent sur { $topics }
cities-suggest-topics-more = { $count ->
    [one] toutes deux travaillent sur { $topics } et { $count } autre thème
   *[other] toutes deux travaillent sur { $topics } et { $count } autres thèmes
}
cities-suggest-not-counted = (non compté)
# the reasons of a suggestion, worded from the figures the server gives
cities-reason-partners = { $count ->
    [one] partenaire de l’un des partenaires de cette ville
   *[other] partenaire de { $count } des partenaires de cette ville
}
cities-reason-chain = partenaire de villes qui ont un partenaire en commun avec celle-ci
cities-reason-regional = déjà partenaire de villes proches de celle-ci
cities-reason-division = des villes de sa province ou région sont partenaires de villes de celle de cette ville
cities-reason-region = proche des partenaires de cette ville ou des villes qui l’entourent
cities-reason-countries = { $count ->
    [one] les villes de { $a } et de { $b } ont un partenariat entre elles
   *[other] les villes de { $a } et de { $b } ont { $count } partenariats entre elles
}
cities-reason-countries-within = { $count ->
    [one] les villes de { $a } ont un partenariat entre elles
   *[other] les villes de { $a } ont { $count } partenariats entre elles
}
# less in its favour: few of the partnerships of the city's country's cities ($total) are with the other country
cities-reason-countries-few = { $count ->
    [0] aucun des { $total } partenariats des villes de { $a } n’est conclu avec une ville de { $b }
    [one] un seul des { $total } partenariats des villes de { $a } est conclu avec une ville de { $b }
   *[other] seuls { $count } des { $total } partenariats des villes de { $a } sont conclus avec des villes de { $b }
}
cities-reason-networks = membres des mêmes réseaux
cities-reason-size = une taille semblable ({ $a } et { $b } habitants)
cities-reason-size-different = des tailles très différentes : { $a } et { $b } habitants
cities-reason-namesake = une ville du même nom à l’étranger
cities-reason-seat-capitals = toutes deux sont des capitales nationales
cities-reason-seat-regions = toutes deux sont des chefs-lieux de région (ou des capitales)
cities-reason-popularity = { $count ->
    [one] a { $count } ville partenaire
   *[other] a { $count } villes partenaires
}
cities-reason-distance-near = à { $km } km, plus près que la plupart des villes partenaires
cities-reason-distance-far = à { $km } km, plus loin que la plupart des villes partenaires
cities-reason-diaspora = une diaspora relie les deux villes
cities-reason-diaspora-count = { $count ->
    [one] { $count } personne originaire de { $origin } vit à { $host }
   *[other] { $count } personnes originaires de { $origin } vivent à { $host }
}
cities-reason-diaspora-people = des personnes originaires de { $origin } vivent à { $host }
cities-suggest-map-empty = Aucune suggestion à afficher sur la carte.
cities-suggest-map-label-all = Carte des villes partenaires suggérées pour { $city }
cities-suggest-map-failed = La carte n’a pas pu être dessinée ici ; les suggestions sont listées ci-dessus.
cities-suggest-map-label = { $count ->
    [one] Carte de { $count } ville partenaire suggérée pour { $city }
   *[other] Carte de { $count } villes partenaires suggérées pour { $city }
}
cities-suggest-map-shown = { $count ->
    [one] { $count } ville suggérée sur la carte
   *[other] { $count } villes suggérées sur la carte
}
cities-suggest-map-no-coordinates = { $count ->
    [one] { $count } n’a pas de coordonnées
   *[other] { $count } n’ont pas de coordonnées
}
cities-suggest-map-home-no-coordinates = { $city } elle-même n’a pas de coordonnées
cities-suggest-map-note = { $notes }. Pointez une ville pour voir son nom ; ouvrez sa page d’un clic ou avec Entrée.
cities-suggest-map-legend = Ville suggérée (ouvre sa page)
cities-suggest-not-applied = Les filtres n’ont pas été appliqués. { $field } : { $problem }
cities-suggest-check-number = Saisissez un nombre entier d’habitants, par ex. 50000.
cities-suggest-check-range = Cette valeur est inférieure à la population minimale demandée.
cities-calendar = Agenda
cities-calendar-link = Ses activités, pour s’y abonner (iCalendar)
