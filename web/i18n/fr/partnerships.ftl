# partnerships: messages of this area (see web/js/i18n.js)

## The list (#/partnerships)
partnerships-title = Partenariats
partnerships-any-health = Tous les états de santé
partnerships-any-status = Tous les statuts
partnerships-any-kind = Tous les types
partnerships-any-country = Tous les pays
partnerships-filter-label = Filtrer les partenariats
partnerships-name-or-note = Nom ou note
partnerships-country = Pays de l’une des parties
partnerships-filter = Filtrer
partnerships-found = Partenariats trouvés
# $dormant is partnerships-lead-dormant, in bold
partnerships-lead = Jumelages, accords de villes sœurs, d’amitié et de coopération. Un partenariat est { $dormant } lorsque rien n’a été enregistré à son sujet (activité ou signature) depuis plusieurs années : il est peut-être en train de s’éteindre.
partnerships-lead-dormant = en sommeil
# $city is a link to the city
partnerships-only-city = Uniquement les partenariats de { $city }.
partnerships-only-city-id = Uniquement les partenariats de la ville { $id }.
partnerships-show-all-cities = Afficher toutes les villes
partnerships-col-party-a = Partie A
partnerships-col-party-b = Partie B
partnerships-col-kind = Type
partnerships-col-status = Statut
partnerships-col-signed = Signé le
partnerships-col-health = Santé
partnerships-count = { $count ->
    [one] { $count } partenariat
   *[other] { $count } partenariats
}
partnerships-none = Aucun partenariat ne correspond à ces filtres.
partnerships-countries-error = La liste des pays n’a pas pu être chargée : { $error }
partnerships-kind-not-known = Type inconnu

## One partnership (#/partnership/ID)
partnerships-kind-not-recorded = Un accord d’un type non renseigné
# "Twinning, signed." $kind and $status are the API's words
partnerships-lead-kind-status = { $kind }, { $status }.
partnerships-not-known = inconnu
partnerships-edit = Modifier
partnerships-delete = Supprimer
partnerships-actions-label = Ce que vous pouvez faire
# $step: the step, as the API names it ("sign")
partnerships-step-not-done = Le partenariat n’a pas été modifié ({ $step })
partnerships-step-done = { $step } : c’est fait. Le partenariat est désormais { $status }.
# $name: "Reggio Emilia – Kraków"
partnerships-delete-title = Supprimer le partenariat { $name } ?
partnerships-delete-text = Il ne figurera plus dans les listes et ne comptera plus dans les suggestions de partenaires ni dans le graphe. Ses activités sont conservées, sans lui.
partnerships-delete-yes = Supprimer le partenariat
partnerships-deleting = Suppression…
partnerships-deleted = Supprimé : le partenariat { $name }.
partnerships-delete-error = Le partenariat n’a pas été supprimé : { $error }
partnerships-activities = Activités ({ $count })
partnerships-add-activity = Ajouter une activité
partnerships-no-activity = Aucune activité enregistrée pour ce partenariat.
partnerships-all-activities = { $count ->
    [one] L’activité
   *[other] Les { $count } activités
}

## Add or change a partnership
partnerships-form-add-title = Ajouter un partenariat
partnerships-form-change-title = Modifier un partenariat
# said after "Sign in to"
partnerships-form-sign-in-add = ajouter un partenariat
partnerships-form-sign-in-change = modifier un partenariat
partnerships-form-not-allowed = Votre compte ne peut pas modifier ce partenariat : seuls les chargés des relations internationales de ses villes ou un administrateur le peuvent.
partnerships-form-back = Retour au partenariat
partnerships-form-parties = Parties
partnerships-form-agreement = Accord
partnerships-form-source-note = Source et note
partnerships-form-save = Enregistrer les modifications
partnerships-form-add = Ajouter le partenariat
partnerships-form-not-saved = Le partenariat n’a pas été enregistré
partnerships-form-not-added = Le partenariat n’a pas été ajouté
partnerships-form-saved = Modifications enregistrées.
partnerships-form-added = Partenariat ajouté.
partnerships-form-lead-change = Modifiez ce qui est enregistré. Les étapes de sa vie (sa signature, sa fin…) ont leurs propres boutons sur sa page, qui en enregistrent les dates.
partnerships-form-lead-add = Enregistrez un jumelage ou un accord de villes sœurs, d’amitié ou de coopération. Les champs marqués comme obligatoires doivent être remplis.
