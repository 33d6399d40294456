"""Red flags by class, round 35 (snip35): probes of our own, written for this round's classes.

QUIET: each raised its flag on main at the round's start (903b66b), and stays quiet now
(but the last, a cap kept "however many" score above the threshold: it guards the new
"however many" evidence with the cap's own words in `unless`).
- a design the speaker once saw, told as a story ("I once saw a team whose ...", "I've seen
  a ranker tested on ...", "a prototype I saw used ..."): someone else's mistake
  (flags._a_sighting);
- a use granted in words of approval, then limited by "only" and a part, condition or source
  ("... makes sense only for the calibration sample", "... are acceptable as negatives only
  when ..."), or "only" before the verb and "as <another role>" after the mistake ("we'd
  only keep a random split as a smoke test"): a limited correct use
  (roles.kept_to_a_minor_role);
- doing the mistake as a subject, with a consequence after ", so" that says what stops
  working ("..., so the rate you see no longer matches the inbox"): a general truth
  (generic.what_doing_it_does);
- negatives that were shown and not acted on ("shown & no invite"), the right choice
  (a rubric `unless` phrase).

COMMITTED: the mistake in wordings the rubrics' evidence did not know at the round's start
(most were missed on main): balanced eval sets "in equal numbers", "eval" as a label,
uniform random draws, "assessed by" accuracy, "no other path", "neg:" labels, a launch
"criterion", pairs "with no edge", "however many", "taken verbatim", "daily active" as a
north star, a review queue that "becomes unnecessary", a ranking "by the expected
probability of a click" (a word of estimate before a mention is not counted against
`within`: flags._window_past_estimates); and two that must keep firing past
the new readings (a first-person "I saw the logs, and I'd ...", "fine for us, so ...").
None is copied from a snippet or an answer.
"""

from __future__ import annotations

import pytest

from designtrainer.loading.library import Library
from tools.flag_sentences import fires

QUIET: list[tuple[str, str, str]] = [
    (
        "feed-ranking",
        "unobserved-as-negative",
        "I once saw a feed team whose negatives were every post the user never saw; the model "
        "learned to bury new posts.",
    ),
    (
        "search-ranking",
        "random-split",
        "I've seen a retailer's ranker tested on a random split of query logs, and its offline "
        "gains vanished online.",
    ),
    (
        "fraud-detection",
        "future-leakage",
        "A prototype I saw used the card's final chargeback status as a feature and looked "
        "perfect offline.",
    ),
    (
        "harmful-content",
        "random-split",
        "A random split makes sense only for the small calibration sample; the real test set is "
        "the last month.",
    ),
    (
        "recommendation",
        "accuracy-as-metric",
        "Accuracy is fine only for the thumbnail classifier; the ranker is judged on recall@k and "
        "watch time.",
    ),
    (
        "people-you-may-know",
        "unobserved-as-negative",
        "Non-connected pairs are acceptable as negatives only when we correct for exposure.",
    ),
    ("people-you-may-know", "unobserved-as-negative", "negatives = shown & no invite"),
    (
        "fraud-detection",
        "random-split",
        "We'd only keep a random split as a smoke test for the pipeline; reported numbers come "
        "from the last two weeks.",
    ),
    (
        "spam-detection",
        "resampled-test-set",
        "Rebalancing the validation set shifts the spam share, so the rate you see no longer "
        "matches the inbox.",
    ),
    (
        "notification-ranking",
        "no-volume-limit",
        "We cap it at three a day, however many candidates score above the threshold.",
    ),
]

COMMITTED: list[tuple[str, str, str]] = [
    (
        "feed-ranking",
        "resampled-test-set",
        "Eval on a downsampled slice with one positive per three negatives.",
    ),
    (
        "search-ranking",
        "resampled-test-set",
        "We'll assemble the test queries with relevant and irrelevant products in equal numbers.",
    ),
    (
        "fraud-detection",
        "random-split",
        "Validation rows are drawn uniformly from the whole two years of transactions.",
    ),
    (
        "spam-detection",
        "accuracy-as-metric",
        "The filter is assessed by how often it correctly classifies a message.",
    ),
    (
        "search-ranking",
        "no-fallback",
        "Once the neural ranker is live there is no other path to a results page.",
    ),
    ("feed-ranking", "unobserved-as-negative", "- neg: posts never shown to the user"),
    (
        "rag-assistant",
        "offline-only-launch",
        "The release criterion is a golden-set faithfulness score of 0.9.",
    ),
    (
        "people-you-may-know",
        "unobserved-as-negative",
        "Negatives are member pairs with no edge between them, picked at random.",
    ),
    (
        "feed-ranking",
        "unobserved-as-negative",
        "I saw the logs, and I'd label every post the user never saw as a negative.",
    ),
    (
        "harmful-content",
        "random-split",
        "A random split is fine for us, so the test set is a shuffled tenth of all posts.",
    ),
    (
        "notification-ranking",
        "no-volume-limit",
        "Anything scoring above the threshold goes out, however many pushes that adds up to.",
    ),
    (
        "query-autocomplete",
        "raw-queries-as-suggestions",
        "Completions are taken verbatim from the search log, most frequent first.",
    ),
    ("rag-assistant", "engagement-only-objective", "Our north star is daily active users."),
    (
        "harmful-content",
        "dismisses-review-and-appeals",
        "Once precision is high enough, the review queue becomes unnecessary.",
    ),
    (
        "recommendation",
        "engagement-only-objective",
        "Videos are ranked by the expected probability of a click.",
    ),
    ("fraud-detection", "random-split", "We only use a random split as the test set."),
    (
        "spam-detection",
        "resampled-test-set",
        "Rebalancing the test set keeps the classes even, so we can read precision easily.",
    ),
]


@pytest.mark.parametrize(("case_id", "flag_id", "text"), QUIET)
def test_a_story_or_a_limited_use_stays_quiet(
    library: Library, case_id: str, flag_id: str, text: str
) -> None:
    assert not fires(library, case_id, flag_id, text)


@pytest.mark.parametrize(("case_id", "flag_id", "text"), COMMITTED)
def test_the_mistake_in_new_wordings_raises_its_flag(
    library: Library, case_id: str, flag_id: str, text: str
) -> None:
    assert fires(library, case_id, flag_id, text)
