## notifications (#/notifications) and the header's count
notices-title = Notifiche
notices-link = Notifiche
notices-link-label = { $count ->
    [0] Notifiche: nessuna da leggere
    [one] Notifiche: una da leggere
   *[other] Notifiche: { $count } da leggere
}
notices-sign-in = Accedi per leggere le notifiche.
notices-lead = { $count ->
    [0] Niente di nuovo: qui compare ciò che accade alle schede di cui si occupa.
    [one] Una notifica non ancora letta.
   *[other] { $count } notifiche non ancora lette.
}
notices-none = Ancora nessuna notifica.
notices-unread = nuova
notices-read-all = Segna tutte come lette
notices-all-read = Tutte le notifiche sono segnate come lette.
notices-topic-practice-submitted = Pratica presentata per la revisione
notices-topic-practice-returned = Pratica restituita con commenti
notices-topic-practice-published = Pratica pubblicata
notices-topic-registration-confirmed = Iscrizione confermata
notices-topic-registration-waitlisted = Iscrizione in lista d’attesa
notices-topic-travel-requested = Contributo per il viaggio richiesto
notices-topic-travel-decided = Decisione sul contributo per il viaggio
notices-topic-partnership-dormant = Partenariato diventato inattivo
notices-topic-membership-ending = Fine di un’adesione a una rete
notices-topic-group-proposed = Gruppo tematico proposto
notices-prefs = Di cosa essere informati
notices-prefs-lead = Scegliere, per ogni tipo di notizia, se elencarla qui e se riceverla per e-mail.
notices-prefs-no-mail = Questa installazione di amity non invia ancora e-mail (un amministratore configura il server SMTP): le notifiche sono elencate qui.
notices-prefs-topics = Tipi di notizie
notices-col-topic = Notizia
notices-col-in-app = In amity
notices-col-email = Per e-mail
notices-in-app-of = { $topic }: elenca in amity
notices-email-of = { $topic }: invia per e-mail
notices-email = Il Suo indirizzo e-mail
notices-email-hint = Dove arrivano le e-mail. Lasciare vuoto per non riceverne nessuna.
notices-language = Lingua delle e-mail
notices-language-default = Inglese (predefinita)
notices-language-hint = Le e-mail sono scritte in questa lingua.
notices-save = Salva
notices-saved = Salvato.
notices-not-saved = Non salvato: { $error }
notices-mail = Invio delle e-mail
notices-mail-lead = Il server SMTP tramite cui amity invia le notifiche. Senza server, le notifiche restano in amity. Ogni messaggio è conservato finché il server non lo accetta, ritentato con attese sempre più lunghe e mai inviato due volte.
notices-mail-not-saved = Le impostazioni delle e-mail non sono state salvate
notices-mail-password-set = È impostata una password (non viene mai mostrata).
notices-mail-password-unset = Nessuna password impostata.
notices-outbox = Posta in uscita
notices-outbox-counts = In attesa: { $queued } · inviati: { $sent } · abbandonati: { $failed }
notices-col-subject = Oggetto
notices-col-status = Stato
notices-col-attempts = Tentativi
notices-col-error = Ultimo errore
notices-topic-need-pledged = Un bisogno ha ricevuto un impegno
notices-topic-pledge-confirmed = Una consegna è stata confermata
