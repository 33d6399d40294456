"""Red-flag precision by class of reading (round 18, flags29p): probe sentences of our own,
one pair per reading, each a warning or a use of the words in another sense that must stay
quiet and, beside it, the same mistake committed that must still raise its flag.

Each QUIET probe raised its flag on main at the round's start (dd63407); the readings that
quiet them are general English in grading/commitment.py and grading/flags.py, found on the
`avoids` snippets of tests/fixtures/flag-sentences (24 of 610 fired at the start). None is
copied from a snippet or an answer.
"""

from __future__ import annotations

import pytest

from designtrainer.loading.library import Library
from tools.flag_sentences import fires

QUIET: list[tuple[str, str, str]] = [
    # other people's designs, by a quantifier: "some designs ...", "many would ..."
    (
        "search-ranking",
        "no-fallback",
        "Many systems have no degraded mode at all; ours keeps a cached ranking for outages.",
    ),
    (
        "rag-assistant",
        "no-fallback",
        "Most products just show an error when the model provider times out, which we want "
        "to beat.",
    ),
    (
        "feed-ranking",
        "engagement-only-objective",
        "Many would optimise the ranker for clicks alone; I'd weigh in hides and reports.",
    ),
    # told apart from something else, or called another thing
    (
        "fraud-detection",
        "accuracy-as-metric",
        "Precision at the review threshold is what we report, which is different from accuracy.",
    ),
    (
        "spam-detection",
        "random-split",
        "Splitting by sender is a different question from a random split of messages.",
    ),
    (
        "search-ranking",
        "unobserved-as-negative",
        "The raters let us distinguish not-relevant from not-seen results.",
    ),
    (
        "spam-detection",
        "resampled-test-set",
        "Resampling the test set to put error bars on the false positive rate is a different "
        "thing.",
    ),
    # granted for another use, then set against the design
    (
        "fraud-detection",
        "random-split",
        "A random split is fine for tuning hyperparameters on one week, but the test set comes "
        "from the following month.",
    ),
    (
        "recommendation",
        "accuracy-as-metric",
        "Accuracy is fine as a sanity check on the genre classifier, but the recommender is "
        "judged on recall@k.",
    ),
    # a refusal supposed, or opened on and judged
    (
        "notification-ranking",
        "no-volume-limit",
        "Without a daily cap, one eager model can send a user forty pushes, which is unacceptable.",
    ),
    (
        "search-ranking",
        "no-fallback",
        "If we skip the fallback we get a blank results page on every ranker outage.",
    ),
    # what it makes things look like, others' practice or rule, a restriction
    (
        "fraud-detection",
        "random-split",
        "A random split of the transactions makes the model look much better than it is.",
    ),
    (
        "demand-forecasting",
        "point-forecast-only",
        "Staffing to a single number is what the planners do today; we hand them a quantile.",
    ),
    (
        "spam-detection",
        "humans-read-mail",
        "Having reviewers read inbox mail is exactly what the privacy rules forbid.",
    ),
    (
        "fraud-detection",
        "accuracy-as-metric",
        "Analyst accuracy only makes sense measured on a double-labelled sample of cases.",
    ),
    # the right choice stated as the gate: "only if <it> is good" sets it, no verdict on it
    (
        "feed-ranking",
        "offline-only-launch",
        "Roll out only if online engagement is up, offline is a sanity check.",
    ),
    (
        "ads-ctr",
        "offline-only-launch",
        "Launch only if online revenue is up, offline is just a screen.",
    ),
    # "positives"/"negatives" as kinds of error, not labels
    (
        "harmful-content",
        "reports-as-ground-truth",
        "We watch false positives on satire and news reporting in each language.",
    ),
    (
        "spam-detection",
        "unobserved-as-negative",
        "We count false negatives among messages nobody reported.",
    ),
    # a story of a former system, or in the past perfect
    (
        "spam-detection",
        "unobserved-as-negative",
        "In the old system, unreported messages were labelled ham.",
    ),
    (
        "fraud-detection",
        "random-split",
        "In the postmortem we found the model had been validated on a random split.",
    ),
    # a note's verdict after "=", a failure after the mistake
    ("spam-detection", "unobserved-as-negative", "Unreported mail as ham = label noise."),
    (
        "fraud-detection",
        "random-split",
        "Random splits look great offline and fall apart in production.",
    ),
    # a refusal judged, or told with what it brings
    ("ads-ctr", "no-fallback", "No fallback is not an option at 150k QPS."),
    (
        "ads-ctr",
        "no-fallback",
        "A model outage with no fallback means no ads and no revenue.",
    ),
    # an item under a label that names its items as what could go wrong
    (
        "fraud-detection",
        "random-split",
        "Risks:\n- random split leakage across fraud rings\n- label delay",
    ),
    # the mistake left behind: moved from, migrated off, retired
    ("fraud-detection", "random-split", "We move from a random split to a time-based one."),
    ("eta-prediction", "stale-batch-eta", "We retire the nightly ETA precompute in phase one."),
    (
        "eta-prediction",
        "stale-batch-eta",
        "Migrating off the nightly ETA batch job is the first milestone.",
    ),
    # a candidate under an option's label that the answer does not take
    (
        "fraud-detection",
        "random-split",
        "Option A: a random 80/20 split. Option B: train on months 1-5, test on month 6. "
        "We choose B.",
    ),
    (
        "fraud-detection",
        "random-split",
        "Option 1: random split of transactions. Option 2: time split. Option 2, because fraud "
        "drifts.",
    ),
    # what a deed would do through a phrasal verb; a second predicate that judges it
    (
        "harmful-content",
        "fully-automated-removal",
        "Removing everything above a score with no human in the loop would take down news "
        "footage and counter-speech.",
    ),
    (
        "eta-prediction",
        "stale-batch-eta",
        "Precomputing every ETA overnight sounds cheap, and is how the old app showed 20-minute "
        "errors at lunch.",
    ),
    # what someone else asks for
    (
        "notification-ranking",
        "no-volume-limit",
        "Growth will ask us to remove the cap; the opt-out data says no.",
    ),
    (
        "fraud-detection",
        "random-split",
        "The data team asked for a random split of transactions to get more test data.",
    ),
    # a verdict negated in other words; a restriction to a case
    ("fraud-detection", "random-split", "A random split of transactions is less than ideal here."),
    (
        "fraud-detection",
        "random-split",
        "A random split is only valid when rows are independent, which transactions of one "
        "card are not.",
    ),
    # a refusal of a kind of something else, or of a part with the rest kept
    (
        "ads-ctr",
        "no-fallback",
        "No fallback bids are used for new advertisers; their campaigns start with a minimum bid.",
    ),
    (
        "eta-prediction",
        "no-fallback",
        "There is no fallback problem for the feature store because the formula ETA is always "
        "available.",
    ),
    (
        "notification-ranking",
        "no-volume-limit",
        "We don't need a cap for password resets; everything else counts against the daily budget.",
    ),
]

COMMITTED: list[tuple[str, str, str]] = [
    ("search-ranking", "no-fallback", "Our system has no degraded mode at all."),
    ("rag-assistant", "no-fallback", "When the model provider times out, we just show an error."),
    ("feed-ranking", "engagement-only-objective", "We'll optimise the ranker for clicks."),
    ("fraud-detection", "accuracy-as-metric", "We report accuracy as the headline number."),
    ("spam-detection", "random-split", "We'll split the messages randomly, 80/20."),
    (
        "search-ranking",
        "unobserved-as-negative",
        "Results that were not seen are treated as not relevant.",
    ),
    ("spam-detection", "resampled-test-set", "We resample the test set to half spam, half ham."),
    (
        "fraud-detection",
        "random-split",
        "A random split is fine because transactions are independent.",
    ),
    (
        "recommendation",
        "accuracy-as-metric",
        "Accuracy is fine for now, but we may add more metrics later.",
    ),
    (
        "notification-ranking",
        "no-volume-limit",
        "We don't need a daily cap; the model decides how many to send.",
    ),
    ("search-ranking", "no-fallback", "We skip the fallback to keep the serving path simple."),
    (
        "fraud-detection",
        "random-split",
        "A random split of the transactions gives us the test set.",
    ),
    (
        "demand-forecasting",
        "point-forecast-only",
        "The mean forecast is what ops need to staff each zone-hour.",
    ),
    ("spam-detection", "humans-read-mail", "Reviewers read a sample of inbox mail to label it."),
    ("fraud-detection", "accuracy-as-metric", "Accuracy is the number we track on the holdout."),
    (
        "feed-ranking",
        "offline-only-launch",
        "Ship the new ranker once offline NDCG beats the baseline.",
    ),
    (
        "ads-ctr",
        "offline-only-launch",
        "We launch the new model once offline log loss beats production.",
    ),
    (
        "harmful-content",
        "reports-as-ground-truth",
        "Posts users reported are the positives we train on.",
    ),
    ("spam-detection", "unobserved-as-negative", "Messages nobody reported are the negatives."),
    ("spam-detection", "unobserved-as-negative", "Unreported messages are labelled ham."),
    ("fraud-detection", "random-split", "We validate the model on a random split."),
    ("spam-detection", "unobserved-as-negative", "Labels: unreported mail = ham."),
    ("fraud-detection", "random-split", "Random splits are what we use offline."),
    ("ads-ctr", "no-fallback", "No fallback: the model serves every request."),
    ("ads-ctr", "no-fallback", "We run with no fallback, which keeps serving simple."),
    ("fraud-detection", "random-split", "Risk model:\n- random split of the transactions, 80/20"),
    ("fraud-detection", "random-split", "We switch to a random split of the transactions."),
    ("eta-prediction", "stale-batch-eta", "We precompute ETAs nightly for every route."),
    (
        "fraud-detection",
        "random-split",
        "We switch from the rules engine to a model trained on a random split of transactions.",
    ),
    (
        "fraud-detection",
        "random-split",
        "Option A: a random 80/20 split. Option B: train on months 1-5, test on month 6. "
        "We choose A.",
    ),
    (
        "fraud-detection",
        "random-split",
        "Option 1: random split of transactions. Option 2: time split. Option 1, because it is "
        "simpler.",
    ),
    (
        "harmful-content",
        "fully-automated-removal",
        "We take down everything above the threshold with no human in the loop.",
    ),
    (
        "eta-prediction",
        "stale-batch-eta",
        "We precompute every ETA overnight, and the app reads them from a table.",
    ),
    ("notification-ranking", "no-volume-limit", "We remove the cap and let the model decide."),
    (
        "fraud-detection",
        "random-split",
        "We asked for a random split of transactions to get more test data.",
    ),
    ("fraud-detection", "random-split", "A random split of transactions is ideal here."),
    (
        "spam-detection",
        "unobserved-as-negative",
        "In the current design, unreported messages are labelled ham.",
    ),
    (
        "feed-ranking",
        "offline-only-launch",
        "When the A/B test is too slow, we ship on an offline NDCG win.",
    ),
    ("fraud-detection", "random-split", "A random split is valid because rows are independent."),
    ("ads-ctr", "no-fallback", "No fallback is used for the model; the request fails."),
    ("notification-ranking", "no-volume-limit", "We don't need a cap for pushes."),
]


@pytest.mark.parametrize(("case_id", "flag_id", "text"), QUIET)
def test_a_warning_or_another_sense_stays_quiet(
    library: Library, case_id: str, flag_id: str, text: str
) -> None:
    assert not fires(library, case_id, flag_id, text)


@pytest.mark.parametrize(("case_id", "flag_id", "text"), COMMITTED)
def test_the_committed_mistake_still_raises_its_flag(
    library: Library, case_id: str, flag_id: str, text: str
) -> None:
    assert fires(library, case_id, flag_id, text)
