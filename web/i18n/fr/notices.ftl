## notifications (#/notifications) and the header's count
notices-title = Notifications
notices-link = Notifications
notices-link-label = { $count ->
    [0] Notifications : aucune non lue
    [one] Notifications : une non lue
   *[other] Notifications : { $count } non lues
}
notices-sign-in = Connectez-vous pour lire vos notifications.
notices-lead = { $count ->
    [0] Rien de nouveau : ce qui arrive aux fiches dont vous vous occupez est listé ici.
    [one] Une notification que vous n’avez pas encore lue.
   *[other] { $count } notifications que vous n’avez pas encore lues.
}
notices-none = Aucune notification pour l’instant.
notices-unread = nouvelle
notices-read-all = Tout marquer comme lu
notices-all-read = Toutes les notifications sont marquées comme lues.
notices-topic-practice-submitted = Pratique soumise à relecture
notices-topic-practice-returned = Pratique renvoyée avec des commentaires
notices-topic-practice-published = Pratique publiée
notices-topic-registration-confirmed = Inscription confirmée
notices-topic-registration-waitlisted = Inscription en liste d’attente
notices-topic-travel-requested = Prise en charge des frais de voyage demandée
notices-topic-travel-decided = Décision sur une prise en charge des frais de voyage
notices-topic-partnership-dormant = Partenariat passé en sommeil
notices-topic-membership-ending = Fin d’une adhésion à un réseau
notices-topic-group-proposed = Groupe thématique proposé
notices-prefs = Ce dont vous êtes informé
notices-prefs-lead = Choisissez, pour chaque type de nouvelles, si elles sont listées ici et si elles vous sont envoyées par courriel.
notices-prefs-no-mail = Cette instance d’amity n’envoie pas encore de courriels (un administrateur configure le serveur SMTP) : les notifications sont listées ici.
notices-prefs-topics = Types de nouvelles
notices-col-topic = Nouvelles
notices-col-in-app = Dans amity
notices-col-email = Par courriel
notices-in-app-of = { $topic } : afficher dans amity
notices-email-of = { $topic } : envoyer par courriel
notices-email = Votre adresse électronique
notices-email-hint = L’adresse où les courriels sont envoyés. Laissez-la vide pour n’en recevoir aucun.
notices-language = Langue des courriels
notices-language-default = Anglais (par défaut)
notices-language-hint = Les courriels sont rédigés dans cette langue.
notices-save = Enregistrer
notices-saved = Enregistré.
notices-not-saved = Non enregistré : { $error }
notices-mail = Envoi des courriels
notices-mail-lead = Le serveur SMTP par lequel amity envoie les notifications. Sans serveur, les notifications restent dans amity. Chaque message est conservé jusqu’à ce que le serveur l’accepte, renvoyé à des intervalles de plus en plus longs, et jamais envoyé deux fois.
notices-mail-not-saved = Les paramètres d’envoi des courriels n’ont pas été enregistrés
notices-mail-password-set = Un mot de passe est défini (il n’est jamais affiché).
notices-mail-password-unset = Aucun mot de passe n’est défini.
notices-outbox = Boîte d’envoi
notices-outbox-counts = En attente : { $queued } · envoyés : { $sent } · abandonnés : { $failed }
notices-col-subject = Objet
notices-col-status = État
notices-col-attempts = Tentatives
notices-col-error = Dernière erreur
notices-topic-need-pledged = Un besoin a reçu une promesse
notices-topic-pledge-confirmed = Une livraison a été confirmée
