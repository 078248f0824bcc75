# partnerships: messages of this area (see web/js/i18n.js)

## The list (#/partnerships)
partnerships-title = Partnerships
partnerships-any-health = Any health
partnerships-any-status = Any status
partnerships-any-kind = Any kind
partnerships-any-country = Any country
partnerships-filter-label = Filter partnerships
partnerships-name-or-note = Name or note
partnerships-country = Country of either party
partnerships-filter = Filter
partnerships-found = Partnerships found
# $dormant is partnerships-lead-dormant, in bold
partnerships-lead = Twinnings, sister-city, friendship and cooperation agreements. A partnership is { $dormant } when nothing has been recorded for it (activity or signature) for some years: it may be fizzling out.
partnerships-lead-dormant = dormant
# $city is a link to the city
partnerships-only-city = Only partnerships of { $city }.
partnerships-only-city-id = Only partnerships of city { $id }.
partnerships-show-all-cities = Show all cities
partnerships-col-party-a = Party A
partnerships-col-party-b = Party B
partnerships-col-kind = Kind
partnerships-col-status = Status
partnerships-col-signed = Signed
partnerships-col-health = Health
partnerships-count = { $count ->
    [one] { $count } partnership
   *[other] { $count } partnerships
}
partnerships-none = No partnership matches these filters.
partnerships-countries-error = The list of countries could not be loaded: { $error }
partnerships-kind-not-known = Kind not known

## One partnership (#/partnership/ID)
partnerships-kind-not-recorded = An agreement of a kind not recorded
# "Twinning, signed." $kind and $status are the API's words
partnerships-lead-kind-status = { $kind }, { $status }.
partnerships-not-known = not known
partnerships-edit = Edit
partnerships-delete = Delete
partnerships-actions-label = What you can do
# $step: the step, as the API names it ("sign")
partnerships-step-not-done = The partnership was not changed ({ $step })
partnerships-step-done = { $step }: done. The partnership is now { $status }.
# $name: "Reggio Emilia – Kraków"
partnerships-delete-title = Delete the partnership { $name }?
partnerships-delete-text = It will no longer be listed, nor count in partner suggestions and the graph. Its activities stay, without it.
partnerships-delete-yes = Delete the partnership
partnerships-deleting = Deleting…
partnerships-deleted = Deleted: the partnership { $name }.
partnerships-delete-error = The partnership was not deleted: { $error }
partnerships-activities = Activities ({ $count })
partnerships-add-activity = Add an activity
partnerships-no-activity = No activity recorded under this partnership.
partnerships-all-activities = { $count ->
    [one] All { $count } activity
   *[other] All { $count } activities
}

## Add or change a partnership
partnerships-form-add-title = Add a partnership
partnerships-form-change-title = Change a partnership
# said after "Sign in to"
partnerships-form-sign-in-add = add a partnership
partnerships-form-sign-in-change = change a partnership
partnerships-form-not-allowed = Your account may not change this partnership: the officers of its cities or an administrator do.
partnerships-form-back = Back to the partnership
partnerships-form-parties = Parties
partnerships-form-agreement = Agreement
partnerships-form-source-note = Source and note
partnerships-form-save = Save changes
partnerships-form-add = Add partnership
partnerships-form-not-saved = The partnership was not saved
partnerships-form-not-added = The partnership was not added
partnerships-form-saved = Changes saved.
partnerships-form-added = Partnership added.
partnerships-form-lead-change = Change what is recorded. The steps of its life (its signature, its end…) have buttons of their own on its page, which record their dates.
partnerships-form-lead-add = Record a twinning, sister-city, friendship or cooperation agreement. Fields marked required must be filled in.
