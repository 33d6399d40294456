"""An idea rejected by what is wrong with it, with no cue of refusal (grading/negation/
`_judged_by_faults`, reject13): a clause whose predicate, or the appositive closing it, is a
sample found wanting ("a small skewed slice", "it's a small set ...") says why the idea is
not taken. Sentences are our own, over a small rubric built here; each reading is checked in
both directions: the fault alone earns nothing; a fault dealt with, or a sample of ours,
still earns the idea."""

from __future__ import annotations

import pytest
from toy_rubric import item

from designtrainer.domain.model import Rubric
from designtrainer.grading.compiled import compile_rubric
from designtrainer.grading.grade import grade_whole

COMPILED = compile_rubric(
    Rubric(
        case="toy",
        items=(
            item("raters", "data", ["raters", "rater labels", "human labels", "golden set"]),
            item("traps", "data", ["spam traps"]),
            item("imbalance", "data", ["class imbalance", "positives"]),
        ),
        red_flags=(),
    )
)


def met(text: str) -> set[str]:
    return {r.item.id for r in grade_whole(COMPILED, text).items if r.met}


@pytest.mark.parametrize(
    ("text", "idea", "earned"),
    [
        # the appositive that closes the clause finds fault with what it says
        (
            "The raters only see mail from opted-in users, a small skewed slice. Feedback "
            "at this volume is plenty.",
            "raters",
            False,
        ),
        (
            "The raters only see mail from opted-in users, a small skewed slice, but it's "
            "the only clean signal, so we'll use them as our eval set.",
            "raters",
            True,
        ),
        (
            "Spam traps catch bulk junk from scraped lists, a narrow and unrepresentative "
            "slice of spam.",
            "traps",
            False,
        ),
        (
            "Spam traps catch bulk junk, a small skewed slice, and that's exactly what our "
            "first model should clear out.",
            "traps",
            True,
        ),
        # "it's a small set" after a label judges the label
        (
            "Human labels: it's a small set relative to 300M searches and skewed to head queries.",
            "raters",
            False,
        ),
        (
            "Human labels: it's a small set, so we'd weight it up in evaluation.",
            "raters",
            True,
        ),
        (
            "Rater labels: they're a small, biased sample. Clicks it is.",
            "raters",
            False,
        ),
        # a predicate that finds fault, then the next sentence takes the idea up
        (
            "The golden set is a tiny sample next to daily traffic. User feedback is the signal.",
            "raters",
            False,
        ),
        (
            "The golden set is a small sample. We'd still use it as the final eval set.",
            "raters",
            True,
        ),
        # a sample of ours, or one whose clause goes on
        (
            "We keep a golden set, a small set of 2,000 hand-labelled emails, for evaluation.",
            "raters",
            True,
        ),
        (
            "The golden set, a small set of 2,000 hand-labelled emails, is our eval set.",
            "raters",
            True,
        ),
        (
            "Raters review a small random sample of spam-filed mail each day to estimate the "
            "FP rate.",
            "raters",
            True,
        ),
        # an aside in brackets, and a count of the imbalance, find no fault with an idea
        (
            "Edge cache for short prefixes (they're a tiny set and a huge share of traffic); "
            "raters label the golden set weekly.",
            "raters",
            True,
        ),
        (
            "Fraud is rare, a small slice of 0.1% of payments; we weight the positives up.",
            "imbalance",
            True,
        ),
    ],
)
def test_fault_found_or_dealt_with(text: str, idea: str, earned: bool) -> None:
    assert (idea in met(text)) is earned


OTHERS = compile_rubric(
    Rubric(
        case="toy",
        items=(
            item("levers", "modeling", ["levers", "what-if scenarios"]),
            item("feedback-loop", "data", ["declined payments", "unlabelled", "holdback"]),
            item("dedup", "production", ["duplicate listings", "collapsing duplicates"]),
            item("imbalance", "data", ["positives"]),
        ),
        red_flags=(),
    )
)


def met_others(text: str) -> set[str]:
    return {r.item.id for r in grade_whole(OTHERS, text).items if r.met}


@pytest.mark.parametrize(
    ("text", "idea", "earned"),
    [
        # what others would do, then our own simpler course (`_voiced_then_other_course`)
        (
            "Promotions and fees: some would model them as levers and re-run forecasts per "
            "scenario. I'd keep it simpler, taking the marketing calendar as a given input.",
            "levers",
            False,
        ),
        (
            "Some would treat promotions as levers with what-if scenarios. We'd do the same: "
            "the forecast is re-run per promo plan.",
            "levers",
            True,
        ),
        (
            "Some would treat promotions as levers with what-if scenarios. I'd go further "
            "and model the fees as levers too.",
            "levers",
            True,
        ),
        # a refusal, then the problem left standing (`_left_standing`)
        (
            "A holdback of would-be-declined payments would mean approving fraud on purpose; "
            "I wouldn't do that. Declined payments stay unlabelled.",
            "feedback-loop",
            False,
        ),
        (
            "I wouldn't approve fraud on purpose. Declined payments stay unlabelled, so we "
            "add a 1% holdback of declined payments to learn from.",
            "feedback-loop",
            True,
        ),
        (
            "I wouldn't resample. The positives stay in at their natural rate with class weights.",
            "imbalance",
            True,
        ),
        # "leave as they are", and what the refused idea needs (`_cost_after_refusal`)
        (
            "Duplicate listings I'd leave as they are; collapsing duplicates needs a "
            "clustering job and a seller-choice policy.",
            "dedup",
            False,
        ),
        (
            "I wouldn't rebuild the index daily; collapsing duplicates needs a clustering "
            "job, and we'd run it at ingestion.",
            "dedup",
            True,
        ),
        (
            "I wouldn't show every copy; we collapse duplicate listings into one result with "
            "a clustering job.",
            "dedup",
            True,
        ),
    ],
)
def test_others_course_and_what_is_left(text: str, idea: str, earned: bool) -> None:
    assert (idea in met_others(text)) is earned


@pytest.mark.parametrize(
    ("text", "earned"),
    [
        # weighed, then only found fault with after the "but" (`_weighed_then_faulted`)
        (
            "Human labels sound attractive, but they're slow, expensive, and skewed to head "
            "queries.",
            False,
        ),
        (
            "Human labels sound attractive, but they're slow and expensive; we budget 5k a "
            "quarter for the eval set.",
            True,
        ),
        (
            "The golden set is the obvious label source, but it covers head queries. "
            "We'd still use it for the final check.",
            True,
        ),
        (
            "The golden set is the obvious label source, but it covers head queries, "
            "so we add raters for tail queries.",
            True,
        ),
        # handed to another team (`_handed_to_team`)
        (
            "Raters: a proper rater programme belongs with the search quality team; on our "
            "side we train on clicks.",
            False,
        ),
        (
            "Human labels would be the search quality team's job, and a heavier lift than "
            "I'd take on here.",
            False,
        ),
        (
            "The raters are the trust team's reviewers, and we use their labels as the eval set.",
            True,
        ),
        (
            "Human labels belong with our team: we run the rater programme for the eval set.",
            True,
        ),
    ],
)
def test_weighed_faults_and_other_teams(text: str, earned: bool) -> None:
    assert ("raters" in met(text)) is earned


@pytest.mark.parametrize(
    ("text", "earned"),
    [
        # a subject whose predicate is what it costs (`_judged_by_predicate`)
        ("Human labels are costly for 300M searches a day.", False),
        ("Human labels are costly, so we spend them on the eval set only.", True),
        ("Human labels would be expensive at this scale. Clicks carry training.", False),
        (
            "Human labels are expensive. Instead we label a golden set of 2k queries a "
            "quarter for evaluation.",
            True,
        ),
        ("Our human labels are expensive and we use them for evaluation.", True),
        (
            "The rater programme is expensive for the vendor, and we get 20k labels a "
            "quarter that we use as the golden set.",
            True,
        ),
        # a fault of data states a problem, not a cost: no verdict on the idea
        ("Human labels are slow to arrive; we use them as the weekly eval set.", True),
    ],
)
def test_cost_as_predicate(text: str, earned: bool) -> None:
    assert ("raters" in met(text)) is earned


EMBEDDINGS = compile_rubric(
    Rubric(
        case="toy",
        items=(
            item("embeddings", "modeling", ["graph embeddings", "member embeddings", "node2vec"]),
        ),
        red_flags=(),
    )
)


@pytest.mark.parametrize(
    ("text", "earned"),
    [
        # what the idea could do, weighed, then put off after "but" (`_possible_then_dropped`)
        (
            "Learned member embeddings (GraphSAGE or node2vec) could reach past two hops, but "
            "friends-of-friends plus cohorts already covers most accepted connections; I'd "
            "hold off on graph embeddings until the recall analysis shows a gap.",
            False,
        ),
        (
            "Node2vec member embeddings could reach past two hops, but we don't need them in "
            "the ranker; we use them as a candidate source.",
            True,
        ),
        (
            "Node2vec might add recall, but only if we retrain it weekly, so we train node2vec "
            "member embeddings weekly.",
            True,
        ),
        (
            "We train node2vec member embeddings weekly. They could drift, but I wouldn't "
            "worry: the graph changes slowly.",
            True,
        ),
        # a clause after the ';' that takes up another choice keeps the idea dropped; a
        # sentence that only reports ("we" inside it) is still what "they" points back to
        (
            "Node2vec member embeddings could reach past two hops, but I'm skeptical of them "
            "here; I'd stick with friends-of-friends for now.",
            False,
        ),
        (
            "One could argue that member embeddings we learn with node2vec find better "
            "candidates. They could in theory, but I'd not build them now.",
            False,
        ),
    ],
)
def test_possible_then_dropped(text: str, earned: bool) -> None:
    got = {r.item.id for r in grade_whole(EMBEDDINGS, text).items if r.met}
    assert ("embeddings" in got) is earned


@pytest.mark.parametrize(
    ("text", "earned"),
    [
        # after a refusal, a sentence of the idea's faults is the case against, to its end
        (
            "The vendor's golden set I'd leave out of training entirely. It's a tiny sample "
            "next to 300M searches a day, rater labels drift from what people buy, and the "
            "budget is better spent elsewhere.",
            False,
        ),
        (
            "The vendor's golden set I'd leave out of training. It's a tiny sample next to "
            "300M searches a day, so we use rater labels only for the eval set.",
            True,
        ),
    ],
)
def test_faults_after_refusal(text: str, earned: bool) -> None:
    assert ("raters" in met(text)) is earned


@pytest.mark.parametrize(
    ("text", "earned"),
    [
        # what the idea would cost, as a hypothetical (`_would_cost`)
        (
            "Node2vec over the full graph would add a second training pipeline and likely "
            "push past the nightly window.",
            False,
        ),
        ("Graph embeddings would double the candidate-generation cost.", False),
        (
            "Graph embeddings would add a second pipeline, which we can afford since the "
            "batch window has slack.",
            True,
        ),
        (
            "Graph embeddings would add another candidate source. We train node2vec weekly for it.",
            True,
        ),
        ("We would add node2vec member embeddings as a second candidate source.", True),
        ("Node2vec member embeddings would add another 5% recall at two hops.", True),
    ],
)
def test_would_cost(text: str, earned: bool) -> None:
    got = {r.item.id for r in grade_whole(EMBEDDINGS, text).items if r.met}
    assert ("embeddings" in got) is earned


@pytest.mark.parametrize(
    ("text", "earned"),
    [
        # a noun of trouble, or a consequence that is a fault (`_judged_by_trouble`)
        ("Mining node2vec neighbours on a graph this size is a mess I don't want.", False),
        ("Graph embeddings would be a maintenance headache for a team of four.", False),
        ("Retraining node2vec nightly means training on stale graphs anyway.", False),
        (
            "Graph embeddings are a headache to maintain, so we retrain node2vec weekly with "
            "a fixed seed.",
            True,
        ),
        (
            "Node2vec is a mess to tune. We'd still train member embeddings weekly for candidates.",
            True,
        ),
        (
            "The old candidate code is a mess; we replace it with node2vec member embeddings.",
            True,
        ),
        (
            "Node2vec member embeddings mean candidates past two hops, and we train them weekly.",
            True,
        ),
    ],
)
def test_judged_by_trouble(text: str, earned: bool) -> None:
    got = {r.item.id for r in grade_whole(EMBEDDINGS, text).items if r.met}
    assert ("embeddings" in got) is earned


@pytest.mark.parametrize(
    ("text", "earned"),
    [
        # a matter conceded, then waved away (`_conceded_then_dismissed`)
        (
            "Yes, node2vec reaches past two hops, but 95% of accepted connections are within "
            "two hops anyway, so the gain is small.",
            False,
        ),
        (
            "Sure, node2vec is slow to train, but we train member embeddings weekly anyway.",
            True,
        ),
    ],
)
def test_conceded_then_dismissed(text: str, earned: bool) -> None:
    got = {r.item.id for r in grade_whole(EMBEDDINGS, text).items if r.met}
    assert ("embeddings" in got) is earned
