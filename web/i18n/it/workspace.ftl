# workspace: messages of this area (see web/js/i18n.js)
workspace-title = Area di lavoro
# $user is the username (bold), $role the API's word for the role, $place a link to the city or network
workspace-signed-in-role-place = Accesso come { $user } ({ $role }, { $place }).
workspace-signed-in-role = Accesso come { $user } ({ $role }).
workspace-signed-in-place = Accesso come { $user } ({ $place }).
workspace-signed-in = Accesso come { $user }.
workspace-just-now = proprio ora

## What changed
workspace-changes-since = Cosa è cambiato dall’ultima visita
workspace-changes-month = Cosa è cambiato negli ultimi 30 giorni
# $when: a date and time
workspace-last-visit = Ultima visita: { $when }.
workspace-first-visit = È la prima visita: ecco l’ultimo mese.
workspace-nothing-changed = Non è cambiato nulla.
workspace-show-all-changes = { $count ->
    [one] Mostra la modifica
   *[other] Mostra tutte le { $count } modifiche
}
# a membership: "Reggio Emilia in ICC"
workspace-member-in = { $member } in { $network }
# a diaspora: "people from Morocco in Reggio Emilia"
workspace-people-from-in = persone provenienti da { $from } a { $city }
workspace-people-from = persone provenienti da { $from }
workspace-yes = sì
workspace-no = no
workspace-quoted = «{ $text }»
# $field is the API's label of a field, in lower case
workspace-field-changed-from = { $field }: da { $before } a { $after }
workspace-field-set = { $field }: { $value }
workspace-field-cleared = { $field }: valore rimosso (era { $before })
workspace-field-changed = { $field }: nuovo valore
workspace-field-separator = {"; "}
workspace-fields-and-more = { $fields }; e altre { $count } modifiche
workspace-change-added = creazione
workspace-change-deleted = eliminazione
workspace-change-changed = modifica
workspace-by-you = da parte Sua
# $who: the importer, the system…
workspace-by-the = da parte di { $who }
workspace-by = da parte di { $user }
# one change: "Partnership Reggio Emilia – Kraków: status changed from signed to ended"
workspace-change-what = { $kind } { $record }: { $what }
# …then who made it, and when ("2 days ago")
workspace-change = { $what }, { $who }, { $when }
workspace-change-nobody = { $what }, { $when }

## The city's partnerships
workspace-partnerships-of = Partenariati di { $city }
workspace-partnerships-of-your-city = Partenariati della città
workspace-no-partnership = Nessun partenariato è ancora registrato.
workspace-record-partnership = Registra un partenariato
# $states: "1 dormant, 3 active"
workspace-partnerships-summary = { $count ->
    [one] { $count } partenariato: { $states }
   *[other] { $count } partenariati: { $states }
}
# $state: the API's word for a health state
workspace-state-count = { $count } { $state }
# the partnerships in a health state, in the summary ("1 dormant")
workspace-health-count-active = { $count ->
    [one] { $count } attivo
   *[other] { $count } attivi
}
workspace-health-count-dormant = { $count ->
    [one] { $count } inattivo
   *[other] { $count } inattivi
}
workspace-health-count-unknown = { $count } di stato sconosciuto
workspace-health-count-proposed = { $count ->
    [one] { $count } proposto
   *[other] { $count } proposti
}
workspace-health-count-ended = { $count ->
    [one] { $count } concluso
   *[other] { $count } conclusi
}
workspace-health-count-suspended = { $count ->
    [one] { $count } sospeso
   *[other] { $count } sospesi
}
workspace-with = con { $name }
workspace-partnership-label = Partenariato { $name }
workspace-show-all-partnerships = { $count ->
    [one] Mostra il partenariato
   *[other] Mostra tutti i { $count } partenariati
}
workspace-city-page = { $city }: i suoi partner su una mappa, le sue reti e le sue attività

## Practices
# $when: "2 days ago"
workspace-changed-ago = modificata { $when }
workspace-review-comment = Commento della revisione:
workspace-review = Pratiche in attesa di revisione
workspace-review-count = Pratiche in attesa di revisione ({ $count })
workspace-review-none = Nessuna pratica è in attesa di revisione.
workspace-review-all = Tutte le pratiche in attesa di revisione
workspace-drafts = Bozze e pratiche restituite
workspace-drafts-none = Nessuna bozza e nulla di restituito per modifiche.
workspace-describe-practice = Descrivi una buona pratica

## The Intercultural Cities Index
workspace-index = Indice delle città interculturali
# $round: a year
workspace-round = Edizione { $round }
workspace-questions-answered = Domande con risposta
# $share: a percentage ("40%")
workspace-progress = Risposte a { $answered } domande su { $questions } ({ $share })
workspace-continue = Prosegui il questionario
workspace-see-report = Vedi il rapporto { $round }
# $rounds: the years, as links
workspace-earlier-rounds = Edizioni precedenti: { $rounds }
workspace-index-none = { $city } non ha ancora risposto al questionario.
workspace-index-none-your-city = La città non ha ancora risposto al questionario.
workspace-index-all = I risultati di tutte le città

## Activities
workspace-date-not-known = data non nota
workspace-activities = Attività
workspace-coming-up = In programma
workspace-nothing-planned = Non è registrato nulla in programma.
workspace-last-year = Nell’ultimo anno
workspace-no-activity = Nessuna attività nell’ultimo anno.
workspace-record-activity = Registra un’attività

## A network's members
workspace-members-of = Membri della rete { $network }
workspace-members-of-your-network = Membri della rete
workspace-newest-members = I membri più recenti
# $year: the year it joined
workspace-since = dal { $year }
workspace-all-members = Tutti i membri della rete { $network }

## An administrator's
workspace-imports = Importazioni
workspace-imports-caption = Le ultime importazioni
workspace-imports-none = Non è stato ancora importato nulla (amity import ... dalla riga di comando).
workspace-accounts = Account
workspace-city-id = Città { $id }
workspace-network-id = Rete { $id }
workspace-accounts-caption = Gli account
workspace-accounts-none = Nessun account.
workspace-accounts-hint = Gli account si aggiungono dalla riga di comando: amity user add NOME --role RUOLO.

## A record's history (on the pages of partnerships and activities)
workspace-history-title = Cronologia
workspace-history-none = Nessuna modifica registrata.
workspace-history-added = Creazione
workspace-history-changed = Modifica
workspace-history-deleted = Eliminazione
# a step of the record's life: Step “Sign”
workspace-history-step = Passaggio «{ $step }»
# $user: the username
workspace-history-by = da parte di { $user }
# $date and $time: "2026-12-02" and "09:55", in UTC
workspace-history-when = { $date } { $time } UTC
workspace-history-changed-to = diventa
workspace-history-nothing = nulla
workspace-history-yes = sì
workspace-history-no = no
# $id: the number of a record no longer there
workspace-history-gone = n. { $id } (non più registrato)
workspace-history-latest = Le ultime { $shown } modifiche su { $count }.
workspace-history-error = Non è stato possibile caricare la cronologia ({ $error }).

## needs: the city's own, and its partner cities'
workspace-needs = Bisogni
workspace-needs-partners = Bisogni aperti delle nostre città partner
workspace-needs-partners-none = Nessuna città partner ha bisogni aperti.
workspace-needs-own = I nostri bisogni aperti
workspace-needs-own-none = Nessun nostro bisogno aperto.
workspace-needs-post = Pubblica un bisogno
workspace-needs-board = La bacheca dei bisogni
workspace-need-progress = { $met } soddisfatti, { $pledged } promessi, su { $quantity }
workspace-needs-to-confirm = Consegne da confermare
workspace-needs-offers = Le nostre offerte permanenti
workspace-needs-offers-none = Nessuna nostra offerta permanente.
workspace-needs-pledges = I nostri impegni
workspace-needs-pledges-none = Non abbiamo ancora assunto impegni.
workspace-needs-offer = Fai un’offerta
workspace-needs-offers-all = Le offerte permanenti
