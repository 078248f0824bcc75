# common: the words every page uses (web/js/ui.js, forms, downloads,
# provenance, model notes) and the sign-in page (see web/js/i18n.js)

## ui.js

common-loading = Caricamento…
common-not-known = non noto
common-city-n = Città { $id }
common-organisation-tag = organizzazione
common-partner-in = un partner (paese: { $country })
common-required = (obbligatorio)

# the health of a partnership
common-health-active = Attivo
common-health-dormant = Inattivo
common-health-unknown = Sconosciuto
common-health-proposed = Proposto
common-health-ended = Concluso
common-health-suspended = Sospeso
common-health-quiet-for = { $years ->
    [one] Nessuna attività da almeno { $years } anno
   *[other] Nessuna attività da almeno { $years } anni
}
common-health-quiet = Nessuna attività recente
# $date: the date of the last activity
common-health-last = Ultima attività: { $date }
common-health-none = Nessuna attività registrata

# paged lists; $items: "25 cities"
common-items = { $count ->
    [one] { $count } elemento
   *[other] { $count } elementi
}
common-nothing-found = Nessun risultato.
common-pager-showing = { $items } · { $shown } visualizzati
common-show-more = Mostra altri
common-show-more-left = Mostra altri ({ $count } rimanenti)

# errors; $what: what did not happen ("The record was not saved")
common-not-saved = La scheda non è stata salvata
common-went-wrong = Si è verificato un errore.
common-error-signed-out = { $what }: la sessione è scaduta. Accedere di nuovo e riprovare.
common-error-forbidden = { $what }: l’account non consente questa operazione ({ $message }).
common-error = { $what }: { $message }
common-error-field = { $what }. { $field }: { $message }

common-not-found = Pagina non trovata
common-no-such-page = Questa pagina non esiste.
common-back-to-cities = Torna alle città
common-error-title = Errore
common-load-failed = Impossibile caricare questa pagina
common-try-again = Riprova
common-page-not-loaded = Impossibile caricare la pagina.

## provenance.js

common-provenance = Provenienza
# before the importer's words about a name of its source
common-in-the-source = «{ $name }» nella fonte:

## model-note.js

common-model-stale = Risultati calcolati sul registro com’era il { $time }. Da allora è cambiato; sono in corso di calcolo risultati più recenti.
common-model-first = Questi risultati vengono calcolati per la prima volta.
common-model-again = Mostra i risultati più recenti

## downloads.js

common-download-csv = Scarica CSV
common-download-geojson = Scarica GeoJSON
common-download-hint = tutte le pagine di questo elenco, con i filtri applicati
common-download-preparing = Preparazione del file…
common-download-progress = { $count ->
    [one] Preparazione del file… { $count } scheda
   *[other] Preparazione del file… { $count } schede
}
common-download-progress-of = { $total ->
    [one] Preparazione del file… { $count } scheda su { $total }
   *[other] Preparazione del file… { $count } schede su { $total }
}
# $name: the file's name
common-download-done = { $name }: { $count ->
    [one] { $count } scheda
   *[other] { $count } schede
}.
common-download-failed = Impossibile creare il file: { $message }
common-server-unreachable = il server non è raggiungibile
common-server-answered = il server ha risposto { $status }

## the sign-in page

# $name: the user name
common-signin-already = Accesso effettuato come { $name }.
common-continue = Continua
common-username = Nome utente
common-password = Password
common-signin-lead = Gli account sono riservati ai referenti delle città, alle segreterie delle reti e agli amministratori che tengono aggiornate le schede. Per la consultazione non serve un account.
common-enter-username = Inserire il nome utente.
common-enter-password = Inserire la password.
common-signing-in = Accesso in corso…
common-signed-in-flash = Accesso effettuato come { $name }.
common-wrong-password = Nome utente o password errati.
common-signin-failed = Accesso non riuscito: { $message }
