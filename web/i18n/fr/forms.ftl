# forms: the forms' own words (web/js/forms.js, web/js/schema-form.js);
# their fields' labels come from the API (see web/js/i18n.js)

# $what: what the form does, after "Sign in to" ("add a partnership")
forms-sign-in-to = Connectez-vous pour { $what }. La consultation du registre ne nécessite pas de compte.
forms-topics = Thèmes
forms-topics-hint = Cochez les thèmes dont traite la fiche ; ouvrez un groupe pour voir ses thèmes.
forms-topics-failed = Les thèmes n’ont pas pu être chargés ({ $message }).
forms-topics-chosen = { $count ->
    [one] ({ $count } choisi)
   *[other] ({ $count } choisis)
}
forms-date-hint = AAAA, AAAA-MM ou AAAA-MM-JJ
forms-from-to = De { $min } à { $max }.
forms-choose = Choisir…
forms-choose-network = Choisir un réseau
forms-choose-country = Choisir un pays
forms-none = Aucun
forms-not-known = Inconnu
# $title: the field's label
forms-choices-failed = Les choix de « { $title } » n’ont pas pu être chargés : { $message }
forms-type-one = Saisissez une partie du nom, puis choisissez dans la liste.
forms-type-each = Saisissez une partie d’un nom et choisissez dans la liste ; recommencez pour chacun.
# the chosen records of a field ($title: its label), e.g. "Organisations chosen"
forms-chosen-many = { $title } : sélection
# $title: the field's label, in lower case ("Chosen city")
forms-chosen-one = Sélection ({ $title })
forms-pending-many = Choisissez « { $text } » dans la liste, ou effacez le texte.
forms-pending-one = Choisissez un nom dans la liste, ou videz le champ.
forms-save = Enregistrer
forms-cancel = Annuler
forms-delete = Supprimer
forms-saving = Enregistrement…
forms-nothing-to-save = Rien à enregistrer : aucun champ n’a été modifié.
# $action: the step, in lower case ("sign")
forms-step-not-done = Non effectué ({ $action })
forms-no-schema = Le document de l’API ne décrit pas { $schema }.
forms-yes = oui
forms-no = non
# the topic schemes, named in the forms' groups of topics
forms-scheme-icc = Cités interculturelles
forms-scheme-wego = Domaines thématiques de WeGO
forms-scheme-sdg = Objectifs de développement durable de l’ONU
forms-words-hint = Séparez-les par des virgules.
forms-item-n = { $title } { $n }
forms-add-item = Ajouter : { $title }
forms-remove-item = Retirer : { $title }
