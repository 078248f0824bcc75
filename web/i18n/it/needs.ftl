## needs and offers between cities (#/needs, #/need/ID)
needs-title = Bisogni e offerte
needs-lead = Di cosa hanno bisogno le città in una crisi (attrezzature, accoglienza di sfollati, competenze, finanziamenti, formazione, un partner), cosa hanno promesso altre città e cosa è arrivato.
needs-filters = Filtra i bisogni
needs-any = Qualsiasi
needs-category = Categoria
needs-country = Paese
needs-country-hint = Due lettere, ad es. UA.
needs-urgency = Urgenza
needs-status = Stato
needs-list = I bisogni
needs-none = Nessun bisogno corrisponde a questi filtri.
needs-map-label = { $count ->
    [one] Mappa della città con il bisogno mostrato
   *[other] Mappa delle città con i { $count } bisogni mostrati
}
needs-map-point = { $city }: { $title } ({ $met } su { $quantity } soddisfatti)
needs-legend-urgent = Urgenza critica o alta
needs-legend-other = Altri bisogni
needs-progress = { $met } soddisfatti, { $pledged } promessi, su { $quantity }
needs-deadline = entro il { $date }
needs-deadline-label = Scadenza
needs-place = Luogo di consegna
needs-withdrawn-because = Motivo del ritiro
needs-post = Pubblica un bisogno
needs-post-lead = Il bisogno della propria città, in una delle categorie di amity e nelle sue unità. Le città che possono aiutare lo trovano sulla bacheca dei bisogni e nella loro area di lavoro.
needs-posted = Il bisogno è pubblicato.
needs-not-posted = Il bisogno non è stato pubblicato
needs-sign-in = Accedere come referente per le relazioni internazionali della propria città per pubblicare un bisogno.
needs-of-partners = Bisogni delle nostre città partner
needs-csv = I bisogni in CSV
needs-figures-networks = Dati per rete (JSON)
needs-figures-countries = Dati per paese (JSON)
needs-not-found = Non esiste alcun bisogno { $id }.
needs-pledges = Impegni
needs-no-pledge = Ancora nessun impegno.
needs-col-city = Città
needs-col-quantity = Quantità
needs-col-status = Stato
needs-col-actions = Azioni
needs-pledge = Prendi un impegno
needs-pledge-quantity = Quantità ({ $unit })
needs-pledge-remaining = { $count ->
    [0] È già stato promesso tutto.
    [one] Resta { $count } da promettere.
   *[other] Restano { $count } da promettere.
}
needs-pledge-note = Nota
needs-pledged = L’impegno è registrato; la città che ha bisogno ne è informata.
needs-not-pledged = L’impegno non è stato registrato: { $error }
needs-pledge-confirm = Conferma la consegna
needs-pledge-cancel = Annulla l’impegno
needs-step-withdraw = Ritira il bisogno
needs-step-close = Chiudi il bisogno
needs-step-done = Fatto.
needs-step-not-done = Non eseguito
needs-matches = Città che potrebbero aiutare
needs-matches-lead = Le più adatte prima, con il perché: un’offerta permanente di questo tipo, un partenariato, una consegna precedente, reti in comune, la distanza.
needs-no-match = Ancora nessuna città trovata.
needs-comma = , { "" }
needs-reason-offer = { $count ->
    [one] un’offerta permanente di questo tipo
   *[other] { $count } offerte permanenti di questo tipo
}
needs-reason-partner = una città partner
needs-reason-partner-of-partner = partner di un partner
needs-reason-helped-before = { $count ->
    [one] ha già consegnato una volta
   *[other] ha già consegnato { $count } volte
}
needs-reason-network = { $count ->
    [one] insieme in una rete
   *[other] insieme in { $count } reti
}
needs-reason-distance = a { $km } km
needs-category-generators = Generatori
needs-category-vehicles = Veicoli
needs-category-medical = Attrezzature mediche
needs-category-equipment-other = Altre attrezzature
needs-category-hosting = Accoglienza di sfollati
needs-category-expertise = Competenze
needs-category-funding = Finanziamenti
needs-category-training = Formazione
needs-category-partner-city = Una città partner
needs-unit-generators = { $count ->
    [one] generatore
   *[other] generatori
}
needs-unit-vehicles = { $count ->
    [one] veicolo
   *[other] veicoli
}
needs-unit-items = { $count ->
    [one] articolo
   *[other] articoli
}
needs-unit-kits = { $count ->
    [one] kit
   *[other] kit
}
needs-unit-people = { $count ->
    [one] persona
   *[other] persone
}
needs-unit-families = { $count ->
    [one] famiglia
   *[other] famiglie
}
needs-unit-experts = { $count ->
    [one] esperto
   *[other] esperti
}
needs-unit-person-days = { $count ->
    [one] giornata-persona
   *[other] giornate-persona
}
needs-unit-places = { $count ->
    [one] posto
   *[other] posti
}
needs-unit-sessions = { $count ->
    [one] sessione
   *[other] sessioni
}
needs-unit-partnerships = { $count ->
    [one] partenariato
   *[other] partenariati
}
