# index: messages of this area (see web/js/i18n.js)

## Shared by the Index pages (views/index-shared.js, views/index-sources.js)
index-title = Index des Cités interculturelles
index-loading = Chargement…
index-colon = { $label } :
index-full-stop = .
index-list-separator = { ", " }
index-percent = { $value } %
index-status-draft = Brouillon
index-status-submitted = Soumis
index-status-published = Publié
index-status-note-draft = Brouillon : seuls le chargé des relations internationales de la ville et les administrateurs le voient. Ses rangs sont ceux qu’il aurait s’il était soumis maintenant.
index-status-note-submitted = Soumis par la ville : ses réponses sont figées et il fait partie de l’échantillon.
index-status-note-published = Un résultat tel que publié par sa source, enregistré sans les réponses qui le fondent.
index-rank-of = { $rank } sur { $of }
index-count-of = { $count } sur { $of }
index-kind-input = Politique
index-kind-fact = Fait
index-kind-impact = Impact
index-questionnaire = Le questionnaire
index-offer-label = Questionnaire : { $city }
index-offer-continue = Poursuivre le questionnaire { $round }
index-offer-start = Commencer le questionnaire { $round }
index-offer-starting = Ouverture du questionnaire…
index-offer-started = Le questionnaire { $round } est ouvert pour { $city } : les réponses sont enregistrées au fur et à mesure.
index-offer-not-started = Le questionnaire n’a pas pu être ouvert
index-offer-your-city = Vous répondez au questionnaire pour { $city }, votre ville.
index-offer-your-account = Votre compte peut répondre au questionnaire pour { $city }.
index-offer-draft-hint = Tant qu’il n’est pas soumis, le brouillon n’est visible que par vous et les administrateurs.
index-about-questionnaire = À propos du questionnaire ({ $title })
index-cities-of = Villes : { $country }
index-cities-count = { $count ->
    [one] { $count } ville
   *[other] { $count } villes
}
index-round = Année
index-rank = Rang
index-city = Ville
index-country = Pays
index-all-countries = Tous les pays
index-aggregate = Score global
index-percentile = Centile
index-indicator = Indicateur
index-not-published = non publié
index-not-ranked = non classé
index-not-known = inconnu
index-not-counted = non pris en compte
index-score-is = score { $score }
index-average-of = { $group } (moyenne)
index-answered-of = { $answered } sur { $questions } avec réponse
index-points = { $points ->
    [one] { $points } point
   *[other] { $points } points
}
index-points-of = { $points } points sur { $max }
index-cancel = Annuler

## Sources of published results (views/index-sources.js)
index-source = Source
index-source-also = { $what } (autre source)
index-source-of = { $text } (source : { $host })
index-source-names = { $count ->
    [one] source
   *[other] sources
}
index-rank-as-published = Rang publié
index-as-published = , tel que publié
index-rank-not-stated = rang non indiqué ;
index-sample-of = échantillon de { $size }
index-sample-size-as-published = Taille de l’échantillon publiée
index-aggregate-as-published = Score global publié
index-caveat = Réserve

## The results (views/index-results.js)
index-results-lead = Les villes répondent à un questionnaire sur leurs politiques interculturelles ; chaque indicateur est noté de 0 à 100, et un score global pondéré classe chaque ville parmi les autres et au sein de groupes de taille ({ $population } habitants) et de diversité ({ $share } de personnes nées à l’étranger).
index-results-only-country = Seulement les villes du pays choisi
index-results-none-yet = Aucune ville n’a encore de résultat à l’Index.
index-results-choose = Choisir les résultats
index-results-rank-within = Classer parmi
index-results-rank-within-hint = Selon : { $description }.
index-results = Résultats
index-results-failed = Les résultats n’ont pas pu être chargés : { $error }
index-results-heading = Résultats { $round } : { $group }
index-results-summary-country = { $count ->
    [one] { $count } ville
   *[other] { $count } villes
} ({ $country }), classées parmi les { $ranked } résultats avec score global que détient amity dans « { $group } » (moyenne { $average }).
index-results-summary = { $count ->
    [one] { $count } ville
   *[other] { $count } villes
} : { $ranked } classées parmi les résultats que détient amity ; score global moyen { $average }.
index-results-summary-unranked = { $count ->
    [one] { $count } ville
   *[other] { $count } villes
} : { $ranked } classées parmi les résultats que détient amity, { $unranked } publiées sans score global (listées, non classées) ; score global moyen { $average }.
index-results-not-ranked-why = Publié sans score global : amity ne peut pas le classer
index-results-result-of = Résultat de
index-results-groups = Groupes
index-results-none-here = Aucune ville de cette sélection n’a de résultat.
index-results-hint = L’échantillon d’une année comprend le dernier résultat de chaque ville jusqu’à cette année ; le rang est calculé parmi les résultats avec score global que détient amity, et le centile est la part des autres villes classées dont la ville dépasse le score. Le rang publié est celui de la source, dans l’échantillon de sa propre année (ou dans un sous-groupe qu’elle nomme) : il ne peut être comparé ni au rang d’amity, ni d’une année à l’autre.
index-results-over-200k = { $population } et plus
index-results-under-200k = moins de { $population }
index-results-over-15pct = { $share } et plus nés à l’étranger
index-results-under-15pct = moins de { $share } nés à l’étranger

## The questionnaire (views/index-respond.js)
index-respond-title = Questionnaire de l’Index
index-respond-sign-in = répondre au questionnaire de l’Index pour votre ville
index-city-n = Ville { $id }
index-respond-page-title = Questionnaire de l’Index : { $city } { $round }
index-respond-heading = Questionnaire de l’Index : { $city }, { $round }
index-respond-note-draft = Brouillon : seuls le chargé des relations internationales de la ville et les administrateurs le voient.
index-respond-note-submitted = Soumis : les réponses sont figées et le résultat fait partie de l’échantillon.
index-respond-lead = Choisissez une réponse pour chaque question ; une note et un lien vers une source l’étayent. Vos réponses sont enregistrées au fur et à mesure, et le serveur recalcule les scores à chaque enregistrement. Une question sans réponse compte 0 point. Une fois terminé, soumettez le questionnaire : les réponses sont alors figées.
index-respond-may-not-change = Votre compte ne peut pas modifier ces réponses.
index-respond-frozen = Ces réponses ont été soumises et ne peuvent plus changer.
index-respond-see-report = Voir le rapport
index-respond-save = Enregistrer les réponses
index-respond-submit = Soumettre…
index-respond-progress = Avancement et score
index-respond-completeness = Avancement
index-respond-score-so-far = Score provisoire
index-respond-about-city = À propos de la ville
index-respond-about-city-hint = Ces données placent la ville dans les groupes de taille et de diversité auxquels elle est comparée ; elles ne rapportent pas de points.
index-respond-unit = En { $unit }.
index-respond-range = De { $min } à { $max }.
index-respond-open-all = Ouvrir toutes les sections
index-respond-close-all = Fermer toutes les sections
index-respond-indicators = Les indicateurs
index-respond-optional-tag = facultatif
index-respond-weight = Pondération { $weight } dans le score global.
index-respond-optional-hint = Facultatif : il n’est pris en compte que si au moins une de ses questions a une réponse.
index-respond-clear = Effacer la réponse
index-respond-kind-hint-input = ce que fait la ville
index-respond-kind-hint-fact = un fait mesuré
index-respond-kind-hint-impact = ce qui a changé pour les habitants
index-respond-evidence-note = Note justificative
index-respond-evidence-link = Lien justificatif
index-respond-optional = (facultatif)
index-respond-enter-number = Saisissez un nombre.
index-respond-choose-answer = Choisissez une réponse à laquelle rattacher le justificatif.
index-respond-some-not-saved = Certaines réponses ne sont pas enregistrées : voyez les messages à côté d’elles.
index-respond-some-were-not-saved = Certaines réponses n’ont pas été enregistrées : voyez les messages à côté d’elles.
index-respond-all-saved = Toutes les réponses sont enregistrées.
index-respond-all-saved-at = Toutes les réponses sont enregistrées ({ $time }).
index-respond-saving = Enregistrement…
index-respond-already-submitted = Ces réponses ne peuvent plus changer : le questionnaire a été soumis.
index-respond-not-saved-status = Les réponses n’ont pas été enregistrées : { $error }
index-respond-not-saved = Non enregistré : { $error }
index-respond-saved = Les réponses sont enregistrées.
index-respond-completeness-text = { $answered } questions sur { $questions } avec réponse ({ $share })
index-respond-submit-now = Soumettre maintenant
index-respond-confirm-title = Soumettre le questionnaire { $round } pour { $city } ?
index-respond-confirm-text = Une fois soumises, les réponses sont figées : elles ne peuvent plus changer, et le résultat rejoint l’échantillon dans lequel les villes sont classées.
index-respond-confirm-left = { $count ->
    [one] { $count } question est sans réponse : elle compte 0 point.
   *[other] { $count } questions sont sans réponse : elles comptent 0 point.
}
index-respond-submitting = Soumission…
index-respond-not-submitted-saving = Non soumis : certaines réponses n’ont pas pu être enregistrées ; voyez les messages à côté d’elles.
index-respond-submitted = Soumis : le questionnaire { $round } pour { $city } est figé et fait partie des résultats.
index-respond-not-submitted = Non soumis : { $error }

## A city's report (views/index-report.js)
index-report-no-such-city = Cette ville n’existe pas.
index-report-comparison-left-out = Le groupe de comparaison a été écarté : { $error }
index-report-title = { $city } : Index des Cités interculturelles { $round }
index-report-title-no-round = { $city } : Index des Cités interculturelles
index-report-result = Résultat
index-report-status = Statut
index-report-rank-not-stated = non indiqué par les sources
index-report-rank-amity = Rang parmi les résultats que détient amity
index-report-rank-all = Rang parmi toutes les villes
index-report-change-since = Évolution depuis { $round }
index-report-questions-answered = Questions avec réponse
index-report-questionnaire = Questionnaire
index-report-print = Imprimer / enregistrer en PDF
index-report-continue = Poursuivre le questionnaire
index-report-see-answers = Voir les réponses soumises
index-report-rounds = Années
index-report-ranks = Rangs
index-report-ranks-hint = L’échantillon d’une année comprend le dernier résultat de chaque ville jusqu’à cette année. Le centile est la part des autres villes du groupe dont la ville dépasse le score.
index-report-group = Groupe
index-report-not-ranked-no-aggregate = non classé (pas de score global)
index-report-not-in-group = hors de ce groupe
index-report-cities = Villes
index-report-group-average = Moyenne du groupe
index-report-ranks-caption = Rangs en { $round } : { $city }
index-report-ranks-hint-published = Ces rangs sont calculés parmi les résultats avec score global que détient amity. Un rang publié est celui de la source, dans l’échantillon de son année (ou le sous-groupe qu’elle nomme) : il ne peut être comparé ni à ceux-ci, ni d’une année à l’autre.
index-report-source-words = Selon les termes de la source
index-report-ranks-as-published = Rangs publiés
index-report-profile = Profil
index-report-no-profile = Ce résultat a été publié sans scores par indicateur : il n’y a pas de profil à tracer.
index-report-radar-label = Graphique radar des scores par indicateur (de 0 à 100) pour { $city }, comparés à : { $others }. Les valeurs figurent dans le tableau « Scores par indicateur ».
index-report-no-other-city = aucune autre ville
index-report-radar-caption = Chaque branche est un indicateur, de 0 au centre à 100 au bord. Les mêmes valeurs figurent dans le tableau ci-dessous.
index-report-too-few-radar = Trop peu d’indicateurs pour un graphique radar.
index-report-scores-by-indicator = Scores par indicateur
index-report-bars-label = Graphique en barres des scores par indicateur pour { $city }, avec la moyenne d’un groupe. Les valeurs figurent dans le tableau qui le suit.
index-report-compare-average = Comparer avec la moyenne de
index-report-bars-compare = Les barres sont maintenant comparées à : { $group }.
index-report-bars-compare-nothing = Les barres ne sont plus comparées à aucun groupe.
index-report-all-cities-average = Toutes les villes (moyenne)
index-report-indicators-caption = Scores par indicateur en { $round }, de 0 à 100 : { $city }
index-report-line-label = Graphique linéaire du score global par année pour { $city } : { $values }.
index-report-progress = Évolution d’une année à l’autre
index-report-published-result = Résultat publié
index-report-progress-caption = Score global par année : { $city }
index-report-city-aggregate = { $city } : score global
index-report-average-paren = (moyenne { $score })
index-report-extremes = Indicateurs les plus forts et les plus faibles
index-report-strongest = Les plus forts
index-report-weakest = Les plus faibles
index-report-none = Aucun.
index-report-too-few-weakest = Trop peu d’indicateurs pour distinguer les plus faibles des plus forts.
index-report-amity-not-ranked = { $count ->
    [one] non classé : publié sans score global (amity détient { $count } résultat qui en a un pour { $round })
   *[other] non classé : publié sans score global (amity détient { $count } résultats qui en ont un pour { $round })
}
index-report-amity-rank = { $count ->
    [one] { $rank } résultat que détient amity pour { $round }
   *[other] { $rank } résultats que détient amity pour { $round }
}
index-figure-aggregate = le score global
index-figure-rank = le rang
index-figure-sample-size = la taille de l’échantillon
index-figure-population = la population
index-figure-foreign-born-pct = la part de personnes nées à l’étranger
index-figure-over-200k = le groupe de taille
index-figure-over-15pct = le groupe de diversité
index-figure-published-rank = les rangs en toutes lettres
index-report-not-published-not-ranked = non publié : amity ne classe pas ce résultat
index-report-sample-ranked-in = Échantillon du classement
index-report-population-published = Population publiée
index-report-born-abroad-published = Personnes nées à l’étranger, selon la publication
index-report-ranks-source-words = Rangs, selon les termes de la source
index-report-indicator-published = { $indicator } (score d’indicateur publié)
index-report-sources = { $count ->
    [one] Source
   *[other] Sources
}
index-report-states = indique : { $figures }
index-report-indicator-score = score « { $indicator } »
index-report-nothing-recorded = rien d’enregistré
index-report-none-choice = Aucun
index-report-add-groups = Ajouter des groupes de comparaison
index-report-compare-country = Comparer avec les villes d’un pays
index-report-compare-network = Comparer avec les membres d’un réseau
index-report-compare = Comparer
index-report-computation = Comment les scores sont calculés
index-report-computation-published = Ce résultat est tel qu’il a été publié, sans les réponses qui le fondent : ses scores ne peuvent pas être rattachés ici à des questions et à des points. Chaque valeur ci-dessous renvoie aux sources qui l’indiquent.
index-report-computation-how = La réponse à chaque question rapporte des points. Le score d’un indicateur est la somme de ses points divisée par le maximum que ses questions peuvent rapporter, multipliée par 100 ; une question sans réponse compte 0 point. Les indicateurs facultatifs ne sont pris en compte que si au moins une de leurs questions a une réponse. Le score global est la moyenne des indicateurs pris en compte, chacun pondéré par son poids.
index-report-formula = Score global = Σ (poids × score) ÷ Σ poids = { $points } ÷ { $weights } =
index-report-composite-of = (moyenne pondérée de { $indicators }).
index-report-context = Contexte
index-report-population = { $population } habitants ({ $group })
index-report-or-more = { $value } ou plus
index-report-under = moins de { $value }
index-report-population-not-given = population non renseignée (celle du répertoire géographique est utilisée si elle est connue)
index-report-context-separator = { " ; " }
index-report-born-abroad = { $share } de personnes nées à l’étranger ({ $group })
index-report-born-abroad-not-given = part de personnes nées à l’étranger non renseignée
index-report-context-end = . Ces données placent la ville dans les groupes de taille et de diversité.
index-report-points = Points
index-report-answered = Réponses
index-report-weight = Poids
index-report-score = Score
index-report-not-counted-optional = non pris en compte (facultatif, sans réponse)
index-report-weight-times-score = Poids × score
index-report-computation-caption = Scores par indicateur à partir des points, avec les poids
index-report-answers-behind = Les réponses derrière chaque indicateur
index-report-not-answered = Sans réponse : { $points } point sur { $max }.
index-report-answer = Réponse
index-report-evidence = Justificatif
index-report-link = Lien
index-report-trace-sum = { $points } points sur { $max }, { $answered } questions sur { $questions } avec réponse, poids { $weight } →
index-report-no-questions = Aucune question.
index-report-no-result-round = { $city } n’a pas de résultat à l’Index pour { $round }.
index-report-no-result = { $city } n’a encore aucun résultat à l’Index.
index-report-see-others = Voir les résultats des autres villes
index-report-expert-reports = Rapports des experts du réseau
index-report-expert-report-untitled = Rapport
