# practices: messages of this area (see web/js/i18n.js)

## Shared by the library, a practice's page and the form (views/practices.js)
practices-title = Good practices
practices-loading = Loading…
practices-status-draft = Draft
practices-status-submitted = Awaiting review
practices-status-published = Published
practices-status-returned = Returned for changes
practices-status-label = Status:
practices-ongoing = ongoing
# $start: a year
practices-years-ongoing = { $start } – ongoing
# a practice's place: the city (a link or a name), then its country
practices-place = { $city }, { $country }
practices-place-unknown = place not known
practices-topics = Topics
practices-network = Network
practices-organisations = Organisations
practices-language = Language
practices-contact = Contact
practices-the-practice = The practice
practices-review-comment = Comment from the review
practices-cancel = Cancel
practices-template-download = Download the template (Markdown)
practices-template-failed = The template could not be loaded ({ $error }).

## The library (views/practices.js)
practices-lead = What cities have done, why, how, and what others can learn from it: practices described with one template, reviewed by the network they are submitted to.
practices-submit = Submit a practice
practices-search-label = Search the practices
practices-search-hint = All the words must match. "A phrase" in quotes, a prefix with * (integr*), OR between alternatives.
practices-search = Search
# the choice of which practices to list, for signed-in users
practices-show = Show
practices-show-published = Published
practices-show-submitted = Awaiting review
practices-show-draft = Drafts
practices-show-returned = Returned
practices-sort-by = Sort by
practices-sort-relevance = Relevance
practices-sort-year = Newest first
practices-filters = Filters
# after the number of filters chosen, for screen readers: "2 chosen"
practices-filters-chosen = chosen
practices-filter = Filter
practices-clear-all = Clear all filters
practices-active-filters = Active filters
practices-found = Practices found
practices-count = { $count ->
    [one] { $count } practice
   *[other] { $count } practices
}
practices-none = No practice matches.
# read after a filter value by screen readers: "Italy, 3 practices"
practices-facet-count = { $count ->
    [one] , { $count } practice
   *[other] , { $count } practices
}
practices-show-fewer = Show fewer
practices-show-all = Show all { $count }
# $facet: the name of a filter (topic, country...), in lower case
practices-clear-facet = Clear the { $facet } filter
practices-clear = Clear
practices-nothing-to-filter = Nothing to filter by.
# a filter in force: "Topic: Education"
practices-chip = { $facet }: { $value }
practices-chip-remove = Remove the filter { $facet }: { $value }
practices-sign-in-for-unpublished = Sign in to see practices that are not published.

## A practice (views/practice.js)
practices-no-description = No description has been written yet.
practices-published = Published
practices-contact-hint = For the city and the secretariat only: never published.
practices-about = About this practice
practices-similar = More like this
practices-history = History
practices-shared-topics = Shared topics:
practices-no-similar = No other published practice shares its topics yet.
practices-version = Version { $version }
# what was done in a version of the practice
practices-action-created = created
practices-action-changed = changed
practices-action-submitted = submitted for review
practices-action-published = published
practices-action-returned = returned for changes
# who did it: "by maria"
practices-version-by = by { $user }
# $network: the network the practice is submitted to
practices-note-draft-network = A draft: only its author, its city and the secretariat of { $network } can see it.
practices-note-draft = A draft: only its author, its city and the administrators can see it.
practices-note-submitted-network = Submitted: it awaits review by the secretariat of { $network }.
practices-note-submitted = Submitted: it awaits review by the administrators.
practices-note-returned = Returned for changes: edit it and submit it again.
practices-note-published = Published: anyone can read it.
practices-choose-network = Choose a network when editing it, so that its secretariat can review it; without one only the administrators can.
practices-edit = Edit
practices-submit-for-review = Submit for review
practices-submitted-for-review = Submitted for review.
practices-publish = Publish
practices-published-done = Published.
practices-return = Return with a comment
# $step: the name of the button ("Publish")
practices-step-failed = “{ $step }” did not work
practices-return-what = What should change?
practices-return-hint = The author sees this comment with the practice.
practices-return-send = Return to the author
practices-return-empty = Say what the author should change.
practices-return-empty-status = The practice was not returned: say what the author should change.
practices-returning = Returning…
# $status: the status's name ("Returned for changes")
practices-returned-done = Returned to the author with your comment. It is now “{ $status }”.
practices-not-returned = The practice was not returned

## The form (views/practice-form.js)
practices-form-edit-title = Edit a practice
practices-form-new-title = Describe a good practice
# completes "Sign in to …"
practices-form-sign-in-edit = edit a practice
practices-form-sign-in-new = submit a practice
practices-form-not-allowed = Your account may not change this practice now. Its author and its city can change it while it is a draft or returned; its network's secretariat at any time.
practices-form-back = Back to the practice
practices-form-title = Title
practices-form-title-hint = A short name for what was done.
practices-form-choose-country = Choose a country
practices-form-country = Country
practices-form-country-hint = For a national or regional practice, without a city.
practices-form-city = City
practices-form-city-chosen = Chosen city
practices-form-city-hint = Type part of the name, then choose from the list. Leave it empty for a national or regional practice.
practices-form-countries-failed = The list of countries could not be loaded: { $error }
practices-form-none = None
practices-form-network-hint = The network it is submitted to: its secretariat reviews and publishes it.
practices-form-orgs-chosen = Organisations chosen
practices-form-orgs-hint = The organisations behind it: type part of a name and choose; repeat for each.
practices-form-period-placeholder = e.g. 2019 - ongoing
practices-form-period = Period
practices-form-period-hint = As you would write it: 2019 - ongoing, since 2014, 2015-2017. The years are read from it when you leave them empty.
practices-form-start = Start year
practices-form-start-hint = YYYY, if the period does not say it
practices-form-end = End year
practices-form-end-hint = YYYY
practices-form-ongoing = Ongoing
practices-form-ongoing-hint = No end year yet
practices-form-still-going = Still going on
practices-form-not-stated = Not stated
practices-form-language = Language of the text
practices-form-contact-name = Name
practices-form-contact-email = E-mail
practices-form-save-changes = Save changes
practices-form-save-draft = Save as draft
practices-form-where-who = Where and who
practices-form-description = Description
practices-form-description-hint = The sections of the template. Write what you know; empty sections are left out. Leave a blank line between paragraphs.
practices-form-contact-hint = For the secretariat only: never published.
practices-form-lead-edit = Change what needs changing and save.
practices-form-lead-new = Describe what was done with the sections of the template. It is saved as a draft, which only you, your city and the network's secretariat can see; then submit it for review.
# $link: the link "Download the template (Markdown)"
practices-form-template-offer = { $link } to write it offline first.
practices-form-city-from-list = Choose the city from the list, or leave the field empty.
practices-form-not-saved-because = The practice was not saved: { $reason }
practices-form-saving = Saving…
# $years: "2019 – ongoing"
practices-form-years-read = The years read from the period: { $years }.
practices-form-no-year-read = No year could be read from the period: give the years when you edit it.
practices-form-saved-changes = Changes saved.
practices-form-saved-draft = Saved as a draft. Submit it for review when it is ready.
practices-form-not-saved = The practice was not saved

## a thematic group a practice is tagged to
practices-form-group = Thematic group
practices-form-group-hint = The network’s thematic group it belongs to: it is listed on the group’s page once published.
