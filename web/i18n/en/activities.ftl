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
