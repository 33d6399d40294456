"""Red-flag precision on answers that reject, defer or warn, round 21 (flags34h): classes of
reading in general English, each with probes of our own both ways (none copied from an answer
or a snippet; written before the fixtures were read).

- sufficiency denied: an answer that says an offline win is "not enough", "not sufficient on
  its own", "can't be the only reason", "only a first gate", "necessary but not sufficient",
  "doesn't justify a launch by itself" states the right choice (no launch on offline metrics
  alone); it does not rely on it. "That's enough to ship", said plainly, still does.
- a test set kept at its natural rate: "evaluate on the untouched natural-rate data", "the
  test set stays at the real class balance", "downsample only training, score on the real
  mix" is the right choice, not an evaluation on a resampled set. Resampling the test set, or
  resampling before the split, still raises the flag.
- a harm of too much or too little (grading/commitment.py `_harm_done`): the mistake as the
  subject of a verb of an amount with "over-"/"under-" ("a point forecast plans to the mean
  and under-staffs the peaks"), also after "and", says what it does, not what we do.
- a note's one-word verdict "never" (grading/negation/deferrals.py): "- X: never." refuses X
  as "X: no." did.
- undone by "un-" (grading/right_forms.py `kept_natural`): "the real, un-downsampled traffic",
  "un-resampled holdout data" leave the test set as it is.
- verdicts and weighings (grading/commitment.py `_judged_after`, grading/right_forms.py,
  grading/flags.py): "X - never;" closing its element (not "- never a spam folder", what the
  design lacks); "X is hardly a reason / no grounds to ship" (not "no reason to wait");
  a lead-in that grants and denies ("Things that look reasonable but aren't:"; not "Cheap but
  not free:"); "X would be a great feature, but ..." weighs X and leaves it, unless the turn
  takes it anyway ("but we'd still use it").
- struck out (grading/negation/crosses.py): markdown's "~~X~~" refuses X as a cross mark
  does, and its close ends the refusal (grading/flags.py `_own_clause_after`); a bracketed
  verdict with its reason, "X (no: 99.9% trivially)", refuses X as "X (no)" did
  (grading/negation/deferrals.py).
- the right choice approved (grading/flags.py `_described`): "batch training nightly is
  fine", "a daily batch for the feature tables is good enough" states the right choice (a
  plain approval after "is", no turn in its clause), where "an A/B test on ETAs is slow"
  judges it and states nothing.
- a consequence of its own (grading/flags.py `_on_its_own`): across ", so", a clause that
  takes what it needs from a source it names, with no word pointing back ("..., so I'd draw
  negatives from explicit skips"), does not complete the cause's words into the mistake;
  "..., so we take them as negatives" and "... from the unwatched ones" still do.
- one use granted, another denied (grading/right_forms.py `granted_another_use`): "X is
  fine for the sanity dashboard, not as the success metric", "X might be acceptable for a
  quick prototype, never for the launch model"; when the use granted holds the flag's words
  ("accuracy is fine as the success metric, not as a debugging aid") the mistake is made.
- non-native verdicts (grading/negation/cues.py): "X no make sense", "X not make sense" judge
  X as "X makes no sense" does.
- kept away (grading/stance.py `_avoided`): "keep X away from the features", "X stays out of
  the inputs", "X is kept away from ..." keeps the mistake out, as "keep X out of" did.

The quiet probes that raised their flag on main at the round's start (24333a3) are marked;
the others guard the same shapes.
"""

from __future__ import annotations

import pytest

from designtrainer.loading.library import Library
from tools.flag_sentences import fires

SUFFICIENCY_QUIET: list[tuple[str, str, str]] = [
    ("recommendation", "offline-only-launch", "An offline win is not enough on its own to launch."),
    (
        "search-ranking",
        "offline-only-launch",
        "Beating the baseline offline isn't sufficient to roll the new ranker out.",
    ),
    (
        "feed-ranking",
        "offline-only-launch",
        "Offline NDCG going up can't be the only reason we ship.",
    ),
    ("ads-ctr", "offline-only-launch", "The backtest is only a first gate before any launch."),
    (
        "fraud-detection",
        "offline-only-launch",
        "Better offline recall doesn't justify a launch by itself.",
    ),
    (
        "notification-ranking",
        "offline-only-launch",
        "Higher offline AUC alone won't get it shipped.",
    ),
    (
        "eta-prediction",
        "offline-only-launch",
        "A lower MAE on the held-out trips is necessary but not sufficient for a launch.",
    ),
    # fired on main
    ("query-autocomplete", "offline-only-launch", "offline gains: not enough to deploy"),
    (
        "spam-detection",
        "offline-only-launch",
        "offline metric better is not enough for launch, need to see it on real users",
    ),
    (
        "harmful-content",
        "offline-only-launch",
        "Improved precision on the test set is never sufficient by itself to deploy.",
    ),
    (
        "demand-forecasting",
        "offline-only-launch",
        "A better backtest is not enough reason to replace the current forecast.",
    ),
    (
        "visual-search",
        "offline-only-launch",
        "Recall at k going up offline is not by itself a reason to ship.",
    ),
    (
        "people-you-may-know",
        "offline-only-launch",
        "I wouldn't treat a better offline AUC as enough to launch.",
    ),
    (
        "rag-assistant",
        "offline-only-launch",
        "Good scores on the golden set are only the first gate, not the launch decision.",
    ),
    (
        "recommendation",
        "offline-only-launch",
        "It isn't just about beating the baseline offline before we roll it out.",
    ),
    # fired on main
    (
        "search-ranking",
        "offline-only-launch",
        "Offline NDCG improving is insufficient grounds to ship.",
    ),
]

SUFFICIENCY_MADE: list[tuple[str, str, str]] = [
    (
        "recommendation",
        "offline-only-launch",
        "If the offline recall beats the baseline, that's enough to ship it.",
    ),
    (
        "search-ranking",
        "offline-only-launch",
        "Once offline NDCG goes up we launch it to everyone.",
    ),
    (
        "fraud-detection",
        "offline-only-launch",
        "Offline recall improving is sufficient for us to deploy.",
    ),
    ("ads-ctr", "offline-only-launch", "Beating the holdout AUC is enough, then we roll out."),
    ("eta-prediction", "offline-only-launch", "The backtest alone is enough to launch."),
    (
        "feed-ranking",
        "offline-only-launch",
        "A better offline NDCG is a good enough reason to ship.",
    ),
    (
        "notification-ranking",
        "offline-only-launch",
        "offline auc up -> ship it",
    ),
    (
        "harmful-content",
        "offline-only-launch",
        "If precision on the test set is better, we deploy the new model.",
    ),
    (
        "query-autocomplete",
        "offline-only-launch",
        "Offline gains are all we need to deploy.",
    ),
    (
        "demand-forecasting",
        "offline-only-launch",
        "When the backtest WAPE is lower than the current forecast we replace it.",
    ),
]

NATURAL_QUIET: list[tuple[str, str, str]] = [
    (
        "fraud-detection",
        "resampled-test-set",
        "We downsample negatives for training only and evaluate on the untouched data at "
        "its natural rate.",
    ),
    # fired on main
    ("spam-detection", "resampled-test-set", "The test set is left at the real class balance."),
    (
        "harmful-content",
        "resampled-test-set",
        "Downsample only the training data; score the model on the real mix.",
    ),
    (
        "ads-ctr",
        "resampled-test-set",
        "Balanced batches for training, but the validation set keeps the true base rate.",
    ),
    (
        "fraud-detection",
        "resampled-test-set",
        "The eval set stays at the natural 0.1% positive rate and is never rebalanced.",
    ),
    (
        "spam-detection",
        "resampled-test-set",
        "We never resample the holdout: it has the same class mix as production.",
    ),
    (
        "harmful-content",
        "resampled-test-set",
        "I'd oversample violating posts in training; the test set keeps the prevalence we "
        "see in production.",
    ),
    (
        "fraud-detection",
        "resampled-test-set",
        "Keep the holdout unsampled so precision reflects reality, even though the training "
        "set is downsampled 1:10.",
    ),
    ("ads-ctr", "resampled-test-set", "test data at natural ratio, train downsampled"),
    (
        "spam-detection",
        "resampled-test-set",
        "for test we keep the real proportion, the downsampling is only in training",
    ),
    (
        "recommendation",
        "resampled-test-set",
        "Negatives are sampled for training, but evaluation runs on the full, unsampled "
        "impressions of the test week.",
    ),
    (
        "notification-ranking",
        "resampled-test-set",
        "The evaluation set isn't rebalanced; it mirrors what users actually receive.",
    ),
    (
        "people-you-may-know",
        "resampled-test-set",
        "Train on sampled negatives, but measure on the held-out week as it really happened, "
        "with every non-connection left in.",
    ),
    (
        "feed-ranking",
        "resampled-test-set",
        "Evaluation stays on the real distribution of impressions, not the downsampled one.",
    ),
    (
        "fraud-detection",
        "resampled-test-set",
        "Resampling touches the training split only; precision and recall are measured on "
        "data with the real fraud rate.",
    ),
    (
        "spam-detection",
        "resampled-test-set",
        "Don't balance the test set: report precision at the true spam rate.",
    ),
]

NATURAL_MADE: list[tuple[str, str, str]] = [
    (
        "fraud-detection",
        "resampled-test-set",
        "We downsample legit transactions to 1:1 and evaluate on that same balanced set.",
    ),
    (
        "spam-detection",
        "resampled-test-set",
        "The test set is rebalanced to 50/50 so the metrics are easier to read.",
    ),
    (
        "harmful-content",
        "resampled-test-set",
        "I'd oversample the violating posts in both train and test.",
    ),
    (
        "ads-ctr",
        "resampled-test-set",
        "Downsample the non-clicks first, then split into train and test.",
    ),
    (
        "fraud-detection",
        "resampled-test-set",
        "Evaluate precision and recall on the balanced validation set.",
    ),
    (
        "spam-detection",
        "resampled-test-set",
        "Keep the real class balance in training, but balance the test set 50/50.",
    ),
    (
        "fraud-detection",
        "resampled-test-set",
        "eval: downsampled 1:1 holdout, report PR-AUC",
    ),
    (
        "harmful-content",
        "resampled-test-set",
        "The validation data is undersampled the same way as training, to keep things consistent.",
    ),
]


MORE_SUFFICIENCY_QUIET: list[tuple[str, str, str]] = [
    (
        "recommendation",
        "offline-only-launch",
        "Offline numbers are a necessary condition for shipping, not a sufficient one.",
    ),
    (
        "search-ranking",
        "offline-only-launch",
        "A win on the holdout tells us it's worth an experiment, not that it's ready to ship.",
    ),
    (
        "feed-ranking",
        "offline-only-launch",
        "Offline AUC improving is a prerequisite to launch, not a green light.",
    ),
    (
        "ads-ctr",
        "offline-only-launch",
        "Even a big offline lift wouldn't be enough for me to roll out.",
    ),
    (
        "fraud-detection",
        "offline-only-launch",
        "We can't rely on a better backtest alone to deploy.",
    ),
    # fired on main
    (
        "notification-ranking",
        "offline-only-launch",
        "offline beats baseline -> still not enough to launch",
    ),
    (
        "eta-prediction",
        "offline-only-launch",
        "Offline improvement is just the entry ticket; launching needs more than that.",
    ),
    # fired on main
    (
        "harmful-content",
        "offline-only-launch",
        "More than a better offline score is needed to launch.",
    ),
    ("query-autocomplete", "offline-only-launch", "Offline wins alone don't decide the launch."),
    (
        "spam-detection",
        "offline-only-launch",
        "offline metrics r not enuf to ship, we must check online",
    ),
    (
        "demand-forecasting",
        "offline-only-launch",
        "Backtest improvements are not a sufficient condition to replace the forecast.",
    ),
    (
        "visual-search",
        "offline-only-launch",
        "Better recall at k on the test set is not the whole story for a launch.",
    ),
    ("recommendation", "offline-only-launch", "An offline gain is not, by itself, enough to ship."),
    (
        "search-ranking",
        "offline-only-launch",
        "Offline NDCG is not the only bar we need to clear before shipping.",
    ),
    (
        "feed-ranking",
        "offline-only-launch",
        "Offline metrics going up should never be the sole reason to roll out.",
    ),
    (
        "ads-ctr",
        "offline-only-launch",
        "Beating the baseline on held-out logs isn't all it takes to launch.",
    ),
]

MORE_NATURAL_QUIET: list[tuple[str, str, str]] = [
    (
        "fraud-detection",
        "resampled-test-set",
        "Score the test split as-is, with the real imbalance.",
    ),
    (
        "spam-detection",
        "resampled-test-set",
        "Holdout: natural distribution (0.2% spam), no resampling.",
    ),
    ("harmful-content", "resampled-test-set", "We evaluate on data that has not been downsampled."),
    ("ads-ctr", "resampled-test-set", "The test set keeps its original proportions."),
    (
        "fraud-detection",
        "resampled-test-set",
        "Only the training set is balanced; the holdout is kept as it comes.",
    ),
    ("spam-detection", "resampled-test-set", "validation at the real rate (not 50/50)"),
    ("harmful-content", "resampled-test-set", "test set = real traffic mix, train set downsampled"),
    (
        "fraud-detection",
        "resampled-test-set",
        "The downsampling is applied after the split and only to the training part.",
    ),
    (
        "spam-detection",
        "resampled-test-set",
        "I'd leave the test set imbalanced, as production is.",
    ),
    (
        "ads-ctr",
        "resampled-test-set",
        "Never balance the eval data; it must look like real traffic.",
    ),
    (
        "fraud-detection",
        "resampled-test-set",
        "Downsample the legit class in training, while the test set stays at the real 0.1% "
        "fraud rate.",
    ),
    (
        "spam-detection",
        "resampled-test-set",
        "Train on a 1:3 downsample, test on the untouched natural distribution.",
    ),
    (
        "harmful-content",
        "resampled-test-set",
        "The evaluation set is not resampled; it keeps real prevalence.",
    ),
    (
        "fraud-detection",
        "resampled-test-set",
        "Balanced training data is fine, but evaluation happens at the natural fraud rate.",
    ),
]

MORE_SUFFICIENCY_MADE: list[tuple[str, str, str]] = [
    (
        "recommendation",
        "offline-only-launch",
        "If recall at k beats the baseline offline, that's sufficient and we ship.",
    ),
    (
        "feed-ranking",
        "offline-only-launch",
        "Offline NDCG going up is the only thing we need before we ship.",
    ),
    ("search-ranking", "offline-only-launch", "The offline win is the only gate before launch."),
    (
        "fraud-detection",
        "offline-only-launch",
        "A higher offline PR-AUC is enough on its own to deploy.",
    ),
]

MORE_NATURAL_MADE: list[tuple[str, str, str]] = [
    (
        "spam-detection",
        "resampled-test-set",
        "Balance the test set to 50/50 and report precision there.",
    ),
    (
        "fraud-detection",
        "resampled-test-set",
        "We evaluate on the downsampled data, not the natural distribution.",
    ),
]

KEPT_AWAY_QUIET: list[tuple[str, str, str]] = [
    # fired on main
    (
        "fraud-detection",
        "future-leakage",
        "I would keep the chargeback outcome well away from the features; it is the label.",
    ),
    # fired on main
    ("fraud-detection", "future-leakage", "Keep the dispute outcome away from the feature set."),
    # fired on main
    ("fraud-detection", "future-leakage", "The chargeback flag stays out of the model's inputs."),
    # fired on main
    ("fraud-detection", "future-leakage", "The dispute status is kept away from the features."),
    (
        "fraud-detection",
        "future-leakage",
        "I would keep the chargeback outcome out of the features.",
    ),
]

KEPT_AWAY_MADE: list[tuple[str, str, str]] = [
    ("fraud-detection", "future-leakage", "We keep the chargeback flag as a feature."),
    (
        "fraud-detection",
        "future-leakage",
        "We use the chargeback flag as a feature and keep the raw PAN out of the logs.",
    ),
    ("fraud-detection", "future-leakage", "Feature: chargeback flag; it stays in the model."),
]


AMISS_QUIET: list[tuple[str, str, str]] = [
    # fired on main
    (
        "demand-forecasting",
        "point-forecast-only",
        "A point forecast plans to the average and overstaffs every quiet morning.",
    ),
    # fired on main
    (
        "demand-forecasting",
        "point-forecast-only",
        "Planning to a point forecast under-staffs the peaks.",
    ),
    # fired on main
    (
        "demand-forecasting",
        "point-forecast-only",
        "A point forecast plans to the mean and understaffs Friday nights.",
    ),
]

AMISS_MADE: list[tuple[str, str, str]] = [
    ("demand-forecasting", "point-forecast-only", "We plan to the point forecast."),
    (
        "demand-forecasting",
        "point-forecast-only",
        "Ops plan to a point forecast and it over-staffs some mornings, which we accept.",
    ),
]

NEVER_QUIET: list[tuple[str, str, str]] = [
    # fired on main
    ("spam-detection", "random-split", "- Shuffle all mail and split 80/20: never."),
    # fired on main
    ("fraud-detection", "accuracy-as-metric", "- Accuracy as the headline metric: never."),
    # fired on main
    ("recommendation", "random-split", "- random k-fold over all interactions: never"),
]

NEVER_MADE: list[tuple[str, str, str]] = [
    ("spam-detection", "random-split", "- Shuffle all mail and split 80/20: always."),
    ("fraud-detection", "accuracy-as-metric", "- Metric: accuracy, never anything fancier."),
]

UNDONE_QUIET: list[tuple[str, str, str]] = [
    # fired on main
    ("fraud-detection", "resampled-test-set", "Evaluation runs on un-resampled holdout data."),
    (
        "spam-detection",
        "resampled-test-set",
        "The holdout is the untouched, un-downsampled last week.",
    ),
    # fired on main
    (
        "harmful-content",
        "resampled-test-set",
        "The test set is the real, un-rebalanced traffic of the last month.",
    ),
]

UNDONE_MADE: list[tuple[str, str, str]] = [
    ("spam-detection", "resampled-test-set", "The holdout is downsampled like training."),
]


VERDICT_QUIET: list[tuple[str, str, str]] = [
    # fired on main
    ("spam-detection", "silent-deletion", "deleting silently - never; spam folder only"),
    # fired on main
    ("fraud-detection", "accuracy-as-metric", "accuracy as the headline - never; PR-AUC instead"),
    # fired on main
    (
        "rag-assistant",
        "offline-only-launch",
        "Golden-set scores going up is hardly a reason to ship.",
    ),
    (
        "recommendation",
        "offline-only-launch",
        "A recall bump on the holdout is no grounds for a launch.",
    ),
    # fired on main
    (
        "fraud-detection",
        "random-split",
        "Things that look reasonable but aren't:\n1. Shuffling all transactions and splitting "
        "80/20.\n2. Reporting accuracy.",
    ),
    (
        "spam-detection",
        "random-split",
        "Ideas that sound good yet don't hold up:\n- a random split of all mail\n- SMOTE",
    ),
    # fired on main
    (
        "fraud-detection",
        "future-leakage",
        "The chargeback status would be a great feature, but it's the label.",
    ),
    (
        "eta-prediction",
        "future-leakage",
        "The actual pickup time would make a strong input, yet nobody knows it at order time.",
    ),
]

VERDICT_MADE: list[tuple[str, str, str]] = [
    ("spam-detection", "silent-deletion", "we delete silently - never a spam folder"),
    ("spam-detection", "silent-deletion", "We delete it silently - never any notice to the user."),
    (
        "search-ranking",
        "offline-only-launch",
        "If offline NDCG goes up, that's reason enough to ship.",
    ),
    ("feed-ranking", "offline-only-launch", "Offline AUC up is all the reason we need to launch."),
    (
        "spam-detection",
        "random-split",
        "Simple but effective choices:\n- a random split of all mail\n- logistic regression",
    ),
    (
        "fraud-detection",
        "accuracy-as-metric",
        "Cheap but not free:\n- accuracy as the headline metric\n- nightly retrain",
    ),
    (
        "fraud-detection",
        "future-leakage",
        "The chargeback status would be a great feature, but we'd still use it.",
    ),
    (
        "fraud-detection",
        "future-leakage",
        "The chargeback status would be a great feature, and we use it.",
    ),
]


STRUCK_QUIET: list[tuple[str, str, str]] = [
    # fired on main
    ("fraud-detection", "random-split", "- ~~random 80/20 split~~ -> by month"),
    ("fraud-detection", "random-split", "- split: ~~random~~ time-based"),
    ("fraud-detection", "accuracy-as-metric", "- ~~accuracy~~ PR-AUC"),
    # fired on main
    (
        "spam-detection",
        "resampled-test-set",
        "- ~~evaluate on the 1:1 downsampled set~~ natural rate",
    ),
    (
        "recommendation",
        "offline-only-launch",
        "- ~~ship when offline recall@k beats prod~~ A/B first",
    ),
    # fired on main
    ("fraud-detection", "accuracy-as-metric", "- metric: PR-AUC, accuracy (no: 99.9% trivially)"),
    # fired on main
    ("spam-detection", "random-split", "- split: time-based; random 80/20 (no, campaigns repeat)"),
    (
        "fraud-detection",
        "threshold-at-half",
        "- threshold: cost-based, 0.5 (no: arbitrary at 0.1% base rate)",
    ),
]

STRUCK_MADE: list[tuple[str, str, str]] = [
    ("fraud-detection", "random-split", "- ~~split by month~~ random 80/20 split"),
    ("fraud-detection", "accuracy-as-metric", "- metric: ~~PR-AUC~~ accuracy"),
    ("fraud-detection", "accuracy-as-metric", "- metric: accuracy (yes: simple to explain)"),
    (
        "spam-detection",
        "random-split",
        "- split: random 80/20 (no time leakage here, mail is independent)",
    ),
]


APPROVED_QUIET: list[tuple[str, str, str]] = [
    (
        "fraud-detection",
        "batch-scoring-inline",
        "Retraining in a nightly batch job is fine; scoring itself happens per transaction.",
    ),
    (
        "eta-prediction",
        "stale-batch-eta",
        "Recomputing the historical averages nightly is OK; the ETA itself is predicted per "
        "request.",
    ),
    # fired on main
    ("eta-prediction", "stale-batch-eta", "A daily batch for the feature tables is good enough."),
]

APPROVED_MADE: list[tuple[str, str, str]] = [
    (
        "eta-prediction",
        "stale-batch-eta",
        "Retraining nightly is fine, but ETAs are precomputed in a nightly batch job.",
    ),
    (
        "eta-prediction",
        "stale-batch-eta",
        "We precompute ETAs in a nightly batch; retraining is fine too.",
    ),
    (
        "fraud-detection",
        "batch-scoring-inline",
        "Retraining is fine in theory, but in practice we score transactions in a nightly batch.",
    ),
]


OWN_CONSEQUENCE_QUIET: list[tuple[str, str, str]] = [
    # fired on main
    (
        "recommendation",
        "unobserved-as-negative",
        "Unwatched items are usually unseen rather than disliked, so I'd draw negatives from "
        "explicit skips.",
    ),
    (
        "search-ranking",
        "unobserved-as-negative",
        "Unclicked results are often just unseen, so we take negatives from results above the "
        "last click.",
    ),
]

OWN_CONSEQUENCE_MADE: list[tuple[str, str, str]] = [
    (
        "search-ranking",
        "unobserved-as-negative",
        "Unclicked results are irrelevant, so we take them as negatives.",
    ),
    (
        "recommendation",
        "unobserved-as-negative",
        "Unwatched videos are mostly uninteresting, so negatives come from the unwatched ones.",
    ),
]


ANOTHER_USE_QUIET: list[tuple[str, str, str]] = [
    # fired on main
    (
        "fraud-detection",
        "random-split",
        "A random split might be acceptable for a quick prototype, never for the launch model.",
    ),
    # fired on main
    (
        "fraud-detection",
        "accuracy-as-metric",
        "Accuracy is fine for the sanity dashboard, not as the success metric.",
    ),
]

ANOTHER_USE_MADE: list[tuple[str, str, str]] = [
    (
        "spam-detection",
        "random-split",
        "A random split would be fine for a first prototype, so that's what we use.",
    ),
    (
        "fraud-detection",
        "accuracy-as-metric",
        "Accuracy is fine as the success metric, not as a debugging aid.",
    ),
    ("fraud-detection", "accuracy-as-metric", "Accuracy is fine for v1."),
]


NON_NATIVE_QUIET: list[tuple[str, str, str]] = [
    # fired on main
    ("recommendation", "random-split", "random split no make sense for this data with time"),
    ("spam-detection", "accuracy-as-metric", "accuracy not make sense here, the spam is too rare"),
]

NON_NATIVE_MADE: list[tuple[str, str, str]] = [
    ("recommendation", "random-split", "random split, it make sense for us"),
]


QUIET = [
    *SUFFICIENCY_QUIET,
    *NATURAL_QUIET,
    *MORE_SUFFICIENCY_QUIET,
    *MORE_NATURAL_QUIET,
    *KEPT_AWAY_QUIET,
    *AMISS_QUIET,
    *NEVER_QUIET,
    *UNDONE_QUIET,
    *VERDICT_QUIET,
    *STRUCK_QUIET,
    *APPROVED_QUIET,
    *OWN_CONSEQUENCE_QUIET,
    *ANOTHER_USE_QUIET,
    *NON_NATIVE_QUIET,
]
MADE = [
    *SUFFICIENCY_MADE,
    *NATURAL_MADE,
    *MORE_SUFFICIENCY_MADE,
    *MORE_NATURAL_MADE,
    *KEPT_AWAY_MADE,
    *AMISS_MADE,
    *NEVER_MADE,
    *UNDONE_MADE,
    *VERDICT_MADE,
    *STRUCK_MADE,
    *APPROVED_MADE,
    *OWN_CONSEQUENCE_MADE,
    *ANOTHER_USE_MADE,
    *NON_NATIVE_MADE,
]


@pytest.mark.parametrize(("case_id", "flag_id", "text"), QUIET)
def test_a_right_choice_stays_quiet(
    library: Library, case_id: str, flag_id: str, text: str
) -> None:
    assert not fires(library, case_id, flag_id, text)


@pytest.mark.parametrize(("case_id", "flag_id", "text"), MADE)
def test_the_mistake_made_still_raises_the_flag(
    library: Library, case_id: str, flag_id: str, text: str
) -> None:
    assert fires(library, case_id, flag_id, text)
