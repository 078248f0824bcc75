# practices: messages of this area (see web/js/i18n.js)

## Shared by the library, a practice's page and the form (views/practices.js)
practices-title = Bonnes pratiques
practices-loading = Chargement…
practices-status-draft = Brouillon
practices-status-submitted = En attente de relecture
practices-status-published = Publiée
practices-status-returned = Renvoyée pour modifications
practices-status-label = Statut :
practices-ongoing = en cours
practices-years-ongoing = { $start } – en cours
practices-place = { $city }, { $country }
practices-place-unknown = lieu inconnu
practices-topics = Thèmes
practices-network = Réseau
practices-organisations = Organisations
practices-language = Langue
practices-contact = Contact
practices-the-practice = La pratique
practices-review-comment = Commentaire de la relecture
practices-cancel = Annuler
practices-template-download = Télécharger le modèle (Markdown)
practices-template-failed = Le modèle n’a pas pu être chargé ({ $error }).

## The library (views/practices.js)
practices-lead = Ce que les villes ont fait, pourquoi, comment, et ce que d’autres peuvent en apprendre : des pratiques décrites selon un même modèle, relues par le réseau auquel elles sont soumises.
practices-submit = Proposer une pratique
practices-search-label = Rechercher dans les pratiques
practices-search-hint = Tous les mots doivent correspondre. « Une expression » entre guillemets, un début de mot suivi de * (integr*), OR entre des variantes.
practices-search = Rechercher
practices-show = Afficher
practices-show-published = Publiées
practices-show-submitted = En attente de relecture
practices-show-draft = Brouillons
practices-show-returned = Renvoyées
practices-sort-by = Trier par
practices-sort-relevance = Pertinence
practices-sort-year = Les plus récentes d’abord
practices-filters = Filtres
practices-filters-chosen = choisis
practices-filter = Filtrer
practices-clear-all = Effacer tous les filtres
practices-active-filters = Filtres appliqués
practices-found = Pratiques trouvées
practices-count = { $count ->
    [one] { $count } pratique
   *[other] { $count } pratiques
}
practices-none = Aucune pratique ne correspond.
practices-facet-count = { $count ->
    [one] , { $count } pratique
   *[other] , { $count } pratiques
}
practices-show-fewer = Afficher moins
practices-show-all = Afficher les { $count }
practices-clear-facet = Effacer le filtre « { $facet } »
practices-clear = Effacer
practices-nothing-to-filter = Rien à filtrer.
practices-chip = { $facet } : { $value }
practices-chip-remove = Retirer le filtre { $facet } : { $value }
practices-sign-in-for-unpublished = Connectez-vous pour voir les pratiques non publiées.

## A practice (views/practice.js)
practices-no-description = Aucune description n’a encore été rédigée.
practices-published = Publiée le
practices-contact-hint = Réservé à la ville et au secrétariat : jamais publié.
practices-about = À propos de cette pratique
practices-similar = Pratiques similaires
practices-history = Historique
practices-shared-topics = Thèmes communs :
practices-no-similar = Aucune autre pratique publiée ne partage encore ses thèmes.
practices-version = Version { $version }
practices-action-created = créée
practices-action-changed = modifiée
practices-action-submitted = soumise à relecture
practices-action-published = publiée
practices-action-returned = renvoyée pour modifications
practices-version-by = par { $user }
practices-note-draft-network = Brouillon : seuls son auteur, sa ville et le secrétariat de { $network } peuvent le voir.
practices-note-draft = Brouillon : seuls son auteur, sa ville et les administrateurs peuvent le voir.
practices-note-submitted-network = Soumise : elle attend la relecture du secrétariat de { $network }.
practices-note-submitted = Soumise : elle attend la relecture des administrateurs.
practices-note-returned = Renvoyée pour modifications : modifiez-la puis soumettez-la de nouveau.
practices-note-published = Publiée : tout le monde peut la lire.
practices-choose-network = Choisissez un réseau en la modifiant, afin que son secrétariat puisse la relire ; sans réseau, seuls les administrateurs le peuvent.
practices-edit = Modifier
practices-submit-for-review = Soumettre à relecture
practices-submitted-for-review = Soumise à relecture.
practices-publish = Publier
practices-published-done = Publiée.
practices-return = Renvoyer avec un commentaire
practices-step-failed = « { $step } » n’a pas abouti
practices-return-what = Que faut-il changer ?
practices-return-hint = L’auteur voit ce commentaire avec la pratique.
practices-return-send = Renvoyer à l’auteur
practices-return-empty = Indiquez ce que l’auteur doit changer.
practices-return-empty-status = La pratique n’a pas été renvoyée : indiquez ce que l’auteur doit changer.
practices-returning = Renvoi en cours…
practices-returned-done = Renvoyée à l’auteur avec votre commentaire. Son statut est désormais « { $status } ».
practices-not-returned = La pratique n’a pas été renvoyée

## The form (views/practice-form.js)
practices-form-edit-title = Modifier une pratique
practices-form-new-title = Décrire une bonne pratique
practices-form-sign-in-edit = modifier une pratique
practices-form-sign-in-new = proposer une pratique
practices-form-not-allowed = Votre compte ne peut pas modifier cette pratique pour le moment. Son auteur et sa ville peuvent la modifier tant qu’elle est à l’état de brouillon ou renvoyée ; le secrétariat de son réseau, à tout moment.
practices-form-back = Retour à la pratique
practices-form-title = Titre
practices-form-title-hint = Un nom court pour ce qui a été fait.
practices-form-choose-country = Choisir un pays
practices-form-country = Pays
practices-form-country-hint = Pour une pratique nationale ou régionale, sans ville.
practices-form-city = Ville
practices-form-city-chosen = Ville choisie
practices-form-city-hint = Saisissez une partie du nom, puis choisissez dans la liste. Laissez vide pour une pratique nationale ou régionale.
practices-form-countries-failed = La liste des pays n’a pas pu être chargée : { $error }
practices-form-none = Aucun
practices-form-network-hint = Le réseau auquel elle est soumise : son secrétariat la relit et la publie.
practices-form-orgs-chosen = Organisations choisies
practices-form-orgs-hint = Les organisations qui la portent : saisissez une partie d’un nom et choisissez ; recommencez pour chacune.
practices-form-period-placeholder = p. ex. 2019 - en cours
practices-form-period = Période
practices-form-period-hint = Comme vous l’écririez : 2019 - en cours, depuis 2014, 2015-2017. Les années en sont déduites si vous les laissez vides.
practices-form-start = Année de début
practices-form-start-hint = AAAA, si la période ne l’indique pas
practices-form-end = Année de fin
practices-form-end-hint = AAAA
practices-form-ongoing = En cours
practices-form-ongoing-hint = Pas encore d’année de fin
practices-form-still-going = Toujours en cours
practices-form-not-stated = Non précisée
practices-form-language = Langue du texte
practices-form-contact-name = Nom
practices-form-contact-email = Courriel
practices-form-save-changes = Enregistrer les modifications
practices-form-save-draft = Enregistrer comme brouillon
practices-form-where-who = Où et qui
practices-form-description = Description
practices-form-description-hint = Les sections du modèle. Écrivez ce que vous savez ; les sections vides sont omises. Laissez une ligne vide entre les paragraphes.
practices-form-contact-hint = Réservé au secrétariat : jamais publié.
practices-form-lead-edit = Modifiez ce qui doit l’être, puis enregistrez.
practices-form-lead-new = Décrivez ce qui a été fait en suivant les sections du modèle. La pratique est enregistrée comme brouillon, visible seulement par vous, votre ville et le secrétariat du réseau ; soumettez-la ensuite à relecture.
practices-form-template-offer = { $link } pour la rédiger d’abord hors ligne.
practices-form-city-from-list = Choisissez la ville dans la liste, ou laissez le champ vide.
practices-form-not-saved-because = La pratique n’a pas été enregistrée : { $reason }
practices-form-saving = Enregistrement…
practices-form-years-read = Années déduites de la période : { $years }.
practices-form-no-year-read = Aucune année n’a pu être déduite de la période : indiquez les années lors de la prochaine modification.
practices-form-saved-changes = Modifications enregistrées.
practices-form-saved-draft = Enregistrée comme brouillon. Soumettez-la à relecture quand elle sera prête.
practices-form-not-saved = La pratique n’a pas été enregistrée

## a thematic group a practice is tagged to
practices-form-group = Groupe thématique
practices-form-group-hint = Le groupe thématique du réseau dont elle relève : une fois publiée, elle figure sur la page du groupe.
