# common: the words every page uses (web/js/ui.js, forms, downloads,
# provenance, model notes) and the sign-in page (see web/js/i18n.js)

## ui.js

common-loading = Loading…
common-not-known = not known
common-city-n = City { $id }
common-organisation-tag = organisation
common-partner-in = a partner in { $country }
common-required = (required)

# the health of a partnership
common-health-active = Active
common-health-dormant = Dormant
common-health-unknown = Unknown
common-health-proposed = Proposed
common-health-ended = Ended
common-health-suspended = Suspended
common-health-quiet-for = { $years ->
    [one] No activity for { $years }+ year
   *[other] No activity for { $years }+ years
}
common-health-quiet = No recent activity
# $date: the date of the last activity
common-health-last = Last activity { $date }
common-health-none = No activity recorded

# paged lists; $items: "25 cities"
common-items = { $count ->
    [one] { $count } item
   *[other] { $count } items
}
common-nothing-found = Nothing found.
common-pager-showing = { $items } · showing { $shown }
common-show-more = Show more
common-show-more-left = Show more ({ $count } left)

# errors; $what: what did not happen ("The record was not saved")
common-not-saved = The record was not saved
common-went-wrong = Something went wrong.
common-error-signed-out = { $what }: you are no longer signed in. Sign in again and retry.
common-error-forbidden = { $what }: your account may not do this ({ $message }).
common-error = { $what }: { $message }
common-error-field = { $what }. { $field }: { $message }

common-not-found = Not found
common-no-such-page = There is no such page.
common-back-to-cities = Back to the cities
common-error-title = Error
common-load-failed = This page could not be loaded
common-try-again = Try again
common-page-not-loaded = The page could not be loaded.

## provenance.js

common-provenance = Where it comes from
# before the importer's words about a name of its source
common-in-the-source = “{ $name }” in the source:

## model-note.js

common-model-stale = Computed from the registry as it was at { $time }. It has changed since; newer results are being computed.
common-model-first = These results are being computed for the first time.
common-model-again = Show the newer results

## downloads.js

common-download-csv = Download CSV
common-download-geojson = Download GeoJSON
common-download-hint = every page of this list, with its filters
common-download-preparing = Preparing the file…
common-download-progress = Preparing the file… { $count } records
common-download-progress-of = Preparing the file… { $count } of { $total } records
# $name: the file's name
common-download-done = { $name }: { $count ->
    [one] { $count } record
   *[other] { $count } records
}.
common-download-failed = The file could not be made: { $message }
common-server-unreachable = the server could not be reached
common-server-answered = the server answered { $status }

## the sign-in page

# $name: the user name
common-signin-already = You are signed in as { $name }.
common-continue = Continue
common-username = Username
common-password = Password
common-signin-lead = Accounts are for city officers, network secretariats and administrators who keep the records up to date. Reading needs no account.
common-enter-username = Enter your username.
common-enter-password = Enter your password.
common-signing-in = Signing in…
common-signed-in-flash = Signed in as { $name }.
common-wrong-password = Wrong username or password.
common-signin-failed = Sign-in failed: { $message }
