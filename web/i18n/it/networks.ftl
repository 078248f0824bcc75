# networks: messages of this area (see web/js/i18n.js)

## The list of networks (views/networks.js)
networks-title = Reti
networks-lead = Reti e associazioni di città, con i loro membri, i gruppi tematici e gli uffici.
networks-search-label = Cerca reti
networks-name = Nome
networks-search = Cerca
networks-found = Reti trovate
networks-count = { $count ->
    [one] { $count } rete
   *[other] { $count } reti
}
networks-none = Nessuna rete corrisponde.
networks-founded = fondata nel { $year }
networks-current-members = { $count ->
    [one] { $count } membro attuale
   *[other] { $count } membri attuali
}
networks-secretariat-inline = segreteria:

## A network's page (views/network.js)
networks-loading = Caricamento…
networks-kind = Tipo
networks-founded-label = Fondazione
networks-secretariat = Segreteria
networks-current-members-label = Membri attuali
networks-website = Sito web
networks-not-known = non noto
networks-offices-heading = Uffici regionali ({ $count })
networks-none-recorded = Nessuno registrato.
networks-city-id = Città { $id }
networks-members = Membri
networks-former-members = Ex membri
networks-all = Tutti
networks-filter-members = Filtra i membri
networks-filter-members-by-name = Filtra i membri per nome
networks-show = Mostra
networks-col-member = Membro
networks-organisation = organizzazione
networks-col-country = Paese
networks-col-role = Ruolo
networks-col-joined = Adesione
networks-col-left = Uscita
networks-year-not-known = anno non noto
networks-still-member = ancora membro
networks-members-count = { $count ->
    [one] { $count } membro
   *[other] { $count } membri
}
networks-no-member-matches = Nessun membro corrisponde.
networks-members-caption = Membri di { $network }

## The map of a network's member cities
networks-map-loading = Mappa delle città membri di { $network } (caricamento)
networks-map-failed = Non è stato possibile disegnare qui la mappa; i membri sono elencati sotto.
networks-map-placing = Posizionamento delle città membri… { $done } di { $total }
networks-map-label = { $count ->
    [one] Mappa di { $count } città membro di { $network }
   *[other] Mappa di { $count } città membri di { $network }
}
networks-map-label-incomplete = { $count ->
    [one] Mappa di { $count } città membro di { $network } (incompleta)
   *[other] Mappa di { $count } città membri di { $network } (incompleta)
}
networks-map-none = { $count ->
    [one] Nessuna mappa: l’unico membro non è una città con coordinate.
   *[other] Nessuna mappa: nessuno dei { $count } membri è una città con coordinate.
}
networks-map-shown = { $count ->
    [one] { $count } città membro sulla mappa.
   *[other] { $count } città membri sulla mappa.
}
networks-map-off = { $count ->
    [one] { $count } membro non è sulla mappa: senza coordinate, oppure non è una città.
   *[other] { $count } membri non sono sulla mappa: senza coordinate, oppure non sono città.
}
networks-map-capped = La mappa si ferma dopo { $max } città.
networks-map-also-listed = I membri sono elencati anche sotto.
networks-map-incomplete = { $count ->
    [one] { $count } città membro sulla mappa; impossibile caricare le altre ({ $error }). I membri sono elencati sotto.
   *[other] { $count } città membri sulla mappa; impossibile caricare le altre ({ $error }). I membri sono elencati sotto.
}
networks-map-legend = Città membro (apre la sua pagina)

## Thematic groups on a network's page
networks-groups = Gruppi tematici
networks-groups-heading = Gruppi tematici ({ $count })
networks-groups-loading = Caricamento dei gruppi…
networks-groups-lead = Città membri che lavorano insieme su un tema. Una città può aderire ai gruppi delle reti di cui è attualmente membro.
networks-groups-failed = Impossibile caricare i gruppi: { $error }
networks-saving = Salvataggio…
# $what: one of the "… not …" messages below
networks-failed-because = { $what }: { $error }
networks-group-add = Aggiungi un gruppo
networks-group-join = Aderisci
networks-group-join-label = Aderisci al gruppo { $group }
networks-group-joined = La città ha aderito al gruppo { $group }.
networks-group-not-joined = La città non ha aderito a { $group }
networks-group-leave = Lascia
networks-group-leave-label = Lascia il gruppo { $group }
networks-group-left = La città ha lasciato il gruppo { $group }.
networks-group-not-left = La città non ha lasciato { $group }
networks-group-edit = Modifica
networks-group-edit-label = Modifica il gruppo { $group }
networks-group-reopen = Riapri
networks-group-reopen-label = Riapri il gruppo { $group }
networks-group-reopened = Il gruppo { $group } è di nuovo aperto: le città possono aderirvi.
networks-group-not-reopened = Il gruppo { $group } non è stato riaperto
networks-group-close = Chiudi
networks-group-close-label = Chiudi il gruppo { $group }
networks-group-closed = Il gruppo { $group } è chiuso: mantiene le sue città e non ne accoglie di nuove.
networks-group-not-closed = Il gruppo { $group } non è stato chiuso
networks-group-delete = Elimina
networks-group-delete-label = Elimina il gruppo { $group }
networks-group-deleted = Gruppo { $group } eliminato.
networks-group-not-deleted = Il gruppo { $group } non è stato eliminato
networks-group-count = { $count ->
    [one] { $count } città membro:
   *[other] { $count } città membri:
}
networks-group-members-label = Città membri di { $group }
networks-group-remove = Rimuovi
networks-group-remove-label = Rimuovi { $city } dal gruppo { $group }
networks-group-removed = { $city } non fa più parte del gruppo { $group }.
networks-group-not-removed = { $city } non è stata rimossa da { $group }
networks-group-no-member = Ancora nessuna città membro.
networks-group-name-hint = Due gruppi di { $network } non possono avere lo stesso nome.
networks-group-status = Stato
networks-group-status-hint = Un gruppo chiuso mantiene le sue città e non ne accoglie di nuove.
networks-group-description = Su cosa lavora il gruppo
networks-optional = Facoltativo.
networks-group-save = Salva il gruppo
networks-group-add-submit = Aggiungi il gruppo
networks-cancel = Annulla
networks-group-new = Nuovo gruppo di { $network }
networks-group-not-saved = Il gruppo non è stato salvato
networks-group-not-added = Il gruppo non è stato aggiunto
networks-group-name-missing = Indicare un nome per il gruppo.
networks-group-not-saved-name = Il gruppo non è stato salvato. Nome: indicare un nome per il gruppo.
networks-group-not-added-name = Il gruppo non è stato aggiunto. Nome: indicare un nome per il gruppo.
networks-group-saved = Gruppo { $group } salvato.
networks-group-added = Gruppo { $group } aggiunto.
networks-group-delete-yes = Elimina il gruppo
networks-group-delete-title = Eliminare il gruppo { $group }?
networks-group-delete-text = { $count ->
    [one] La sua città membro non ne farà più parte. L’operazione non può essere annullata.
   *[other] Le sue { $count } città membri non ne faranno più parte. L’operazione non può essere annullata.
}
networks-cannot-be-undone = L’operazione non può essere annullata.

## Memberships: a city's networks, a network's members (views/members.js)
networks-city-heading = Reti ({ $count })
networks-city-none = Non è membro di alcuna rete registrata.
networks-city-since = dal { $year }
networks-city-left-in = uscita nel { $year }
networks-former-member = ex membro
networks-change = Modifica
networks-change-role = Cambia ruolo
networks-change-role-in = Cambia ruolo in { $network }
networks-change-role-of = Cambia il ruolo di { $member }
networks-role-of = Il ruolo di { $member } in { $network }
networks-role-save = Salva il ruolo
networks-role-not-saved = Il ruolo non è stato salvato
networks-role-saved = Il ruolo di { $member } in { $network } è stato salvato.
# $role: the new role, as the registry words it
networks-role-now = { $member }: ora { $role } di { $network }.
networks-leave = Lascia
networks-leave-label = Lascia { $network }
networks-not-left = { $city } non ha lasciato { $network }
networks-left = { $city } ha lasciato { $network }: ora è un ex membro.
networks-left-in = { $city } ha lasciato { $network } nel { $year }: ora è un ex membro.
networks-record-joining = Registra l’adesione a una rete
networks-joins-heading = { $city } aderisce a una rete
networks-record-membership = Registra l’adesione
networks-membership-not-recorded = L’adesione non è stata registrata
networks-membership-recorded = { $city } è registrata come membro di { $network }.
networks-member-id = membro { $id }
networks-end-membership = Termina l’adesione
networks-end-membership-of = Termina l’adesione di { $member }
networks-end-the-membership = Termina l’adesione
networks-membership-not-ended = L’adesione di { $member } non è stata terminata
networks-former-now = { $member } è ora un ex membro di { $network }.
networks-former-now-left-in = { $member } è ora un ex membro di { $network } (uscita nel { $year }).
networks-add-member = Aggiungi un membro
networks-add-member-to = Aggiungi un membro a { $network }
networks-add-the-member = Aggiungi il membro
networks-member-not-added = Il membro non è stato aggiunto
networks-member-now = { $member } è ora membro di { $network }.
networks-calendar = Calendario
networks-calendar-link = Le sue attività, per abbonarsi (iCalendar)
networks-group-calendar = Il calendario di «{ $group }» (iCalendar)

## thematic groups proposed by member cities
networks-group-propose = Proponi un gruppo tematico
networks-group-propose-hint = La città lo propone e ne è il primo membro; la segreteria della rete lo approva.
networks-group-proposed-by = Proposto da { $city }
networks-group-approve = Approva
networks-group-approve-label = Approva il gruppo { $group }
networks-group-approved = Il gruppo { $group } è stato approvato.
networks-group-not-approved = Il gruppo { $group } non è stato approvato

## a thematic group's page
networks-group-page-events = Eventi
networks-group-page-no-events = Ancora nessun evento di questo gruppo.
networks-group-page-practices = Pratiche
networks-group-page-no-practices = Ancora nessuna pratica pubblicata è associata a questo gruppo.
networks-group-page-members = Città membri
networks-group-page-of = Un gruppo tematico di { $network }
networks-group-page-new-event = Aggiungi un evento a questo gruppo
networks-group-page-not-found = Non esiste alcun gruppo tematico { $id }.
networks-group-page-calendar = Mese e agenda
