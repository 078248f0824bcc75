# partnerships: messages of this area (see web/js/i18n.js)

## The list (#/partnerships)
partnerships-title = Partenariati
partnerships-any-health = Qualsiasi stato di salute
partnerships-any-status = Qualsiasi stato
partnerships-any-kind = Qualsiasi tipo
partnerships-any-country = Qualsiasi paese
partnerships-filter-label = Filtra i partenariati
partnerships-name-or-note = Nome o nota
partnerships-country = Paese di una delle parti
partnerships-filter = Filtra
partnerships-found = Partenariati trovati
# $dormant is partnerships-lead-dormant, in bold
partnerships-lead = Gemellaggi, accordi di città sorelle, di amicizia e di cooperazione. Un partenariato è { $dormant } quando da alcuni anni non vi è registrato nulla (attività o firma): potrebbe stare esaurendosi.
partnerships-lead-dormant = inattivo
# $city is a link to the city
partnerships-only-city = Solo i partenariati di { $city }.
partnerships-only-city-id = Solo i partenariati della città { $id }.
partnerships-show-all-cities = Mostra tutte le città
partnerships-col-party-a = Parte A
partnerships-col-party-b = Parte B
partnerships-col-kind = Tipo
partnerships-col-status = Stato
partnerships-col-signed = Firmato il
partnerships-col-health = Salute
partnerships-count = { $count ->
    [one] { $count } partenariato
   *[other] { $count } partenariati
}
partnerships-none = Nessun partenariato corrisponde a questi filtri.
partnerships-countries-error = Non è stato possibile caricare l’elenco dei paesi: { $error }
partnerships-kind-not-known = Tipo non noto

## One partnership (#/partnership/ID)
partnerships-kind-not-recorded = Un accordo di tipo non registrato
# "Twinning, signed." $kind and $status are the API's words
partnerships-lead-kind-status = { $kind }, { $status }.
partnerships-not-known = non noto
partnerships-edit = Modifica
partnerships-delete = Elimina
partnerships-actions-label = Azioni disponibili
# $step: the step, as the API names it ("sign")
partnerships-step-not-done = Il partenariato non è stato modificato ({ $step })
partnerships-step-done = { $step }: fatto. Il partenariato ora è { $status }.
# $name: "Reggio Emilia – Kraków"
partnerships-delete-title = Eliminare il partenariato { $name }?
partnerships-delete-text = Non sarà più elencato né conterà nei suggerimenti di partner e nel grafo. Le sue attività restano, senza di esso.
partnerships-delete-yes = Elimina il partenariato
partnerships-deleting = Eliminazione in corso…
partnerships-deleted = Eliminato: il partenariato { $name }.
partnerships-delete-error = Il partenariato non è stato eliminato: { $error }
partnerships-activities = Attività ({ $count })
partnerships-add-activity = Aggiungi un’attività
partnerships-no-activity = Nessuna attività registrata per questo partenariato.
partnerships-all-activities = { $count ->
    [one] L’attività
   *[other] Tutte le { $count } attività
}

## Add or change a partnership
partnerships-form-add-title = Aggiungi un partenariato
partnerships-form-change-title = Modifica un partenariato
# said after "Sign in to"
partnerships-form-sign-in-add = aggiungere un partenariato
partnerships-form-sign-in-change = modificare un partenariato
partnerships-form-not-allowed = Questo account non può modificare il partenariato: possono farlo i referenti delle sue città o un amministratore.
partnerships-form-back = Torna al partenariato
partnerships-form-parties = Parti
partnerships-form-agreement = Accordo
partnerships-form-source-note = Fonte e nota
partnerships-form-save = Salva le modifiche
partnerships-form-add = Aggiungi il partenariato
partnerships-form-not-saved = Il partenariato non è stato salvato
partnerships-form-not-added = Il partenariato non è stato aggiunto
partnerships-form-saved = Modifiche salvate.
partnerships-form-added = Partenariato aggiunto.
partnerships-form-lead-change = Modificare quanto registrato. Le tappe della sua vita (la firma, la conclusione…) hanno pulsanti propri nella sua pagina, che ne registrano le date.
partnerships-form-lead-add = Registrare un gemellaggio o un accordo di città sorelle, di amicizia o di cooperazione. I campi indicati come obbligatori vanno compilati.
