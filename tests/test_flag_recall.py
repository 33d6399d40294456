"""Red-flag recall by class of reading (round 18, flags30r): probe sentences of our own, one
pair per reading, the mistake made (FIRES: each missed its flag on int18 at the lane's start)
beside a careful form with the same words (QUIET: a warning, a rejection) that must stay
quiet. The readings are general English in grading/flags.py, grading/judgement.py and
grading/negation/, found on the missed `commits` snippets of tests/fixtures/flag-sentences
and the missed flags of tests/fixtures/blind. None is copied from a snippet or an answer.
"""

from __future__ import annotations

import pytest

from designtrainer.loading.library import Library
from tools.flag_sentences import fires

FIRES: list[tuple[str, str, str]] = [
    # a metric listed beside the mistake is no fault found with it: "confusion" is a noun
    (
        "fraud-detection",
        "accuracy-as-metric",
        "Evaluation: accuracy + confusion matrix on the last month.",
    ),
    (
        "people-you-may-know",
        "accuracy-as-metric",
        "Offline I look at accuracy and the confusion matrix of the ranker.",
    ),
    # a refusal inside a reason given after the main clause refuses the reason's own words
    (
        "feed-ranking",
        "unobserved-as-negative",
        "I'd also take candidates we never served as negatives, because out of thousands of "
        "posts the user picked none of them.",
    ),
    # a word of criticism inside the phrase that states the rest of the mistake
    (
        "search-ranking",
        "unobserved-as-negative",
        "Products shown many times and never clicked become bad results in the training labels.",
    ),
    (
        "query-autocomplete",
        "unobserved-as-negative",
        "Completions that were shown but untapped count as bad suggestions for the prefix.",
    ),
    # the right choice named only in the cause or purpose that comes before the mistake
    (
        "rag-assistant",
        "fine-tune-as-knowledge",
        "The retriever adds latency, so we fine-tune the documents into the weights.",
    ),
    (
        "spam-detection",
        "offline-only-launch",
        "Running an A/B test puts users at risk of phishing, so we rely on offline evaluation "
        "and launch.",
    ),
    (
        "spam-detection",
        "silent-deletion",
        "To keep the spam folder small, we delete the obvious spam outright.",
    ),
    # a failure under an indefinite article is the case handled, no verdict on the choice
    (
        "search-ranking",
        "no-fallback",
        "A failed nightly model push means ranking is disabled until the fix ships.",
    ),
    (
        "visual-search",
        "no-fallback",
        "A broken model release disables photo search until the fix is deployed.",
    ),
    # a quotation that is what the design shows, the object of "return"/"show"
    (
        "rag-assistant",
        "no-fallback",
        "When the model times out, we return 'something went wrong' and the user retries.",
    ),
    # "is how often", "is how many": a measure defined, not "is how you end up with ..."
    (
        "fraud-detection",
        "accuracy-as-metric",
        "The goal metric is how often we get it right across approvals and declines.",
    ),
    (
        "query-autocomplete",
        "future-leakage",
        "Our best feature is how many times the query was issued that day, including searches "
        "after the impression.",
    ),
    (
        "rag-assistant",
        "engagement-only-objective",
        "The main KPI is how many employees use the assistant each week.",
    ),
    # people after "from" are a source inside the subject, not the subject
    (
        "notification-ranking",
        "unobserved-as-negative",
        "Every push from teams that lost the priority contest is a negative example for the "
        "ranker.",
    ),
]

QUIET: list[tuple[str, str, str]] = [
    (
        "fraud-detection",
        "accuracy-as-metric",
        "Evaluation: accuracy ignores the rare class, so precision and recall on the last month.",
    ),
    (
        "people-you-may-know",
        "accuracy-as-metric",
        "Offline, accuracy conflates the easy negatives with real misses, so I look at recall "
        "at k.",
    ),
    (
        "feed-ranking",
        "unobserved-as-negative",
        "Candidates we never served are not negatives, because the user never saw any of them.",
    ),
    (
        "search-ranking",
        "unobserved-as-negative",
        "Calling products that were never clicked bad results is wrong: most were never looked at.",
    ),
    (
        "query-autocomplete",
        "unobserved-as-negative",
        "Untapped completions are not bad suggestions; the user may have typed on without reading.",
    ),
]


@pytest.mark.parametrize(("case_id", "flag_id", "text"), FIRES)
def test_the_mistake_made_raises_its_flag(
    library: Library, case_id: str, flag_id: str, text: str
) -> None:
    assert fires(library, case_id, flag_id, text)


@pytest.mark.parametrize(("case_id", "flag_id", "text"), QUIET)
def test_the_careful_form_stays_quiet(
    library: Library, case_id: str, flag_id: str, text: str
) -> None:
    assert not fires(library, case_id, flag_id, text)
