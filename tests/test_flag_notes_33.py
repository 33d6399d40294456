"""Red-flag precision on notes, round 20 (flags33t): the grammar of a note decides whether it
makes a mistake or rules it out, read by class, each with probes of our own both ways (none
copied from an answer or a snippet).

- a cross mark (grading/negation/crosses.py): "✗", "✘", "❌", "✕" before an element of a
  note line, or closing one, refuses it; a bare "x" opening a line or bullet does too. An
  element ends at the next mark (a tick included), an arrow, a semicolon, the line's end, a
  turn ("but", "instead"), or a comma after the crossed option's bracketed reason. After a
  refusal, an arrow or such a comma opens what the note takes instead (grading/flags.py
  `_own_clause_after`), unless the arrow's side points back ("-> optimising those = ...").
- where a measure is read, in notes (grading/commitment.py `_operating_point`): "@" for
  "at" ("recall @ review capacity"), and after an operating point (a measure with a figure,
  or read at one: "precision 95%", "recall at 95% precision") the object of "for" or a
  bracket ("(auto-remove)") names what the point serves: a number reported, not a design.
- a second complement contrasted (grading/negation/clauses.py `_complement_contrasted`):
  "S is A ..., not something I'd ..." says what S is not; the afterthought judges the
  subject before the copula, not the first complement and what describes it ("checked
  against the survey"). Without a copula ("A fallback path, not something we need") it
  still judges the whole.
- a former thing's story (grading/stance.py `_former_thing_told`): "an earlier attempt I saw
  trained on ...", "the prior model reported ...", "last year's model was judged on ...":
  a thing of an earlier time as the subject, told with a past verb, is a lesson, not the
  design. The time word alone names parts of designs too ("last year's posts are the test
  set", "the prior-free ranker is evaluated by ..."), so a present verb keeps the flag.
- a note's verdict of fault (grading/commitment.py `_FAULTS`): after a colon or a dash, a
  word of fault closing the element ("random split: leaky", "accuracy: misleading", "open
  rate only: short-sighted", "0.5 threshold: arbitrary" — or before a preposition or reason:
  "broken for time data") judges what it follows; before a noun it describes one ("leaky
  features dropped first").
- a menu and its pick (grading/commitment.py `_menu_picked_otherwise`): "A vs B" then a
  pick after a colon, a question mark or an arrow ("time-based vs random split: time-based",
  "0.5 cutoff vs cost curve → cost curve"): when the pick shares more words with the side
  without the mistake, the mistake was weighed and dropped. (A pick of the mistake's side is
  not yet read as a choice, before or after this change: "PR-AUC vs accuracy: accuracy".)
- a course traded for resorting to something (grading/flags.py `_to_a_destination`): a
  remedy's verb refused by "instead of" / "rather than" with where it resorts to right after
  it ("... instead of falling back to a member-level split") weighs two courses; it refuses
  no remedy as such ("we retry instead of falling back" still raises no-fallback).

The quiet probes that raised their flag on int19 (67b29f5) are marked; the others guard the
same shapes.
"""

from __future__ import annotations

import pytest

from designtrainer.loading.library import Library
from tools.flag_sentences import fires

CROSSED_QUIET: list[tuple[str, str, str]] = [
    # fired on int19
    ("ads-ctr", "random-split", "- ✗ split: random 80/20 of all impressions"),
    # fired on int19
    ("ads-ctr", "random-split", "- split: ✗ random 80/20 of all impressions"),
    # fired on int19
    ("ads-ctr", "random-split", "- random 80/20 split of all impressions ✗"),
    # fired on int19
    ("ads-ctr", "accuracy-as-metric", "- ❌ metric: accuracy on the test set"),
    # fired on int19
    ("ads-ctr", "accuracy-as-metric", "- metric: log loss; ❌ accuracy on the test set"),
    # fired on int19
    ("fraud-detection", "accuracy-as-metric", "- eval: ✘ accuracy on held-out txns"),
    # fired on int19
    (
        "fraud-detection",
        "accuracy-as-metric",
        "- eval: accuracy on held-out txns ✘ (99.9% by saying legit)",
    ),
    # fired on int19
    ("fraud-detection", "resampled-test-set", "- ✗ eval on a 50/50 downsampled test set"),
    # fired on int19
    ("spam-detection", "random-split", "- x shuffle all mail, 80/20 train/test"),
    # fired on int19
    ("spam-detection", "random-split", "- X random 80/20 split of all mail"),
    # fired on int19
    ("recommendation", "offline-only-launch", "- ✗ ship if offline recall@k goes up"),
    # fired on int19
    ("search-ranking", "offline-only-launch", "- launch when offline NDCG beats prod ✗"),
    ("demand-forecasting", "mape-on-sparse-series", "- ✗ MAPE per store-SKU (blows up on zeros)"),
    # fired on int19
    ("fraud-detection", "threshold-at-half", "- ✗ block if score > 0.5"),
    (
        "notification-ranking",
        "engagement-only-objective",
        "- objective: ✗ maximise open rate, ✓ incremental opens",
    ),
    # fired on int19
    ("people-you-may-know", "random-split", "- ❌ random 90/10 split of edges"),
    # fired on int19
    ("eta-prediction", "random-split", "- ✕ k-fold CV over shuffled trips"),
    # fired on int19
    ("query-autocomplete", "accuracy-as-metric", "- metric: accuracy of top suggestion ❌"),
    # fired on int19
    ("visual-search", "accuracy-as-metric", "- ✗ eval: accuracy on test queries"),
    # fired on int19
    (
        "harmful-content",
        "accuracy-as-metric",
        "- ✗ accuracy (99% clean), ✗ eval on balanced resampled set",
    ),
    # fired on int19
    ("harmful-content", "accuracy-as-metric", "✗ accuracy as the headline metric"),
    # fired on int19
    ("fraud-detection", "threshold-at-half", "- default 0.5 threshold ✗ → cost curve"),
    ("ads-ctr", "random-split", "- random 80/20 split ✘ → split by day"),
]

CROSSED_MADE: list[tuple[str, str, str]] = [
    ("ads-ctr", "random-split", "- ✓ split: random 80/20 of all impressions"),
    ("ads-ctr", "random-split", "- ✗ time split (too few days) → random 80/20 of all impressions"),
    ("ads-ctr", "accuracy-as-metric", "- metric: accuracy on the test set ✓, ✗ log loss"),
    (
        "fraud-detection",
        "accuracy-as-metric",
        "- ✗ PR-AUC (hard to explain); eval: accuracy on held-out txns",
    ),
    (
        "spam-detection",
        "random-split",
        "- split: random 80/20 of all mail (✗ time-based: too little history)",
    ),
    (
        "recommendation",
        "offline-only-launch",
        "- ✗ A/B test (slow), ship if offline recall@k goes up",
    ),
    (
        "search-ranking",
        "offline-only-launch",
        "- launch when offline NDCG beats prod, ✗ online test",
    ),
    (
        "people-you-may-know",
        "random-split",
        "- random 90/10 split of edges, 3 x faster than by time",
    ),
    ("eta-prediction", "random-split", "- k-fold CV over shuffled trips; x-val 5 folds"),
    ("notification-ranking", "engagement-only-objective", "- objective: maximise open rate ✔"),
    (
        "harmful-content",
        "accuracy-as-metric",
        "- accuracy as the headline metric; ✗ per-category PR curves",
    ),
    (
        "query-autocomplete",
        "accuracy-as-metric",
        "- x features: prefix, locale\n- metric: accuracy of top suggestion",
    ),
    ("visual-search", "accuracy-as-metric", "- eval: accuracy on test queries ✅"),
    ("fraud-detection", "threshold-at-half", "- ✗ cost-based cutoff → block if score > 0.5"),
    ("demand-forecasting", "mape-on-sparse-series", "- metric: MAPE per store-SKU, ✗ pinball"),
    (
        "fraud-detection",
        "resampled-test-set",
        "- ✗ natural-rate test set (too few positives), eval on a 50/50 downsampled test set",
    ),
]

MEASURED_QUIET: list[tuple[str, str, str]] = [
    # fired on int19
    (
        "harmful-content",
        "fully-automated-removal",
        "- recall @ precision 95% (auto-remove) & @ review-capacity threshold",
    ),
    # fired on int19
    (
        "harmful-content",
        "fully-automated-removal",
        "- eval: recall @ the auto-removal threshold, everything per category",
    ),
    # fired on int19
    (
        "harmful-content",
        "fully-automated-removal",
        "Recall is reported at 95% precision for auto-removal and at the reviewer-capacity point.",
    ),
    # fired on int19
    (
        "harmful-content",
        "fully-automated-removal",
        "- precision 97% (auto-remove) / recall @ reviewer capacity, per language",
    ),
    # fired on int19
    (
        "harmful-content",
        "fully-automated-removal",
        "- report recall at 98% precision for automatic removal, everything"
        " else to review capacity",
    ),
    (
        "harmful-content",
        "fully-automated-removal",
        "- PR per category; recall @ 95% precision (auto-removal); recall @ review capacity",
    ),
    # fired on int19
    (
        "harmful-content",
        "fully-automated-removal",
        "- dashboards: FPR @ auto-remove cutoff, overturn rate of everything removed",
    ),
    # fired on int19
    (
        "harmful-content",
        "fully-automated-removal",
        "Offline we read recall at 99% precision for auto-removal, then at"
        " review capacity for the queue.",
    ),
    (
        "spam-detection",
        "silent-deletion",
        "- precision 99.9% (auto-delete) vs rescue rate from the spam folder",
    ),
    (
        "spam-detection",
        "silent-deletion",
        "- FPR @ auto-delete threshold, checked weekly against rescues from the spam folder",
    ),
    (
        "spam-detection",
        "silent-deletion",
        "Report recall at 99.9% precision for auto-delete, and the rescue rate"
        " from the spam folder.",
    ),
    # fired on int19
    (
        "fraud-detection",
        "threshold-at-half",
        "- recall @ a 0.5 threshold only as a sanity check; real cutoff from costs",
    ),
    (
        "visual-search",
        "brute-force-search",
        "- recall@10 vs exact search: recall @ exact search = the yardstick for ANN",
    ),
    # fired on int19
    (
        "ads-ctr",
        "random-split",
        "- log loss @ a random split point = smoke test only; real eval is next day",
    ),
    (
        "notification-ranking",
        "propensity-as-uplift",
        "- lift @ top decile of open probability, measured vs a holdout that gets nothing",
    ),
    (
        "feed-ranking",
        "chronological-only",
        "- coverage @ the chronological cutoff of the candidate pool, next to the ranked one",
    ),
]

MEASURED_MADE: list[tuple[str, str, str]] = [
    (
        "harmful-content",
        "fully-automated-removal",
        "- auto-remove everything the model flags; recall @ 95% precision",
    ),
    (
        "harmful-content",
        "fully-automated-removal",
        "- auto-remove everything above threshold, no human review; track precision 95%",
    ),
    (
        "harmful-content",
        "fully-automated-removal",
        "- actions: auto-remove all flagged posts (no review queue) → report precision @ 0.9",
    ),
    (
        "harmful-content",
        "fully-automated-removal",
        "- fully automated removal, no human review, precision for the dashboards",
    ),
    (
        "spam-detection",
        "silent-deletion",
        "- auto-delete everything above 0.9, no spam folder; precision 99% for the report",
    ),
    (
        "spam-detection",
        "silent-deletion",
        "- silently delete mail scored spam (no folder), FPR @ threshold tracked",
    ),
    ("fraud-detection", "threshold-at-half", "- block if score > 0.5, recall @ that point"),
    (
        "fraud-detection",
        "threshold-at-half",
        "- threshold 0.5 for blocking (default), precision 90% at it",
    ),
    (
        "visual-search",
        "brute-force-search",
        "- exact brute-force search over all 500M vectors per query, recall 100%",
    ),
    ("ads-ctr", "random-split", "- split: random 80/20; log loss @ the split"),
    ("feed-ranking", "chronological-only", "- rank the feed chronologically only, coverage @ 100%"),
    (
        "harmful-content",
        "fully-automated-removal",
        "- auto-remove everything (precision 95%), nobody reviews",
    ),
    ("spam-detection", "silent-deletion", "- delete spam silently, no folder, precision @ 99%"),
    (
        "harmful-content",
        "fully-automated-removal",
        "- auto-remove anything the model flags, no human review (precision 95% for the report)",
    ),
    (
        "spam-detection",
        "silent-deletion",
        "- delete spam silently above 0.9, no folder; recall @ 99.9% precision",
    ),
]


CONTRASTED_QUIET: list[tuple[str, str, str]] = [
    # fired on int19
    (
        "feed-ranking",
        "engagement-only-objective",
        "The blend weights are set by product against the satisfaction survey, not something"
        " we'd fit automatically.",
    ),
    (
        "feed-ranking",
        "engagement-only-objective",
        "Our value weights are a judgement call checked each quarter against survey answers, not"
        " something I'd hand to an optimiser.",
    ),
    # fired on int19
    (
        "feed-ranking",
        "engagement-only-objective",
        "The per-action weights were a policy choice validated on the user survey, not something"
        " we'd tune offline.",
    ),
    (
        "feed-ranking",
        "engagement-only-objective",
        "The ranking target is a mix calibrated on the survey signal, not something I'd let the"
        " model pick.",
    ),
    (
        "feed-ranking",
        "engagement-only-objective",
        "The trade-off between likes and hides is an editorial decision backed by surveys, not"
        " something we need to learn.",
    ),
    # fired on int19
    (
        "feed-ranking",
        "engagement-only-objective",
        "That weighting is a product call tied to the satisfaction survey, not something we'd"
        " optimise directly.",
    ),
    (
        "ads-ctr",
        "no-fallback",
        "The serving path is a cached fallback table refreshed hourly, not something we'd"
        " rebuild per request.",
    ),
    # fired on int19
    (
        "recommendation",
        "no-fallback",
        "The popularity list is the fallback for cold users, not something I'd personalise.",
    ),
    # fired on int19
    (
        "search-ranking",
        "no-fallback",
        "BM25 order is the fallback when the ranker times out, not something we'd tune further.",
    ),
    # fired on int19
    (
        "eta-prediction",
        "no-fallback",
        "The routing engine's estimate is our fallback on model errors, not something I'd retrain.",
    ),
    # fired on int19
    (
        "fraud-detection",
        "no-fallback",
        "The rules engine is the backup path while the model is down, not something we need to"
        " replace.",
    ),
    (
        "notification-ranking",
        "no-volume-limit",
        "The daily cap is a product rule agreed with growth, not something we'd let the model"
        " learn.",
    ),
    (
        "notification-ranking",
        "no-volume-limit",
        "Per-user caps are a hard limit set by policy, not something I'd optimise around.",
    ),
    (
        "people-you-may-know",
        "member-level-ab-ignores-interference",
        "The experiment unit is a graph cluster randomisation bucket, not something we'd"
        " shortcut with a member flip.",
    ),
    (
        "rag-assistant",
        "permissions-in-prompt",
        "Access control is ACL filtering at retrieval, not something I'd leave to the prompt.",
    ),
    (
        "recommendation",
        "score-entire-catalog",
        "The design is two stage with candidate generation up front, not something we'd skip for"
        " speed.",
    ),
    (
        "demand-forecasting",
        "orders-as-demand",
        "The training target is demand reconstruction for stocked-out hours, not something we'd"
        " skip.",
    ),
    (
        "notification-ranking",
        "propensity-as-uplift",
        "The ranking score is an uplift model against a no-send holdout, not something I'd swap"
        " for open probability.",
    ),
]

CONTRASTED_MADE: list[tuple[str, str, str]] = [
    ("ads-ctr", "no-fallback", "A fallback path, not something we need."),
    ("recommendation", "no-fallback", "A backup plan is a nice idea, not something we need."),
    ("search-ranking", "no-fallback", "- fallback ranking: not something we'd build"),
    ("eta-prediction", "no-fallback", "Fallbacks are extra plumbing, not something I'd add."),
    ("fraud-detection", "no-fallback", "A degraded mode is gold plating, not something we need."),
    (
        "feed-ranking",
        "engagement-only-objective",
        "Surveys are a distraction, not something I'd use.",
    ),
    (
        "notification-ranking",
        "propensity-as-uplift",
        "Uplift modelling is academic, not something we need.",
    ),
    (
        "people-you-may-know",
        "member-level-ab-ignores-interference",
        "Cluster randomisation is overkill, not something we'd do.",
    ),
    (
        "rag-assistant",
        "permissions-in-prompt",
        "ACL filtering at retrieval is heavy, not something I'd build.",
    ),
    (
        "recommendation",
        "score-entire-catalog",
        "A retrieval stage is extra latency, not something we need.",
    ),
    (
        "demand-forecasting",
        "orders-as-demand",
        "Censored demand is a detail, not something I'd model.",
    ),
    ("query-autocomplete", "no-fallback", "A backup path is ceremony, not something we'd build."),
    ("spam-detection", "no-fallback", "A fallback filter, not something we need."),
    ("harmful-content", "no-fallback", "Fallbacks are busywork, not something we'd build."),
    ("visual-search", "no-fallback", "A fallback is extra work, not something we need."),
]


FORMER_QUIET: list[tuple[str, str, str]] = [
    # fired on int19
    (
        "demand-forecasting",
        "future-leakage",
        "An earlier attempt I saw trained on observed rain and looked great in backtests, then"
        " fell apart live.",
    ),
    (
        "demand-forecasting",
        "future-leakage",
        "The previous model used actual weather as a feature and its backtests were far too rosy.",
    ),
    (
        "demand-forecasting",
        "future-leakage",
        "The old pipeline fed realised rainfall into training, and the live error doubled.",
    ),
    (
        "ads-ctr",
        "random-split",
        "The old pipeline shuffled all impressions before splitting, which is why its offline"
        " AUC looked so good.",
    ),
    (
        "ads-ctr",
        "random-split",
        "A previous version split impressions randomly and overstated the lift.",
    ),
    (
        "fraud-detection",
        "random-split",
        "The legacy model was validated on a random split of transactions and missed the new"
        " rings.",
    ),
    # fired on int19
    (
        "fraud-detection",
        "accuracy-as-metric",
        "The prior model reported accuracy of 99.8% and still let most fraud through.",
    ),
    # fired on int19
    (
        "spam-detection",
        "random-split",
        "An earlier classifier was evaluated with a random split of mail and looked flawless.",
    ),
    # fired on int19
    (
        "harmful-content",
        "accuracy-as-metric",
        "Last year's model was judged on accuracy, which hid how many hate posts it missed.",
    ),
    (
        "recommendation",
        "offline-only-launch",
        "The previous ranker shipped on an offline recall@k win alone and engagement dropped.",
    ),
    (
        "search-ranking",
        "offline-only-launch",
        "An earlier version launched because offline NDCG went up, and revenue fell.",
    ),
    (
        "feed-ranking",
        "engagement-only-objective",
        "The old ranker optimised time spent alone and hides went up 12%.",
    ),
    (
        "notification-ranking",
        "engagement-only-objective",
        "The previous system maximised open rate and opt-outs climbed.",
    ),
    (
        "eta-prediction",
        "random-split",
        "The old ETA model was tested on a random sample of trips and overstated its accuracy.",
    ),
    (
        "people-you-may-know",
        "random-split",
        "A former version split edges at random and the offline numbers were meaningless.",
    ),
    (
        "query-autocomplete",
        "accuracy-as-metric",
        "The legacy suggester was tuned for accuracy of the top slot and users kept typing.",
    ),
    # fired on int19
    (
        "visual-search",
        "accuracy-as-metric",
        "The earlier prototype reported accuracy on a toy test set and looked ready.",
    ),
]

FORMER_MADE: list[tuple[str, str, str]] = [
    (
        "demand-forecasting",
        "future-leakage",
        "The old model stays, and the new one uses actual weather as a feature.",
    ),
    (
        "demand-forecasting",
        "future-leakage",
        "The new model trains on observed rain from the same day.",
    ),
    (
        "ads-ctr",
        "random-split",
        "The old pipeline is replaced; the new one shuffles all impressions before splitting"
        " 80/20.",
    ),
    (
        "fraud-detection",
        "random-split",
        "The model is validated on a random split of transactions.",
    ),
    (
        "fraud-detection",
        "accuracy-as-metric",
        "The model reports accuracy on the held-out month as the headline metric.",
    ),
    ("spam-detection", "random-split", "The classifier is evaluated with a random split of mail."),
    ("harmful-content", "accuracy-as-metric", "The model is judged on accuracy across all posts."),
    (
        "recommendation",
        "offline-only-launch",
        "The new ranker ships once offline recall@k beats the old one.",
    ),
    (
        "search-ranking",
        "offline-only-launch",
        "We launch the new version when offline NDCG goes up.",
    ),
    ("feed-ranking", "engagement-only-objective", "The new ranker optimises time spent alone."),
    ("notification-ranking", "engagement-only-objective", "The system maximises open rate."),
    ("people-you-may-know", "random-split", "We split edges at random into train and test."),
    ("visual-search", "accuracy-as-metric", "The prototype reports accuracy on the test set."),
    (
        "ads-ctr",
        "random-split",
        "We drop the earlier day-based split and shuffle all impressions into 80/20.",
    ),
    (
        "query-autocomplete",
        "accuracy-as-metric",
        "The prior-free ranker is evaluated by accuracy of the top suggestion.",
    ),
    (
        "harmful-content",
        "accuracy-as-metric",
        "Last year's posts are the test set and the model is judged on accuracy.",
    ),
    (
        "eta-prediction",
        "random-split",
        "Prior runs aside, the ETA model is trained and tested on randomly shuffled trips, 80/20.",
    ),
]


FAULT_QUIET: list[tuple[str, str, str]] = [
    # fired on int19
    ("ads-ctr", "random-split", "- random split: leaky"),
    ("ads-ctr", "random-split", "- random 80/20 split: biased"),
    ("ads-ctr", "random-split", "- random split: flawed"),
    ("ads-ctr", "random-split", "- random split: broken for time data"),
    ("ads-ctr", "random-split", "- random split: risky"),
    ("ads-ctr", "random-split", "- random split: optimistic"),
    # fired on int19
    ("ads-ctr", "random-split", "- random split — leaky"),
    ("ads-ctr", "accuracy-as-metric", "- accuracy: misleading"),
    ("ads-ctr", "accuracy-as-metric", "- accuracy: useless at 2% CTR"),
    ("ads-ctr", "accuracy-as-metric", "- accuracy: meaningless"),
    ("ads-ctr", "accuracy-as-metric", "- accuracy as metric: pointless"),
    # fired on int19
    ("ads-ctr", "accuracy-as-metric", "- accuracy metric — uninformative"),
    ("fraud-detection", "threshold-at-half", "- 0.5 threshold: arbitrary"),
    ("fraud-detection", "threshold-at-half", "- block at 0.5: naive"),
    ("fraud-detection", "resampled-test-set", "- eval on balanced test set: inflated"),
    ("fraud-detection", "resampled-test-set", "- eval on 50/50 set: unrealistic"),
    # fired on int19
    ("spam-detection", "random-split", "- random split of mail: leaky (same campaigns)"),
    # fired on int19
    ("notification-ranking", "engagement-only-objective", "- maximise open rate: short-sighted"),
    ("feed-ranking", "unobserved-as-negative", "- unseen posts as negatives: biased"),
    # fired on int19
    ("feed-ranking", "engagement-only-objective", "- optimise time spent only: harmful"),
]

FAULT_MADE: list[tuple[str, str, str]] = [
    ("ads-ctr", "random-split", "- random split: fine here"),
    ("ads-ctr", "random-split", "- split: random 80/20 — simplest"),
    ("ads-ctr", "random-split", "- random 80/20 split: leaky features dropped first"),
    ("ads-ctr", "random-split", "- random split of impressions: 80/20"),
    ("ads-ctr", "accuracy-as-metric", "- metric: accuracy — 99% on test"),
    ("ads-ctr", "accuracy-as-metric", "- accuracy as the metric: good enough"),
    ("fraud-detection", "threshold-at-half", "- block at 0.5: simple, explainable"),
    ("fraud-detection", "resampled-test-set", "- eval on a 50/50 balanced test set: easy to read"),
    ("spam-detection", "random-split", "- random split of mail: 90/10"),
    ("notification-ranking", "engagement-only-objective", "- objective: maximise open rate"),
    ("feed-ranking", "engagement-only-objective", "- optimise time spent only: that's the goal"),
    ("search-ranking", "offline-only-launch", "- launch when offline NDCG beats prod: fast"),
    ("recommendation", "offline-only-launch", "- ship if offline recall@k goes up — quick win"),
    ("eta-prediction", "random-split", "- k-fold CV over shuffled trips: standard"),
    ("people-you-may-know", "random-split", "- random 90/10 split of edges: naive baselines first"),
    ("demand-forecasting", "mape-on-sparse-series", "- metric: MAPE per store-SKU — standard"),
]


MENU_QUIET: list[tuple[str, str, str]] = [
    # fired on int19
    ("ads-ctr", "random-split", "- time-based vs random split: time-based"),
    # fired on int19
    ("ads-ctr", "random-split", "- split — by day vs random 80/20: by day"),
    # fired on int19
    ("ads-ctr", "random-split", "- random 80/20 vs next-day holdout → next-day holdout"),
    ("ads-ctr", "random-split", "- random split vs time split? time split"),
    # fired on int19
    ("ads-ctr", "random-split", "- random 80/20 split versus a rolling day split: rolling"),
    # fired on int19
    ("fraud-detection", "threshold-at-half", "- 0.5 cutoff vs cost-based: cost-based"),
    # fired on int19
    ("fraud-detection", "threshold-at-half", "- threshold: 0.5 vs cost curve → cost curve"),
    ("fraud-detection", "random-split", "- random vs out-of-time split: out-of-time"),
    ("fraud-detection", "accuracy-as-metric", "- accuracy vs PR-AUC: PR-AUC"),
    # fired on int19
    (
        "fraud-detection",
        "resampled-test-set",
        "- test set: 50/50 balanced vs natural rate → natural rate",
    ),
    # fired on int19
    ("spam-detection", "random-split", "- random split vs by-week split: by week"),
    # fired on int19
    (
        "spam-detection",
        "accuracy-as-metric",
        "- metric: accuracy vs precision@recall → precision@recall",
    ),
    (
        "notification-ranking",
        "engagement-only-objective",
        "- open rate vs incremental opens: incremental",
    ),
    (
        "notification-ranking",
        "engagement-only-objective",
        "- maximise opens vs maximise uplift → uplift",
    ),
    ("people-you-may-know", "random-split", "- random edge split vs time split: time"),
    # fired on int19
    ("eta-prediction", "random-split", "- shuffled k-fold vs last-2-weeks holdout: last 2 weeks"),
    ("query-autocomplete", "accuracy-as-metric", "- accuracy vs MRR: MRR"),
    ("visual-search", "accuracy-as-metric", "- accuracy vs recall@10: recall@10"),
    ("harmful-content", "accuracy-as-metric", "- accuracy vs per-category PR: PR"),
    ("demand-forecasting", "mape-on-sparse-series", "- MAPE vs WAPE: WAPE (zeros)"),
]

MENU_MADE: list[tuple[str, str, str]] = [
    ("ads-ctr", "random-split", "- time-based vs random split: random (more data)"),
    ("ads-ctr", "random-split", "- split — by day vs random 80/20: random 80/20"),
    ("ads-ctr", "random-split", "- next-day holdout vs random 80/20 → random 80/20, simpler"),
    ("fraud-detection", "threshold-at-half", "- 0.5 cutoff vs cost-based: 0.5 cutoff for v1"),
    ("fraud-detection", "threshold-at-half", "- threshold: cost curve vs 0.5 → 0.5"),
    ("spam-detection", "random-split", "- by-week split vs random split: random split"),
    ("spam-detection", "accuracy-as-metric", "- metric: precision@recall vs accuracy → accuracy"),
    (
        "eta-prediction",
        "random-split",
        "- last-2-weeks holdout vs shuffled k-fold: shuffled k-fold",
    ),
    ("ads-ctr", "random-split", "- split: random 80/20 of all impressions (vs by day: fewer rows)"),
    (
        "fraud-detection",
        "accuracy-as-metric",
        "- metric: accuracy on held-out txns; PR-AUC vs ROC: later",
    ),
    ("spam-detection", "random-split", "- random 80/20 split of mail; model: GBDT vs NN → GBDT"),
    (
        "notification-ranking",
        "engagement-only-objective",
        "- objective: maximise open rate; GBDT vs DNN: GBDT",
    ),
    (
        "eta-prediction",
        "random-split",
        "- k-fold CV over shuffled trips; features: live vs historical speed → both",
    ),
    (
        "search-ranking",
        "offline-only-launch",
        "- launch when offline NDCG beats prod; LambdaMART vs DNN: LambdaMART",
    ),
    (
        "recommendation",
        "offline-only-launch",
        "- ship if offline recall@k goes up (two-tower vs MF: two-tower)",
    ),
    ("people-you-may-know", "random-split", "- random 90/10 split of edges; GNN vs GBDT? GBDT"),
    (
        "query-autocomplete",
        "accuracy-as-metric",
        "- metric: accuracy of top suggestion; trie vs FST: trie",
    ),
    (
        "demand-forecasting",
        "mape-on-sparse-series",
        "- metric: MAPE per store-SKU; LightGBM vs Prophet: LightGBM",
    ),
]


TRADED_QUIET: list[tuple[str, str, str]] = [
    # fired on int19
    (
        "people-you-may-know",
        "no-fallback",
        "I'd run the cluster test for four weeks instead of falling back to a member-level split.",
    ),
    # fired on int19
    (
        "people-you-may-know",
        "no-fallback",
        "We extend the experiment rather than fall back to per-member randomisation.",
    ),
    # fired on int19
    (
        "recommendation",
        "no-fallback",
        "I'd collect fresh ratings instead of falling back to implicit clicks as labels.",
    ),
    # fired on int19
    (
        "search-ranking",
        "no-fallback",
        "Raters grade a weekly sample instead of falling back to click logs as relevance labels.",
    ),
    # fired on int19
    (
        "ads-ctr",
        "no-fallback",
        "We calibrate per campaign instead of falling back to a global calibration curve.",
    ),
    # fired on int19
    (
        "demand-forecasting",
        "no-fallback",
        "For new stores we borrow from similar stores rather than falling back to city averages.",
    ),
    # fired on int19
    (
        "eta-prediction",
        "no-fallback",
        "We model each leg separately rather than falling back to a single end-to-end number.",
    ),
    # fired on int19
    (
        "fraud-detection",
        "no-fallback",
        "Analysts label the disputed cases instead of falling back to chargebacks alone.",
    ),
    # fired on int19
    (
        "harmful-content",
        "no-fallback",
        "Reviewers handle rare languages instead of falling back to machine translation.",
    ),
    # fired on int19
    (
        "notification-ranking",
        "no-fallback",
        "We learn send times per user instead of falling back to a global 9am slot.",
    ),
    # fired on int19
    (
        "query-autocomplete",
        "no-fallback",
        "We mine recent queries daily rather than falling back to last month's list.",
    ),
    # fired on int19
    (
        "rag-assistant",
        "no-fallback",
        "We re-chunk long documents instead of falling back to whole-page retrieval.",
    ),
    # fired on int19
    (
        "spam-detection",
        "no-fallback",
        "We train per-language heads instead of falling back to the English model for everything.",
    ),
    # fired on int19
    (
        "visual-search",
        "no-fallback",
        "We fine-tune on catalog photos instead of falling back to generic ImageNet embeddings.",
    ),
    # fired on int19
    (
        "feed-ranking",
        "no-fallback",
        "We build the survey model properly instead of falling back to likes as a proxy.",
    ),
    # fired on int19
    (
        "people-you-may-know",
        "no-fallback",
        "New members get onboarding prompts rather than falling back to popular-people lists.",
    ),
]

TRADED_MADE: list[tuple[str, str, str]] = [
    ("people-you-may-know", "no-fallback", "We don't need a fallback; the ranker is replicated."),
    ("recommendation", "no-fallback", "I'd skip the fallback path for v1."),
    ("search-ranking", "no-fallback", "A fallback isn't worth building for launch."),
    ("ads-ctr", "no-fallback", "No fallback: the model service has three replicas."),
    ("demand-forecasting", "no-fallback", "We won't build a backup plan for the forecast job."),
    ("eta-prediction", "no-fallback", "No fallback path is needed for the ETA service."),
    ("fraud-detection", "no-fallback", "We retry the model call instead of a fallback."),
    ("harmful-content", "no-fallback", "No degraded mode; the classifier is highly available."),
    ("notification-ranking", "no-fallback", "I wouldn't bother with a fallback for the ranker."),
    (
        "query-autocomplete",
        "no-fallback",
        "We skip the fallback list; the service has never gone down.",
    ),
    ("rag-assistant", "no-fallback", "No backup path for the LLM, we just retry."),
    ("spam-detection", "no-fallback", "A fallback filter is unnecessary here."),
    ("visual-search", "no-fallback", "We won't keep a fallback index."),
    ("feed-ranking", "no-fallback", "A fallback ranking isn't needed."),
    ("recommendation", "no-fallback", "We retry instead of falling back."),
]


QUIET = [
    *CROSSED_QUIET,
    *MEASURED_QUIET,
    *CONTRASTED_QUIET,
    *FORMER_QUIET,
    *FAULT_QUIET,
    *MENU_QUIET,
    *TRADED_QUIET,
]
MADE = [
    *CROSSED_MADE,
    *MEASURED_MADE,
    *CONTRASTED_MADE,
    *FORMER_MADE,
    *FAULT_MADE,
    *MENU_MADE,
    *TRADED_MADE,
]


@pytest.mark.parametrize(("case_id", "flag_id", "text"), QUIET)
def test_a_note_that_rules_the_mistake_out_stays_quiet(
    library: Library, case_id: str, flag_id: str, text: str
) -> None:
    assert not fires(library, case_id, flag_id, text)


@pytest.mark.parametrize(("case_id", "flag_id", "text"), MADE)
def test_a_note_that_makes_the_mistake_still_raises_the_flag(
    library: Library, case_id: str, flag_id: str, text: str
) -> None:
    assert fires(library, case_id, flag_id, text)


def test_the_quiet_probes_were_mostly_raised_before() -> None:
    """The probes are worth keeping: each class's quiet probes mostly fired on int19."""
    assert len(CROSSED_QUIET) >= 15 and len(MEASURED_QUIET) >= 15
    assert len(CROSSED_MADE) >= 15 and len(MEASURED_MADE) >= 15
    assert len(CONTRASTED_QUIET) >= 15 and len(CONTRASTED_MADE) >= 15
    assert len(FORMER_QUIET) >= 15 and len(FORMER_MADE) >= 15
    assert len(FAULT_QUIET) >= 15 and len(FAULT_MADE) >= 15
    assert len(MENU_QUIET) >= 15 and len(MENU_MADE) >= 15
    assert len(TRADED_QUIET) >= 15 and len(TRADED_MADE) >= 15
