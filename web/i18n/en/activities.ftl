# activities: messages of this area (see web/js/i18n.js)

## An activity in a list
activities-date-not-known = date not known
# $city: the host city (a link)
activities-hosted-by = hosted by { $city }
# $list: the cities and organisations
activities-with = With { $list }
activities-topics = Topics

## The list (#/activities)
activities-title = Activities
activities-only-of = Only activities of
activities-city-hint = Hosted by the city or with it.
activities-any-network = Any network
activities-any-kind = Any kind
activities-filter-label = Filter activities
activities-programme-hint = As written, e.g. URBACT
activities-year = Year
activities-year-hint = The year it started
activities-filter = Filter
activities-upcoming = Upcoming and under way
activities-past = Past
activities-lead = Delegation and study visits, conferences, workshops, joint projects and exchanges between cities.
activities-add = Add an activity
# $partnership: a link to the partnership
activities-only-partnership = Only the activities of the partnership { $partnership }.
activities-only-partnership-id = Only the activities of partnership { $id }.
activities-show-all = Show all
activities-year-over = None: { $year } is over.
activities-no-upcoming = No upcoming activity matches these filters.
activities-past-count = { $count ->
    [one] { $count } past activity
   *[other] { $count } past activities
}
activities-no-past = No past activity matches these filters.
activities-error = The activities could not be loaded: { $error }

## One activity (#/activity/ID)
activities-not-known = not known
activities-edit = Edit
activities-delete = Delete
activities-delete-title = Delete the activity “{ $title }”?
activities-delete-text = It will no longer be listed, nor count for the health of its partnership.
activities-delete-yes = Delete the activity
activities-deleting = Deleting…
activities-deleted = Deleted: the activity “{ $title }”.
activities-delete-error = The activity was not deleted: { $error }

## Add or change an activity
# a partnership to choose: "Kraków: Twinning (signed)"
activities-form-partnership-choice = { $partner }: { $kind } ({ $status })
activities-form-agreement = agreement
activities-form-add-title = Add an activity
activities-form-change-title = Change an activity
# said after "Sign in to"
activities-form-sign-in-add = add an activity
activities-form-sign-in-change = change an activity
activities-form-not-allowed = Your account may not change this activity: the officers of its cities, the secretariat of its network or an administrator do.
activities-form-back = Back to the activity
activities-form-what-when = What and when
activities-form-who = Who
activities-form-details = Details
activities-form-save = Save changes
activities-form-add = Add activity
activities-form-not-saved = The activity was not saved
activities-form-not-added = The activity was not added
activities-form-saved = Changes saved.
activities-form-added = Activity added.
activities-form-lead = A visit, conference, project or exchange between cities. Fields marked required must be filled in.
activities-comma = {", "}
# an activity people attend: its time, place, places and delegates
activities-form-event = An event people attend
activities-form-event-hint = For a workshop, a visit or a meeting with a time and places: the times are read in its time zone, and cities register delegates while registration is open.
activities-event-heading = Event
# "10 May 2027, 09:00 (Asia/Tehran)"
activities-event-time = { $date }, { $time } ({ $zone })
activities-event-starts = Starts
activities-event-ends = Ends
activities-event-venue = Venue
activities-event-online = Online
activities-event-places = Places
activities-event-places-taken = { $taken } of { $capacity } taken, { $waiting } waiting
activities-event-places-open = { $taken } registered, no limit
activities-event-registration = Registration
activities-event-open = open
activities-event-open-until = open until { $date }
activities-event-closed = closed
activities-event-feeds = Subscribe in a calendar:
activities-event-feed-of = the calendar of { $name }
activities-event-delegates = Delegates
activities-event-col-delegate = Delegate
activities-event-col-city = City
activities-event-col-status = Status
activities-event-col-attended = Attended
activities-event-col-actions = Change
activities-event-attended-of = { $name } attended
activities-event-attendance-saved = Attendance saved.
activities-event-yes = yes
activities-event-cancel = Cancel the registration
activities-event-cancelled = The registration is cancelled.
activities-event-register = Register a delegate
activities-event-by-name = By name, for this event only
activities-event-person = A person your office holds
activities-event-name = Delegate's name
activities-event-name-hint = The name is kept for this event only, under its privacy notice.
activities-event-confirmed = The delegate is registered.
activities-event-waitlisted = The places are taken: the delegate is number { $place } on the waiting list.
activities-event-not-registered = The delegate was not registered: { $error }
activities-event-private = My private calendar address
activities-event-private-address = Your private calendar address
activities-event-private-made = A new private address: keep it to yourself; asking again replaces it.

## travel and subsistence support for delegates
activities-travel-heading = Travel and subsistence support
activities-travel-lead = Asked by the delegate’s city office, decided by the organising network’s secretariat. Amounts stay in their currency: nothing is converted.
activities-travel-requests = Requests for travel support
activities-travel-budget = Budget used, per currency
activities-travel-col-covers = Covers
activities-travel-col-asked = Asked
activities-travel-col-granted = Granted
activities-travel-col-pending = Not yet decided
activities-travel-col-currency = Currency
activities-travel-col-note = Note
activities-travel-grant = Grant
activities-travel-refuse = Refuse
activities-travel-decide = Decide
activities-travel-decided = The decision is recorded.
activities-travel-not-decided = The decision was not recorded
activities-travel-withdraw = Withdraw
activities-travel-withdrawn = The request is withdrawn.
activities-travel-ask = Ask for travel support
activities-travel-amount = Amount
activities-travel-currency-choose = Choose a currency
activities-travel-currency-hint = The currency the costs are in (ISO 4217).
activities-travel-asked = The request is sent to the organisers.
activities-travel-not-asked = The request was not sent: { $error }
activities-calendar-link = The events by month and as an agenda
activities-event-privacy = How the names given here are used, kept and deleted
