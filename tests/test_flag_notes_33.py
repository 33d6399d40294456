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


QUIET = CROSSED_QUIET + MEASURED_QUIET
MADE = CROSSED_MADE + MEASURED_MADE


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
