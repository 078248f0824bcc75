# calendar: messages of this area (see web/js/i18n.js)

## The page (#/calendar)
calendar-title = Calendario
# $month: a month and its year, e.g. "May 2027"
calendar-page-title = Calendario: { $month }
calendar-lead = Gli eventi di città, reti e gruppi tematici, mese per mese, ciascuno all’ora del fuso orario in cui si svolge.
calendar-all-activities = Tutte le attività
calendar-mine-city = Gli eventi della Sua città
calendar-mine-network = Gli eventi della Sua rete

## The filters
calendar-filter-label = Filtra il calendario
calendar-view = Mostra come
calendar-view-month = Mese
calendar-view-agenda = Agenda
calendar-month = Mese
calendar-year = Anno
calendar-network = Rete
calendar-any-network = Qualsiasi rete
calendar-group = Gruppo tematico
calendar-any-group = Qualsiasi gruppo
calendar-no-groups = Nessun gruppo tematico
calendar-choose-network = Scegliere prima una rete
calendar-group-hint = I gruppi della rete scelta.
calendar-city = Città
calendar-city-hint = Gli eventi che ospita o a cui partecipa.
calendar-city-chosen = Solo gli eventi di
calendar-kind = Tipo
calendar-any-kind = Qualsiasi tipo
calendar-show = Mostra

## The calendar feeds (iCalendar)
calendar-feeds = Abbonarsi in un’app di calendario:
# $name: the name of a network
calendar-feed-network = il calendario di { $name }
# $name: the name of a thematic group
calendar-feed-group = il calendario del gruppo { $name }
# $name: the name of a city
calendar-feed-city = il calendario di { $name }
calendar-feeds-none = Scegliere una rete, un gruppo o una città per abbonarsi al suo calendario.

## The month
calendar-months = Mesi
calendar-previous = Mese precedente
calendar-today = Oggi
calendar-next = Mese successivo
calendar-loading = Caricamento degli eventi…
# $count: the events held in the month; $month: e.g. "May 2027"
calendar-count = { $count ->
    [0] Nessun evento a { $month }
    [one] Un evento a { $month }
   *[other] { $count } eventi a { $month }
}
# $count: events of the month known only by their month or year
calendar-left-out = { $count ->
    [one] Un altro evento di { $month } è noto solo per mese o anno: non è collocato in un giorno.
   *[other] Altri { $count } eventi di { $month } sono noti solo per mese o anno: non sono collocati in un giorno.
}
calendar-left-out-link = Vederli nell’elenco delle attività
# $error: the message of the server
calendar-error = Non è stato possibile caricare gli eventi: { $error }
# the caption of the grid, for screen readers; $month: e.g. "May 2027"
calendar-caption = Eventi di { $month }, settimana per settimana
calendar-agenda-label = Eventi di { $month }, giorno per giorno
calendar-today-mark = Oggi
# an event on the days after its first
calendar-continued = segue
calendar-all-day = Tutto il giorno
calendar-none-month = Nessun evento in questo mese.
# $time: e.g. "09:00"; $zone: the time zone it is held in, e.g. Europe/Rome
calendar-time = { $time } ({ $zone })
# $start, $end: times ("09:00"), or a day and a time; $zone as above
calendar-time-range = { $start }–{ $end } ({ $zone })
# $date: e.g. "3 May"; $time: e.g. "09:00"
calendar-date-time = { $date }, { $time }
# $start, $end: days, e.g. "3 May"
calendar-date-range = { $start } – { $end }
# $city: the host city (a link)
calendar-hosted-by = ospitato da { $city }
