"""Probes for red flags made in passing (round 19): a mistake stated in a clause that a
reason after it restates, evidence a rubric author would write for the mistake itself. Each
class has probes both ways, written for this test: the mistake made fires, the careful form
(the same words, warned against or refused) stays quiet."""

from __future__ import annotations

import pytest

from designtrainer.loading.library import Library
from tools.flag_sentences import fires

# The choice before a reason that restates it: the narrowest window pairs a word of the
# choice with one of the reason, but the clause before the reason states the mistake whole.
BEFORE_A_REASON_MADE = [
    (
        "fraud-detection",
        "unobserved-as-negative",
        "Transactions with no chargeback are labelled legitimate, since no chargeback after "
        "90 days means the payment was fine.",
    ),
    (
        "rag-assistant",
        "unobserved-as-negative",
        "Answers with no thumbs down are marked correct, because no thumbs down after a day "
        "means the user was satisfied.",
    ),
    (
        "search-ranking",
        "unobserved-as-negative",
        "Every shown product without a click is a negative, since no click on a shown product "
        "means irrelevant.",
    ),
    (
        "harmful-content",
        "unobserved-as-negative",
        "We sample posts nobody reported as negatives, since posts nobody reported after a "
        "week are clean.",
    ),
    (
        "spam-detection",
        "unobserved-as-negative",
        "Mail nobody reported is labelled ham, since messages no user reported after a week "
        "are clean.",
    ),
    (
        "ads-ctr",
        "resampled-test-set",
        "The test set is downsampled to 1:1, since a downsampled test set gives comparable "
        "numbers.",
    ),
    (
        "recommendation",
        "unobserved-as-negative",
        "Unwatched videos count as negatives, since a video left unwatched is one the user "
        "rejected.",
    ),
    (
        "visual-search",
        "unobserved-as-negative",
        "Products not clicked are negatives for the query image, since a product not clicked "
        "was not a match.",
    ),
    (
        "query-autocomplete",
        "unobserved-as-negative",
        "Untapped suggestions are negatives, since an untapped suggestion was a bad one.",
    ),
    (
        "harmful-content",
        "unobserved-as-negative",
        "Unreported posts are negatives, since an unreported post after three days is clean.",
    ),
]
BEFORE_A_REASON_CAREFUL = [
    (
        "fraud-detection",
        "unobserved-as-negative",
        "Chargebacks take 90 days, since transactions with no chargeback yet may still turn "
        "out fraudulent.",
    ),
    (
        "rag-assistant",
        "unobserved-as-negative",
        "We review a sample, because answers with no thumbs down are not necessarily correct.",
    ),
    (
        "search-ranking",
        "unobserved-as-negative",
        "Clicks are weak labels, since shown products without a click are not necessarily "
        "irrelevant.",
    ),
    (
        "harmful-content",
        "unobserved-as-negative",
        "Negatives come from reviewed posts, as unreported posts are not known to be clean.",
    ),
    (
        "spam-detection",
        "unobserved-as-negative",
        "Mail nobody reported is not labelled ham, since messages no user reported may just be "
        "unread.",
    ),
    (
        "ads-ctr",
        "resampled-test-set",
        "The test set keeps the natural rate, since a downsampled test set distorts calibration.",
    ),
    (
        "recommendation",
        "unobserved-as-negative",
        "Impressions without a watch are negatives, since unwatched videos never shown are "
        "unknown.",
    ),
    (
        "visual-search",
        "unobserved-as-negative",
        "Clicks are positives, since products not clicked may simply be below the fold.",
    ),
    (
        "query-autocomplete",
        "unobserved-as-negative",
        "Untapped suggestions are dropped from training, since an untapped suggestion may not "
        "have been read.",
    ),
    (
        "fraud-detection",
        "random-split",
        "I'd split by date, as a random split lets the model peek at later fraud.",
    ),
]


@pytest.mark.parametrize(("case_id", "flag_id", "text"), BEFORE_A_REASON_MADE)
def test_a_choice_before_its_reason_fires(
    library: Library, case_id: str, flag_id: str, text: str
) -> None:
    assert fires(library, case_id, flag_id, text)


@pytest.mark.parametrize(("case_id", "flag_id", "text"), BEFORE_A_REASON_CAREFUL)
def test_a_reason_against_the_choice_stays_quiet(
    library: Library, case_id: str, flag_id: str, text: str
) -> None:
    assert not fires(library, case_id, flag_id, text)
