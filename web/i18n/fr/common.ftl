# common: the words every page uses (web/js/ui.js, forms, downloads,
# provenance, model notes) and the sign-in page (see web/js/i18n.js)

## ui.js

common-loading = Chargement…
common-not-known = inconnu
common-city-n = Ville { $id }
common-organisation-tag = organisation
common-partner-in = un partenaire (pays : { $country })
common-required = (obligatoire)

# the health of a partnership
common-health-active = Actif
common-health-dormant = En sommeil
common-health-unknown = Inconnu
common-health-proposed = Proposé
common-health-ended = Terminé
common-health-suspended = Suspendu
common-health-quiet-for = { $years ->
    [one] Aucune activité depuis { $years } an ou plus
   *[other] Aucune activité depuis { $years } ans ou plus
}
common-health-quiet = Aucune activité récente
# $date: the date of the last activity
common-health-last = Dernière activité : { $date }
common-health-none = Aucune activité enregistrée

# paged lists; $items: "25 cities"
common-items = { $count ->
    [one] { $count } élément
   *[other] { $count } éléments
}
common-nothing-found = Aucun résultat.
common-pager-showing = { $items } · { $shown } affichés
common-show-more = Afficher plus
common-show-more-left = Afficher plus ({ $count } restants)

# errors; $what: what did not happen ("The record was not saved")
common-not-saved = La fiche n’a pas été enregistrée
common-went-wrong = Une erreur s’est produite.
common-error-signed-out = { $what } : vous n’êtes plus connecté. Reconnectez-vous puis réessayez.
common-error-forbidden = { $what } : votre compte n’est pas autorisé à effectuer cette opération ({ $message }).
common-error = { $what } : { $message }
common-error-field = { $what }. { $field } : { $message }

common-not-found = Page introuvable
common-no-such-page = Cette page n’existe pas.
common-back-to-cities = Retour aux villes
common-error-title = Erreur
common-load-failed = Cette page n’a pas pu être chargée
common-try-again = Réessayer
common-page-not-loaded = La page n’a pas pu être chargée.

## provenance.js

common-provenance = Provenance
# before the importer's words about a name of its source
common-in-the-source = « { $name } » dans la source :

## model-note.js

common-model-stale = Résultats calculés à partir du registre tel qu’il était le { $time }. Il a changé depuis ; des résultats plus récents sont en cours de calcul.
common-model-first = Ces résultats sont calculés pour la première fois.
common-model-again = Afficher les résultats plus récents

## downloads.js

common-download-csv = Télécharger en CSV
common-download-geojson = Télécharger en GeoJSON
common-download-hint = toutes les pages de cette liste, avec ses filtres
common-download-preparing = Préparation du fichier…
common-download-progress = { $count ->
    [one] Préparation du fichier… { $count } fiche
   *[other] Préparation du fichier… { $count } fiches
}
common-download-progress-of = { $total ->
    [one] Préparation du fichier… { $count } fiche sur { $total }
   *[other] Préparation du fichier… { $count } fiches sur { $total }
}
# $name: the file's name
common-download-done = { $name } : { $count ->
    [one] { $count } fiche
   *[other] { $count } fiches
}.
common-download-failed = Le fichier n’a pas pu être créé : { $message }
common-server-unreachable = le serveur est injoignable
common-server-answered = le serveur a répondu { $status }

## the sign-in page

# $name: the user name
common-signin-already = Vous êtes connecté en tant que { $name }.
common-continue = Continuer
common-username = Nom d’utilisateur
common-password = Mot de passe
common-signin-lead = Les comptes sont destinés aux chargés des relations internationales des villes, aux secrétariats des réseaux et aux administrateurs qui tiennent les fiches à jour. La consultation ne nécessite pas de compte.
common-enter-username = Saisissez votre nom d’utilisateur.
common-enter-password = Saisissez votre mot de passe.
common-signing-in = Connexion…
common-signed-in-flash = Connecté en tant que { $name }.
common-wrong-password = Nom d’utilisateur ou mot de passe incorrect.
common-signin-failed = Échec de la connexion : { $message }
