"""Red-flag precision, round 19 (flags31p): readings of a clause that names a mistake's words
without making it, each with probes of our own both ways, none copied from an answer or a
snippet. Readings in grading/commitment.py.

- where a measure is read (`_measured_at`): the mistake's words as the object of "at" right
  after a measure ("precision at the auto-removal threshold", "recall at review capacity")
  report a number, not the design; a mistake word before the measure still states the deed.
- called a problem (`_called_a_problem`): the mistake, as its clause's subject, then a copula
  and "a problem", "the issue", "a real risk".
- a negated universal (`_not_every`): "Not every ... / Not all ..." opening the clause denies
  the rule the mistake applies to all.
- our past story (`_our_past_story`): a former time or place, then we/I and a past verb, is a
  lesson told; carried over ("so I'd do the same here") it is not.
- made to look good (`_made_to_look`): the mistake, or the deed, as the subject of a
  causative "make(s)/made" with "look/seem/appear" and praise ("random image splits make
  retrieval look great"): a verdict on appearances, not a design.
- rubric narrowings (RUBRIC_*), `unless` phrases that state the right choice: a test set "at
  its natural class balance" or cut "before any downsampling"; unreported mail "as
  unlabelled"/"as unknown"; a "text search"/"keyword search" offered when visual search is
  down; pushes that reach users who "would come back regardless"; "raters review" a sample.

The quiet probes that raised their flag on data19 (8c838af) are marked; the others guard the
same shapes.
"""

from __future__ import annotations

import pytest

from designtrainer.loading.library import Library
from tools.flag_sentences import fires

MEASURED_QUIET: list[tuple[str, str, str]] = [
    # fired on data19
    (
        "harmful-content",
        "fully-automated-removal",
        "We track precision at the automatic removal threshold and recall at reviewer "
        "capacity, per language.",
    ),
    (
        "harmful-content",
        "fully-automated-removal",
        "The offline report gives precision at the auto-removal cutoff for each policy area.",
    ),
    (
        "harmful-content",
        "fully-automated-removal",
        "Dashboards show the error rate at the auto removal threshold and the appeal overturn"
        " rate.",
    ),
    # fired on data19
    (
        "fraud-detection",
        "threshold-at-half",
        "We read recall at a 0.5 threshold only as a sanity check next to the cost-based cutoff.",
    ),
    (
        "spam-detection",
        "silent-deletion",
        "Offline we compare recall at the auto-delete threshold with the rescue rate from the"
        " spam folder.",
    ),
    # fired on data19
    (
        "ads-ctr",
        "random-split",
        "Log loss at a random split point is reported only as a smoke test; the real eval is "
        "the next day.",
    ),
    (
        "notification-ranking",
        "propensity-as-uplift",
        "We report the lift at the top decile of open probability, measured against a holdout"
        " that gets nothing.",
    ),
    (
        "feed-ranking",
        "chronological-only",
        "We measure coverage at the chronological cutoff of the candidate pool alongside the "
        "ranked one.",
    ),
    (
        "harmful-content",
        "fully-automated-removal",
        "Track precision at the auto-takedown threshold weekly, and keep appeals open for "
        "every removal.",
    ),
    (
        "visual-search",
        "brute-force-search",
        "Recall at exact search is the yardstick we compare the approximate index against.",
    ),
    # fired on data19
    (
        "harmful-content",
        "fully-automated-removal",
        "We report precision at the auto-removal threshold for every category, and recall at "
        "reviewer capacity.",
    ),
    # fired on data19
    (
        "harmful-content",
        "fully-automated-removal",
        "Offline, the key numbers are precision at the automatic removal cutoff for all languages.",
    ),
    # fired on data19
    (
        "harmful-content",
        "fully-automated-removal",
        "Precision at the auto removal threshold is tracked for every category against "
        "reviewer decisions.",
    ),
    # fired on data19
    (
        "spam-detection",
        "silent-deletion",
        "We report precision at the silent deletion threshold for every category of spam.",
    ),
    # fired on data19
    (
        "fraud-detection",
        "threshold-at-half",
        "We report recall at the 0.5 default threshold, then pick the real cutoff from costs.",
    ),
    # fired on data19
    (
        "harmful-content",
        "fully-automated-removal",
        "The weekly review shows the false positive rate at the auto-remove threshold for all"
        " categories.",
    ),
    (
        "feed-ranking",
        "engagement-only-objective",
        "We report retention at the click-only ranking as the baseline arm.",
    ),
    # fired on data19
    (
        "spam-detection",
        "silent-deletion",
        "The dashboard shows precision at the auto-delete threshold, which stays at 99.9% or "
        "above.",
    ),
]

MEASURED_MADE: list[tuple[str, str, str]] = [
    (
        "harmful-content",
        "fully-automated-removal",
        "Above the auto-removal threshold we remove posts automatically with no human review.",
    ),
    (
        "spam-detection",
        "silent-deletion",
        "Mail above the auto-delete threshold is deleted outright, the user never sees it.",
    ),
    (
        "fraud-detection",
        "threshold-at-half",
        "We block any transaction with a score above 0.5.",
    ),
    (
        "visual-search",
        "brute-force-search",
        "We do exact search over all vectors for every query.",
    ),
    (
        "ads-ctr",
        "random-split",
        "We split the logs randomly 80/20 into train and test.",
    ),
    (
        "notification-ranking",
        "propensity-as-uplift",
        "We send to the users most likely to open.",
    ),
    (
        "harmful-content",
        "fully-automated-removal",
        "We auto remove anything the model flags, without human review, to save reviewer capacity.",
    ),
    (
        "feed-ranking",
        "chronological-only",
        "The feed is purely chronological, newest first, with no ranking model.",
    ),
    (
        "spam-detection",
        "silent-deletion",
        "Spam above the high threshold is deleted silently.",
    ),
    (
        "harmful-content",
        "fully-automated-removal",
        "We remove everything the model flags automatically and report precision at reviewer "
        "capacity.",
    ),
    (
        "harmful-content",
        "fully-automated-removal",
        "Posts above the auto-removal threshold are taken down automatically, no human "
        "review, and we track precision at that threshold.",
    ),
]

PROBLEM_QUIET: list[tuple[str, str, str]] = [
    (
        "people-you-may-know",
        "member-level-ab-ignores-interference",
        "A member-level split is a real problem here, because invites cross from treatment "
        "into control.",
    ),
    # fired on data19
    (
        "ads-ctr",
        "random-split",
        "A random split is the problem: the same user's clicks land in train and test.",
    ),
    # fired on data19
    (
        "spam-detection",
        "resampled-test-set",
        "A balanced test set is exactly the issue, since it hides the real false positive rate.",
    ),
    # fired on data19
    (
        "feed-ranking",
        "engagement-only-objective",
        "Optimising for clicks alone is a known risk, since it rewards outrage bait.",
    ),
    (
        "harmful-content",
        "fully-automated-removal",
        "Fully automated removal is a liability, so uncertain posts go to reviewers.",
    ),
    # fired on data19
    (
        "recommendation",
        "random-split",
        "The random train/test split is a problem because it lets tomorrow's views into training.",
    ),
    (
        "fraud-detection",
        "accuracy-as-metric",
        "Accuracy is an issue with a 0.1% fraud rate.",
    ),
    (
        "eta-prediction",
        "random-split",
        "Randomly splitting trips is a big flaw, since trips from the same hour share traffic.",
    ),
    (
        "notification-ranking",
        "propensity-as-uplift",
        "Sending to users most likely to open is the problem: they'd come back anyway.",
    ),
    (
        "query-autocomplete",
        "raw-queries-as-suggestions",
        "Serving raw queries as suggestions is a serious risk, because they contain phone numbers.",
    ),
]

PROBLEM_MADE: list[tuple[str, str, str]] = [
    (
        "people-you-may-know",
        "member-level-ab-ignores-interference",
        "We randomise by member id, half the members get the new model.",
    ),
    (
        "ads-ctr",
        "random-split",
        "A random split of the logs is fine, so we shuffle and hold out 20%.",
    ),
    (
        "spam-detection",
        "resampled-test-set",
        "We balance the test set to 50/50 spam and ham.",
    ),
    (
        "feed-ranking",
        "engagement-only-objective",
        "We optimise for clicks alone.",
    ),
    (
        "harmful-content",
        "fully-automated-removal",
        "Fully automated removal is the plan, with no human review.",
    ),
    (
        "recommendation",
        "random-split",
        "We use a random train/test split over impressions.",
    ),
    (
        "fraud-detection",
        "accuracy-as-metric",
        "Accuracy is our main metric.",
    ),
    (
        "eta-prediction",
        "random-split",
        "We split the trips randomly into train and test.",
    ),
    (
        "notification-ranking",
        "propensity-as-uplift",
        "We send to the users most likely to open.",
    ),
]

NOT_EVERY_QUIET: list[tuple[str, str, str]] = [
    (
        "query-autocomplete",
        "raw-queries-as-suggestions",
        "Not every query in the log should become a suggestion; rare ones are dropped.",
    ),
    (
        "ads-ctr",
        "unobserved-as-negative",
        "Not every impression without a click is a negative, since many ads were never seen.",
    ),
    # fired on data19
    (
        "feed-ranking",
        "unobserved-as-negative",
        "Not all unclicked posts count as negatives: most were scrolled past unseen.",
    ),
    # fired on data19
    (
        "spam-detection",
        "unobserved-as-negative",
        "Not every unreported message is legitimate mail.",
    ),
    (
        "harmful-content",
        "fully-automated-removal",
        "Not everything the model flags is removed automatically; the uncertain band goes to "
        "people.",
    ),
    (
        "harmful-content",
        "reports-as-ground-truth",
        "Not every reported post is harmful, so reports only order the review queue.",
    ),
    # fired on data19
    (
        "recommendation",
        "unobserved-as-negative",
        "Not all videos a user didn't watch are negatives; they may never have been shown.",
    ),
    # fired on data19
    (
        "search-ranking",
        "unobserved-as-negative",
        "Not every result without a click is irrelevant.",
    ),
    (
        "notification-ranking",
        "unobserved-as-negative",
        "Not every unopened push counts as a negative label.",
    ),
    # fired on data19
    (
        "rag-assistant",
        "unobserved-as-negative",
        "Not every answer without a thumbs-down is a good answer.",
    ),
]

NOT_EVERY_MADE: list[tuple[str, str, str]] = [
    (
        "query-autocomplete",
        "raw-queries-as-suggestions",
        "Every query in the log becomes a suggestion.",
    ),
    (
        "spam-detection",
        "unobserved-as-negative",
        "Every unreported message is labelled as legitimate mail.",
    ),
    (
        "harmful-content",
        "fully-automated-removal",
        "Everything the model flags is removed automatically, no human review.",
    ),
    (
        "harmful-content",
        "reports-as-ground-truth",
        "Every reported post is treated as harmful and used as a positive label.",
    ),
    (
        "recommendation",
        "unobserved-as-negative",
        "All videos a user didn't watch are negatives.",
    ),
    (
        "search-ranking",
        "unobserved-as-negative",
        "Every result without a click is labelled irrelevant.",
    ),
    (
        "rag-assistant",
        "unobserved-as-negative",
        "Every answer without a thumbs-down counts as a good answer.",
    ),
]

LOOKS_QUIET: list[tuple[str, str, str]] = [
    # fired on data19
    (
        "visual-search",
        "image-level-split",
        "Random image splits make retrieval look great because the model just memorises products.",
    ),
    # fired on data19
    (
        "ads-ctr",
        "random-split",
        "A random split of the logs makes the AUC look great, since the same users sit in "
        "train and test.",
    ),
    (
        "fraud-detection",
        "accuracy-as-metric",
        "Accuracy makes a do-nothing model look excellent at a 0.2% fraud rate.",
    ),
    (
        "spam-detection",
        "resampled-test-set",
        "A balanced test set makes precision look far better, because real traffic has far "
        "more ham.",
    ),
    (
        "fraud-detection",
        "random-split",
        "Shuffling transactions before splitting makes the offline recall look amazing.",
    ),
    # fired on data19
    (
        "demand-forecasting",
        "random-split",
        "Randomly splitting the days makes the backtest look great, because the model has "
        "seen the neighbours.",
    ),
    (
        "feed-ranking",
        "engagement-only-objective",
        "Optimising for clicks alone makes the dashboard look healthy while people hide more "
        "posts.",
    ),
    (
        "search-ranking",
        "unobserved-as-negative",
        "Treating unclicked results as irrelevant makes the ranker seem good offline while it"
        " buries lower slots.",
    ),
    # fired on data19
    (
        "eta-prediction",
        "random-split",
        "A random split of trips makes the error appear very good, as trips from the same "
        "hour share traffic.",
    ),
    # fired on data19
    (
        "people-you-may-know",
        "random-split",
        "Splitting edges at random made the link prediction numbers look fantastic last quarter.",
    ),
    (
        "recommendation",
        "offline-only-launch",
        "Shipping on an offline NDCG win made the model look strong until watch time fell.",
    ),
]

LOOKS_MADE: list[tuple[str, str, str]] = [
    (
        "visual-search",
        "image-level-split",
        "We split the images randomly into train and test.",
    ),
    (
        "ads-ctr",
        "random-split",
        "We split the logs randomly 80/20 into train and test.",
    ),
    (
        "fraud-detection",
        "accuracy-as-metric",
        "Accuracy is our headline metric.",
    ),
    (
        "spam-detection",
        "resampled-test-set",
        "We balance the test set 50/50 spam and ham.",
    ),
    (
        "fraud-detection",
        "random-split",
        "We shuffle transactions and split them randomly into train and test.",
    ),
    (
        "demand-forecasting",
        "random-split",
        "We use a random split on daily sales.",
    ),
    (
        "feed-ranking",
        "engagement-only-objective",
        "We optimise for clicks alone.",
    ),
    (
        "search-ranking",
        "unobserved-as-negative",
        "We treat unclicked results as irrelevant.",
    ),
    (
        "eta-prediction",
        "random-split",
        "We split the trips randomly into train and test.",
    ),
    (
        "people-you-may-know",
        "random-split",
        "We split edges randomly into train and test.",
    ),
    (
        "recommendation",
        "offline-only-launch",
        "We launch on an offline NDCG win alone.",
    ),
]

RUBRIC_QUIET: list[tuple[str, str, str]] = [
    # fired on data19
    (
        "spam-detection",
        "resampled-test-set",
        "The test set is the most recent fortnight held out at its natural class balance.",
    ),
    # fired on data19
    (
        "fraud-detection",
        "resampled-test-set",
        "Validation is held out at the natural balance of fraud to legitimate payments.",
    ),
    (
        "ads-ctr",
        "resampled-test-set",
        "The held-out day is cut off before any downsampling, so the test keeps every non-click.",
    ),
    # fired on data19
    (
        "feed-ranking",
        "resampled-test-set",
        "We carve out the evaluation week before resampling the training negatives.",
    ),
    (
        "spam-detection",
        "unobserved-as-negative",
        "We treat unreported messages as unlabelled rather than as clean mail.",
    ),
    (
        "spam-detection",
        "unobserved-as-negative",
        "Unreported mail is treated as unknown in training.",
    ),
    (
        "visual-search",
        "no-fallback",
        "When the image service is down, users get a text search box prefilled with the category.",
    ),
    (
        "visual-search",
        "no-fallback",
        "If the GPU pool is down, the request fails over to keyword search on the product title.",
    ),
    (
        "notification-ranking",
        "propensity-as-uplift",
        "Sorting by open probability sends pushes to users who would come back regardless.",
    ),
    # fired on data19
    (
        "spam-detection",
        "random-split",
        "For the evaluation set, raters review a random sample of opted-in mail each week.",
    ),
]

RUBRIC_MADE: list[tuple[str, str, str]] = [
    (
        "spam-detection",
        "resampled-test-set",
        "The test set is balanced 50/50 to match training.",
    ),
    (
        "fraud-detection",
        "resampled-test-set",
        "We downsample the validation set to the same ratio as training.",
    ),
    (
        "ads-ctr",
        "resampled-test-set",
        "We evaluate on the same downsampled set we train on.",
    ),
    (
        "spam-detection",
        "unobserved-as-negative",
        "We treat unreported mail as ham.",
    ),
    (
        "visual-search",
        "no-fallback",
        "If search is down, we return an error to the user.",
    ),
    (
        "notification-ranking",
        "propensity-as-uplift",
        "We send to the users most likely to open.",
    ),
    (
        "spam-detection",
        "random-split",
        "We shuffle the messages and split them randomly 80/20 into train and test.",
    ),
]

PAST_STORY_QUIET: list[tuple[str, str, str]] = [
    (
        "ads-ctr",
        "random-split",
        "At my last job we split the click logs randomly, and the model looked great offline "
        "but lost money live.",
    ),
    (
        "fraud-detection",
        "accuracy-as-metric",
        "At a previous company we reported accuracy, and it hid that we caught almost no fraud.",
    ),
    (
        "spam-detection",
        "resampled-test-set",
        "In a previous role I balanced the test set 50/50 and the false positive rate came "
        "out far too low.",
    ),
    (
        "feed-ranking",
        "engagement-only-objective",
        "On an earlier project we optimised purely for clicks and the feed filled with bait.",
    ),
    (
        "demand-forecasting",
        "random-split",
        "Years ago we used a random split on daily sales and the backtest lied to us.",
    ),
    (
        "eta-prediction",
        "random-split",
        "At my last company we shuffled trips randomly into train and test, and the error "
        "doubled in production.",
    ),
    (
        "harmful-content",
        "reports-as-ground-truth",
        "On a past team we treated every user report as ground truth and brigading poisoned "
        "the model.",
    ),
    # fired on data19
    (
        "recommendation",
        "offline-only-launch",
        "At a former employer we launched on an offline NDCG win alone and watch time fell.",
    ),
    (
        "notification-ranking",
        "engagement-only-objective",
        "In a previous job we ranked pushes by open rate only, and uninstalls went up.",
    ),
]

PAST_STORY_MADE: list[tuple[str, str, str]] = [
    (
        "fraud-detection",
        "accuracy-as-metric",
        "We report accuracy as the main metric.",
    ),
    (
        "spam-detection",
        "resampled-test-set",
        "I balance the test set 50/50 spam and ham.",
    ),
    (
        "feed-ranking",
        "engagement-only-objective",
        "We optimise purely for clicks.",
    ),
    (
        "demand-forecasting",
        "random-split",
        "We use a random split on daily sales.",
    ),
    (
        "eta-prediction",
        "random-split",
        "We shuffle trips randomly into train and test.",
    ),
    (
        "harmful-content",
        "reports-as-ground-truth",
        "We treat every user report as ground truth.",
    ),
    (
        "recommendation",
        "offline-only-launch",
        "We launch on an offline NDCG win alone.",
    ),
    (
        "people-you-may-know",
        "random-split",
        "We split edges randomly into train and test.",
    ),
]


@pytest.mark.parametrize(
    ("case_id", "flag_id", "text"),
    MEASURED_QUIET
    + PROBLEM_QUIET
    + NOT_EVERY_QUIET
    + LOOKS_QUIET
    + RUBRIC_QUIET
    + PAST_STORY_QUIET,
)
def test_the_words_not_made_the_design_stay_quiet(
    library: Library, case_id: str, flag_id: str, text: str
) -> None:
    assert not fires(library, case_id, flag_id, text)


@pytest.mark.parametrize(
    ("case_id", "flag_id", "text"),
    MEASURED_MADE + PROBLEM_MADE + NOT_EVERY_MADE + LOOKS_MADE + RUBRIC_MADE + PAST_STORY_MADE,
)
def test_the_same_words_made_the_design_still_raise_the_flag(
    library: Library, case_id: str, flag_id: str, text: str
) -> None:
    assert fires(library, case_id, flag_id, text)
