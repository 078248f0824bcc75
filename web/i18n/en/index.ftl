# index: messages of this area (see web/js/i18n.js)

## Shared by the Index pages (views/index-shared.js, views/index-sources.js)
index-title = Intercultural Cities Index
index-loading = Loading…
# a label before what it names: "Source: …" (the space after it is added)
index-colon = { $label }:
index-full-stop = .
index-list-separator = { ", " }
# $value: a number, a share in per cent
index-percent = { $value }%
index-status-draft = Draft
index-status-submitted = Submitted
index-status-published = Published
index-status-note-draft = A draft: only the city's officer and the administrators see it. Its ranks are what they would be if it were submitted now.
index-status-note-submitted = Submitted by the city: its answers are frozen and it is part of the sample.
index-status-note-published = A result as published by its source, recorded without the answers behind it.
# a rank: "3 of 10"
index-rank-of = { $rank } of { $of }
# a count: "5 of 12" (questions, points)
index-count-of = { $count } of { $of }
# the kinds of question
index-kind-input = Policy
index-kind-fact = Fact
index-kind-impact = Impact
index-questionnaire = The questionnaire
index-offer-label = The questionnaire of { $city }
# $round: a year
index-offer-continue = Continue the questionnaire for { $round }
index-offer-start = Start the questionnaire for { $round }
index-offer-starting = Starting the questionnaire…
index-offer-started = The questionnaire of { $city } for { $round } is started: answers are saved as you go.
index-offer-not-started = The questionnaire was not started
index-offer-your-city = You answer the questionnaire for { $city }, your city.
index-offer-your-account = Your account may answer the questionnaire for { $city }.
index-offer-draft-hint = A draft is seen only by you and the administrators until it is submitted.
index-about-questionnaire = About the questionnaire ({ $title })
index-cities-of = Cities of { $country }
index-cities-count = { $count ->
    [one] { $count } city
   *[other] { $count } cities
}
index-round = Round
index-rank = Rank
index-city = City
index-country = Country
index-all-countries = All countries
index-aggregate = Aggregate
index-percentile = Percentile
index-indicator = Indicator
index-not-published = not published
index-not-ranked = not ranked
index-not-known = not known
index-not-counted = not counted
index-score-is = score { $score }
# a group's average: "All cities (average)"
index-average-of = { $group } (average)
index-answered-of = { $answered } of { $questions } answered
index-points = { $points ->
    [one] { $points } point
   *[other] { $points } points
}
index-points-of = { $points } of { $max } points
index-cancel = Cancel

## Sources of published results (views/index-sources.js)
index-source = Source
index-source-also = { $what } (also)
# the name of a link to a source, for screen readers
index-source-of = { $text } (source: { $host })
# before the names of the sources: "sources a.org, b.org"
index-source-names = { $count ->
    [one] source
   *[other] sources
}
index-rank-as-published = Rank as published
# after a rank as published: "17th of 93, as published"
index-as-published = , as published
index-rank-not-stated = rank not stated;
index-sample-of = sample of { $size }
index-sample-size-as-published = Sample size as published
index-aggregate-as-published = Aggregate as published
index-caveat = Caveat

## The results (views/index-results.js)
# $population: 200,000; $share: 15%
index-results-lead = Cities answer a questionnaire on their intercultural policies; each indicator scores 0 to 100, and a weighted aggregate ranks each city among the others and in groups of size ({ $population } inhabitants) and diversity ({ $share } born abroad).
index-results-only-country = Only the chosen country's cities
index-results-none-yet = No city has an Index result yet.
index-results-choose = Choose the results
index-results-rank-within = Rank within
# $description: what the groups are, as the server says it
index-results-rank-within-hint = By { $description }.
index-results = Results
index-results-failed = The results could not be loaded: { $error }
# $round: a year; $group: the group ranked in
index-results-heading = Results { $round }: { $group }
index-results-summary-country = { $count ->
    [one] { $count } city
   *[other] { $count } cities
} of { $country }, ranked among the { $ranked } results amity holds with an aggregate in “{ $group }” (average { $average }).
index-results-summary = { $count ->
    [one] { $count } city
   *[other] { $count } cities
}: { $ranked } ranked among the results amity holds; average aggregate { $average }.
index-results-summary-unranked = { $count ->
    [one] { $count } city
   *[other] { $count } cities
}: { $ranked } ranked among the results amity holds, { $unranked } published without an aggregate (listed, not ranked); average aggregate { $average }.
index-results-not-ranked-why = Published without an aggregate: amity cannot rank it
index-results-result-of = Result of
index-results-groups = Groups
index-results-none-here = No city in this selection has a result.
index-results-hint = A round's sample is each city's latest result up to that round; the rank is among the results amity holds with an aggregate, and the percentile the share of the other cities ranked that a city scores above. The rank as published is the source's, in the sample of its own year (or a subgroup the source names): it cannot be compared with amity's rank, nor across years.
# $population: 200,000
index-results-over-200k = { $population }+
index-results-under-200k = under { $population }
# $share: 15%
index-results-over-15pct = { $share }+ born abroad
index-results-under-15pct = under { $share } born abroad

## The questionnaire (views/index-respond.js)
index-respond-title = Index questionnaire
# completes "Sign in to …"
index-respond-sign-in = answer the Index questionnaire for your city
index-city-n = City { $id }
index-respond-page-title = Index questionnaire: { $city } { $round }
index-respond-heading = Index questionnaire: { $city }, { $round }
index-respond-note-draft = A draft: only the city's officer and the administrators see it.
index-respond-note-submitted = Submitted: the answers are frozen, and the result is part of the sample.
index-respond-lead = Choose one answer for each question; a note and a link to a source back it up. Your answers are saved as you go, and the scores are worked out by the server with each save. Questions left unanswered count 0 points. When you are done, submit: the answers are then frozen.
index-respond-may-not-change = Your account may not change these answers.
index-respond-frozen = These answers were submitted and can no longer change.
index-respond-see-report = See the report
index-respond-save = Save answers
index-respond-submit = Submit…
index-respond-progress = Progress and score
index-respond-completeness = Completeness
index-respond-score-so-far = Score so far
index-respond-about-city = About the city
index-respond-about-city-hint = These place the city in the size and diversity groups it is compared with; they do not score.
# $unit: as the questionnaire names it
index-respond-unit = In { $unit }.
index-respond-range = From { $min } to { $max }.
index-respond-open-all = Open all sections
index-respond-close-all = Close all sections
index-respond-indicators = The indicators
index-respond-optional-tag = optional
index-respond-weight = Weight { $weight } in the aggregate.
index-respond-optional-hint = Optional: it counts only if at least one of its questions is answered.
index-respond-clear = Clear the answer
# what each kind of question asks about, for screen readers
index-respond-kind-hint-input = what the city does
index-respond-kind-hint-fact = a measured fact
index-respond-kind-hint-impact = what changed for people
index-respond-evidence-note = Evidence note
index-respond-evidence-link = Evidence link
index-respond-optional = (optional)
index-respond-enter-number = Enter a number.
index-respond-choose-answer = Choose an answer to go with the evidence.
index-respond-some-not-saved = Some answers are not saved: see the messages next to them.
index-respond-some-were-not-saved = Some answers were not saved: see the messages next to them.
index-respond-all-saved = All answers are saved.
# $time: the time of day of the last save
index-respond-all-saved-at = All answers are saved ({ $time }).
index-respond-saving = Saving…
index-respond-already-submitted = These answers can no longer change: the questionnaire has been submitted.
index-respond-not-saved-status = The answers were not saved: { $error }
index-respond-not-saved = Not saved: { $error }
index-respond-saved = The answers are saved.
# $share: a share in per cent, "45%"
index-respond-completeness-text = { $answered } of { $questions } questions answered ({ $share })
index-respond-submit-now = Submit now
index-respond-confirm-title = Submit the questionnaire of { $city } for { $round }?
index-respond-confirm-text = Once submitted, the answers are frozen: they can no longer change, and the result joins the sample that cities are ranked in.
index-respond-confirm-left = { $count ->
    [one] { $count } question is not answered: it counts 0 points.
   *[other] { $count } questions are not answered: they count 0 points.
}
index-respond-submitting = Submitting…
index-respond-not-submitted-saving = Not submitted: some answers could not be saved; see the messages next to them.
index-respond-submitted = Submitted: the questionnaire of { $city } for { $round } is frozen and part of the results.
index-respond-not-submitted = Not submitted: { $error }

## A city's report (views/index-report.js)
index-report-no-such-city = There is no such city.
index-report-comparison-left-out = The comparison group was left out: { $error }
# $round: a year
index-report-title = { $city }: Intercultural Cities Index { $round }
index-report-title-no-round = { $city }: Intercultural Cities Index
index-report-result = Result
index-report-status = Status
index-report-rank-not-stated = not stated by the sources
index-report-rank-amity = Rank among the results amity holds
index-report-rank-all = Rank among all cities
index-report-change-since = Change since { $round }
index-report-questions-answered = Questions answered
index-report-questionnaire = Questionnaire
index-report-print = Print / save as PDF
index-report-continue = Continue the questionnaire
index-report-see-answers = See the answers as submitted
index-report-rounds = Rounds
index-report-ranks = Ranks
index-report-ranks-hint = The sample of a round is each city's latest result up to it. The percentile is the share of the other cities of the group that the city scores above.
index-report-group = Group
index-report-not-ranked-no-aggregate = not ranked (no aggregate)
index-report-not-in-group = not in this group
index-report-cities = Cities
index-report-group-average = Group average
index-report-ranks-caption = Ranks of { $city } in { $round }
index-report-ranks-hint-published = These ranks are among the results amity holds with an aggregate. A published rank is the source's, in the sample of its year (or the subgroup it names): it cannot be compared with these, nor across years.
index-report-source-words = As the source words it
index-report-ranks-as-published = Ranks as published
index-report-profile = Profile
index-report-no-profile = This result was published without indicator scores: there is no profile to draw.
# $others: the groups compared with, as a list
index-report-radar-label = Radar chart of the indicator scores of { $city } (0 to 100) against { $others }. The numbers are in the table “Scores by indicator”.
index-report-no-other-city = no other city
index-report-radar-caption = Each spoke is an indicator, from 0 at the centre to 100 at the edge. The same numbers are in the table below.
index-report-too-few-radar = Too few indicators for a radar chart.
index-report-scores-by-indicator = Scores by indicator
index-report-bars-label = Bar chart of the score of { $city } in each indicator, with a group's average. The numbers are in the table below it.
index-report-compare-average = Compare with the average of
index-report-bars-compare = The bars now compare with: { $group }.
index-report-bars-compare-nothing = The bars now compare with: nothing.
index-report-all-cities-average = All cities (average)
index-report-indicators-caption = Indicator scores of { $city } in { $round }, 0 to 100
# $values: "2016: 50.0, 2017: 60.0"
index-report-line-label = Line chart of the aggregate of { $city } by round: { $values }.
index-report-progress = Progress over rounds
index-report-published-result = Published result
index-report-progress-caption = Aggregate of { $city } by round
index-report-city-aggregate = { $city }: aggregate
index-report-average-paren = (average { $score })
index-report-extremes = Strongest and weakest indicators
index-report-strongest = Strongest
index-report-weakest = Weakest
index-report-none = None.
index-report-too-few-weakest = Too few indicators to name the weakest apart from the strongest.
# $count: the results amity holds with an aggregate; $round: a year
index-report-amity-not-ranked = { $count ->
    [one] not ranked: published without an aggregate (amity holds { $count } result with one for { $round })
   *[other] not ranked: published without an aggregate (amity holds { $count } results with one for { $round })
}
# $rank: "5 of 11"; $count: 11
index-report-amity-rank = { $count ->
    [one] { $rank } result amity holds for { $round }
   *[other] { $rank } results amity holds for { $round }
}
# what a source states
index-figure-aggregate = the aggregate
index-figure-rank = the rank
index-figure-sample-size = the sample size
index-figure-population = the population
index-figure-foreign-born-pct = the share born abroad
index-figure-over-200k = the size group
index-figure-over-15pct = the diversity group
index-figure-published-rank = the ranks in words
index-report-not-published-not-ranked = not published: amity does not rank this result
index-report-sample-ranked-in = Sample it was ranked in
index-report-population-published = Population as published
index-report-born-abroad-published = Born abroad, as published
index-report-ranks-source-words = Ranks, as the source words them
index-report-indicator-published = { $indicator } (indicator score as published)
index-report-sources = { $count ->
    [one] Source
   *[other] Sources
}
# $figures: a list of what a source states
index-report-states = states: { $figures }
index-report-indicator-score = { $indicator } score
index-report-nothing-recorded = nothing recorded
index-report-none-choice = None
index-report-add-groups = Add comparison groups
index-report-compare-country = Compare with the cities of a country
index-report-compare-network = Compare with the members of a network
index-report-compare = Compare
index-report-computation = How the scores are computed
index-report-computation-published = This is a result as it was published, without the answers behind it: its scores cannot be traced here to questions and points. Each figure below links to the sources that state it.
index-report-computation-how = Each question's answer gives points. An indicator scores its points divided by the most points its questions can give, times 100; a question not answered counts 0 points. Optional indicators count only where at least one of their questions is answered. The aggregate is the mean of the counted indicators, each weighted by its weight.
# $points: the sum of weight × score; $weights: the sum of the weights
index-report-formula = Aggregate = Σ (weight × score) ÷ Σ weight = { $points } ÷ { $weights } =
# $indicators: a list of indicators
index-report-composite-of = (the weighted mean of { $indicators }).
index-report-context = Context
# $group: "200,000 or more"
index-report-population = { $population } inhabitants ({ $group })
index-report-or-more = { $value } or more
index-report-under = under { $value }
index-report-population-not-given = population not given (the gazetteer's is used where known)
index-report-context-separator = { "; " }
# $share: "18.5%"; $group: "15% or more"
index-report-born-abroad = { $share } born abroad ({ $group })
index-report-born-abroad-not-given = share born abroad not given
index-report-context-end = . These place the city in the size and diversity groups.
index-report-points = Points
index-report-answered = Answered
index-report-weight = Weight
index-report-score = Score
index-report-not-counted-optional = not counted (optional, not answered)
index-report-weight-times-score = Weight × score
index-report-computation-caption = Indicator scores from points, with weights
index-report-answers-behind = The answers behind each indicator
index-report-not-answered = Not answered: { $points } of { $max } points.
index-report-answer = Answer
index-report-evidence = Evidence
index-report-link = Link
index-report-trace-sum = { $points } of { $max } points, { $answered } of { $questions } answered, weight { $weight } →
index-report-no-questions = No questions.
index-report-no-result-round = { $city } has no Index result for { $round }.
index-report-no-result = { $city } has no Index result yet.
index-report-see-others = See the results of the other cities
index-report-expert-reports = Reports of the network's experts
index-report-expert-report-untitled = Report
