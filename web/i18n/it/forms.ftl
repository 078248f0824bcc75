# forms: the forms' own words (web/js/forms.js, web/js/schema-form.js);
# their fields' labels come from the API (see web/js/i18n.js)

# $what: what the form does, after "Sign in to" ("add a partnership")
forms-sign-in-to = Accedere per { $what }. Per consultare il registro non serve un account.
forms-topics = Temi
forms-topics-hint = Spuntare i temi di cui tratta la scheda; aprire un gruppo per vederne i temi.
forms-topics-failed = Impossibile caricare i temi ({ $message }).
forms-topics-chosen = { $count ->
    [one] ({ $count } scelto)
   *[other] ({ $count } scelti)
}
forms-date-hint = AAAA, AAAA-MM o AAAA-MM-GG
forms-from-to = Da { $min } a { $max }.
forms-choose = Scegliere…
forms-choose-network = Scegliere una rete
forms-choose-country = Scegliere un paese
forms-none = Nessuno
forms-not-known = Non noto
# $title: the field's label
forms-choices-failed = Impossibile caricare le opzioni di «{ $title }»: { $message }
forms-type-one = Digitare parte del nome, quindi scegliere dall’elenco.
forms-type-each = Digitare parte di un nome e scegliere dall’elenco; ripetere per ciascuno.
# the chosen records of a field ($title: its label), e.g. "Organisations chosen"
forms-chosen-many = { $title }: selezionati
# $title: the field's label, in lower case ("Chosen city")
forms-chosen-one = Selezione ({ $title })
forms-pending-many = Scegliere «{ $text }» dall’elenco oppure cancellare il testo.
forms-pending-one = Scegliere un nome dall’elenco oppure svuotare il campo.
forms-save = Salva
forms-cancel = Annulla
forms-delete = Elimina
forms-saving = Salvataggio…
forms-nothing-to-save = Niente da salvare: nessun campo è stato modificato.
# $action: the step, in lower case ("sign")
forms-step-not-done = Non eseguito ({ $action })
forms-no-schema = Il documento dell’API non descrive { $schema }.
forms-yes = sì
forms-no = no
# the topic schemes, named in the forms' groups of topics
forms-scheme-icc = Città interculturali
forms-scheme-wego = Aree tematiche di WeGO
forms-scheme-sdg = Obiettivi di sviluppo sostenibile dell’ONU
forms-words-hint = Separali con virgole.
forms-item-n = { $title } { $n }
forms-add-item = Aggiungi: { $title }
forms-remove-item = Togli: { $title }
