# activities: messages of this area (see web/js/i18n.js)

## An activity in a list
activities-date-not-known = date inconnue
# $city: the host city (a link)
activities-hosted-by = accueillie par { $city }
# $list: the cities and organisations
activities-with = Avec { $list }
activities-topics = Thèmes

## The list (#/activities)
activities-title = Activités
activities-only-of = Uniquement les activités de
activities-city-hint = Accueillies par la ville ou menées avec elle.
activities-any-network = Tous les réseaux
activities-any-kind = Tous les types
activities-filter-label = Filtrer les activités
activities-programme-hint = Tel qu’écrit, par ex. URBACT
activities-year = Année
activities-year-hint = L’année où elle a commencé
activities-filter = Filtrer
activities-upcoming = À venir et en cours
activities-past = Passées
activities-lead = Visites de délégation et d’étude, conférences, ateliers, projets communs et échanges entre villes.
activities-add = Ajouter une activité
# $partnership: a link to the partnership
activities-only-partnership = Uniquement les activités du partenariat { $partnership }.
activities-only-partnership-id = Uniquement les activités du partenariat { $id }.
activities-show-all = Tout afficher
activities-year-over = Aucune : l’année { $year } est terminée.
activities-no-upcoming = Aucune activité à venir ne correspond à ces filtres.
activities-past-count = { $count ->
    [one] { $count } activité passée
   *[other] { $count } activités passées
}
activities-no-past = Aucune activité passée ne correspond à ces filtres.
activities-error = Les activités n’ont pas pu être chargées : { $error }

## One activity (#/activity/ID)
activities-not-known = inconnue
activities-edit = Modifier
activities-delete = Supprimer
activities-delete-title = Supprimer l’activité « { $title } » ?
activities-delete-text = Elle ne figurera plus dans les listes et ne comptera plus pour la santé de son partenariat.
activities-delete-yes = Supprimer l’activité
activities-deleting = Suppression…
activities-deleted = Supprimée : l’activité « { $title } ».
activities-delete-error = L’activité n’a pas été supprimée : { $error }

## Add or change an activity
# a partnership to choose: "Kraków: Twinning (signed)"
activities-form-partnership-choice = { $partner } : { $kind } ({ $status })
activities-form-agreement = accord
activities-form-add-title = Ajouter une activité
activities-form-change-title = Modifier une activité
# said after "Sign in to"
activities-form-sign-in-add = ajouter une activité
activities-form-sign-in-change = modifier une activité
activities-form-not-allowed = Votre compte ne peut pas modifier cette activité : seuls les chargés des relations internationales de ses villes, le secrétariat de son réseau ou un administrateur le peuvent.
activities-form-back = Retour à l’activité
activities-form-what-when = Quoi et quand
activities-form-who = Qui
activities-form-details = Détails
activities-form-save = Enregistrer les modifications
activities-form-add = Ajouter l’activité
activities-form-not-saved = L’activité n’a pas été enregistrée
activities-form-not-added = L’activité n’a pas été ajoutée
activities-form-saved = Modifications enregistrées.
activities-form-added = Activité ajoutée.
activities-form-lead = Une visite, une conférence, un projet ou un échange entre villes. Les champs marqués comme obligatoires doivent être remplis.
activities-comma = {", "}
# an activity people attend: its time, place, places and delegates
activities-form-event = Un événement avec des participants
activities-form-event-hint = Pour un atelier, une visite ou une réunion avec un horaire et des places : les heures s’entendent dans son fuseau horaire, et les villes inscrivent des délégués tant que les inscriptions sont ouvertes.
activities-event-heading = Événement
# "10 May 2027, 09:00 (Asia/Tehran)"
activities-event-time = { $date }, { $time } ({ $zone })
activities-event-starts = Début
activities-event-ends = Fin
activities-event-venue = Lieu
activities-event-online = En ligne
activities-event-places = Places
activities-event-places-taken = { $taken } prises sur { $capacity }, { $waiting } en liste d’attente
activities-event-places-open = { $taken } inscrits, sans limite
activities-event-registration = Inscriptions
activities-event-open = ouvertes
activities-event-open-until = ouvertes jusqu’au { $date }
activities-event-closed = closes
activities-event-feeds = S’abonner dans un agenda :
activities-event-feed-of = l’agenda de { $name }
activities-event-delegates = Délégués
activities-event-col-delegate = Délégué
activities-event-col-city = Ville
activities-event-col-status = Statut
activities-event-col-attended = Présence
activities-event-col-actions = Modifier
activities-event-attended-of = Présence de { $name }
activities-event-attendance-saved = Présence enregistrée.
activities-event-yes = oui
activities-event-cancel = Annuler l’inscription
activities-event-cancelled = L’inscription est annulée.
activities-event-register = Inscrire un délégué
activities-event-by-name = Par son nom, pour cet événement seulement
activities-event-person = Une personne que détient votre service
activities-event-name = Nom du délégué
activities-event-name-hint = Le nom n’est conservé que pour cet événement, dans le respect de sa notice de confidentialité.
activities-event-confirmed = Le délégué est inscrit.
activities-event-waitlisted = Toutes les places sont prises : le délégué est le numéro { $place } sur la liste d’attente.
activities-event-not-registered = Le délégué n’a pas été inscrit : { $error }
activities-event-private = Mon adresse d’agenda privée
activities-event-private-address = Votre adresse d’agenda privée
activities-event-private-made = Une nouvelle adresse privée : gardez-la pour vous ; en redemander une la remplace.

## travel and subsistence support for delegates
activities-travel-heading = Prise en charge des frais de voyage et de séjour
activities-travel-lead = Demandée par le service de la ville du délégué, décidée par le secrétariat du réseau organisateur. Les montants restent dans leur devise : rien n’est converti.
activities-travel-requests = Demandes de prise en charge des frais de voyage
activities-travel-budget = Budget utilisé, par devise
activities-travel-col-covers = Frais couverts
activities-travel-col-asked = Demandé
activities-travel-col-granted = Accordé
activities-travel-col-pending = Pas encore décidé
activities-travel-col-currency = Devise
activities-travel-col-note = Remarque
activities-travel-grant = Accorder
activities-travel-refuse = Refuser
activities-travel-decide = Décider
activities-travel-decided = La décision est enregistrée.
activities-travel-not-decided = La décision n’a pas été enregistrée
activities-travel-withdraw = Retirer
activities-travel-withdrawn = La demande est retirée.
activities-travel-ask = Demander une prise en charge des frais de voyage
activities-travel-amount = Montant
activities-travel-currency-choose = Choisir une devise
activities-travel-currency-hint = La devise dans laquelle les frais sont exprimés (ISO 4217).
activities-travel-asked = La demande est envoyée aux organisateurs.
activities-travel-not-asked = La demande n’a pas été envoyée : { $error }
activities-calendar-link = Les événements par mois et en agenda
activities-event-privacy = Comment les noms donnés ici sont utilisés, conservés et effacés
