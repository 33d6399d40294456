"""Rejections read in lane reject20 (the blind batches 51-63), each a class of English rather
than a sentence: a closing verdict that describes a piece of work ("a phase-two project"); a
rejected idea named again only as a question or a condition ("whether X still adds enough",
"if X is down, ...", "I'd only X if ..."); a subject set off by a relative clause read with
its own predicate; "X is something I'd rather put off"; a quoted verdict labelling work ('a
"maybe later" item'); a verdict's "it" after "but" and a short phrase pointing at the idea
its own sentence weighed up; an idea that "gets mentioned"; a consequence stated ("so
there's", "means"); "X is a lot of <work>". Each group holds twins that adopt the idea in
similar words and stay credited. Sentences are our own, over a small rubric built here."""

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
            item("retrieval", "modeling", ["semantic retrieval", "dense retrieval", "ann index"]),
            item("explore", "production", ["exploration", "feedback loop", "popularity bias"]),
            item("multitask", "modeling", ["multi-task network", "multi task model"]),
            item("store", "production", ["feature store", "streaming features"]),
            item("decompose", "modeling", ["decompose", "separate legs"]),
            item("judge", "evaluation", ["llm judge", "model judge"]),
            item("spill", "evaluation", ["spillover", "cluster randomisation", "interference"]),
            item("graph", "modeling", ["graph embeddings", "graphsage"]),
        ),
        red_flags=(),
    )
)


def met(text: str) -> set[str]:
    return {r.item.id for r in grade_whole(COMPILED, text).items if r.met}


def case(text: str, item_id: str, credited: bool) -> tuple[str, str, bool]:
    return (text, item_id, credited)


WORK_OF_A_PHASE = [
    # a closing verdict followed only by a noun of work still closes its clause
    case(
        "Dense retrieval is the obvious next step, but I'd treat it as a phase-two project.",
        "retrieval",
        False,
    ),
    case("Dense retrieval would help, but I'd treat it as phase-two work.", "retrieval", False),
    case("Semantic retrieval is tempting; I'd see it as a phase 2 project.", "retrieval", False),
    case("Graph embeddings are nice, but I'd treat them as a phase-two effort.", "graph", False),
    case("GraphSAGE could help, but I'd count it as a phase two item.", "graph", False),
    case(
        "A multi-task network is appealing, but I'd treat it as a phase-two task.",
        "multitask",
        False,
    ),
    # the same words going on as the subject of a clause plan the work
    case("The phase two project covers dense retrieval over the catalogue.", "retrieval", True),
    case("Phase two work starts with GraphSAGE embeddings for every member.", "graph", True),
    case("We build dense retrieval with an ANN index in the first release.", "retrieval", True),
    case(
        "Our phase-two project is a multi-task network for all heads; we build it now.",
        "multitask",
        True,
    ),
]

QUESTION_OR_CONDITION = [
    # after a rejection, a mention in a "whether" clause, an outage put first, or between
    # "only" and a condition brings nothing back
    case(
        "Dense retrieval is the obvious next thing, but I'd treat it as a phase-two project; "
        "then we can measure whether an ANN index still adds enough to justify the cost.",
        "retrieval",
        False,
    ),
    case(
        "I wouldn't build a feature store for v1. If the feature store is down later, we "
        "serve the old formula.",
        "store",
        False,
    ),
    case(
        "No streaming features for v1. If the model service or the feature store time out, "
        "we return the old formula.",
        "store",
        False,
    ),
    case(
        "I'd skip a feature store for now, and if the feature store fails we fall back to "
        "batch values.",
        "store",
        False,
    ),
    case(
        "I'd skip separate legs for v1: one end-to-end model, and we only decompose if error "
        "analysis says prep dominates.",
        "decompose",
        False,
    ),
    case(
        "A multi-task network is the textbook answer, but I'd skip it and only move to a "
        "multi-task network once the rare heads clearly suffer.",
        "multitask",
        False,
    ),
    case(
        "I'd skip exploration for launch and check whether exploration is needed after a quarter.",
        "explore",
        False,
    ),
    # a genuine adoption after the rejection still counts; a condition we set is a rule
    case(
        "I wouldn't build a feature store for v1. In v2 we add a feature store for the "
        "driver features.",
        "store",
        True,
    ),
    case(
        "No dense retrieval at launch. After launch we do build an ANN index for tail queries.",
        "retrieval",
        True,
    ),
    case(
        "I'd not decompose at first. From month two we decompose the estimate into separate legs.",
        "decompose",
        True,
    ),
    case(
        "We serve streaming features from a feature store, and if it is down we fall back to "
        "batch values.",
        "store",
        True,
    ),
    case(
        "We decompose the estimate into prep, pickup and drive, and only decompose further "
        "if a leg dominates.",
        "decompose",
        True,
    ),
]

RELATIVE_CLAUSE_SUBJECT = [
    # a subject set off by a relative clause is read with its own predicate
    case(
        "Feedback loops, where popular items get shown and become more popular, are a real "
        "concern in principle. Dedicated exploration traffic is overkill for launch.",
        "explore",
        False,
    ),
    case(
        "Popularity bias, which grows as the ranker learns from itself, is a real risk. "
        "Exploration slots are overkill for v1.",
        "explore",
        False,
    ),
    case(
        "Spillover, where friends in control get pushes from treated friends, is real. "
        "Cluster randomisation is overkill here.",
        "spill",
        False,
    ),
    case(
        "Interference, which happens when invites cross arms, is a known issue. Cluster "
        "randomisation is overkill for this launch.",
        "spill",
        False,
    ),
    case(
        "Feedback loops, which narrow the feed over time, are a real concern. Exploration "
        "slots are probably overkill for v1.",
        "explore",
        False,
    ),
    # the subject's own predicate of ours adopts it
    case(
        "Feedback loops, where popular items get shown more, we counter with a 5% "
        "exploration bucket.",
        "explore",
        True,
    ),
    case(
        "Feedback loops, where popular items get shown more, are a real concern, so we "
        "reserve 5% of slots for exploration.",
        "explore",
        True,
    ),
    case(
        "Spillover, where friends in control get pushes from treated friends, we handle "
        "with cluster randomisation on the friend graph.",
        "spill",
        True,
    ),
    case(
        "Popularity bias, which grows as the ranker learns from itself, is countered with "
        "exploration slots on every page.",
        "explore",
        True,
    ),
    case(
        "Interference, which happens when invites cross arms, is why we use cluster randomisation.",
        "spill",
        True,
    ),
]

PUT_OFF_THING = [
    # "X is something I'd rather put off / put aside" refuses as "skip" does
    case(
        "Dedicated exploration traffic is something I'd rather put off until the system is stable.",
        "explore",
        False,
    ),
    case("Exploration traffic is something I'd put aside for now.", "explore", False),
    case("A feature store is something we'd put off until v2.", "store", False),
    case(
        "Graph embeddings are something I'd rather set aside for the first release.", "graph", False
    ),
    case("Cluster randomisation is something we'd put aside at this scale.", "spill", False),
    case("A multi-task network is one I'd put off until the heads settle.", "multitask", False),
    # putting off something else, or setting aside slots for the idea, adopts it
    case(
        "We run exploration on 5% of traffic; retraining hourly is something I'd put off.",
        "explore",
        True,
    ),
    case(
        "A feature store serves the driver features; the streaming rewrite is something "
        "I'd put off.",
        "store",
        True,
    ),
    case(
        "We keep exploration on 5% of slots; a second index is something I'd put aside.",
        "explore",
        True,
    ),
    case(
        "We use cluster randomisation; a global holdout is something I'd put aside.", "spill", True
    ),
]

QUOTED_VERDICT = [
    # a quoted verdict labelling a piece of work judges it
    case(
        'A multi-task network is the textbook answer, but I think it\'s a "maybe later" item.',
        "multitask",
        False,
    ),
    case('Graph embeddings are neat, but that\'s a "maybe later" thing.', "graph", False),
    case('Dense retrieval helps the tail, but it\'s a "maybe later" feature.', "retrieval", False),
    case('A feature store is appealing, but for us it\'s a "maybe later" project.', "store", False),
    case('Exploration slots are sensible, but it\'s a "not yet" item.', "explore", False),
    # a quoted cue that names a button or a label still names something
    case(
        'We train a multi-task network; the "maybe later" button feeds the dismiss head.',
        "multitask",
        True,
    ),
    case(
        'We build dense retrieval, and the "not now" tap on a card is a negative label.',
        "retrieval",
        True,
    ),
    case(
        'Users can press "not interested", and we keep exploration at 5% of slots.', "explore", True
    ),
    case('We serve features from a feature store; the "maybe later" list is empty.', "store", True),
    case(
        'GraphSAGE embeddings feed candidates; "maybe later" replies count as negatives.',
        "graph",
        True,
    ),
]

WEIGHED_UP_THEN_JUDGED = [
    # "it" after "but" and a short phrase is the idea its own sentence weighed up, not the
    # sentence before
    case(
        "For the ranker I'd start with one GBDT per action. A multi-task network is the "
        "textbook answer, but with 15 engineers I think it's overkill.",
        "multitask",
        False,
    ),
    case(
        "Candidates come from co-watch. Dense retrieval is the obvious move, but for v1 I "
        "think it's overkill.",
        "retrieval",
        False,
    ),
    case(
        "Features come from batch jobs. A feature store is tempting, but with our team I "
        "think it's overkill.",
        "store",
        False,
    ),
    case(
        "We rank with a GBDT. GraphSAGE is the classic answer, but at our size I think it's "
        "overrated.",
        "graph",
        False,
    ),
    case(
        "We test at user level. Cluster randomisation is the textbook fix, but for launch I "
        "think it's overkill.",
        "spill",
        False,
    ),
    # the sentence before keeps what it said
    case(
        "For the ranker I'd train a multi-task network. Calibration per head is the textbook "
        "answer, but with 15 engineers I think it's overkill.",
        "multitask",
        True,
    ),
    case(
        "Candidates come from dense retrieval with an ANN index. Re-ranking by hand is the "
        "obvious move, but for v1 I think it's overkill.",
        "retrieval",
        True,
    ),
    case(
        "Features come from a feature store. A second cache is tempting, but with our team I "
        "think it's overkill.",
        "store",
        True,
    ),
    case(
        "We add GraphSAGE embeddings as candidates. Node2vec is the classic answer, but at "
        "our size I think it's overrated.",
        "graph",
        True,
    ),
    case(
        "We use cluster randomisation on the friend graph. It's the textbook answer, but for "
        "launch I think it's enough.",
        "spill",
        True,
    ),
]

MENTIONED_BY_OTHERS = [
    # an idea that "gets mentioned" is given to others, as "is often suggested" is
    case(
        "Filter bubbles and popularity bias get mentioned a lot; I'd put exploration slots "
        "aside for now.",
        "explore",
        False,
    ),
    case(
        "Feedback loops get mentioned in every review; I'd skip exploration for v1.",
        "explore",
        False,
    ),
    case("Cluster randomisation gets mentioned a lot; I'd skip it here.", "spill", False),
    case("Graph embeddings get mentioned often; I'd skip them for v1.", "graph", False),
    case("A feature store gets mentioned a lot, but I'd skip it for v1.", "store", False),
    # our own adoption beside it stays credited
    case(
        "Popularity bias gets mentioned a lot, so we reserve 5% of slots for exploration.",
        "explore",
        True,
    ),
    case(
        "Spillover gets mentioned a lot, so we use cluster randomisation on the friend graph.",
        "spill",
        True,
    ),
    case(
        "We add GraphSAGE embeddings; graph embeddings get mentioned a lot for a reason.",
        "graph",
        True,
    ),
    case("We keep exploration at 5% of traffic.", "explore", True),
    case("We serve features from a feature store.", "store", True),
]

CONSEQUENCE_STATED = [
    # a consequence stated ("so there's", "means") next to a refused remedy describes
    case(
        "Friends trigger each other's pushes, so there's some spillover. Cluster "
        "randomisation feels like overkill here.",
        "spill",
        False,
    ),
    case(
        "Friends notifying friends means some spillover between arms. Cluster "
        "randomisation seems more trouble than it's worth.",
        "spill",
        False,
    ),
    case(
        "Invites cross arms, so there's some interference. Cluster randomisation is overkill "
        "for this launch.",
        "spill",
        False,
    ),
    case(
        "The ranker trains on its own picks, so there's a feedback loop. Exploration traffic "
        "is overkill for v1.",
        "explore",
        False,
    ),
    case(
        "Training on our own picks means a feedback loop. Exploration slots are overkill for "
        "launch.",
        "explore",
        False,
    ),
    # a consequence we act on is adopted
    case(
        "Friends trigger each other's pushes, so there's some spillover, and we randomise by "
        "friend clusters to contain it.",
        "spill",
        True,
    ),
    case(
        "Friends trigger each other's pushes, so we use cluster randomisation on the graph.",
        "spill",
        True,
    ),
    case(
        "The ranker trains on its own picks, so there's a feedback loop; we reserve 5% of "
        "slots for exploration.",
        "explore",
        True,
    ),
    case("We counter the feedback loop with exploration on 5% of slots.", "explore", True),
    case("Spillover between friends is handled with cluster randomisation.", "spill", True),
]

LOT_OF_WORK = [
    # "X is a lot of <work>" argues against X
    case("Calibrating an LLM judge against expert labels is a lot of SME time.", "judge", False),
    case(
        "A GraphSAGE pipeline over 25B edges is a lot of infrastructure for a marginal gain.",
        "graph",
        False,
    ),
    case("A feature store is a lot of work for three features.", "store", False),
    case("Cluster randomisation is a lot of engineering effort for a small bias.", "spill", False),
    case("A multi-task network is a lot of plumbing for two rare heads.", "multitask", False),
    # a cost paid, or a lot of something that is no cost of ours, keeps it
    case(
        "An LLM judge is a lot of SME time, but it's the only way to scale grading.", "judge", True
    ),
    case(
        "A feature store is a lot of work, but it is worth it for the driver features.",
        "store",
        True,
    ),
    case(
        "Two years of GraphSAGE embeddings is a lot of data for the candidate model.", "graph", True
    ),
    case("We build an LLM judge; it gives us a lot of room to grow.", "judge", True),
    case("Cluster randomisation gives a lot of power back once clusters are small.", "spill", True),
]


@pytest.mark.parametrize(("text", "item_id", "credited"), WORK_OF_A_PHASE)
def test_closing_verdict_with_a_noun_of_work(text: str, item_id: str, credited: bool) -> None:
    assert (item_id in met(text)) is credited


@pytest.mark.parametrize(("text", "item_id", "credited"), QUESTION_OR_CONDITION)
def test_question_or_condition_brings_nothing_back(text: str, item_id: str, credited: bool) -> None:
    assert (item_id in met(text)) is credited


@pytest.mark.parametrize(("text", "item_id", "credited"), RELATIVE_CLAUSE_SUBJECT)
def test_subject_read_with_its_own_predicate(text: str, item_id: str, credited: bool) -> None:
    assert (item_id in met(text)) is credited


@pytest.mark.parametrize(("text", "item_id", "credited"), PUT_OFF_THING)
def test_something_put_off(text: str, item_id: str, credited: bool) -> None:
    assert (item_id in met(text)) is credited


@pytest.mark.parametrize(("text", "item_id", "credited"), QUOTED_VERDICT)
def test_quoted_verdict_on_work(text: str, item_id: str, credited: bool) -> None:
    assert (item_id in met(text)) is credited


@pytest.mark.parametrize(("text", "item_id", "credited"), WEIGHED_UP_THEN_JUDGED)
def test_it_after_but_is_the_idea_weighed(text: str, item_id: str, credited: bool) -> None:
    assert (item_id in met(text)) is credited


@pytest.mark.parametrize(("text", "item_id", "credited"), MENTIONED_BY_OTHERS)
def test_idea_mentioned_by_others(text: str, item_id: str, credited: bool) -> None:
    assert (item_id in met(text)) is credited


@pytest.mark.parametrize(("text", "item_id", "credited"), CONSEQUENCE_STATED)
def test_consequence_stated_describes(text: str, item_id: str, credited: bool) -> None:
    assert (item_id in met(text)) is credited


@pytest.mark.parametrize(("text", "item_id", "credited"), LOT_OF_WORK)
def test_a_lot_of_work(text: str, item_id: str, credited: bool) -> None:
    assert (item_id in met(text)) is credited
