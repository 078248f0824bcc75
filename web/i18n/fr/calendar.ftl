# calendar: messages of this area (see web/js/i18n.js)

## The page (#/calendar)
calendar-title = Calendrier
# $month: a month and its year, e.g. "May 2027"
calendar-page-title = Calendrier : { $month }
calendar-lead = Les événements des villes, des réseaux et des groupes thématiques, mois par mois, chacun à son heure dans le fuseau horaire où il a lieu.
calendar-all-activities = Toutes les activités
calendar-mine-city = Les événements de votre ville
calendar-mine-network = Les événements de votre réseau

## The filters
calendar-filter-label = Filtrer le calendrier
calendar-view = Afficher en
calendar-view-month = Mois
calendar-view-agenda = Agenda
calendar-month = Mois
calendar-year = Année
calendar-network = Réseau
calendar-any-network = Tous les réseaux
calendar-group = Groupe thématique
calendar-any-group = Tous les groupes
calendar-no-groups = Aucun groupe thématique
calendar-choose-network = Choisissez d’abord un réseau
calendar-group-hint = Les groupes du réseau choisi.
calendar-city = Ville
calendar-city-hint = Les événements qu’elle accueille ou auxquels elle participe.
calendar-city-chosen = Seulement les événements de
calendar-kind = Type
calendar-any-kind = Tous les types
calendar-show = Afficher

## The calendar feeds (iCalendar)
calendar-feeds = S’abonner dans une application d’agenda :
# $name: the name of a network
calendar-feed-network = le calendrier de { $name }
# $name: the name of a thematic group
calendar-feed-group = le calendrier du groupe { $name }
# $name: the name of a city
calendar-feed-city = le calendrier de { $name }
calendar-feeds-none = Choisissez un réseau, un groupe ou une ville pour vous abonner à son calendrier.

## The month
calendar-months = Mois
calendar-previous = Mois précédent
calendar-today = Aujourd’hui
calendar-next = Mois suivant
calendar-loading = Chargement des événements…
# $count: the events held in the month; $month: e.g. "May 2027"
calendar-count = { $count ->
    [0] Aucun événement en { $month }
    [one] Un événement en { $month }
   *[other] { $count } événements en { $month }
}
# $count: events of the month known only by their month or year
calendar-left-out = { $count ->
    [one] Un autre événement de { $month } n’est connu que par son mois ou son année : il n’est placé sur aucun jour.
   *[other] { $count } autres événements de { $month } ne sont connus que par leur mois ou leur année : ils ne sont placés sur aucun jour.
}
calendar-left-out-link = Les voir dans la liste des activités
# $error: the message of the server
calendar-error = Les événements n’ont pas pu être chargés : { $error }
# the caption of the grid, for screen readers; $month: e.g. "May 2027"
calendar-caption = Événements de { $month }, semaine par semaine
calendar-agenda-label = Événements de { $month }, jour par jour
calendar-today-mark = Aujourd’hui
# an event on the days after its first
calendar-continued = suite
calendar-all-day = Toute la journée
calendar-none-month = Aucun événement ce mois-ci.
# $time: e.g. "09:00"; $zone: the time zone it is held in, e.g. Europe/Rome
calendar-time = { $time } ({ $zone })
# $start, $end: times ("09:00"), or a day and a time; $zone as above
calendar-time-range = { $start }–{ $end } ({ $zone })
# $date: e.g. "3 May"; $time: e.g. "09:00"
calendar-date-time = { $date }, { $time }
# $start, $end: days, e.g. "3 May"
calendar-date-range = { $start } – { $end }
# $city: the host city (a link)
calendar-hosted-by = accueilli par { $city }
