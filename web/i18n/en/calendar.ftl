# calendar: messages of this area (see web/js/i18n.js)

## The page (#/calendar)
calendar-title = Calendar
# $month: a month and its year, e.g. "May 2027"
calendar-page-title = Calendar: { $month }
calendar-lead = The events of cities, networks and thematic groups, month by month, each at its time in the zone where it is held.
calendar-all-activities = All activities
calendar-mine-city = Your city’s events
calendar-mine-network = Your network’s events

## The filters
calendar-filter-label = Filter the calendar
calendar-view = Show as
calendar-view-month = Month
calendar-view-agenda = Agenda
calendar-month = Month
calendar-year = Year
calendar-network = Network
calendar-any-network = Any network
calendar-group = Thematic group
calendar-any-group = Any group
calendar-no-groups = No thematic groups
calendar-choose-network = Choose a network first
calendar-group-hint = The groups of the network chosen.
calendar-city = City
calendar-city-hint = The events it hosts or takes part in.
calendar-city-chosen = Only the events of
calendar-kind = Kind
calendar-any-kind = Any kind
calendar-show = Show

## The calendar feeds (iCalendar)
calendar-feeds = Subscribe in a calendar app:
# $name: the name of a network
calendar-feed-network = the calendar of { $name }
# $name: the name of a thematic group
calendar-feed-group = the calendar of the group { $name }
# $name: the name of a city
calendar-feed-city = the calendar of { $name }
calendar-feeds-none = Choose a network, a group or a city to subscribe to its calendar.

## The month
calendar-months = Months
calendar-previous = Previous month
calendar-today = Today
calendar-next = Next month
calendar-loading = Loading the events…
# $count: the events held in the month; $month: e.g. "May 2027"
calendar-count = { $count ->
    [0] No events in { $month }
    [one] One event in { $month }
   *[other] { $count } events in { $month }
}
# $count: events of the month known only by their month or year
calendar-left-out = { $count ->
    [one] One more event of { $month } is known only by its month or year: it is not placed on a day.
   *[other] { $count } more events of { $month } are known only by their month or year: they are not placed on a day.
}
calendar-left-out-link = See them in the list of activities
# $error: the message of the server
calendar-error = The events could not be loaded: { $error }
# the caption of the grid, for screen readers; $month: e.g. "May 2027"
calendar-caption = Events of { $month }, week by week
calendar-agenda-label = Events of { $month }, day by day
calendar-today-mark = Today
# an event on the days after its first
calendar-continued = continued
calendar-all-day = All day
calendar-none-month = No events this month.
# $time: e.g. "09:00"; $zone: the time zone it is held in, e.g. Europe/Rome
calendar-time = { $time } ({ $zone })
# $start, $end: times ("09:00"), or a day and a time; $zone as above
calendar-time-range = { $start }–{ $end } ({ $zone })
# $date: e.g. "3 May"; $time: e.g. "09:00"
calendar-date-time = { $date }, { $time }
# $start, $end: days, e.g. "3 May"
calendar-date-range = { $start } – { $end }
# $city: the host city (a link)
calendar-hosted-by = hosted by { $city }
