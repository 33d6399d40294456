"""Rejections read from the structure of an English sentence, not from a cue list
(grading/negation/): an opinion denied ("I don't think X needs Y") covers the clause it
introduces. Each rejected sentence here was credited before its reading; the adopted ones
guard its reach. Sentences are our own, over a small rubric built here so content edits
never move them."""

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
            item("abuse-model", "modeling", ["abuse model", "abuse classifier"]),
            item("online-learning", "production", ["online learning", "streaming updates"]),
            item("drift-monitoring", "production", ["drift monitoring", "monitoring"]),
            item("freshness", "production", ["stale", "freshness", "continuous training"]),
            item("dedup", "data", ["duplicate listings", "dedup", "near-duplicates"]),
            item("label-noise", "data", ["friendly fraud", "label noise"]),
        ),
        red_flags=(),
    )
)


def met(text: str) -> set[str]:
    return {r.item.id for r in grade_whole(COMPILED, text).items if r.met}


@pytest.mark.parametrize(
    ("text", "item_id", "kept"),
    [
        # the denied opinion reaches past its subject to what the verb takes
        (
            "The weekly cap holds for now, so I don't think the invite flow needs its own "
            "abuse model in the first version.",
            "abuse-model",
            False,
        ),
        (
            "I don't think fraudsters move quickly enough to justify online learning here.",
            "online-learning",
            False,
        ),
        # a doubt takes its whole clause the same way
        (
            "I'm skeptical that a fraud ring moves quickly enough for online learning to "
            "earn its keep.",
            "online-learning",
            False,
        ),
        (
            "I'm not convinced that a separate abuse model would ever pay for the labelling "
            "it needs.",
            "abuse-model",
            False,
        ),
        # ...not past the clause it introduces
        (
            "I don't think the nightly job is enough, so we add online learning on the click "
            "stream to pick up new campaigns within minutes.",
            "online-learning",
            True,
        ),
        # adopted outright
        (
            "I think the invite flow needs its own abuse model, trained on reported invites, "
            "because the cap alone lets slow spammers through.",
            "abuse-model",
            True,
        ),
    ],
)
def test_an_opinion_denied_covers_its_clause(text: str, item_id: str, kept: bool) -> None:
    assert (item_id in met(text)) is kept


@pytest.mark.parametrize(
    ("text", "item_id", "kept"),
    [
        # a topic fronted with "For"/"On", and the clause after its comma opening on a refusal
        (
            "For monitoring, I'd rather not build a separate stack early on; the experiment "
            "platform's daily metrics cover most of it.",
            "drift-monitoring",
            False,
        ),
        (
            "On freshness, I'd rather not go past the weekly job: tastes move slowly here.",
            "freshness",
            False,
        ),
        # a note's label, and the clause after its colon opening on a refusal
        (
            "Duplicate listings with the same stock photo: I would not bother in the ML "
            "system, the sellers' tooling handles it.",
            "dedup",
            False,
        ),
        # the same fronting, adopted
        (
            "For monitoring, I'd track the score distribution and the top features' drift "
            "daily, with an alert when either moves past last month's range.",
            "drift-monitoring",
            True,
        ),
        (
            "Duplicate listings with the same stock photo: I'd collapse them by perceptual "
            "hash before indexing, so one product doesn't fill the results.",
            "dedup",
            True,
        ),
        # a refusal later in the sentence, not opening the clause, leaves the topic alone
        (
            "For monitoring, the daily drift report on the top features is what I'd build, "
            "and I'd rather not page anyone on it at night.",
            "drift-monitoring",
            True,
        ),
    ],
)
def test_a_fronted_topic_refused_by_the_clause_after_it(
    text: str, item_id: str, kept: bool
) -> None:
    assert (item_id in met(text)) is kept


@pytest.mark.parametrize(
    ("text", "item_id", "kept"),
    [
        # what a deferral waits to see is a condition, put off with it
        (
            "I'd put off a new training pipeline until we see evidence the model goes stale "
            "within a week.",
            "freshness",
            False,
        ),
        (
            "I'd skip a second model for now unless we see duplicate listings crowding the "
            "first page.",
            "dedup",
            False,
        ),
        # a step of the plan it waits for is no condition to see, and stays
        (
            "I'd hold off on the bandit until continuous training is running: the model "
            "retrains every hour from the click stream, so its freshness is a matter of "
            "minutes.",
            "freshness",
            True,
        ),
    ],
)
def test_what_a_deferral_waits_to_see_is_put_off(text: str, item_id: str, kept: bool) -> None:
    assert (item_id in met(text)) is kept


@pytest.mark.parametrize(
    ("text", "item_id", "kept"),
    [
        # a hedge between the copula and its verdict leaves the verdict on its subject
        (
            "Cleaning friendly fraud out of the labels with the dispute notes is probably too "
            "ambitious for v1; we train on chargebacks as they come.",
            "label-noise",
            False,
        ),
        # the same subject, judged worth doing
        (
            "Cleaning friendly fraud out of the labels with the dispute notes is probably the "
            "best use of a week: a fifth of the positives are wrong today.",
            "label-noise",
            True,
        ),
    ],
)
def test_a_hedged_verdict_judges_its_subject(text: str, item_id: str, kept: bool) -> None:
    assert (item_id in met(text)) is kept


@pytest.mark.parametrize(
    ("text", "item_id", "kept"),
    [
        # a verdict set off by ", and ... ," before a turn is an afterthought on the clause
        (
            "Streaming updates from the click log are the textbook answer, and maybe later, "
            "but for v1 a nightly retrain keeps up.",
            "online-learning",
            False,
        ),
        # ...a clause of its own after ", and" is not
        (
            "Streaming updates from the click log keep the scores fresh within minutes, and "
            "later we add the session features, but only once the pipeline is stable.",
            "online-learning",
            True,
        ),
    ],
)
def test_an_afterthought_set_off_before_a_turn(text: str, item_id: str, kept: bool) -> None:
    assert (item_id in met(text)) is kept


@pytest.mark.parametrize(
    ("text", "item_id", "kept"),
    [
        # a shortcoming put up with, said of the copula's subject
        (
            "A fifth of the chargebacks being friendly fraud is noise we can live with.",
            "label-noise",
            False,
        ),
        # not put up with: remedied
        (
            "A fifth of the chargebacks being friendly fraud is noise we can't live with, so "
            "we relabel those from the dispute notes before training.",
            "label-noise",
            True,
        ),
    ],
)
def test_a_shortcoming_put_up_with_refuses_its_remedy(text: str, item_id: str, kept: bool) -> None:
    assert (item_id in met(text)) is kept


@pytest.mark.parametrize(
    ("text", "item_id", "kept"),
    [
        # a claim in quotes, judged by the verdict right after it: all of the quote
        (
            'The "streaming updates are the only way to keep up, since fraudsters adapt '
            'within days and a nightly model falls behind" argument is a bit overblown; the '
            "rules team patches the fast cases.",
            "online-learning",
            False,
        ),
        # a quote adopted
        (
            'The "fraudsters adapt within days, so the model needs streaming updates to keep '
            'up" argument is right: we push updates every ten minutes from the label stream.',
            "online-learning",
            True,
        ),
        # a quoted button's name is no claim judged
        (
            'Users tap "Not a duplicate" on a pair, and we add streaming updates from those '
            "taps to the model within minutes.",
            "online-learning",
            True,
        ),
    ],
)
def test_a_quoted_claim_judged_after_it(text: str, item_id: str, kept: bool) -> None:
    assert (item_id in met(text)) is kept


@pytest.mark.parametrize(
    ("text", "item_id", "kept"),
    [
        # an addition that waits for a condition is put off, in either order
        (
            "I'd consider drift monitoring only if the weekly retrain stops keeping up.",
            "drift-monitoring",
            False,
        ),
        (
            "Only once the weekly retrain stops keeping up would I add drift monitoring.",
            "drift-monitoring",
            False,
        ),
        # a plan that acts when something happens is no deferral
        (
            "We'd add drift monitoring from day one, on the top features' distributions, "
            "and retrain only when it fires.",
            "drift-monitoring",
            True,
        ),
    ],
)
def test_an_addition_waiting_for_a_condition_is_put_off(
    text: str, item_id: str, kept: bool
) -> None:
    assert (item_id in met(text)) is kept
