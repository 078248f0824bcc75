# practices: messages of this area (see web/js/i18n.js)

## Shared by the library, a practice's page and the form (views/practices.js)
practices-title = Buone pratiche
practices-loading = Caricamento…
practices-status-draft = Bozza
practices-status-submitted = In attesa di revisione
practices-status-published = Pubblicata
practices-status-returned = Restituita per modifiche
practices-status-label = Stato:
practices-ongoing = in corso
practices-years-ongoing = { $start } – in corso
practices-place = { $city }, { $country }
practices-place-unknown = luogo non noto
practices-topics = Temi
practices-network = Rete
practices-organisations = Organizzazioni
practices-language = Lingua
practices-contact = Contatto
practices-the-practice = La pratica
practices-review-comment = Commento della revisione
practices-cancel = Annulla
practices-template-download = Scarica il modello (Markdown)
practices-template-failed = Non è stato possibile caricare il modello ({ $error }).

## The library (views/practices.js)
practices-lead = Che cosa hanno fatto le città, perché, come e che cosa possono impararne gli altri: pratiche descritte con un unico modello e riviste dalla rete a cui sono presentate.
practices-submit = Proponi una pratica
practices-search-label = Cerca tra le pratiche
practices-search-hint = Devono corrispondere tutte le parole. "Una frase" tra virgolette, un prefisso con * (integr*), OR tra le alternative.
practices-search = Cerca
practices-show = Mostra
practices-show-published = Pubblicate
practices-show-submitted = In attesa di revisione
practices-show-draft = Bozze
practices-show-returned = Restituite
practices-sort-by = Ordina per
practices-sort-relevance = Pertinenza
practices-sort-year = Prima le più recenti
practices-filters = Filtri
practices-filters-chosen = selezionati
practices-filter = Filtra
practices-clear-all = Rimuovi tutti i filtri
practices-active-filters = Filtri attivi
practices-found = Pratiche trovate
practices-count = { $count ->
    [one] { $count } pratica
   *[other] { $count } pratiche
}
practices-none = Nessuna pratica corrisponde.
practices-facet-count = { $count ->
    [one] , { $count } pratica
   *[other] , { $count } pratiche
}
practices-show-fewer = Mostra meno
practices-show-all = Mostra tutti ({ $count })
practices-clear-facet = Rimuovi il filtro «{ $facet }»
practices-clear = Rimuovi
practices-nothing-to-filter = Nessun filtro disponibile.
practices-chip = { $facet }: { $value }
practices-chip-remove = Rimuovi il filtro { $facet }: { $value }
practices-sign-in-for-unpublished = Accedi per vedere le pratiche non pubblicate.

## A practice (views/practice.js)
practices-no-description = Non è ancora stata scritta alcuna descrizione.
practices-published = Pubblicata il
practices-contact-hint = Solo per la città e la segreteria: mai pubblicato.
practices-about = Informazioni su questa pratica
practices-similar = Pratiche simili
practices-history = Cronologia
practices-shared-topics = Temi in comune:
practices-no-similar = Nessun'altra pratica pubblicata ha ancora temi in comune con questa.
practices-version = Versione { $version }
practices-action-created = creata
practices-action-changed = modificata
practices-action-submitted = presentata per la revisione
practices-action-published = pubblicata
practices-action-returned = restituita per modifiche
practices-version-by = da { $user }
practices-note-draft-network = Bozza: possono vederla solo l'autore, la sua città e la segreteria di { $network }.
practices-note-draft = Bozza: possono vederla solo l'autore, la sua città e gli amministratori.
practices-note-submitted-network = Presentata: è in attesa della revisione della segreteria di { $network }.
practices-note-submitted = Presentata: è in attesa della revisione degli amministratori.
practices-note-returned = Restituita per modifiche: modificarla e presentarla di nuovo.
practices-note-published = Pubblicata: chiunque può leggerla.
practices-choose-network = Scegliere una rete durante la modifica, in modo che la sua segreteria possa rivederla; senza una rete possono farlo solo gli amministratori.
practices-edit = Modifica
practices-submit-for-review = Presenta per la revisione
practices-submitted-for-review = Presentata per la revisione.
practices-publish = Pubblica
practices-published-done = Pubblicata.
practices-return = Restituisci con un commento
practices-step-failed = «{ $step }» non è riuscito
practices-return-what = Che cosa va cambiato?
practices-return-hint = L'autore vede questo commento insieme alla pratica.
practices-return-send = Restituisci all'autore
practices-return-empty = Indicare che cosa deve cambiare l'autore.
practices-return-empty-status = La pratica non è stata restituita: indicare che cosa deve cambiare l'autore.
practices-returning = Restituzione in corso…
practices-returned-done = Restituita all'autore con il commento. Ora è «{ $status }».
practices-not-returned = La pratica non è stata restituita

## The form (views/practice-form.js)
practices-form-edit-title = Modifica una pratica
practices-form-new-title = Descrivi una buona pratica
practices-form-sign-in-edit = modificare una pratica
practices-form-sign-in-new = proporre una pratica
practices-form-not-allowed = Questo account non può modificare questa pratica ora. L'autore e la sua città possono modificarla finché è una bozza o è stata restituita; la segreteria della sua rete in qualsiasi momento.
practices-form-back = Torna alla pratica
practices-form-title = Titolo
practices-form-title-hint = Un nome breve per ciò che è stato fatto.
practices-form-choose-country = Scegli un paese
practices-form-country = Paese
practices-form-country-hint = Per una pratica nazionale o regionale, senza città.
practices-form-city = Città
practices-form-city-chosen = Città scelta
practices-form-city-hint = Digitare parte del nome, poi scegliere dall'elenco. Lasciare vuoto per una pratica nazionale o regionale.
practices-form-countries-failed = Non è stato possibile caricare l'elenco dei paesi: { $error }
practices-form-none = Nessuna
practices-form-network-hint = La rete a cui è presentata: la sua segreteria la rivede e la pubblica.
practices-form-orgs-chosen = Organizzazioni scelte
practices-form-orgs-hint = Le organizzazioni che la promuovono: digitare parte di un nome e scegliere; ripetere per ciascuna.
practices-form-period-placeholder = es. 2019 - in corso
practices-form-period = Periodo
practices-form-period-hint = Come si scriverebbe: 2019 - in corso, dal 2014, 2015-2017. Se gli anni restano vuoti, vengono ricavati da qui.
practices-form-start = Anno di inizio
practices-form-start-hint = AAAA, se il periodo non lo indica
practices-form-end = Anno di fine
practices-form-end-hint = AAAA
practices-form-ongoing = In corso
practices-form-ongoing-hint = Nessun anno di fine per ora
practices-form-still-going = Ancora in corso
practices-form-not-stated = Non indicata
practices-form-language = Lingua del testo
practices-form-contact-name = Nome
practices-form-contact-email = E-mail
practices-form-save-changes = Salva le modifiche
practices-form-save-draft = Salva come bozza
practices-form-where-who = Dove e chi
practices-form-description = Descrizione
practices-form-description-hint = Le sezioni del modello. Scrivere ciò che si sa; le sezioni vuote vengono omesse. Lasciare una riga vuota tra i paragrafi.
practices-form-contact-hint = Solo per la segreteria: mai pubblicato.
practices-form-lead-edit = Modificare ciò che serve e salvare.
practices-form-lead-new = Descrivere ciò che è stato fatto seguendo le sezioni del modello. La pratica viene salvata come bozza, visibile solo all'autore, alla sua città e alla segreteria della rete; in seguito va presentata per la revisione.
practices-form-template-offer = { $link } per scriverla prima offline.
practices-form-city-from-list = Scegliere la città dall'elenco oppure lasciare il campo vuoto.
practices-form-not-saved-because = La pratica non è stata salvata: { $reason }
practices-form-saving = Salvataggio…
practices-form-years-read = Anni ricavati dal periodo: { $years }.
practices-form-no-year-read = Non è stato possibile ricavare alcun anno dal periodo: indicare gli anni alla prossima modifica.
practices-form-saved-changes = Modifiche salvate.
practices-form-saved-draft = Salvata come bozza. Presentarla per la revisione quando è pronta.
practices-form-not-saved = La pratica non è stata salvata

## a thematic group a practice is tagged to
practices-form-group = Gruppo tematico
practices-form-group-hint = Il gruppo tematico della rete a cui appartiene: una volta pubblicata, la pratica compare nella pagina del gruppo.
