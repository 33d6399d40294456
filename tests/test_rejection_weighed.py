"""Ideas weighed by what they would do, then dropped after a "but" (grading/negation/
`_WEIGHING`, `_CHOOSING_INSTEAD`), and a refusal that holds or parks what it points back at.
Each rejected sentence here was credited before its reading; the adopted ones guard its
reach. Sentences are our own, over a small rubric built here so content edits never move
them."""

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
            item("cluster-split", "evaluation", ["cluster randomisation", "cluster-level split"]),
            item("dense-retrieval", "modeling", ["two-tower", "dense retrieval"]),
            item("uplift-eval", "evaluation", ["qini", "uplift curve"]),
            item("holdout", "evaluation", ["random holdout", "approve-holdout"]),
            item("per-stage", "modeling", ["stages", "per stage"]),
            item("noise", "data", ["noisy labels", "label noise", "noise"]),
            item("plan-replay", "evaluation", ["replay the plan", "replays the schedule"]),
        ),
        red_flags=(),
    )
)


def met(text: str) -> set[str]:
    return {r.item.id for r in grade_whole(COMPILED, text).items if r.met}


@pytest.mark.parametrize(
    ("text", "item_id", "kept"),
    [
        # a remedy weighed by what it would do, then a shortcoming accepted or a choice made
        (
            "Sellers in the same city influence each other; a cluster-level split would "
            "handle that, but I'd accept the leakage for a first test.",
            "cluster-split",
            False,
        ),
        (
            "A random holdout would fix the missing labels, but I'd leave it for a later "
            "quarter given what it costs.",
            "holdout",
            False,
        ),
        # the natural next step, or the rigorous check, weighed and not taken
        (
            "Dense retrieval would be the natural next source, but with four engineers I'd "
            "keep BM25 alone for launch.",
            "dense-retrieval",
            False,
        ),
        (
            "Uplift curves are the rigorous offline check, but with so little randomised "
            "traffic I'd rather go straight to an online test.",
            "uplift-eval",
            False,
        ),
        # held: "I'd hold it" after the idea's own sentence
        (
            "A two-tower model is the obvious next step. I'd hold it: the lexical index is "
            "easier to debug for now.",
            "dense-retrieval",
            False,
        ),
        # adopted: what it would do, with no "but" dropping it
        (
            "Cluster randomisation would handle the leakage between friends, so the test "
            "randomises by community.",
            "cluster-split",
            True,
        ),
        (
            "A two-tower model would be the natural next source, and we build it in the "
            "second month alongside BM25.",
            "dense-retrieval",
            True,
        ),
        # adopted: the "but" adds to it rather than choosing something else
        (
            "Qini curves are the rigorous offline check, but we also run an online test.",
            "uplift-eval",
            True,
        ),
    ],
)
def test_a_remedy_weighed_then_dropped(text: str, item_id: str, kept: bool) -> None:
    assert (item_id in met(text)) is kept


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a slashed list counts as one word of the refusal's reach
        ("I won't break the delivery into pick / pack / ship stages with a model each.", False),
        ("I won't break the delivery into pick/pack/ship stages with a model each.", False),
        # adopted: the list in a sentence with no refusal
        ("We break the delivery into pick / pack / ship stages with a model each.", True),
        # adopted: a refusal ended by its clause does not reach the stages
        ("I won't use a GPU; we model pick / pack / ship stages with a model each.", True),
    ],
)
def test_a_slashed_list_inside_a_refusal_s_reach(text: str, kept: bool) -> None:
    assert ("per-stage" in met(text)) is kept


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a relative clause with a verb of the third person tells which thing is refused
        ("I won't build a simulator that replays the plans against outcomes.", False),
        ("We won't write a tool which replays the schedule for every depot.", False),
        # adopted: no refusal before it
        ("We build a simulator that replays the plans against outcomes.", True),
        # adopted: the refusal's clause ended before the relative clause
        ("I won't use a GPU. A simulator that replays the plans checks the costs.", True),
    ],
)
def test_a_relative_clause_of_a_refused_thing(text: str, kept: bool) -> None:
    assert ("plan-replay" in met(text)) is kept


@pytest.mark.parametrize(
    ("text", "item_id", "kept"),
    [
        # "not in v1" set off after a comma at its sentence's end: about the sentence
        (
            "The delay data would let us score a random holdout in a second model, not in v1.",
            "holdout",
            False,
        ),
        # a shortcoming called tolerable is put up with, not handled
        ("I'd not clean out friendly fraud; the label noise is tolerable.", "noise", False),
        # adopted: an afterthought refusing something else
        (
            "We keep a random holdout of 1% of declines, not a rule-based sample.",
            "holdout",
            True,
        ),
        # adopted: noise handled, and what is tolerable is something else
        (
            "We down-weight noisy labels from friendly fraud; a day of delay is tolerable.",
            "noise",
            True,
        ),
    ],
)
def test_an_afterthought_and_a_shortcoming_called_tolerable(
    text: str, item_id: str, kept: bool
) -> None:
    assert (item_id in met(text)) is kept


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # what the idea adds is its cost, as "adds delay" was
        ("The random holdout adds variance that a small first test can ill afford.", False),
        ("I'm not sure. The random holdout adds a layer we'd have to validate by itself.", False),
        # adopted: a measured addition plans it, and "we add" is our own choice
        ("A random holdout adds 2% of declines to the training data each week.", True),
        ("We add a random holdout as a second layer of checks on the model.", True),
    ],
)
def test_what_an_idea_adds_as_its_cost(text: str, kept: bool) -> None:
    assert ("holdout" in met(text)) is kept


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a deferral of what "it" stands for, past a milestone
        ("A random holdout would show what we block. I'd revisit it after the launch.", False),
        ("A random holdout costs real money, so I'd leave it for after the pilot.", False),
        # a refusal of "it" closing the sentence still takes back its sentence
        ("People argue for a random holdout on declines, so I'd park it.", False),
        # adopted: revisited after launch, having been built
        ("We ship a random holdout on day one and revisit its size after the launch.", True),
    ],
)
def test_a_deferral_of_what_it_stands_for(text: str, kept: bool) -> None:
    assert ("holdout" in met(text)) is kept


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a sentence that weighs, then one opening "For v1" that drops something
        (
            "Dense retrieval comes up a lot for long-tail queries. For v1 the synonym list "
            "covers most of them, and I'd revisit it after the ranker ships.",
            False,
        ),
        # adopted: "For v1" builds it
        (
            "Dense retrieval comes up a lot for long-tail queries. For v1 we build a two-tower "
            "model over titles, and we drop the old synonym list.",
            True,
        ),
    ],
)
def test_weighed_then_dropped_for_v1(text: str, kept: bool) -> None:
    assert ("dense-retrieval" in met(text)) is kept


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # weighed, then what the first version does instead: the reason between is refused too
        (
            "I thought about a two-tower model, but the clicks to train dense retrieval are "
            "thin, and for v1 BM25 with synonyms is simpler.",
            False,
        ),
        # adopted: what the first version does is the idea
        (
            "I thought about query rewriting, but for v1 a two-tower model covers the "
            "vocabulary gap.",
            True,
        ),
    ],
)
def test_weighed_then_what_the_first_version_does(text: str, kept: bool) -> None:
    assert ("dense-retrieval" in met(text)) is kept


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("A random holdout is a follow-up once the model has settled.", False),
        ("A random holdout is something for the roadmap.", False),
        ("A random holdout is heavyweight for what it buys us.", False),
        ("A random holdout can come down the line.", False),
        ("I'd punt on a random holdout.", False),
        ("I'd table a random holdout for now.", False),
        ("A random holdout has diminishing returns at our volume.", False),
        # adopted: "an option" is no verdict, and a follow-up of the holdout keeps it
        ("A random holdout is an option we take from the first week.", True),
        ("We run a random holdout, and a follow-up review of its results each month.", True),
    ],
)
def test_later_work_and_weight_not_worth_carrying(text: str, kept: bool) -> None:
    assert ("holdout" in met(text)) is kept


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # weighed by what others recommend or what it would bring, then dropped
        ("A random holdout is what the papers recommend, but rules are enough for v1.", False),
        ("A random holdout has real benefits, but I'd keep it out of the first version.", False),
        ("There's a case for a random holdout, but I'd wait.", False),
        ("You could run a random holdout, but I'd rather not.", False),
        ("A random holdout might add some signal, but not enough to justify it now.", False),
        # other verdicts probed in general English
        ("Many teams would run a random holdout here. I'd start simpler.", False),
        ("One option is a random holdout. I'd leave that for later.", False),
        ("A random holdout: not yet.", False),
        ("A random holdout is unlikely to pay off at our volume.", False),
        ("A random holdout would be my next step after launch.", False),
        # adopted: weighed and kept
        ("A random holdout has real benefits, so we run one from the first week.", True),
        ("There's a case for a random holdout, and we run it on 1% of declines.", True),
    ],
)
def test_weighed_by_what_it_would_bring(text: str, kept: bool) -> None:
    assert ("holdout" in met(text)) is kept


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("A random holdout matters, but I'd push it to phase two.", False),
        (
            "A random holdout is the standard upgrade, but I'd postpone it to the next release.",
            False,
        ),
        (
            "A random holdout is the textbook step, but with four analysts I'd put it in the "
            "second half.",
            False,
        ),
        ("A random holdout sounds cheap, but I'd keep the rule sample for now.", False),
        ("A random holdout is probably where this ends up, but I'd start with the rules.", False),
        (
            "A random holdout would be a good thing eventually, but it isn't where I'd spend the "
            "first quarter.",
            False,
        ),
        ("A random holdout can come after the pilot.", False),
        ("A random holdout is something I'd add in a second round.", False),
        ("A random holdout on declines: I'd keep that in reserve.", False),
        ("A random holdout is a heavier lift than I'd take on here.", False),
        # adopted: "the standards" is no weighing; what we put in place stays
        ("The standards ask for a random holdout, but we size it at 1% of declines.", True),
        ("We put a random holdout in the second week and keep it for a quarter.", True),
    ],
)
def test_put_off_by_a_later_time_or_a_later_place(text: str, kept: bool) -> None:
    assert ("holdout" in met(text)) is kept


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # weighed, then set off by a semicolon or dash, what the first version does instead
        (
            "A random holdout would be the rigorous approach; for v1 I'd settle for the rules.",
            False,
        ),
        (
            "A random holdout sounds great on paper; honestly, for v1 we'd rather use the rule "
            "sample.",
            False,
        ),
        (
            "A random holdout is the textbook answer \u2014 for v1 I'd keep the analysts' sample.",
            False,
        ),
        # adopted: no weighing before, or the first version does it
        ("We run a random holdout on 1% of declines; for v1 I'd keep it at that size.", True),
        ("Fraud rings adapt quickly; for v1 we'd run a random holdout on 1% of declines.", True),
    ],
)
def test_weighed_then_set_off_for_the_first_version(text: str, kept: bool) -> None:
    assert ("holdout" in met(text)) is kept


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # "something I'd add" put off to a second round, as to a later phase
        ("A random holdout is something I'd add in a second round rather than upfront.", False),
        # a problem acknowledged as clearly there, then its remedy put off
        ("Selection bias is clearly there in the logs, but I'd put off a random holdout.", False),
        # adopted: added in the first round
        ("A random holdout is something we add in the first round, before launch.", True),
    ],
)
def test_added_in_a_second_round(text: str, kept: bool) -> None:
    assert ("holdout" in met(text)) is kept


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # the object put before "I'd consider" a verdict, as before "I'd treat as"
        ("A random holdout on every merchant I'd consider overkill for the pilot.", False),
        # "I'd treat them as a later experiment"
        ("Random holdouts get a lot of hype; so I'd treat them as a later experiment.", False),
        # adopted: considered and kept
        ("A random holdout on 1% of declines I'd consider essential for the pilot.", True),
    ],
)
def test_an_object_before_i_d_consider_a_verdict(text: str, kept: bool) -> None:
    assert ("holdout" in met(text)) is kept


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a word of judgement between the copula's article and its verdict
        (
            "Running a random holdout per merchant is a sensible later phase; for now the rules "
            "sample.",
            False,
        ),
        # adopted: a sensible first step
        ("Running a random holdout per merchant is a sensible first step.", True),
    ],
)
def test_a_judging_word_before_a_verdict(text: str, kept: bool) -> None:
    assert ("holdout" in met(text)) is kept


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # "too X (aside) to Y": the aside in brackets does not end the reading
        ("The labels are too sparse (a few hundred a week) to fit a random holdout on.", False),
        # adopted: brackets with no "to" after them
        ("The labels are too sparse (a few hundred a week), so we add a random holdout.", True),
    ],
)
def test_too_x_to_across_a_bracketed_aside(text: str, kept: bool) -> None:
    assert ("holdout" in met(text)) is kept


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a doubt about what "they" stands for, after a note's label
        ("Random holdouts: I'm honestly not sure they tell us much at 1% of traffic.", False),
        # adopted: the doubt is about something else than the label's idea
        (
            "Random holdouts on 1% of declines from day one; not sure the rules team will like "
            "it, but it stays.",
            True,
        ),
    ],
)
def test_a_doubt_about_what_they_stand_for(text: str, kept: bool) -> None:
    assert ("holdout" in met(text)) is kept
