# workspace: messages of this area (see web/js/i18n.js)
workspace-title = Your workspace
# $user is the username (bold), $role the API's word for the role, $place a link to the city or network
workspace-signed-in-role-place = Signed in as { $user } ({ $role } of { $place }).
workspace-signed-in-role = Signed in as { $user } ({ $role }).
workspace-signed-in-place = Signed in as { $user } ({ $place }).
workspace-signed-in = Signed in as { $user }.
workspace-just-now = just now

## What changed
workspace-changes-since = What changed since your last visit
workspace-changes-month = What changed in the last 30 days
# $when: a date and time
workspace-last-visit = Your last visit: { $when }.
workspace-first-visit = This is your first visit: here is the last month.
workspace-nothing-changed = Nothing has changed.
workspace-show-all-changes = { $count ->
    [one] Show all { $count } changes
   *[other] Show all { $count } changes
}
# a membership: "Reggio Emilia in ICC"
workspace-member-in = { $member } in { $network }
# a diaspora: "people from Morocco in Reggio Emilia"
workspace-people-from-in = people from { $from } in { $city }
workspace-people-from = people from { $from }
workspace-yes = yes
workspace-no = no
workspace-quoted = “{ $text }”
# $field is the API's label of a field, in lower case
workspace-field-changed-from = { $field } changed from { $before } to { $after }
workspace-field-set = { $field }: { $value }
workspace-field-cleared = { $field } cleared (it was { $before })
workspace-field-changed = { $field } changed
workspace-field-separator = {"; "}
workspace-fields-and-more = { $fields }; and { $count } more
workspace-change-added = added
workspace-change-deleted = deleted
workspace-change-changed = changed
workspace-by-you = by you
# $who: the importer, the system…
workspace-by-the = by the { $who }
workspace-by = by { $user }
# one change: "Partnership Reggio Emilia – Kraków: status changed from signed to ended"
workspace-change-what = { $kind } { $record }: { $what }
# …then who made it, and when ("2 days ago")
workspace-change = { $what }, { $who }, { $when }
workspace-change-nobody = { $what }, { $when }

## The city's partnerships
workspace-partnerships-of = Partnerships of { $city }
workspace-partnerships-of-your-city = Partnerships of your city
workspace-no-partnership = No partnership is recorded yet.
workspace-record-partnership = Record a partnership
# $states: "1 dormant, 3 active"
workspace-partnerships-summary = { $count ->
    [one] { $count } partnership: { $states }
   *[other] { $count } partnerships: { $states }
}
# $state: the API's word for a health state
workspace-state-count = { $count } { $state }
# the partnerships in a health state, in the summary ("1 dormant")
workspace-health-count-active = { $count } active
workspace-health-count-dormant = { $count } dormant
workspace-health-count-unknown = { $count } unknown
workspace-health-count-proposed = { $count } proposed
workspace-health-count-ended = { $count } ended
workspace-health-count-suspended = { $count } suspended
workspace-with = with { $name }
workspace-partnership-label = Partnership { $name }
workspace-show-all-partnerships = { $count ->
    [one] Show all { $count } partnerships
   *[other] Show all { $count } partnerships
}
workspace-city-page = { $city }: its partners on a map, its networks and its activities

## Practices
# $when: "2 days ago"
workspace-changed-ago = changed { $when }
workspace-review-comment = Comment from the review:
workspace-review = Practices awaiting your review
workspace-review-count = Practices awaiting your review ({ $count })
workspace-review-none = No practice awaits your review.
workspace-review-all = All the practices awaiting review
workspace-drafts = Drafts and returned practices
workspace-drafts-none = No draft, and nothing returned for changes.
workspace-describe-practice = Describe a good practice

## The Intercultural Cities Index
workspace-index = Intercultural Cities Index
# $round: a year
workspace-round = Round { $round }
workspace-questions-answered = Questions answered
# $share: a percentage ("40%")
workspace-progress = { $answered } of { $questions } questions answered ({ $share })
workspace-continue = Continue the questionnaire
workspace-see-report = See the report for { $round }
# $rounds: the years, as links
workspace-earlier-rounds = Earlier rounds: { $rounds }
workspace-index-none = { $city } has not answered the questionnaire yet.
workspace-index-none-your-city = Your city has not answered the questionnaire yet.
workspace-index-all = The results of all cities

## Activities
workspace-date-not-known = date not known
workspace-activities = Activities
workspace-coming-up = Coming up
workspace-nothing-planned = Nothing planned is recorded.
workspace-last-year = In the last year
workspace-no-activity = No activity in the last year.
workspace-record-activity = Record an activity

## A network's members
workspace-members-of = Members of { $network }
workspace-members-of-your-network = Members of your network
workspace-newest-members = The newest members
# $year: the year it joined
workspace-since = since { $year }
workspace-all-members = All the members of { $network }

## An administrator's
workspace-imports = Imports
workspace-imports-caption = The latest imports
workspace-imports-none = Nothing has been imported yet (amity import ... on the command line).
workspace-accounts = Accounts
workspace-city-id = City { $id }
workspace-network-id = Network { $id }
workspace-accounts-caption = The accounts
workspace-accounts-none = No account.
workspace-accounts-hint = Accounts are added on the command line: amity user add NAME --role ROLE.

## A record's history (on the pages of partnerships and activities)
workspace-history-title = History
workspace-history-none = No change recorded.
workspace-history-added = Added
workspace-history-changed = Changed
workspace-history-deleted = Deleted
# a step of the record's life: Step “Sign”
workspace-history-step = Step “{ $step }”
# $user: the username
workspace-history-by = by { $user }
# $date and $time: "2026-12-02" and "09:55", in UTC
workspace-history-when = { $date } { $time } UTC
workspace-history-changed-to = changed to
workspace-history-nothing = nothing
workspace-history-yes = yes
workspace-history-no = no
# $id: the number of a record no longer there
workspace-history-gone = #{ $id } (no longer recorded)
workspace-history-latest = The latest { $shown } of { $count } changes.
workspace-history-error = The history could not be loaded ({ $error }).

## needs: the city's own, and its partner cities'
workspace-needs = Needs
workspace-needs-partners = Open needs of our partner cities
workspace-needs-partners-none = No partner city has an open need.
workspace-needs-own = Our open needs
workspace-needs-own-none = No open need of ours.
workspace-needs-post = Post a need
workspace-needs-board = The board of needs
workspace-need-progress = { $met } met, { $pledged } pledged, of { $quantity }
workspace-needs-to-confirm = Deliveries for us to confirm
workspace-needs-offers = Our standing offers
workspace-needs-offers-none = No standing offer of ours.
workspace-needs-pledges = Our pledges
workspace-needs-pledges-none = We have pledged nothing yet.
workspace-needs-offer = Make an offer
workspace-needs-offers-all = Standing offers
