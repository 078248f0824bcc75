# graph: the graph's figures (#/graph) and the chains between two cities
# (#/graph/path) (see web/js/i18n.js)

## #/graph

graph-title = Le graphe des partenariats et des réseaux
graph-lead = Le registre vu comme un seul réseau : une ville est reliée à chacune de ses villes partenaires (par un partenariat en vigueur) et à chaque réseau dont elle est actuellement membre. Voici ses chiffres, et les villes qui en occupent le centre.
graph-path-link = Comment une ville est-elle reliée à une autre ?

graph-figures-heading = En chiffres
graph-fact-cities = Villes du graphe
graph-fact-networks = Réseaux du graphe
graph-fact-partnerships = Partenariats entre villes
graph-fact-memberships = Adhésions à des réseaux
graph-fact-groups = Groupes connexes
graph-fact-group-cities = Villes du plus grand groupe
graph-fact-group-networks = Réseaux du plus grand groupe
graph-fact-communities = Communautés
graph-fact-community-cities = Villes de la plus grande communauté
graph-fact-modularity = Modularité
graph-fact-betweenness = Intermédiarité
graph-fact-estimated = { $count ->
    [one] estimée ({ $count } source)
   *[other] estimée ({ $count } sources)
}
graph-fact-exact = exacte

graph-words-empty = Le graphe est vide : aucune ville n’a encore de partenariat en vigueur avec une autre ville ni d’adhésion en cours à un réseau.
graph-words-links = Le graphe relie { $cities ->
    [one] { $cities } ville
   *[other] { $cities } villes
} et { $networks ->
    [one] { $networks } réseau
   *[other] { $networks } réseaux
} par { $partnerships ->
    [one] { $partnerships } partenariat
   *[other] { $partnerships } partenariats
} entre deux villes et { $memberships ->
    [one] { $memberships } adhésion
   *[other] { $memberships } adhésions
} d’une ville à un réseau.
graph-words-in-it = Une ville y figure lorsqu’elle a un partenariat en vigueur avec une autre ville (ni proposé, ni terminé) ou qu’elle est actuellement membre d’un réseau ; plusieurs accords entre les deux mêmes villes comptent pour un seul partenariat.
graph-words-groups = Il se divise en { $count ->
    [one] { $count } groupe connexe
   *[other] { $count } groupes connexes
} : au sein d’un groupe, une chaîne de partenariats et de réseaux partagés relie deux villes quelconques, et aucune chaîne n’en sort.
# $percent: "75%"
graph-words-largest-group = Le plus grand groupe compte { $cities ->
    [one] { $cities } ville
   *[other] { $cities } villes
} ({ $percent } des villes du graphe) et { $networks ->
    [one] { $networks } réseau
   *[other] { $networks } réseaux
}.
# $method: "the Louvain method"
graph-words-communities = La détection de communautés ({ $method }) trouve { $count ->
    [one] { $count } communauté
   *[other] { $count } communautés
}, des groupes de villes plus liées entre elles qu’avec le reste ; la plus grande compte { $largest ->
    [one] { $largest } ville
   *[other] { $largest } villes
}.
graph-louvain = méthode de Louvain
graph-words-modularity-unknown = Sa modularité n’est pas connue.
graph-words-modularity = La modularité est de { $value } (de 0, pas plus de liens à l’intérieur des communautés que le hasard n’en donnerait, à 1 ; au-delà de 0,3, la partition est nette).
graph-words-estimated = L’intermédiarité est estimée à partir d’un échantillon fixe de { $count ->
    [one] { $count } source
   *[other] { $count } sources
} : le graphe est trop grand pour suivre chaque plus courte chaîne.
graph-words-exact = L’intermédiarité est exacte : chaque plus courte chaîne est comptée.

graph-how-title = Comment ces chiffres ont été calculés
# $build...: "12 ms" or "not yet computed"
graph-how = Graphe de la modification n° { $generation } des partenariats et adhésions du registre. Construit en { $build } ; groupes connexes en { $components } ; communautés en { $communities } ; intermédiarité : { $betweenness } ; centralité de vecteur propre : { $eigenvector }.
graph-ms = { $ms } ms
graph-not-computed = pas encore calculé

graph-top-heading = Les villes les plus centrales
graph-ranking-label = Choisir le classement
graph-measure = Mesure
graph-country = Pays
graph-show = Afficher
graph-all-countries = Tous les pays
graph-limit = { $count ->
    [one] { $count } ville
   *[other] { $count } villes
}
# the measures: their names (a column's head) ...
graph-measure-degree = Degré
graph-measure-betweenness = Intermédiarité
graph-measure-eigenvector = Vecteur propre
# ... as $measure in a sentence
graph-measure-words-degree = degré
graph-measure-words-betweenness = intermédiarité
graph-measure-words-eigenvector = centralité de vecteur propre
# ... and what they say
graph-about-degree = Le degré compte les liens d’une ville : ses villes partenaires et ses réseaux actuels. Il fait ressortir les villes qui ont le plus de relations directes.
graph-about-betweenness = L’intermédiarité compte les plus courtes chaînes entre d’autres villes et réseaux qui passent par une ville. Une ville bien placée sur cette mesure est un pont : sans elle, les autres seraient plus éloignées.
graph-about-eigenvector = La centralité de vecteur propre est élevée pour une ville liée à des villes et des réseaux eux-mêmes centraux. La ville la plus centrale obtient 1 ; les autres sont indiquées par rapport à elle. Les villes hors du plus grand groupe connexe obtiennent 0.
graph-loading-betweenness = Chargement… (après une modification du registre, le calcul de l’intermédiarité prend quelques secondes)
graph-no-ranking = Aucun classement affiché.
graph-ranking-failed = Le classement n’a pas pu être chargé : { $message }
# $count cities shown of $total; $measure: "betweenness"
graph-top-summary = { $count ->
    [one] La ville
   *[other] Les { $count } villes
} au plus haut score en { $measure }, sur { $total ->
    [one] { $total } ville
   *[other] { $total } villes
} du graphe.
# the same, of one country ($country: its name)
graph-top-summary-country = { $count ->
    [one] La ville
   *[other] Les { $count } villes
} (pays : { $country }) au plus haut score en { $measure }, sur { $total ->
    [one] { $total } ville
   *[other] { $total } villes
} de ce pays dans le graphe (mesuré sur l’ensemble du graphe, classement parmi celles-ci).
graph-top-none = Aucune ville ne figure dans le graphe.
graph-top-none-country = Aucune ville de ce pays ({ $country }) ne figure dans le graphe.
graph-estimate = L’intermédiarité est ici estimée, non exacte : le graphe est trop grand pour suivre chaque chaîne ; on compte donc les chaînes issues d’un échantillon fixe de { $sample } de ses { $total } villes et réseaux, puis on extrapole. L’ordre des premières villes est fiable ; des valeurs proches peuvent s’inverser.
graph-estimate-unknown = L’intermédiarité est ici estimée, non exacte : le graphe est trop grand pour suivre chaque chaîne ; on compte donc les chaînes issues d’un échantillon fixe de ses villes et réseaux, puis on extrapole. L’ordre des premières villes est fiable ; des valeurs proches peuvent s’inverser.
graph-col-rank = Rang
graph-col-city = Ville
graph-col-partners = Villes partenaires
graph-col-networks = Réseaux
graph-top-caption = Les villes les plus centrales, par { $measure }
graph-top-caption-country = Les villes les plus centrales (pays : { $country }), par { $measure }

## #/graph/path

graph-path-title = Comment une ville est-elle reliée à une autre ?
graph-path-crumb = Chaînes
graph-path-lead = Choisissez deux villes : la plus courte chaîne entre elles suit les partenariats entre villes et les réseaux dont les deux villes d’une étape sont membres. Parmi des chaînes de même longueur, celles qui comptent le plus de partenariats viennent en premier.
graph-path-from = De
graph-path-to = À
graph-path-follow = Suivre
graph-path-via-all = Partenariats et réseaux partagés
graph-path-via-partnerships = Partenariats uniquement
graph-path-form-label = Choisir deux villes
graph-path-submit = Afficher la chaîne
graph-path-swap = Intervertir les deux villes
graph-path-no-city = Il n’existe aucune ville portant l’identifiant { $id }. Choisissez une ville dans la liste.
graph-path-city-failed = Cette ville n’a pas pu être chargée : { $message }
graph-path-choose-first = Choisissez la première ville dans la liste.
graph-path-choose-second = Choisissez la seconde ville dans la liste.
graph-path-choose-two = Choisissez d’abord deux villes dans les listes.
graph-path-choose-one = Choisissez d’abord une ville dans les listes.
# $from, $to: the two cities' names
graph-path-page-title = De { $from } à { $to } : la chaîne
graph-path-heading = De { $from } à { $to }
graph-path-looking = Recherche de la chaîne…
graph-path-looking-slow = Recherche de la chaîne… La première recherche après une modification du registre prend quelques secondes.
graph-path-same = Vous avez choisi { $name } deux fois. Choisissez deux villes différentes pour voir comment elles sont reliées.
graph-path-failed = La chaîne n’a pas pu être chargée : { $message }
graph-path-no-link = Rien ne relie { $from } à { $to }.
# $links: "2 partnerships and 1 shared network"
graph-path-summary = { $from } rejoint { $to } en { $steps ->
    [one] { $steps } étape
   *[other] { $steps } étapes
} : { $links }.
graph-path-summary-between = { $from } rejoint { $to } en { $steps ->
    [one] { $steps } étape
   *[other] { $steps } étapes
} : { $links }, en passant par { $between ->
    [one] { $between } ville intermédiaire
   *[other] { $between } villes intermédiaires
}.
graph-path-n-partnerships = { $count ->
    [one] { $count } partenariat
   *[other] { $count } partenariats
}
graph-path-n-networks = { $count ->
    [one] { $count } réseau partagé
   *[other] { $count } réseaux partagés
}
graph-path-list-label = La chaîne de { $from } à { $to }
# $network: the network's name (a link)
graph-path-via-network = par le réseau { $network }
graph-path-both-members = toutes deux membres
graph-path-via-partnership = par un partenariat
graph-path-network-n = Réseau { $id }
graph-path-signed = signé en { $year }
graph-path-on-map = Sur la carte
graph-path-as-graph = En graphe
graph-path-map-loading = Carte de la chaîne de { $from } à { $to } (chargement)
graph-path-map-label = Carte de la chaîne de { $from } à { $to } : { $count ->
    [one] { $count } ville
   *[other] { $count } villes
}
graph-path-fit = Cadrer la chaîne
graph-path-no-map = La carte n’a pas pu être dessinée ici ; la chaîne est détaillée ci-dessus.
graph-path-placing = Placement des villes…
graph-path-no-coordinates = Pas de carte : les villes de la chaîne n’ont pas de coordonnées.
graph-path-map-note = { $count ->
    [one] { $count } ville
   *[other] { $count } villes
} de la chaîne sur la carte. Pointez une ville pour voir son nom ; ouvrez sa page d’un clic ou avec Entrée.
graph-path-map-note-missing = { $count ->
    [one] { $count } ville
   *[other] { $count } villes
} de la chaîne sur la carte ; { $missing ->
    [one] { $missing } n’a pas de coordonnées
   *[other] { $missing } n’ont pas de coordonnées
}. Pointez une ville pour voir son nom ; ouvrez sa page d’un clic ou avec Entrée.
# a city on the map: its place in the chain ($n), name and country
graph-path-point = { $n }. { $name } ({ $country })
graph-path-point-start = { $n }. { $name } ({ $country }), départ
graph-path-point-end = { $n }. { $name } ({ $country }), arrivée
graph-path-two-cities = Les deux villes
graph-path-on-the-way = Une ville en chemin
graph-path-city = Ville
graph-path-network = Réseau
graph-path-partnership = Partenariat
graph-path-shared-network = Réseau partagé
graph-path-membership = Adhésion
# $cities: the cities' names, in the chain's order, joined by graph-path-then
graph-path-drawing = Schéma de la chaîne de { $from } à { $to } : { $cities }. La liste ci-dessus dit la même chose.
graph-path-then = , puis
graph-path-no-drawing = La liste ci-dessus nomme les mêmes villes et réseaux.
