# index: messages of this area (see web/js/i18n.js)

## Shared by the Index pages (views/index-shared.js, views/index-sources.js)
index-title = Indice delle Città interculturali
index-loading = Caricamento…
index-colon = { $label }:
index-full-stop = .
index-list-separator = { ", " }
index-percent = { $value }%
index-status-draft = Bozza
index-status-submitted = Inviato
index-status-published = Pubblicato
index-status-note-draft = Bozza: la vedono solo il referente della città e gli amministratori. Le posizioni sono quelle che avrebbe se fosse inviato ora.
index-status-note-submitted = Inviato dalla città: le risposte sono bloccate e il risultato fa parte del campione.
index-status-note-published = Un risultato come pubblicato dalla sua fonte, registrato senza le risposte su cui si basa.
index-rank-of = { $rank } su { $of }
index-count-of = { $count } su { $of }
index-kind-input = Politica
index-kind-fact = Dato
index-kind-impact = Impatto
index-questionnaire = Il questionario
index-offer-label = Il questionario di { $city }
index-offer-continue = Continua il questionario { $round }
index-offer-start = Inizia il questionario { $round }
index-offer-starting = Avvio del questionario…
index-offer-started = Il questionario { $round } di { $city } è stato avviato: le risposte vengono salvate man mano.
index-offer-not-started = Non è stato possibile avviare il questionario
index-offer-your-city = Il questionario riguarda { $city }, la città di questo account.
index-offer-your-account = Questo account può rispondere al questionario per { $city }.
index-offer-draft-hint = Finché non viene inviata, la bozza è visibile solo a chi risponde e agli amministratori.
index-about-questionnaire = Informazioni sul questionario ({ $title })
index-cities-of = Città: { $country }
index-cities-count = { $count ->
    [one] { $count } città
   *[other] { $count } città
}
index-round = Anno
index-rank = Posizione
index-city = Città
index-country = Paese
index-all-countries = Tutti i paesi
index-aggregate = Punteggio complessivo
index-percentile = Percentile
index-indicator = Indicatore
index-not-published = non pubblicato
index-not-ranked = non in classifica
index-not-known = non noto
index-not-counted = non conteggiato
index-score-is = punteggio { $score }
index-average-of = { $group } (media)
index-answered-of = { $answered } su { $questions } con risposta
index-points = { $points ->
    [one] { $points } punto
   *[other] { $points } punti
}
index-points-of = { $points } punti su { $max }
index-cancel = Annulla

## Sources of published results (views/index-sources.js)
index-source = Fonte
index-source-also = { $what } (altra fonte)
index-source-of = { $text } (fonte: { $host })
index-source-names = { $count ->
    [one] fonte
   *[other] fonti
}
index-rank-as-published = Posizione pubblicata
index-as-published = , come pubblicato
index-rank-not-stated = posizione non indicata;
index-sample-of = campione di { $size }
index-sample-size-as-published = Dimensione del campione pubblicata
index-aggregate-as-published = Punteggio complessivo pubblicato
index-caveat = Avvertenza

## The results (views/index-results.js)
index-results-lead = Le città rispondono a un questionario sulle loro politiche interculturali; ogni indicatore ha un punteggio da 0 a 100 e un punteggio complessivo ponderato colloca ciascuna città tra le altre e in gruppi per dimensione ({ $population } abitanti) e diversità ({ $share } di nati all'estero).
index-results-only-country = Solo le città del paese scelto
index-results-none-yet = Nessuna città ha ancora un risultato nell'Indice.
index-results-choose = Scegli i risultati
index-results-rank-within = Classifica all'interno di
index-results-rank-within-hint = Per { $description }.
index-results = Risultati
index-results-failed = Non è stato possibile caricare i risultati: { $error }
index-results-heading = Risultati { $round }: { $group }
index-results-summary-country = { $count ->
    [one] { $count } città
   *[other] { $count } città
} ({ $country }), in classifica tra i { $ranked } risultati con punteggio complessivo presenti in amity in «{ $group }» (media { $average }).
index-results-summary = { $count ->
    [one] { $count } città
   *[other] { $count } città
}: { $ranked } in classifica tra i risultati presenti in amity; punteggio complessivo medio { $average }.
index-results-summary-unranked = { $count ->
    [one] { $count } città
   *[other] { $count } città
}: { $ranked } in classifica tra i risultati presenti in amity, { $unranked } pubblicate senza punteggio complessivo (elencate, non in classifica); punteggio complessivo medio { $average }.
index-results-not-ranked-why = Pubblicato senza punteggio complessivo: amity non può inserirlo in classifica
index-results-result-of = Risultato del
index-results-groups = Gruppi
index-results-none-here = Nessuna città di questa selezione ha un risultato.
index-results-hint = Il campione di un anno comprende l'ultimo risultato di ciascuna città fino a quell'anno; la posizione è calcolata tra i risultati con punteggio complessivo presenti in amity, e il percentile è la quota delle altre città in classifica che la città supera. La posizione pubblicata è quella della fonte, nel campione del suo anno (o in un sottogruppo indicato dalla fonte): non è confrontabile con la posizione di amity, né tra anni diversi.
index-results-over-200k = { $population } e oltre
index-results-under-200k = meno di { $population }
index-results-over-15pct = nati all'estero: { $share } e oltre
index-results-under-15pct = nati all'estero: meno del { $share }

## The questionnaire (views/index-respond.js)
index-respond-title = Questionario dell'Indice
index-respond-sign-in = rispondere al questionario dell'Indice per la propria città
index-city-n = Città { $id }
index-respond-page-title = Questionario dell'Indice: { $city } { $round }
index-respond-heading = Questionario dell'Indice: { $city }, { $round }
index-respond-note-draft = Bozza: la vedono solo il referente della città e gli amministratori.
index-respond-note-submitted = Inviato: le risposte sono bloccate e il risultato fa parte del campione.
index-respond-lead = Scegliere una risposta per ogni domanda; una nota e un link a una fonte la documentano. Le risposte vengono salvate man mano e il server ricalcola i punteggi a ogni salvataggio. Le domande senza risposta valgono 0 punti. Al termine, inviare il questionario: le risposte vengono allora bloccate.
index-respond-may-not-change = Questo account non può modificare queste risposte.
index-respond-frozen = Queste risposte sono state inviate e non possono più cambiare.
index-respond-see-report = Vedi il rapporto
index-respond-save = Salva le risposte
index-respond-submit = Invia…
index-respond-progress = Avanzamento e punteggio
index-respond-completeness = Completamento
index-respond-score-so-far = Punteggio finora
index-respond-about-city = La città
index-respond-about-city-hint = Questi dati collocano la città nei gruppi di dimensione e diversità con cui è confrontata; non danno punti.
index-respond-unit = In { $unit }.
index-respond-range = Da { $min } a { $max }.
index-respond-open-all = Apri tutte le sezioni
index-respond-close-all = Chiudi tutte le sezioni
index-respond-indicators = Gli indicatori
index-respond-optional-tag = facoltativo
index-respond-weight = Peso { $weight } nel punteggio complessivo.
index-respond-optional-hint = Facoltativo: conta solo se almeno una delle sue domande ha una risposta.
index-respond-clear = Cancella la risposta
index-respond-kind-hint-input = che cosa fa la città
index-respond-kind-hint-fact = un dato misurato
index-respond-kind-hint-impact = che cosa è cambiato per le persone
index-respond-evidence-note = Nota di documentazione
index-respond-evidence-link = Link di documentazione
index-respond-optional = (facoltativo)
index-respond-enter-number = Inserire un numero.
index-respond-choose-answer = Scegliere una risposta a cui collegare la documentazione.
index-respond-some-not-saved = Alcune risposte non sono salvate: vedere i messaggi accanto.
index-respond-some-were-not-saved = Alcune risposte non sono state salvate: vedere i messaggi accanto.
index-respond-all-saved = Tutte le risposte sono salvate.
index-respond-all-saved-at = Tutte le risposte sono salvate ({ $time }).
index-respond-saving = Salvataggio…
index-respond-already-submitted = Queste risposte non possono più cambiare: il questionario è stato inviato.
index-respond-not-saved-status = Le risposte non sono state salvate: { $error }
index-respond-not-saved = Non salvato: { $error }
index-respond-saved = Le risposte sono salvate.
index-respond-completeness-text = { $answered } domande su { $questions } con risposta ({ $share })
index-respond-submit-now = Invia ora
index-respond-confirm-title = Inviare il questionario { $round } di { $city }?
index-respond-confirm-text = Una volta inviate, le risposte sono bloccate: non possono più cambiare e il risultato entra nel campione in cui le città sono classificate.
index-respond-confirm-left = { $count ->
    [one] { $count } domanda è senza risposta: vale 0 punti.
   *[other] { $count } domande sono senza risposta: valgono 0 punti.
}
index-respond-submitting = Invio…
index-respond-not-submitted-saving = Non inviato: non è stato possibile salvare alcune risposte; vedere i messaggi accanto.
index-respond-submitted = Inviato: il questionario { $round } di { $city } è bloccato e fa parte dei risultati.
index-respond-not-submitted = Non inviato: { $error }

## A city's report (views/index-report.js)
index-report-no-such-city = Questa città non esiste.
index-report-comparison-left-out = Il gruppo di confronto è stato escluso: { $error }
index-report-title = { $city }: Indice delle Città interculturali { $round }
index-report-title-no-round = { $city }: Indice delle Città interculturali
index-report-result = Risultato
index-report-status = Stato
index-report-rank-not-stated = non indicata dalle fonti
index-report-rank-amity = Posizione tra i risultati presenti in amity
index-report-rank-all = Posizione tra tutte le città
index-report-change-since = Variazione dal { $round }
index-report-questions-answered = Domande con risposta
index-report-questionnaire = Questionario
index-report-print = Stampa / salva in PDF
index-report-continue = Continua il questionario
index-report-see-answers = Vedi le risposte inviate
index-report-rounds = Anni
index-report-ranks = Posizioni
index-report-ranks-hint = Il campione di un anno comprende l'ultimo risultato di ciascuna città fino a quell'anno. Il percentile è la quota delle altre città del gruppo che la città supera.
index-report-group = Gruppo
index-report-not-ranked-no-aggregate = non in classifica (nessun punteggio complessivo)
index-report-not-in-group = non in questo gruppo
index-report-cities = Città
index-report-group-average = Media del gruppo
index-report-ranks-caption = Posizioni di { $city } nel { $round }
index-report-ranks-hint-published = Queste posizioni sono calcolate tra i risultati con punteggio complessivo presenti in amity. Una posizione pubblicata è quella della fonte, nel campione del suo anno (o nel sottogruppo che indica): non è confrontabile con queste, né tra anni diversi.
index-report-source-words = Nelle parole della fonte
index-report-ranks-as-published = Posizioni pubblicate
index-report-profile = Profilo
index-report-no-profile = Questo risultato è stato pubblicato senza punteggi per indicatore: non c'è un profilo da tracciare.
index-report-radar-label = Grafico radar dei punteggi per indicatore di { $city } (da 0 a 100) a confronto con { $others }. I valori sono nella tabella «Punteggi per indicatore».
index-report-no-other-city = nessun'altra città
index-report-radar-caption = Ogni raggio è un indicatore, da 0 al centro a 100 sul bordo. Gli stessi valori sono nella tabella qui sotto.
index-report-too-few-radar = Troppo pochi indicatori per un grafico radar.
index-report-scores-by-indicator = Punteggi per indicatore
index-report-bars-label = Grafico a barre del punteggio di { $city } in ciascun indicatore, con la media di un gruppo. I valori sono nella tabella che lo segue.
index-report-compare-average = Confronta con la media di
index-report-bars-compare = Ora le barre sono confrontate con: { $group }.
index-report-bars-compare-nothing = Ora le barre non sono confrontate con alcun gruppo.
index-report-all-cities-average = Tutte le città (media)
index-report-indicators-caption = Punteggi per indicatore di { $city } nel { $round }, da 0 a 100
index-report-line-label = Grafico a linee del punteggio complessivo di { $city } per anno: { $values }.
index-report-progress = Andamento negli anni
index-report-published-result = Risultato pubblicato
index-report-progress-caption = Punteggio complessivo di { $city } per anno
index-report-city-aggregate = { $city }: punteggio complessivo
index-report-average-paren = (media { $score })
index-report-extremes = Indicatori più forti e più deboli
index-report-strongest = Più forti
index-report-weakest = Più deboli
index-report-none = Nessuno.
index-report-too-few-weakest = Troppo pochi indicatori per distinguere i più deboli dai più forti.
index-report-amity-not-ranked = { $count ->
    [one] non in classifica: pubblicato senza punteggio complessivo (amity ha { $count } risultato con punteggio complessivo per il { $round })
   *[other] non in classifica: pubblicato senza punteggio complessivo (amity ha { $count } risultati con punteggio complessivo per il { $round })
}
index-report-amity-rank = { $count ->
    [one] { $rank } risultato presente in amity per il { $round }
   *[other] { $rank } risultati presenti in amity per il { $round }
}
index-figure-aggregate = il punteggio complessivo
index-figure-rank = la posizione
index-figure-sample-size = la dimensione del campione
index-figure-population = la popolazione
index-figure-foreign-born-pct = la quota di nati all'estero
index-figure-over-200k = il gruppo di dimensione
index-figure-over-15pct = il gruppo di diversità
index-figure-published-rank = le posizioni in parole
index-report-not-published-not-ranked = non pubblicato: amity non inserisce questo risultato in classifica
index-report-sample-ranked-in = Campione della classifica
index-report-population-published = Popolazione pubblicata
index-report-born-abroad-published = Nati all'estero, come pubblicato
index-report-ranks-source-words = Posizioni, nelle parole della fonte
index-report-indicator-published = { $indicator } (punteggio dell'indicatore pubblicato)
index-report-sources = { $count ->
    [one] Fonte
   *[other] Fonti
}
index-report-states = indica: { $figures }
index-report-indicator-score = punteggio «{ $indicator }»
index-report-nothing-recorded = nulla di registrato
index-report-none-choice = Nessuno
index-report-add-groups = Aggiungi gruppi di confronto
index-report-compare-country = Confronta con le città di un paese
index-report-compare-network = Confronta con i membri di una rete
index-report-compare = Confronta
index-report-computation = Come sono calcolati i punteggi
index-report-computation-published = Questo è un risultato così come è stato pubblicato, senza le risposte su cui si basa: i suoi punteggi non possono essere ricondotti qui a domande e punti. Ogni valore qui sotto rimanda alle fonti che lo indicano.
index-report-computation-how = La risposta a ogni domanda dà dei punti. Il punteggio di un indicatore è dato dai suoi punti divisi per il massimo che le sue domande possono dare, per 100; una domanda senza risposta vale 0 punti. Gli indicatori facoltativi contano solo se almeno una delle loro domande ha una risposta. Il punteggio complessivo è la media degli indicatori conteggiati, ciascuno ponderato con il suo peso.
index-report-formula = Punteggio complessivo = Σ (peso × punteggio) ÷ Σ peso = { $points } ÷ { $weights } =
index-report-composite-of = (la media ponderata di { $indicators }).
index-report-context = Contesto
index-report-population = { $population } abitanti ({ $group })
index-report-or-more = { $value } o più
index-report-under = meno di { $value }
index-report-population-not-given = popolazione non indicata (si usa quella del repertorio geografico, se nota)
index-report-context-separator = { "; " }
index-report-born-abroad = { $share } di nati all'estero ({ $group })
index-report-born-abroad-not-given = quota di nati all'estero non indicata
index-report-context-end = . Questi dati collocano la città nei gruppi di dimensione e diversità.
index-report-points = Punti
index-report-answered = Risposte
index-report-weight = Peso
index-report-score = Punteggio
index-report-not-counted-optional = non conteggiato (facoltativo, senza risposta)
index-report-weight-times-score = Peso × punteggio
index-report-computation-caption = Punteggi per indicatore dai punti, con i pesi
index-report-answers-behind = Le risposte dietro ogni indicatore
index-report-not-answered = Senza risposta: { $points } punti su { $max }.
index-report-answer = Risposta
index-report-evidence = Documentazione
index-report-link = Link
index-report-trace-sum = { $points } punti su { $max }, { $answered } domande su { $questions } con risposta, peso { $weight } →
index-report-no-questions = Nessuna domanda.
index-report-no-result-round = { $city } non ha un risultato nell'Indice per il { $round }.
index-report-no-result = { $city } non ha ancora un risultato nell'Indice.
index-report-see-others = Vedi i risultati delle altre città
index-report-expert-reports = Rapporti degli esperti della rete
index-report-expert-report-untitled = Rapporto
