# activities: messages of this area (see web/js/i18n.js)

## An activity in a list
activities-date-not-known = data non nota
# $city: the host city (a link)
activities-hosted-by = ospitata da { $city }
# $list: the cities and organisations
activities-with = Con { $list }
activities-topics = Temi

## The list (#/activities)
activities-title = Attività
activities-only-of = Solo le attività di
activities-city-hint = Ospitate dalla città o svolte con essa.
activities-any-network = Qualsiasi rete
activities-any-kind = Qualsiasi tipo
activities-filter-label = Filtra le attività
activities-programme-hint = Come scritto, ad es. URBACT
activities-year = Anno
activities-year-hint = L’anno di inizio
activities-filter = Filtra
activities-upcoming = In programma e in corso
activities-past = Passate
activities-lead = Visite di delegazione e di studio, conferenze, workshop, progetti comuni e scambi tra città.
activities-add = Aggiungi un’attività
# $partnership: a link to the partnership
activities-only-partnership = Solo le attività del partenariato { $partnership }.
activities-only-partnership-id = Solo le attività del partenariato { $id }.
activities-show-all = Mostra tutto
activities-year-over = Nessuna: il { $year } è concluso.
activities-no-upcoming = Nessuna attività in programma corrisponde a questi filtri.
activities-past-count = { $count ->
    [one] { $count } attività passata
   *[other] { $count } attività passate
}
activities-no-past = Nessuna attività passata corrisponde a questi filtri.
activities-error = Non è stato possibile caricare le attività: { $error }

## One activity (#/activity/ID)
activities-not-known = non nota
activities-edit = Modifica
activities-delete = Elimina
activities-delete-title = Eliminare l’attività «{ $title }»?
activities-delete-text = Non sarà più elencata né conterà per la salute del suo partenariato.
activities-delete-yes = Elimina l’attività
activities-deleting = Eliminazione in corso…
activities-deleted = Eliminata: l’attività «{ $title }».
activities-delete-error = L’attività non è stata eliminata: { $error }

## Add or change an activity
# a partnership to choose: "Kraków: Twinning (signed)"
activities-form-partnership-choice = { $partner }: { $kind } ({ $status })
activities-form-agreement = accordo
activities-form-add-title = Aggiungi un’attività
activities-form-change-title = Modifica un’attività
# said after "Sign in to"
activities-form-sign-in-add = aggiungere un’attività
activities-form-sign-in-change = modificare un’attività
activities-form-not-allowed = Questo account non può modificare l’attività: possono farlo i referenti delle sue città, la segreteria della sua rete o un amministratore.
activities-form-back = Torna all’attività
activities-form-what-when = Cosa e quando
activities-form-who = Chi
activities-form-details = Dettagli
activities-form-save = Salva le modifiche
activities-form-add = Aggiungi l’attività
activities-form-not-saved = L’attività non è stata salvata
activities-form-not-added = L’attività non è stata aggiunta
activities-form-saved = Modifiche salvate.
activities-form-added = Attività aggiunta.
activities-form-lead = Una visita, una conferenza, un progetto o uno scambio tra città. I campi indicati come obbligatori vanno compilati.
activities-comma = {", "}
# an activity people attend: its time, place, places and delegates
activities-form-event = Un evento con partecipanti
activities-form-event-hint = Per un workshop, una visita o una riunione con orario e posti: gli orari si intendono nel suo fuso orario e le città iscrivono i delegati finché le iscrizioni sono aperte.
activities-event-heading = Evento
# "10 May 2027, 09:00 (Asia/Tehran)"
activities-event-time = { $date }, { $time } ({ $zone })
activities-event-starts = Inizio
activities-event-ends = Fine
activities-event-venue = Luogo
activities-event-online = Online
activities-event-places = Posti
activities-event-places-taken = { $taken } occupati su { $capacity }, { $waiting } in lista d’attesa
activities-event-places-open = { $taken } iscritti, nessun limite
activities-event-registration = Iscrizioni
activities-event-open = aperte
activities-event-open-until = aperte fino al { $date }
activities-event-closed = chiuse
activities-event-feeds = Abbonarsi in un’app di calendario:
activities-event-feed-of = il calendario di { $name }
activities-event-delegates = Delegati
activities-event-col-delegate = Delegato
activities-event-col-city = Città
activities-event-col-status = Stato
activities-event-col-attended = Presenza
activities-event-col-actions = Modifica
activities-event-attended-of = Presenza di { $name }
activities-event-attendance-saved = Presenza salvata.
activities-event-yes = sì
activities-event-cancel = Annulla l’iscrizione
activities-event-cancelled = L’iscrizione è stata annullata.
activities-event-register = Iscrivi un delegato
activities-event-by-name = Per nome, solo per questo evento
activities-event-person = Una persona registrata dall’ufficio
activities-event-name = Nome del delegato
activities-event-name-hint = Il nome è conservato solo per questo evento, secondo la sua informativa sulla privacy.
activities-event-confirmed = Il delegato è iscritto.
activities-event-waitlisted = I posti sono esauriti: il delegato è il numero { $place } in lista d’attesa.
activities-event-not-registered = Il delegato non è stato iscritto: { $error }
activities-event-private = Il mio indirizzo di calendario privato
activities-event-private-address = Il Suo indirizzo di calendario privato
activities-event-private-made = Un nuovo indirizzo privato: lo tenga per sé; chiederne un altro lo sostituisce.

## travel and subsistence support for delegates
activities-travel-heading = Contributo per le spese di viaggio e soggiorno
activities-travel-lead = Lo chiede l’ufficio della città del delegato, lo decide la segreteria della rete organizzatrice. Gli importi restano nella loro valuta: non viene convertito nulla.
activities-travel-requests = Richieste di contributo per il viaggio
activities-travel-budget = Budget utilizzato, per valuta
activities-travel-col-covers = Spese coperte
activities-travel-col-asked = Richiesto
activities-travel-col-granted = Concesso
activities-travel-col-pending = Non ancora deciso
activities-travel-col-currency = Valuta
activities-travel-col-note = Nota
activities-travel-grant = Concedi
activities-travel-refuse = Rifiuta
activities-travel-decide = Decidi
activities-travel-decided = La decisione è stata registrata.
activities-travel-not-decided = La decisione non è stata registrata
activities-travel-withdraw = Ritira
activities-travel-withdrawn = La richiesta è stata ritirata.
activities-travel-ask = Chiedi un contributo per il viaggio
activities-travel-amount = Importo
activities-travel-currency-choose = Scegli una valuta
activities-travel-currency-hint = La valuta in cui sono espresse le spese (ISO 4217).
activities-travel-asked = La richiesta è stata inviata agli organizzatori.
activities-travel-not-asked = La richiesta non è stata inviata: { $error }
activities-calendar-link = Gli eventi per mese e in agenda
activities-event-privacy = Come sono usati, conservati e cancellati i nomi indicati qui
