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
needs-sign-in = pubblicare un bisogno della propria città
needs-of-partners = Bisogni delle nostre città partner
needs-csv = I bisogni in CSV
needs-figures-networks = Dati per rete (CSV)
needs-figures-countries = Dati per paese (CSV)
needs-geojson = su una mappa (GeoJSON)
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
needs-pledge-from-offer = Questo impegno viene dalla vostra offerta permanente.
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
needs-matches-lead = Le più adatte prima, con il perché: un’offerta permanente di questo tipo, un partenariato, una consegna precedente, i vostri contatti che vi hanno legami, reti in comune, la distanza, una lingua comune.
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
needs-reason-people = { $count ->
    [one] { $count } dei vostri contatti vi ha legami
   *[other] { $count } dei vostri contatti vi hanno legami
}
needs-reason-language = una lingua comune: { $language }
needs-offers = Offerte permanenti
needs-offers-lead = Ciò che le città, o le organizzazioni che vi operano, possono dare prima che qualcuno lo chieda: attrezzature, accoglienza, competenze, formazione. Ogni offerta indica i bisogni aperti a cui risponde.
needs-offers-filters = Filtra le offerte
needs-offers-list = Le offerte
needs-offers-none = Nessuna offerta corrisponde a questi filtri.
needs-offers-needs = La bacheca dei bisogni
needs-offers-csv = Le offerte in CSV
needs-offer-make = Fai un’offerta
needs-offer-post-lead = Ciò che la propria città, o un’organizzazione che vi opera, può dare, in una delle categorie di amity e nelle sue unità, con la lingua che l’accompagna, se c’è. Le città nel bisogno vedono la vostra città tra quelle che possono aiutare.
needs-offer-made = L’offerta è registrata.
needs-offer-not-made = L’offerta non è stata registrata
needs-offer-sign-in = fare un’offerta permanente a nome della propria città
needs-offer-not-found = Non esiste alcuna offerta { $id }.
needs-offer-language = in { $language }
needs-offer-language-label = Lingua
needs-offer-language-hint = Due lettere, se viene con una lingua: uk per un esperto che parla ucraino.
needs-offer-organisation-hint = Un’organizzazione della propria città che la dà, se non è la città stessa.
needs-offer-organisation = Organizzazione
needs-offer-since = Offerta dal
needs-offer-step-withdraw = Ritira l’offerta
needs-offer-matches = I bisogni aperti a cui risponde
needs-offer-matches-lead = I più urgenti prima, poi quelli delle città partner e delle città più vicine. Aprire un bisogno per assumere un impegno.
needs-offer-no-match = Per ora nessun bisogno aperto le corrisponde.
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
