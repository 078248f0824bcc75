# workspace: messages of this area (see web/js/i18n.js)
workspace-title = Votre espace de travail
# $user is the username (bold), $role the API's word for the role, $place a link to the city or network
workspace-signed-in-role-place = Connecté en tant que { $user } ({ $role }, { $place }).
workspace-signed-in-role = Connecté en tant que { $user } ({ $role }).
workspace-signed-in-place = Connecté en tant que { $user } ({ $place }).
workspace-signed-in = Connecté en tant que { $user }.
workspace-just-now = à l’instant

## What changed
workspace-changes-since = Ce qui a changé depuis votre dernière visite
workspace-changes-month = Ce qui a changé ces 30 derniers jours
# $when: a date and time
workspace-last-visit = Votre dernière visite : { $when }.
workspace-first-visit = C’est votre première visite : voici le dernier mois.
workspace-nothing-changed = Rien n’a changé.
workspace-show-all-changes = { $count ->
    [one] Afficher la modification
   *[other] Afficher les { $count } modifications
}
# a membership: "Reggio Emilia in ICC"
workspace-member-in = { $member } dans { $network }
# a diaspora: "people from Morocco in Reggio Emilia"
workspace-people-from-in = personnes originaires de { $from } à { $city }
workspace-people-from = personnes originaires de { $from }
workspace-yes = oui
workspace-no = non
workspace-quoted = « { $text } »
# $field is the API's label of a field, in lower case
workspace-field-changed-from = { $field } : de { $before } à { $after }
workspace-field-set = { $field } : { $value }
workspace-field-cleared = { $field } : valeur supprimée (auparavant { $before })
workspace-field-changed = { $field } : nouvelle valeur
workspace-field-separator = {" ; "}
workspace-fields-and-more = { $fields } ; et { $count } de plus
workspace-change-added = création
workspace-change-deleted = suppression
workspace-change-changed = modification
workspace-by-you = par vous
# $who: the importer, the system…
workspace-by-the = par { $who }
workspace-by = par { $user }
# one change: "Partnership Reggio Emilia – Kraków: status changed from signed to ended"
workspace-change-what = { $kind } { $record } : { $what }
# …then who made it, and when ("2 days ago")
workspace-change = { $what }, { $who }, { $when }
workspace-change-nobody = { $what }, { $when }

## The city's partnerships
workspace-partnerships-of = Partenariats de { $city }
workspace-partnerships-of-your-city = Partenariats de votre ville
workspace-no-partnership = Aucun partenariat n’est encore enregistré.
workspace-record-partnership = Enregistrer un partenariat
# $states: "1 dormant, 3 active"
workspace-partnerships-summary = { $count ->
    [one] { $count } partenariat : { $states }
   *[other] { $count } partenariats : { $states }
}
# $state: the API's word for a health state
workspace-state-count = { $count } { $state }
# the partnerships in a health state, in the summary ("1 dormant")
workspace-health-count-active = { $count ->
    [one] { $count } actif
   *[other] { $count } actifs
}
workspace-health-count-dormant = { $count } en sommeil
workspace-health-count-unknown = { $count } d’état inconnu
workspace-health-count-proposed = { $count ->
    [one] { $count } proposé
   *[other] { $count } proposés
}
workspace-health-count-ended = { $count ->
    [one] { $count } terminé
   *[other] { $count } terminés
}
workspace-health-count-suspended = { $count ->
    [one] { $count } suspendu
   *[other] { $count } suspendus
}
workspace-with = avec { $name }
workspace-partnership-label = Partenariat { $name }
workspace-show-all-partnerships = { $count ->
    [one] Afficher le partenariat
   *[other] Afficher les { $count } partenariats
}
workspace-city-page = { $city } : ses partenaires sur une carte, ses réseaux et ses activités

## Practices
# $when: "2 days ago"
workspace-changed-ago = modifiée { $when }
workspace-review-comment = Commentaire de la relecture :
workspace-review = Pratiques en attente de votre relecture
workspace-review-count = Pratiques en attente de votre relecture ({ $count })
workspace-review-none = Aucune pratique n’attend votre relecture.
workspace-review-all = Toutes les pratiques en attente de relecture
workspace-drafts = Brouillons et pratiques renvoyées
workspace-drafts-none = Aucun brouillon, et rien n’a été renvoyé pour modification.
workspace-describe-practice = Décrire une bonne pratique

## The Intercultural Cities Index
workspace-index = Index des cités interculturelles
# $round: a year
workspace-round = Édition { $round }
workspace-questions-answered = Questions répondues
# $share: a percentage ("40%")
workspace-progress = { $answered } questions répondues sur { $questions } ({ $share })
workspace-continue = Reprendre le questionnaire
workspace-see-report = Voir le rapport { $round }
# $rounds: the years, as links
workspace-earlier-rounds = Éditions précédentes : { $rounds }
workspace-index-none = { $city } n’a pas encore répondu au questionnaire.
workspace-index-none-your-city = Votre ville n’a pas encore répondu au questionnaire.
workspace-index-all = Les résultats de toutes les villes

## Activities
workspace-date-not-known = date inconnue
workspace-activities = Activités
workspace-coming-up = À venir
workspace-nothing-planned = Rien de prévu n’est enregistré.
workspace-last-year = Au cours de l’année écoulée
workspace-no-activity = Aucune activité au cours de l’année écoulée.
workspace-record-activity = Enregistrer une activité

## A network's members
workspace-members-of = Membres du réseau { $network }
workspace-members-of-your-network = Membres de votre réseau
workspace-newest-members = Les membres les plus récents
# $year: the year it joined
workspace-since = depuis { $year }
workspace-all-members = Tous les membres du réseau { $network }

## An administrator's
workspace-imports = Importations
workspace-imports-caption = Les dernières importations
workspace-imports-none = Rien n’a encore été importé (amity import ... en ligne de commande).
workspace-accounts = Comptes
workspace-city-id = Ville { $id }
workspace-network-id = Réseau { $id }
workspace-accounts-caption = Les comptes
workspace-accounts-none = Aucun compte.
workspace-accounts-hint = Les comptes s’ajoutent en ligne de commande : amity user add NOM --role RÔLE.

## A record's history (on the pages of partnerships and activities)
workspace-history-title = Historique
workspace-history-none = Aucune modification enregistrée.
workspace-history-added = Création
workspace-history-changed = Modification
workspace-history-deleted = Suppression
# a step of the record's life: Step “Sign”
workspace-history-step = Étape « { $step } »
# $user: the username
workspace-history-by = par { $user }
# $date and $time: "2026-12-02" and "09:55", in UTC
workspace-history-when = { $date } { $time } UTC
workspace-history-changed-to = devient
workspace-history-nothing = rien
workspace-history-yes = oui
workspace-history-no = non
# $id: the number of a record no longer there
workspace-history-gone = nº { $id } (n’est plus enregistré)
workspace-history-latest = Les { $shown } dernières modifications sur { $count }.
workspace-history-error = L’historique n’a pas pu être chargé ({ $error }).

## needs: the city's own, and its partner cities'
workspace-needs = Besoins
workspace-needs-partners = Besoins ouverts de nos villes partenaires
workspace-needs-partners-none = Aucune ville partenaire n’a de besoin ouvert.
workspace-needs-own = Nos besoins ouverts
workspace-needs-own-none = Aucun besoin ouvert de notre part.
workspace-needs-post = Publier un besoin
workspace-needs-board = Le tableau des besoins
workspace-need-progress = { $met } satisfaits, { $pledged } promis, sur { $quantity }
workspace-needs-to-confirm = Livraisons à confirmer par nous
workspace-needs-offers = Nos offres permanentes
workspace-needs-offers-none = Aucune offre permanente de notre part.
workspace-needs-pledges = Nos promesses
workspace-needs-pledges-none = Nous n’avons encore rien promis.
workspace-needs-offer = Faire une offre
workspace-needs-offers-all = Les offres permanentes
