# networks: messages of this area (see web/js/i18n.js)

## The list of networks (views/networks.js)
networks-title = Réseaux
networks-lead = Réseaux et associations de villes, avec leurs membres, leurs groupes thématiques et leurs bureaux.
networks-search-label = Rechercher des réseaux
networks-name = Nom
networks-search = Rechercher
networks-found = Réseaux trouvés
networks-count = { $count ->
    [one] { $count } réseau
   *[other] { $count } réseaux
}
networks-none = Aucun réseau ne correspond.
networks-founded = fondé en { $year }
networks-current-members = { $count ->
    [one] { $count } membre actuel
   *[other] { $count } membres actuels
}
networks-secretariat-inline = secrétariat :

## A network's page (views/network.js)
networks-loading = Chargement…
networks-kind = Type
networks-founded-label = Fondé en
networks-secretariat = Secrétariat
networks-current-members-label = Membres actuels
networks-website = Site web
networks-not-known = inconnu
networks-offices-heading = Bureaux régionaux ({ $count })
networks-none-recorded = Aucun enregistré.
networks-city-id = Ville { $id }
networks-members = Membres
networks-former-members = Anciens membres
networks-all = Tous
networks-filter-members = Filtrer les membres
networks-filter-members-by-name = Filtrer les membres par nom
networks-show = Afficher
networks-col-member = Membre
networks-organisation = organisation
networks-col-country = Pays
networks-col-role = Rôle
networks-col-joined = Adhésion
networks-col-left = Départ
networks-year-not-known = année inconnue
networks-still-member = toujours membre
networks-members-count = { $count ->
    [one] { $count } membre
   *[other] { $count } membres
}
networks-no-member-matches = Aucun membre ne correspond.
networks-members-caption = Membres de { $network }

## The map of a network's member cities
networks-map-loading = Carte des villes membres de { $network } (chargement)
networks-map-failed = La carte n’a pas pu être dessinée ici ; les membres sont listés ci-dessous.
networks-map-placing = Placement des villes membres… { $done } sur { $total }
networks-map-label = { $count ->
    [one] Carte de { $count } ville membre de { $network }
   *[other] Carte de { $count } villes membres de { $network }
}
networks-map-label-incomplete = { $count ->
    [one] Carte de { $count } ville membre de { $network } (incomplète)
   *[other] Carte de { $count } villes membres de { $network } (incomplète)
}
networks-map-none = { $count ->
    [one] Pas de carte : le seul membre n’est pas une ville dotée de coordonnées.
   *[other] Pas de carte : aucun des { $count } membres n’est une ville dotée de coordonnées.
}
networks-map-shown = { $count ->
    [one] { $count } ville membre sur la carte.
   *[other] { $count } villes membres sur la carte.
}
networks-map-off = { $count ->
    [one] { $count } membre n’est pas sur la carte : sans coordonnées, ou pas une ville.
   *[other] { $count } membres ne sont pas sur la carte : sans coordonnées, ou pas des villes.
}
networks-map-capped = La carte s’arrête après { $max } villes.
networks-map-also-listed = Les membres sont aussi listés ci-dessous.
networks-map-incomplete = { $count ->
    [one] { $count } ville membre sur la carte ; les autres n’ont pas pu être chargées ({ $error }). Les membres sont listés ci-dessous.
   *[other] { $count } villes membres sur la carte ; les autres n’ont pas pu être chargées ({ $error }). Les membres sont listés ci-dessous.
}
networks-map-legend = Ville membre (ouvre sa page)

## Thematic groups on a network's page
networks-groups = Groupes thématiques
networks-groups-heading = Groupes thématiques ({ $count })
networks-groups-loading = Chargement des groupes…
networks-groups-lead = Des villes membres qui travaillent ensemble sur un même thème. Une ville peut rejoindre les groupes des réseaux dont elle est actuellement membre.
networks-groups-failed = Les groupes n’ont pas pu être chargés : { $error }
networks-saving = Enregistrement…
# $what: one of the "… not …" messages below
networks-failed-because = { $what } : { $error }
networks-group-add = Ajouter un groupe
networks-group-join = Rejoindre
networks-group-join-label = Rejoindre le groupe { $group }
networks-group-joined = Votre ville a rejoint le groupe { $group }.
networks-group-not-joined = Votre ville n’a pas rejoint { $group }
networks-group-leave = Quitter
networks-group-leave-label = Quitter le groupe { $group }
networks-group-left = Votre ville a quitté le groupe { $group }.
networks-group-not-left = Votre ville n’a pas quitté { $group }
networks-group-edit = Modifier
networks-group-edit-label = Modifier le groupe { $group }
networks-group-reopen = Rouvrir
networks-group-reopen-label = Rouvrir le groupe { $group }
networks-group-reopened = Le groupe { $group } est de nouveau ouvert : des villes peuvent le rejoindre.
networks-group-not-reopened = Le groupe { $group } n’a pas été rouvert
networks-group-close = Clore
networks-group-close-label = Clore le groupe { $group }
networks-group-closed = Le groupe { $group } est clos : il garde ses villes et n’en accepte plus de nouvelles.
networks-group-not-closed = Le groupe { $group } n’a pas été clos
networks-group-delete = Supprimer
networks-group-delete-label = Supprimer le groupe { $group }
networks-group-deleted = Groupe { $group } supprimé.
networks-group-not-deleted = Le groupe { $group } n’a pas été supprimé
networks-group-count = { $count ->
    [one] { $count } ville membre :
   *[other] { $count } villes membres :
}
networks-group-members-label = Villes membres de { $group }
networks-group-remove = Retirer
networks-group-remove-label = Retirer { $city } du groupe { $group }
networks-group-removed = { $city } ne fait plus partie du groupe { $group }.
networks-group-not-removed = { $city } n’a pas été retirée de { $group }
networks-group-no-member = Aucune ville membre pour l’instant.
networks-group-name-hint = Deux groupes de { $network } ne peuvent pas porter le même nom.
networks-group-status = Statut
networks-group-status-hint = Un groupe clos garde ses villes et n’en accepte plus de nouvelles.
networks-group-description = Sur quoi travaille le groupe
networks-optional = Facultatif.
networks-group-save = Enregistrer le groupe
networks-group-add-submit = Ajouter le groupe
networks-cancel = Annuler
networks-group-new = Nouveau groupe de { $network }
networks-group-not-saved = Le groupe n’a pas été enregistré
networks-group-not-added = Le groupe n’a pas été ajouté
networks-group-name-missing = Donnez un nom au groupe.
networks-group-not-saved-name = Le groupe n’a pas été enregistré. Nom : donnez un nom au groupe.
networks-group-not-added-name = Le groupe n’a pas été ajouté. Nom : donnez un nom au groupe.
networks-group-saved = Groupe { $group } enregistré.
networks-group-added = Groupe { $group } ajouté.
networks-group-delete-yes = Supprimer le groupe
networks-group-delete-title = Supprimer le groupe { $group } ?
networks-group-delete-text = { $count ->
    [one] Sa ville membre n’en fera plus partie. Cette action est irréversible.
   *[other] Ses { $count } villes membres n’en feront plus partie. Cette action est irréversible.
}
networks-cannot-be-undone = Cette action est irréversible.

## Memberships: a city's networks, a network's members (views/members.js)
networks-city-heading = Réseaux ({ $count })
networks-city-none = Membre d’aucun réseau enregistré.
networks-city-since = depuis { $year }
networks-city-left-in = a quitté en { $year }
networks-former-member = ancien membre
networks-change = Modifier
networks-change-role = Changer de rôle
networks-change-role-in = Changer de rôle dans { $network }
networks-change-role-of = Changer le rôle de { $member }
networks-role-of = Le rôle de { $member } dans { $network }
networks-role-save = Enregistrer le rôle
networks-role-not-saved = Le rôle n’a pas été enregistré
networks-role-saved = Le rôle de { $member } dans { $network } est enregistré.
# $role: the new role, as the registry words it
networks-role-now = { $member } : désormais { $role } de { $network }.
networks-leave = Quitter
networks-leave-label = Quitter { $network }
networks-not-left = { $city } n’a pas quitté { $network }
networks-left = { $city } a quitté { $network } : ancien membre désormais.
networks-left-in = { $city } a quitté { $network } en { $year } : ancien membre désormais.
networks-record-joining = Enregistrer l’adhésion à un réseau
networks-joins-heading = { $city } adhère à un réseau
networks-record-membership = Enregistrer l’adhésion
networks-membership-not-recorded = L’adhésion n’a pas été enregistrée
networks-membership-recorded = { $city } est enregistrée comme membre de { $network }.
networks-member-id = membre { $id }
networks-end-membership = Mettre fin à l’adhésion
networks-end-membership-of = Mettre fin à l’adhésion de { $member }
networks-end-the-membership = Mettre fin à l’adhésion
networks-membership-not-ended = Il n’a pas été mis fin à l’adhésion de { $member }
networks-former-now = { $member } est désormais un ancien membre de { $network }.
networks-former-now-left-in = { $member } est désormais un ancien membre de { $network } (départ en { $year }).
networks-add-member = Ajouter un membre
networks-add-member-to = Ajouter un membre à { $network }
networks-add-the-member = Ajouter le membre
networks-member-not-added = Le membre n’a pas été ajouté
networks-member-now = { $member } est désormais membre de { $network }.
networks-calendar = Agenda
networks-calendar-link = Ses activités, pour s’y abonner (iCalendar)
networks-group-calendar = L’agenda de « { $group } » (iCalendar)

## thematic groups proposed by member cities
networks-group-propose = Proposer un groupe thématique
networks-group-propose-hint = Votre ville le propose et en est le premier membre ; le secrétariat du réseau l’approuve.
networks-group-proposed-by = Proposé par { $city }
networks-group-approve = Approuver
networks-group-approve-label = Approuver le groupe { $group }
networks-group-approved = Le groupe { $group } est approuvé.
networks-group-not-approved = Le groupe { $group } n’a pas été approuvé

## a thematic group's page
networks-group-page-events = Événements
networks-group-page-no-events = Aucun événement de ce groupe pour l’instant.
networks-group-page-practices = Pratiques
networks-group-page-no-practices = Aucune pratique publiée n’est encore rattachée à ce groupe.
networks-group-page-members = Villes membres
networks-group-page-of = Un groupe thématique de { $network }
networks-group-page-new-event = Ajouter un événement à ce groupe
networks-group-page-not-found = Il n’y a pas de groupe thématique { $id }.
networks-group-page-calendar = Mois et agenda
