"""A red flag fires where the answer commits to the mistake as its own design, and only there.

Probe sentences written for flags28 before the commitment reading was built, in new words
(none is copied from an answer): COMMITTED states the mistake as a plan of ours, an order, a
note of a choice or a plain description of what we build; CAREFUL names the same mistake
only as someone else's choice, in quotes, as a question, a condition or a concession, as
the subject of what it would do, judged by what follows it, or negated.

Main's checker (7292515) on the table as it stands: 41 of 48 COMMITTED raised (the 7 it
misses are evidence gaps, xfail below), 41 of 59 CAREFUL quiet (18 false alarms); this
branch 41 of 48 and 55 of 59 (4 xfail: no general reading yet). The first 72 were written
before the reading was built (main then: 29 and 28 of 36; a dozen careful probes said
"unclicked" where feed-ranking's flag is about posts never shown, quiet by evidence alone,
so they were reworded to the flag's own sense); 8 more guard the readings that replaced
deleted ones; the last 25 were written after it, on shapes it was not tuned on (main 9 of
15 careful quiet, this branch 13; committed 10 of 10 both). About half the careful probes
are quiet by negation, a question or the evidence whatever the stance reading says.
"""

from __future__ import annotations

import pytest

from designtrainer.loading.library import Library
from tools.flag_sentences import fires

_NO_EVIDENCE = pytest.mark.xfail(
    strict=True,
    reason="evidence, not stance: the rubric's phrases (or the negation of 'not clicked') do "
    "not reach this wording; main's checker misses it too",
)
_A_FOIL_BY_ITS_ADJECTIVE = pytest.mark.xfail(
    strict=True,
    reason="'the textbook approach', 'the obvious plan': only the adjective makes it a foil, and "
    "'the simple move is to shuffle ...' (test_red_flags) is a plan; no general reading yet",
)

_NO_READING_YET = pytest.mark.xfail(
    strict=True,
    reason="'the growth team' reads as our team: no general reading tells it apart yet",
)

COMMITTED: list[object] = [
    # a plan of ours: first person with a plan verb, a modal of ours, our present
    ("fraud-detection", "random-split", "We'll shuffle the transactions and split them 80/20."),
    ("fraud-detection", "accuracy-as-metric", "I'd judge the model on its accuracy."),
    ("fraud-detection", "accuracy-as-metric", "We report accuracy as the headline number."),
    pytest.param(
        "demand-forecasting",
        "random-split",
        "I am going to split the zone-hours randomly.",
        marks=_NO_EVIDENCE,
    ),
    pytest.param(
        "feed-ranking",
        "unobserved-as-negative",
        "Our negatives are the posts shown but not clicked.",
        marks=_NO_EVIDENCE,
    ),
    (
        "feed-ranking",
        "offline-only-launch",
        "Once offline NDCG beats the baseline we ship it to everyone.",
    ),
    ("spam-detection", "unobserved-as-negative", "We treat every message nobody reported as ham."),
    (
        "recommendation",
        "random-split",
        "Then we randomly split the interactions into train and test.",
    ),
    pytest.param(
        "search-ranking",
        "unobserved-as-negative",
        "I plan to label skipped results as negatives.",
        marks=_NO_EVIDENCE,
    ),
    ("feed-ranking", "engagement-only-objective", "We'll optimise the ranker for clicks."),
    # an order, or a note that states a choice
    ("fraud-detection", "random-split", "Split: random 70/30."),
    ("fraud-detection", "accuracy-as-metric", "- metric: accuracy"),
    pytest.param(
        "feed-ranking",
        "unobserved-as-negative",
        "Labels -> unclicked impressions = 0",
        marks=_NO_EVIDENCE,
    ),
    (
        "demand-forecasting",
        "random-split",
        "Take the three years, shuffle them, hold out 15% as test.",
    ),
    ("recommendation", "random-split", "Randomly split the interaction log 90/10."),
    ("search-ranking", "unobserved-as-negative", "Negatives: results shown but not clicked."),
    ("feed-ranking", "offline-only-launch", "Ship when offline AUC improves."),
    ("spam-detection", "unobserved-as-negative", "Unreported messages = ham."),
    ("fraud-detection", "accuracy-as-metric", "Primary metric = accuracy."),
    ("feed-ranking", "engagement-only-objective", "Objective: maximise clicks."),
    # a plain statement of the design, its system as the subject
    ("fraud-detection", "random-split", "The data is split randomly into train and test."),
    pytest.param(
        "feed-ranking",
        "unobserved-as-negative",
        "Every impression without a click becomes a negative.",
        marks=_NO_EVIDENCE,
    ),
    pytest.param(
        "recommendation",
        "unobserved-as-negative",
        "Items shown but never clicked are the negatives.",
        marks=_NO_EVIDENCE,
    ),
    ("fraud-detection", "accuracy-as-metric", "The model is evaluated on accuracy."),
    ("demand-forecasting", "random-split", "Training rows are shuffled and split 80/20."),
    (
        "feed-ranking",
        "offline-only-launch",
        "A model that beats production offline goes straight to all users.",
    ),
    ("spam-detection", "unobserved-as-negative", "Anything not reported counts as ham."),
    ("search-ranking", "engagement-only-objective", "The ranker is trained to maximise clicks."),
    ("recommendation", "engagement-only-objective", "The north star is watch clicks."),
    pytest.param(
        "feed-ranking",
        "unobserved-as-negative",
        "The label is 1 for a click and 0 for every other impression.",
        marks=_NO_EVIDENCE,
    ),
    # a plan after a condition or a list lead-in
    ("fraud-detection", "random-split", "To keep it simple, we split randomly 80/20."),
    (
        "feed-ranking",
        "offline-only-launch",
        "If the new model wins offline, we roll it out to all users.",
    ),
    (
        "recommendation",
        "random-split",
        "For evaluation I shuffle all interactions and hold out 10%.",
    ),
    ("spam-detection", "accuracy-as-metric", "As the metric we'll use accuracy."),
    (
        "search-ranking",
        "unobserved-as-negative",
        "Since we have the logs, unclicked results become negatives.",
    ),
    ("demand-forecasting", "random-split", "Evaluation: a random split of the rows."),
    # counterparts of the later readings: the same shapes turned into our own choice
    (
        "feed-ranking",
        "unobserved-as-negative",
        "It is simplest to label every post that was never shown as a negative, so we do.",
    ),
    (
        "fraud-detection",
        "random-split",
        "A random split of the transactions would be simplest, so we use it.",
    ),
    # written after the reading was built (main's checker and this branch: 10 of 10)
    ("fraud-detection", "random-split", "Split the transactions randomly, 80/20."),
    ("fraud-detection", "accuracy-as-metric", "Accuracy will be our headline metric."),
    (
        "feed-ranking",
        "offline-only-launch",
        "When offline NDCG beats production, the new model replaces it everywhere.",
    ),
    ("spam-detection", "unobserved-as-negative", "Every unreported message is treated as ham."),
    (
        "recommendation",
        "random-split",
        "The team splits the interactions randomly into train and test.",
    ),
    ("feed-ranking", "engagement-only-objective", "The ranker optimises clicks."),
    ("feed-ranking", "unobserved-as-negative", "Posts that were never shown go in as negatives."),
    (
        "demand-forecasting",
        "random-split",
        "For validation the zone-hours are shuffled and split 80/20.",
    ),
    (
        "fraud-detection",
        "random-split",
        "I'd just split the transactions randomly; it keeps things simple.",
    ),
    (
        "feed-ranking",
        "engagement-only-objective",
        "Honestly, optimising clicks is the right call here.",
    ),
]

CAREFUL: list[object] = [
    # someone else's choice
    (
        "fraud-detection",
        "random-split",
        "A vendor we evaluated split the transactions randomly and bragged about the AUC.",
    ),
    (
        "feed-ranking",
        "unobserved-as-negative",
        "Plenty of teams label every post that was never shown as a negative.",
    ),
    (
        "fraud-detection",
        "accuracy-as-metric",
        "The previous owner of this system reported accuracy every week.",
    ),
    (
        "spam-detection",
        "unobserved-as-negative",
        "Some vendors count every unreported message as ham.",
    ),
    (
        "recommendation",
        "random-split",
        "One team I advised split the interactions randomly and their offline numbers meant "
        "nothing.",
    ),
    (
        "feed-ranking",
        "offline-only-launch",
        "Management's instinct is to ship once offline NDCG goes up.",
    ),
    # quoted speech
    (
        "feed-ranking",
        "offline-only-launch",
        '"Offline AUC improved, roll it out" is the line I hear most, and I refuse it.',
    ),
    (
        "fraud-detection",
        "accuracy-as-metric",
        "The brief says 'report accuracy' but that number would be 99.9% for a model that "
        "flags nothing.",
    ),
    (
        "spam-detection",
        "unobserved-as-negative",
        "'Unreported means ham' sounds tidy and is wrong.",
    ),
    # a question
    ("fraud-detection", "random-split", "Why not split the transactions randomly?"),
    (
        "feed-ranking",
        "unobserved-as-negative",
        "Should every post that was never shown count as a negative?",
    ),
    # a condition or a concession
    (
        "fraud-detection",
        "random-split",
        "Even though a random split is easier, it leaks next month into training.",
    ),
    (
        "feed-ranking",
        "unobserved-as-negative",
        "Although posts that were never shown look like negatives, nobody judged them.",
    ),
    (
        "demand-forecasting",
        "random-split",
        "Were we to shuffle the zone-hours, next week would leak into training.",
    ),
    (
        "spam-detection",
        "accuracy-as-metric",
        "Whereas accuracy rewards a model that passes everything, recall at a fixed precision "
        "does not.",
    ),
    # the mistake as the subject of what it would do
    (
        "fraud-detection",
        "random-split",
        "Random splitting would let the model see fraud rings from the future.",
    ),
    (
        "feed-ranking",
        "unobserved-as-negative",
        "Treating posts that were never shown as negatives teaches the model that position "
        "is relevance.",
    ),
    (
        "recommendation",
        "random-split",
        "A random split might put a user's later sessions in train.",
    ),
    (
        "feed-ranking",
        "offline-only-launch",
        "Launching on an offline win alone could ship a model that hurts retention.",
    ),
    (
        "search-ranking",
        "unobserved-as-negative",
        "Counting results that were never shown as negatives mostly punishes the results "
        "below the fold.",
    ),
    # judged by what follows
    ("feed-ranking", "offline-only-launch", "Offline gain != launch decision."),
    (
        "fraud-detection",
        "accuracy-as-metric",
        "Accuracy as the headline metric is a trap at this base rate.",
    ),
    (
        "fraud-detection",
        "random-split",
        "Random split of the transactions: rejected, it leaks the future.",
    ),
    (
        "spam-detection",
        "unobserved-as-negative",
        "Treating unreported mail as ham: I'd push back hard on that.",
    ),
    (
        "recommendation",
        "random-split",
        "A random split inflated recall by ten points in the last project.",
    ),
    (
        "feed-ranking",
        "engagement-only-objective",
        "Optimising clicks alone erodes trust within a quarter.",
    ),
    # negated
    ("fraud-detection", "random-split", "We will never split the transactions randomly."),
    (
        "feed-ranking",
        "unobserved-as-negative",
        "I wouldn't take every post that was never shown as a negative.",
    ),
    ("fraud-detection", "accuracy-as-metric", "Accuracy won't be the metric."),
    (
        "search-ranking",
        "unobserved-as-negative",
        "We do not label results that were never shown as negatives.",
    ),
    ("feed-ranking", "offline-only-launch", "No launch on offline metrics alone."),
    # the generic or hypothetical other
    (
        "fraud-detection",
        "accuracy-as-metric",
        "A candidate who reports accuracy here has not looked at the base rate.",
    ),
    pytest.param(
        "recommendation",
        "random-split",
        "The textbook approach shuffles the interactions and splits them at random.",
        marks=_A_FOIL_BY_ITS_ADJECTIVE,
    ),
    (
        "spam-detection",
        "unobserved-as-negative",
        "People tend to treat unreported messages as ham.",
    ),
    pytest.param(
        "feed-ranking",
        "offline-only-launch",
        "The obvious plan is to ship once offline NDCG rises; that skips the A/B test.",
        marks=_A_FOIL_BY_ITS_ADJECTIVE,
    ),
    (
        "demand-forecasting",
        "random-split",
        "A naive pipeline would split the zone-hours randomly.",
    ),
    # added with the readings after the first build, as guards that the readings which
    # replaced deleted ones still hold (main's checker: 8 of 8 quiet)
    ("spam-detection", "unobserved-as-negative", "Nobody here treats unreported messages as ham."),
    (
        "feed-ranking",
        "unobserved-as-negative",
        "On day one it is tempting to label every post that was never shown as a negative.",
    ),
    (
        "feed-ranking",
        "engagement-only-objective",
        "A ranker that optimises clicks drifts toward bait.",
    ),
    (
        "fraud-detection",
        "accuracy-as-metric",
        "Accuracy as the headline metric can't tell a lazy model from a good one.",
    ),
    (
        "recommendation",
        "random-split",
        "Splitting the interactions randomly, even with a fixed seed, would leak next week.",
    ),
    (
        "feed-ranking",
        "unobserved-as-negative",
        "Counting posts that were never shown as negatives tells the model that position is "
        "relevance.",
    ),
    (
        "fraud-detection",
        "random-split",
        "Option (b), a random split of the transactions, rejected because fraud rings recur.",
    ),
    (
        "search-ranking",
        "unobserved-as-negative",
        "Don't label results that were never shown as negatives.",
    ),
    # written after the reading was built, as a check on shapes it was not tuned on (main's
    # checker: 9 of 15 quiet; this branch 13 of 15)
    (
        "fraud-detection",
        "random-split",
        "My manager's first reflex was to split the transactions randomly.",
    ),
    (
        "fraud-detection",
        "random-split",
        "Leadership wants us to split the transactions randomly because it is quicker.",
    ),
    (
        "fraud-detection",
        "accuracy-as-metric",
        "The PM asked for accuracy as the headline metric; I explained why it misleads here.",
    ),
    (
        "feed-ranking",
        "offline-only-launch",
        "Product's idea of a launch gate is an offline NDCG win, which "
        "skips the A/B test entirely.",
    ),
    (
        "spam-detection",
        "unobserved-as-negative",
        "Vendors typically count unreported messages as ham, and that is "
        "exactly the bias we avoid.",
    ),
    (
        "recommendation",
        "random-split",
        '"Just split the interactions randomly" was the advice in the old wiki.',
    ),
    (
        "fraud-detection",
        "random-split",
        "In a previous role, my team split the transactions randomly and the "
        "offline AUC was meaningless.",
    ),
    pytest.param(
        "feed-ranking",
        "engagement-only-objective",
        "The growth team optimises clicks; our ranker should not.",
        marks=_NO_READING_YET,
    ),
    (
        "fraud-detection",
        "accuracy-as-metric",
        "Reporting accuracy here would flatter a model that never flags anything.",
    ),
    (
        "feed-ranking",
        "offline-only-launch",
        "Shipping on an offline win alone might look efficient but hides novelty effects.",
    ),
    (
        "demand-forecasting",
        "random-split",
        "Splitting the zone-hours randomly leaks tomorrow into training, so we split by date.",
    ),
    ("spam-detection", "unobserved-as-negative", "Is unreported mail really ham? Mostly not."),
    ("recommendation", "random-split", "Random split? It leaks future sessions."),
    (
        "feed-ranking",
        "unobserved-as-negative",
        "Whoever labels every post that was never shown as a negative is "
        "teaching the model the old ranker.",
    ),
    pytest.param(
        "fraud-detection",
        "random-split",
        "A random split looks great offline and collapses on next month's fraud.",
    ),  # quiet since flags29p: "collapses" after the mistake tells what it does
]


@pytest.mark.parametrize(("case_id", "flag_id", "text"), COMMITTED)
def test_a_mistake_the_answer_commits_to_raises_its_flag(
    library: Library, case_id: str, flag_id: str, text: str
) -> None:
    assert fires(library, case_id, flag_id, text)


@pytest.mark.parametrize(("case_id", "flag_id", "text"), CAREFUL)
def test_a_mistake_named_without_commitment_raises_nothing(
    library: Library, case_id: str, flag_id: str, text: str
) -> None:
    assert not fires(library, case_id, flag_id, text)
