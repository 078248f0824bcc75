# forms: the forms' own words (web/js/forms.js, web/js/schema-form.js);
# their fields' labels come from the API (see web/js/i18n.js)

# $what: what the form does, after "Sign in to" ("add a partnership")
forms-sign-in-to = Sign in to { $what }. Reading the registry needs no account.
forms-topics = Topics
forms-topics-hint = Tick the themes the record is about; open a group to see its topics.
forms-topics-failed = The topics could not be loaded ({ $message }).
forms-topics-chosen = ({ $count } chosen)
forms-date-hint = YYYY, YYYY-MM or YYYY-MM-DD
forms-from-to = From { $min } to { $max }.
forms-choose = Choose…
forms-choose-network = Choose a network
forms-choose-country = Choose a country
forms-none = None
forms-not-known = Not known
# $title: the field's label
forms-choices-failed = The choices of "{ $title }" could not be loaded: { $message }
forms-type-one = Type part of the name, then choose from the list.
forms-type-each = Type part of a name and choose from the list; repeat for each.
# the chosen records of a field ($title: its label), e.g. "Organisations chosen"
forms-chosen-many = { $title }: chosen
# $title: the field's label, in lower case ("Chosen city")
forms-chosen-one = Chosen { $title }
forms-pending-many = Choose "{ $text }" from the list, or clear the text.
forms-pending-one = Choose a name from the list, or clear the field.
forms-save = Save
forms-cancel = Cancel
forms-delete = Delete
forms-saving = Saving…
forms-nothing-to-save = Nothing to save: no field was changed.
# $action: the step, in lower case ("sign")
forms-step-not-done = Not done ({ $action })
forms-no-schema = The API document does not describe { $schema }.
forms-yes = yes
forms-no = no
# the topic schemes, named in the forms' groups of topics
forms-scheme-icc = Intercultural Cities
forms-scheme-wego = WeGO thematic areas
forms-scheme-sdg = UN Sustainable Development Goals
forms-words-hint = Separate them with commas.
forms-item-n = { $title } { $n }
forms-add-item = Add a { $title }
forms-remove-item = Remove this { $title }
